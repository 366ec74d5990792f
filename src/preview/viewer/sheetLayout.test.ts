import type { ConditionalFormatModel } from '../../workbook/excelFake/model';
import { borderEdges, cellKey, chartRect, conditionalRules, conditionalStyleAt, mergeLayout, operand, selectionArea } from './sheetLayout';

describe('mergeLayout', () => {
  test('a merged area is one span at its top-left cell; the other cells are covered', () => {
    const { spans, covered } = mergeLayout(['A5:C5', 'D5:F6', 'J42:O53'], { rows: 60, columns: 15 });
    expect(spans.get(cellKey(4, 0))).toEqual({ rowSpan: 1, colSpan: 3 });
    expect(spans.get(cellKey(4, 3))).toEqual({ rowSpan: 2, colSpan: 3 });
    expect(spans.get(cellKey(41, 9))).toEqual({ rowSpan: 12, colSpan: 6 });
    expect(covered.has(cellKey(4, 1))).toBe(true);
    expect(covered.has(cellKey(5, 3))).toBe(true);
    expect(covered.has(cellKey(4, 3))).toBe(false);
    expect(covered.size).toBe(2 + 5 + (12 * 6 - 1));
  });

  test('areas are clipped to the drawn window; areas outside it and bad addresses are ignored', () => {
    const { spans, covered } = mergeLayout(['A199:B202', 'A300:B300', 'not an address', 'Z1:AB1'], { rows: 200, columns: 26 });
    expect(spans.get(cellKey(198, 0))).toEqual({ rowSpan: 2, colSpan: 2 });
    expect(spans.get(cellKey(0, 25))).toEqual({ rowSpan: 1, colSpan: 1 });
    expect(spans.size).toBe(2);
    expect(covered.size).toBe(3);
  });
});

describe('borderEdges', () => {
  test('edges of a range and its inside lines land on the right cells; None removes', () => {
    const records = [
      { address: 'A1:B2', side: 'EdgeTop', property: 'style' as const, value: 'Continuous' },
      { address: 'A1:B2', side: 'EdgeTop', property: 'weight' as const, value: 'Thin' },
      { address: 'A1:B2', side: 'EdgeBottom', property: 'style' as const, value: 'Continuous' },
      { address: 'A1:B2', side: 'InsideVertical', property: 'style' as const, value: 'Dash' },
      { address: 'A1:B2', side: 'InsideVertical', property: 'color' as const, value: '#FF0000' },
      { address: 'A8:C8', side: 'EdgeBottom', property: 'style' as const, value: 'Continuous' },
      { address: 'A8:C8', side: 'EdgeBottom', property: 'weight' as const, value: 'Medium' },
      { address: 'B8', side: 'EdgeBottom', property: 'style' as const, value: 'None' },
    ];
    const edges = borderEdges(records, { rows: 10, columns: 5 });
    expect(edges.get(cellKey(0, 0))).toEqual({ top: { css: '1px solid #000000' }, right: { css: '1px dashed #FF0000' } });
    expect(edges.get(cellKey(0, 1))).toEqual({ top: { css: '1px solid #000000' } });
    expect(edges.get(cellKey(1, 0))).toEqual({ bottom: { css: '1px solid #000000' }, right: { css: '1px dashed #FF0000' } });
    expect(edges.get(cellKey(7, 0))).toEqual({ bottom: { css: '2px solid #000000' } });
    expect(edges.get(cellKey(7, 1))).toEqual({});
    expect(edges.get(cellKey(7, 2))).toEqual({ bottom: { css: '2px solid #000000' } });
  });
});

describe('conditional formats', () => {
  const cf = (address: string, properties: Record<string, unknown>, type = 'CellValue'): ConditionalFormatModel => ({ id: address, type, sheetId: 's', address, properties });
  const status = (word: string, fill: string, color: string) =>
    cf('D43:H53', { 'cellValue.format.fill.color': fill, 'cellValue.format.font.color': color, 'cellValue.rule': { formula1: `="${word}"`, operator: 'EqualTo' } });

  test('the equity statuses resolve to their colours, inside the range only', () => {
    const rules = conditionalRules([status('adverse', '#F4CCCC', '#9C0006'), status('watch', '#FFF2CC', '#7F6000'), status('ok', '#D9EAD3', '#274E13')]);
    expect(conditionalStyleAt(rules, 42, 3, 'adverse')).toEqual({ fill: '#F4CCCC', color: '#9C0006', bold: undefined, italic: undefined });
    expect(conditionalStyleAt(rules, 42, 3, 'Watch')?.fill).toBe('#FFF2CC');
    expect(conditionalStyleAt(rules, 50, 7, 'ok')?.color).toBe('#274E13');
    expect(conditionalStyleAt(rules, 42, 3, 'suppressed')).toBeNull();
    expect(conditionalStyleAt(rules, 41, 3, 'adverse')).toBeNull();
    expect(conditionalStyleAt(rules, 42, 8, 'adverse')).toBeNull();
  });

  test('numeric comparisons, text comparisons, and rules it cannot read', () => {
    const rules = conditionalRules([
      cf('A1:A10', { 'cellValue.format.fill.color': '#FF0000', 'cellValue.rule': { formula1: '=0.8', operator: 'LessThan' } }),
      cf('B1:B10', { 'cellValue.format.font.bold': true, 'cellValue.rule': { formula1: '1', formula2: '5', operator: 'Between' } }),
      cf('C1:C10', { 'textComparison.format.font.color': '#0000FF', 'textComparison.rule': { operator: 'Contains', text: 'coach' } }, 'TextComparison'),
      cf('D1:D10', { 'custom.format.fill.color': '#00FF00', 'custom.rule.formula': '=D1>0' }, 'Custom'),
      cf('E1:E10', { 'cellValue.format.fill.color': '#00FF00', 'cellValue.rule': { formula1: '=$Z$1', operator: 'EqualTo' } }),
    ]);
    expect(rules).toHaveLength(3);
    expect(conditionalStyleAt(rules, 0, 0, 0.5)?.fill).toBe('#FF0000');
    expect(conditionalStyleAt(rules, 0, 0, 0.9)).toBeNull();
    expect(conditionalStyleAt(rules, 0, 0, 'text')).toBeNull();
    expect(conditionalStyleAt(rules, 0, 1, 5)?.bold).toBe(true);
    expect(conditionalStyleAt(rules, 0, 1, 6)).toBeNull();
    expect(conditionalStyleAt(rules, 0, 2, 'External coach')?.color).toBe('#0000FF');
  });

  test('operands', () => {
    expect(operand('="adverse"')).toBe('adverse');
    expect(operand('="say ""hi"""')).toBe('say "hi"');
    expect(operand('=0.8')).toBe(0.8);
    expect(operand('12')).toBe(12);
    expect(operand(3)).toBe(3);
    expect(operand('=A1')).toBeNull();
    expect(operand(undefined)).toBeNull();
  });
});

describe('chartRect', () => {
  test('from the top-left of the first cell to the bottom-right of the last, in pixels', () => {
    const width = (c: number) => (c < 15 ? 56.25 : 48);
    const height = (r: number) => (r === 0 ? 28 : 15);
    // A16:G27 on the Board Dashboard: 7 columns of 75 px, rows 16–27 of 20 px
    expect(chartRect({ from: 'A16', to: 'G27' }, width, height)).toEqual({ left: 0, top: 317.33, width: 7 * 75, height: 12 * 20 });
    const h16 = chartRect({ from: 'H16', to: 'O27' }, width, height)!;
    expect(h16.left).toBe(7 * 75);
    expect(h16.width).toBe(8 * 75);
  });

  test('without an end cell it takes Excel\'s default size; without a position it sits at A1', () => {
    expect(chartRect({ from: 'B2', to: null }, () => 48, () => 15)).toEqual({ left: 64, top: 20, width: 480, height: 288 });
    expect(chartRect(null, () => 48, () => 15)).toEqual({ left: 0, top: 0, width: 480, height: 288 });
    expect(chartRect({ from: '??', to: null }, () => 48, () => 15)).toBeNull();
  });
});

test('selectionArea reads one cell, a range, a sheet-qualified address', () => {
  expect(selectionArea('B5')).toEqual({ row: 4, column: 1, lastRow: 4, lastColumn: 1 });
  expect(selectionArea('A1:C3')).toMatchObject({ lastRow: 2, lastColumn: 2 });
  expect(selectionArea("'Board Dashboard'!D7")).toMatchObject({ row: 6, column: 3 });
  expect(selectionArea(null)).toBeNull();
  expect(selectionArea('nonsense')).toBeNull();
});
