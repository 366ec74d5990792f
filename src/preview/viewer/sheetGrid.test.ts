import { createExcelFake } from '../../workbook/excelFake';
import { buildSheetGrid, look } from './sheetGrid';

async function dashboardFake() {
  const fake = createExcelFake({ sheets: [{ name: 'Board', values: [] }, { name: 'Data', values: [['Month', 'Rate'], [0, 1], [12, 0.9], [24, 0.8]] }] });
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem('Board');
    ws.getRange('A1').values = [['Title']];
    ws.getRange('A1:F1').merge();
    ws.getRange('A1').format.font.bold = true;
    ws.getRange('A1').format.font.color = '#0F6E5A';
    ws.getRange('A1').format.font.size = 18;
    ws.getRange('A2:C2').merge();
    ws.getRange('A2').values = [[0.9150979535170712]];
    ws.getRange('A2').numberFormat = [['0.0%']];
    ws.getRange('A2:C2').format.fill.color = '#EEF5F3';
    ws.getRange('D2:D4').values = [['adverse'], ['ok'], ['reference']];
    const cf = ws.getRange('D2:D4').conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = '#F4CCCC';
    cf.cellValue.format.font.color = '#9C0006';
    cf.cellValue.rule = { formula1: '="adverse"', operator: 'EqualTo' };
    ws.getRange('E2').values = [[46295]];
    ws.getRange('E2').numberFormat = [['yyyy-mm-dd']];
    ws.getRange('F2').values = [[true]];
    ws.getRange('A3:C3').format.borders.getItem('EdgeBottom').style = 'Continuous';
    ws.getRange('A1').format.rowHeight = 28;
    ws.getRange('A:A').format.columnWidth = 90;
    const chart = ws.charts.add('Line', context.workbook.worksheets.getItem('Data').getRange('B2:B4'), 'Columns');
    chart.title.text = 'Retention';
    chart.setPosition('A6', 'D15');
    ws.getRange('D3').select();
    await context.sync();
  });
  return fake;
}

describe('buildSheetGrid', () => {
  test('a dashboard: merged tiles, formatted numbers, fonts and fills, conditional colours, borders, charts, selection', async () => {
    const fake = await dashboardFake();
    const grid = buildSheetGrid(fake.workbook.sheet('Board'));
    expect(grid.usedRange).toBe('A1:F4');
    // a small sheet is drawn at least 30 × 12, and as far as its chart reaches
    expect(grid.rows).toHaveLength(30);
    expect(grid.columns).toHaveLength(12);
    expect(grid.columns[0]).toEqual({ index: 0, letter: 'A', width: 120 });
    expect(grid.columns[1]!.width).toBe(64);
    expect(grid.rows[0]!.height).toBeCloseTo(37.33, 2);
    expect(grid.moreRows).toBe(0);

    const row1 = grid.rows[0]!.cells;
    expect(row1[0]).toMatchObject({ address: 'A1', text: 'Title', colSpan: 6, rowSpan: 1 });
    expect(row1[0]!.style).toMatchObject({ bold: true, color: '#0F6E5A', fontSize: 18 });
    // B1:F1 are under the merge: the row has A1 then G1…L1
    expect(row1.map((c) => c.address)).toEqual(['A1', 'G1', 'H1', 'I1', 'J1', 'K1', 'L1']);

    const cell = (address: string) => grid.rows.flatMap((r) => r.cells).find((c) => c.address === address)!;
    expect(cell('A2')).toMatchObject({ text: '91.5%', kind: 'number', colSpan: 3 });
    expect(cell('A2').style).toMatchObject({ fill: '#EEF5F3', horizontal: 'right' });
    expect(cell('D2').style).toMatchObject({ fill: '#F4CCCC', color: '#9C0006' });
    expect(cell('D3').style.fill).toBeNull();
    expect(cell('E2').text).toBe('2026-09-30');
    expect(cell('F2')).toMatchObject({ text: 'TRUE', kind: 'boolean' });
    expect(cell('F2').style.horizontal).toBe('center');
    expect(cell('B3').style.borders.bottom?.css).toBe('1px solid #000000');
    expect(cell('D3')).toMatchObject({ selected: true, active: true });
    expect(cell('D2').selected).toBe(false);
    expect(grid.selection).toBe('D3');

    expect(grid.charts).toHaveLength(1);
    expect(grid.charts[0]!.chart.title).toBe('Retention');
    // A6: below row 1 (28 pt) and rows 2–5 (15 pt each)
    expect(grid.charts[0]!.rect).toEqual({ left: 0, top: 117.33, width: 120 + 3 * 64, height: 200 });
    expect(grid.charts[0]!.chart.series[0]!.resolvedValues).toEqual([1, 0.9, 0.8]);
  });

  test('a long sheet is drawn up to the row limit and says how many rows are left', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Big', values: [['id', 'name'], [1, 'a'], [2, 'b']] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Big').getRange('C1048576').values = [['last']];
      await context.sync();
    });
    const started = Date.now();
    const grid = buildSheetGrid(fake.workbook.sheet('Big'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(grid.rows).toHaveLength(200);
    expect(grid.moreRows).toBe(1_048_576 - 200);
    expect(grid.rows[1]!.cells[1]!.text).toBe('a');
    const limited = buildSheetGrid(fake.workbook.sheet('Big'), { maxRows: 10, maxColumns: 2, minRows: 5, minColumns: 1 });
    expect(limited.rows).toHaveLength(10);
    expect(limited.columns.map((c) => c.letter)).toEqual(['A', 'B']);
    expect(limited.moreColumns).toBe(1);
  });

  test('an empty sheet is an empty grid', () => {
    const grid = buildSheetGrid(createExcelFake().workbook.sheet('Sheet1'));
    expect(grid.usedRange).toBeNull();
    expect(grid.rows).toHaveLength(30);
    expect(grid.rows.every((r) => r.cells.every((c) => c.kind === 'empty' && c.text === ''))).toBe(true);
    expect(grid.charts).toEqual([]);
  });
});

test('a long text runs on over the empty cells to its right, as far as it needs, not over values or fills', async () => {
  const fake = createExcelFake({ sheets: [{ name: 'S', values: [['A title long enough to need three columns', '', '', '', ''], ['short', '', '', '', ''], ['Long text stopped by a value', '', 'x'], ['Long text stopped by a fill here', '', '']] }] });
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('S').getRange('B4').format.fill.color = '#FFFF00';
    await context.sync();
  });
  const grid = buildSheetGrid(fake.workbook.sheet('S'));
  const [title, short, stopped, filled] = grid.rows.map((r) => r.cells[0]!);
  expect(title).toMatchObject({ colSpan: 5, overflow: true });
  expect(grid.rows[0]!.cells[1]!.address).toBe('F1');
  expect(short!.colSpan).toBe(1);
  expect(stopped!.colSpan).toBe(2);
  expect(filled!.colSpan).toBe(1);
});

describe('look', () => {
  test('General alignment by kind; a conditional format wins over the cell format; white fill is no fill', () => {
    expect(look(undefined, null, 'number', {}).horizontal).toBe('right');
    expect(look(undefined, null, 'text', {}).horizontal).toBe('left');
    expect(look({ horizontalAlignment: 'Center' }, null, 'number', {}).horizontal).toBe('center');
    expect(look({ fillColor: '#FFFFFF' }, null, 'text', {}).fill).toBeNull();
    expect(look({ fillColor: '#0F6E5A', fontColor: '#FFFFFF' }, { fill: '#F4CCCC' }, 'text', {})).toMatchObject({ fill: '#F4CCCC', color: '#FFFFFF' });
    expect(look(undefined, null, 'formula', {}).italic).toBe(true);
  });
});
