import { columnLetters, formatArea } from '../../workbook/excelFake/address';
import type { CellValue, ChartView } from '../../workbook/excelFake';
import type { BorderRecord, CellFormat, ConditionalFormatModel } from '../../workbook/excelFake/model';
import type { DateSystem } from '../../model/cell';
import { formatCellText } from './numberFormat';
import {
  type CellEdges,
  type PixelRect,
  PX_PER_POINT,
  borderEdges,
  cellKey,
  chartRect,
  conditionalRules,
  conditionalStyleAt,
  mergeLayout,
  safeArea,
  selectionArea,
} from './sheetLayout';
import { FORMULA_VALUE_PREFIX } from '../../workbook/excelFake';

/**
 * What the viewer reads of one sheet. The Excel fake's `SheetInspector` (fake.workbook.sheet(name))
 * has all of it; tests can pass the same.
 */
export interface SheetSource {
  readonly name: string;
  readonly visibility?: string;
  values(address?: string): CellValue[][];
  numberFormats(address?: string): string[][];
  format(address: string): CellFormat | undefined;
  columnWidth(column: number): number;
  rowHeight(row: number): number;
  usedRange(valuesOnly?: boolean): string | null;
  readonly merges: readonly string[];
  readonly borders: readonly BorderRecord[];
  readonly conditionalFormats: readonly ConditionalFormatModel[];
  readonly charts: readonly ChartView[];
  readonly selection: string | null;
  readonly showGridlines: boolean;
  readonly frozen: { rows: number; columns: number } | null;
  readonly tabColor?: string;
}

export interface GridLimits {
  /** the most rows drawn (from row 1) */
  readonly maxRows: number;
  /** the most columns drawn (from column A) */
  readonly maxColumns: number;
  /** at least this many rows and columns are drawn, so a small sheet still looks like a sheet */
  readonly minRows: number;
  readonly minColumns: number;
}

export const DEFAULT_LIMITS: GridLimits = { maxRows: 200, maxColumns: 52, minRows: 30, minColumns: 12 };

export type CellKind = 'number' | 'text' | 'boolean' | 'formula' | 'empty';

export interface GridCell {
  readonly row: number;
  readonly column: number;
  /** "B5" */
  readonly address: string;
  readonly text: string;
  readonly kind: CellKind;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly style: CellLook;
  /** inside the sheet's selection */
  readonly selected: boolean;
  /** the selection's top-left cell (Excel's active cell) */
  readonly active: boolean;
  /** text running over empty cells to its right, as Excel shows it (those cells are in `colSpan`) */
  readonly overflow?: boolean;
}

/** a cell's look, resolved: explicit format, then conditional format, then borders */
export interface CellLook {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string | null;
  readonly fill: string | null;
  /** points */
  readonly fontSize: number | null;
  readonly fontName: string | null;
  readonly horizontal: 'left' | 'center' | 'right' | 'justify';
  readonly vertical: 'top' | 'middle' | 'bottom';
  readonly wrap: boolean;
  readonly borders: CellEdges;
}

export interface GridRow {
  readonly index: number;
  /** pixels */
  readonly height: number;
  /** the cells drawn on this row (cells covered by a merged area are left out) */
  readonly cells: readonly GridCell[];
}

export interface GridColumn {
  readonly index: number;
  readonly letter: string;
  /** pixels */
  readonly width: number;
}

export interface PlacedChart {
  readonly chart: ChartView;
  /** pixels from the top-left corner of A1 */
  readonly rect: PixelRect;
}

export interface SheetGrid {
  readonly name: string;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  /** the used range ("A1:W2001"), or null for an empty sheet */
  readonly usedRange: string | null;
  /** rows of the used range not drawn (over `maxRows`) */
  readonly moreRows: number;
  readonly moreColumns: number;
  readonly charts: readonly PlacedChart[];
  /** charts that start below the rows drawn */
  readonly chartsNotShown: number;
  /** the sheet's selection without its sheet name ("D3"), or null */
  readonly selection: string | null;
  readonly showGridlines: boolean;
  readonly frozen: { rows: number; columns: number } | null;
}

/**
 * One sheet as the viewer draws it: the used range from A1, at most `maxRows` × `maxColumns` (so
 * a million-row sheet costs what 200 rows cost), each cell's text in its number format, its font,
 * fill, alignment, borders and the conditional formats that apply, merged areas as spans, charts in
 * pixels, and the selection.
 */
export function buildSheetGrid(sheet: SheetSource, limits: GridLimits = DEFAULT_LIMITS, dateSystem: DateSystem = '1900'): SheetGrid {
  const used = sheet.usedRange();
  const usedArea = used ? safeArea(used) : null;
  const usedRows = usedArea ? usedArea.lastRow + 1 : 0;
  const usedColumns = usedArea ? usedArea.lastColumn + 1 : 0;
  const widthOf = (c: number): number => sheet.columnWidth(c);
  const heightOf = (r: number): number => sheet.rowHeight(r);

  // charts reach beyond the used range on an otherwise short sheet: draw their cells too
  const placed = sheet.charts.map((chart) => ({ chart, rect: chartRect(chart.position, widthOf, heightOf), area: chart.position ? safeArea(chart.position.to ?? chart.position.from) : null }));
  const chartRows = Math.max(0, ...placed.map((p) => (p.area ? p.area.lastRow + 1 : 0)));
  const chartColumns = Math.max(0, ...placed.map((p) => (p.area ? p.area.lastColumn + 1 : 0)));

  const wantRows = Math.max(usedRows, Math.min(chartRows, limits.maxRows), limits.minRows);
  const wantColumns = Math.max(usedColumns, Math.min(chartColumns, limits.maxColumns), limits.minColumns);
  const rowCount = Math.min(wantRows, limits.maxRows);
  const columnCount = Math.min(wantColumns, limits.maxColumns);
  const window = { rows: rowCount, columns: columnCount };

  // read the drawn block once (values and number formats), only as far as the used range goes
  const readRows = Math.min(usedRows, rowCount);
  const readColumns = Math.min(usedColumns, columnCount);
  const block = readRows > 0 && readColumns > 0 ? formatArea({ row: 0, column: 0, lastRow: readRows - 1, lastColumn: readColumns - 1 }) : null;
  const values = block ? sheet.values(block) : [];
  const formats = block ? sheet.numberFormats(block) : [];

  const merges = mergeLayout(sheet.merges, window);
  const edges = borderEdges(sheet.borders, window);
  const rules = conditionalRules(sheet.conditionalFormats);
  const selected = selectionArea(sheet.selection);

  const columns: GridColumn[] = Array.from({ length: columnCount }, (_, c) => ({ index: c, letter: columnLetters(c), width: round(widthOf(c) * PX_PER_POINT) }));
  const rows: GridRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < columnCount; c++) {
      const key = cellKey(r, c);
      if (merges.covered.has(key)) continue;
      const span = merges.spans.get(key);
      const value: CellValue = values[r]?.[c] ?? '';
      const numberFormat = formats[r]?.[c] ?? 'General';
      const address = formatArea({ row: r, column: c, lastRow: r, lastColumn: c });
      // formats are read only inside the used range (with formats): nothing is set outside it
      const format = r < usedRows && c < usedColumns ? sheet.format(address) : undefined;
      const conditional = rules.length > 0 ? conditionalStyleAt(rules, r, c, value) : null;
      const kind: CellKind =
        value === '' ? 'empty' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : value.startsWith(FORMULA_VALUE_PREFIX) ? 'formula' : 'text';
      const inSelection = selected !== null && r >= selected.row && r <= selected.lastRow && c >= selected.column && c <= selected.lastColumn;
      cells.push({
        row: r,
        column: c,
        address,
        text: formatCellText(value, numberFormat, dateSystem),
        kind,
        rowSpan: span?.rowSpan ?? 1,
        colSpan: span?.colSpan ?? 1,
        style: look(format, conditional, kind, edges.get(key) ?? {}),
        selected: inSelection,
        active: selected !== null && r === selected.row && c === selected.column,
      });
    }
    rows.push({ index: r, height: round(heightOf(r) * PX_PER_POINT), cells: overflowText(cells, columns) });
  }

  const shown = placed.filter((p) => p.rect !== null && (p.area === null || safeArea(p.chart.position!.from)!.row < rowCount));
  return {
    name: sheet.name,
    columns,
    rows,
    usedRange: used,
    moreRows: Math.max(0, usedRows - rowCount),
    moreColumns: Math.max(0, usedColumns - columnCount),
    charts: shown.map((p) => ({ chart: p.chart, rect: p.rect! })),
    chartsNotShown: placed.length - shown.length,
    selection: sheet.selection ? sheet.selection.slice(sheet.selection.lastIndexOf('!') + 1) : null,
    showGridlines: sheet.showGridlines,
    frozen: sheet.frozen,
  };
}

/**
 * Excel lets a left-aligned text that does not wrap run on over the empty cells to its right (not
 * over a value, a fill or a border). The cells it needs (its length estimated from its font size)
 * join its span; so a sheet title in A1 reads as in Excel.
 */
export function overflowText(cells: readonly GridCell[], columns: readonly GridColumn[]): GridCell[] {
  const out: GridCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const s = cell.style;
    if (cell.kind !== 'text' || s.wrap || s.horizontal !== 'left' || s.fill !== null || cell.rowSpan !== 1 || cell.colSpan !== 1) {
      out.push(cell);
      continue;
    }
    // about 0.55 em a character, in pixels at the cell's font size (11 pt by default)
    const needed = cell.text.length * (s.fontSize ?? 11) * PX_PER_POINT * (s.bold ? 0.58 : 0.52) + 6;
    let width = columns[cell.column]?.width ?? 0;
    let span = 1;
    while (width < needed) {
      const next = cells[i + span];
      if (!next || next.column !== cell.column + span || !plainEmpty(next)) break;
      width += columns[next.column]?.width ?? 0;
      span += 1;
    }
    out.push(span > 1 ? { ...cell, colSpan: span, overflow: true } : cell);
    i += span - 1;
  }
  return out;
}

function plainEmpty(cell: GridCell): boolean {
  const b = cell.style.borders;
  return cell.kind === 'empty' && cell.rowSpan === 1 && cell.colSpan === 1 && cell.style.fill === null && !cell.selected && !b.top && !b.bottom && !b.left && !b.right;
}

const HORIZONTAL: Readonly<Record<string, CellLook['horizontal']>> = {
  Left: 'left',
  Center: 'center',
  CenterAcrossSelection: 'center',
  Right: 'right',
  Justify: 'justify',
  Distributed: 'justify',
};
const VERTICAL: Readonly<Record<string, CellLook['vertical']>> = { Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'middle', Distributed: 'middle' };

/** the explicit format, the conditional format over it, and Excel's General alignment (numbers right, yes/no centred, text left) */
export function look(format: CellFormat | undefined, conditional: { fill?: string; color?: string; bold?: boolean; italic?: boolean } | null, kind: CellKind, borders: CellEdges): CellLook {
  const general: CellLook['horizontal'] = kind === 'number' ? 'right' : kind === 'boolean' ? 'center' : 'left';
  const fill = conditional?.fill ?? format?.fillColor ?? null;
  return {
    bold: conditional?.bold ?? format?.bold ?? false,
    italic: conditional?.italic ?? format?.italic ?? kind === 'formula',
    color: conditional?.color ?? format?.fontColor ?? null,
    fill: fill !== null && /^#?fff(fff)?$/i.test(fill) ? null : fill,
    fontSize: format?.fontSize ?? null,
    fontName: format?.fontName ?? null,
    horizontal: (format?.horizontalAlignment && HORIZONTAL[format.horizontalAlignment]) || general,
    vertical: (format?.verticalAlignment && VERTICAL[format.verticalAlignment]) || 'bottom',
    wrap: format?.wrapText ?? false,
    borders,
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;
