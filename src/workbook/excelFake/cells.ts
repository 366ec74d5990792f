import { type Area, areaColumns, areaRows, cellKey, formatArea, keyColumn, keyRow, qualifiedAddress } from './address';
import { fakeError } from './errors';
import { PAYLOAD_LIMIT_BYTES } from './payload';
import { type Cell, type CellFormat, type CellValue, FORMULA_VALUE_PREFIX, type SheetModel, type WorkbookModel } from './model';

/**
 * Cell-level reads and writes on the model, run at sync time by the range proxies.
 * This is where the Office.js value rules live (formulas from strings, the text prefix, sizes).
 */
export interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

/** the most cells one format or fill action may touch in the fake (Excel has no such limit) */
const MAX_CELLS_PER_ACTION = 2_000_000;

export type WriteKind = 'contents' | 'formatCells' | 'formatColumns' | 'formatRows' | 'objects';

const PROTECTION_OPTION: Partial<Record<WriteKind, string>> = {
  formatCells: 'allowFormatCells',
  formatColumns: 'allowFormatColumns',
  formatRows: 'allowFormatRows',
  objects: 'allowEditObjects',
};

/**
 * A protected sheet rejects changes with AccessDenied, unless the protection options allow that
 * kind of change (allowFormatCells, allowFormatColumns, allowFormatRows, allowEditObjects). The fake
 * treats every cell as locked (it does not model Range.format.protection.locked).
 */
export function assertWritable(sheet: SheetModel, kind: WriteKind): void {
  if (!sheet.protection.protected) return;
  const option = PROTECTION_OPTION[kind];
  if (option !== undefined && sheet.protection.options[option] === true) return;
  throw fakeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}'). Unprotect the sheet first.`);
}

export function cellCount(area: Area): number {
  return areaRows(area) * areaColumns(area);
}

function assertActionSize(area: Area): void {
  if (cellCount(area) > MAX_CELLS_PER_ACTION) {
    throw fakeError('NotImplemented', `The Excel fake does not apply one action to more than ${MAX_CELLS_PER_ACTION} cells (${formatArea(area)}).`);
  }
}

export function isEmptyCell(cell: Cell): boolean {
  return cell.value === '' && cell.formula === undefined && cell.numberFormat === undefined && (cell.format === undefined || Object.keys(cell.format).length === 0);
}

function cellAt(sheet: SheetModel, row: number, column: number): Cell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: '' };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function tidy(sheet: SheetModel, row: number, column: number): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key);
  if (cell && isEmptyCell(cell)) sheet.cells.delete(key);
}

const NUMBER = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/**
 * What Excel makes of a string written to `values` (or a non-formula string written to `formulas`):
 *  - into a cell formatted as Text ("@"): the string, verbatim;
 *  - "'text" (leading apostrophe): the text prefix; the cell holds "text" as a string and reads
 *    back without the apostrophe (values and formulas alike), as Excel does;
 *  - "=…", "+…", "-…" (two characters or more): a formula ("+1" is stored as "=+1", "-2" as "=-2");
 *  - an unsigned decimal number ("42", "0.5", "1e3"): that number (so "007" becomes 7);
 *  - anything else: the string. Dates, percentages, "TRUE" and currency strings are NOT converted by the fake.
 */
export function interpretString(text: string, numberFormat: string | undefined): { value: CellValue; formula?: string; textPrefix?: boolean } {
  if (numberFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1), textPrefix: true };
  if (text.length > 1 && (text[0] === '=' || text[0] === '+' || text[0] === '-')) {
    return { value: '', formula: text[0] === '=' ? text : `=${text}` };
  }
  if (NUMBER.test(text)) return { value: Number(text) };
  return { value: text };
}

type GridKind = 'values' | 'formulas' | 'numberFormat';

/**
 * Writes a 2D array (or one scalar, which Excel applies to every cell of the range) to the range.
 * A 2D array must match the range's size exactly, else InvalidArgument. A null entry leaves that
 * cell unchanged, as Office.js documents.
 */
export function writeGrid(model: WorkbookModel, target: RangeTarget, input: unknown, kind: GridKind): void {
  const { sheet, area } = target;
  assertWritable(sheet, kind === 'numberFormat' ? 'formatCells' : 'contents');
  const rows = areaRows(area);
  const columns = areaColumns(area);
  const scalar = !Array.isArray(input);
  if (!scalar) {
    const grid = input as unknown[];
    const fits = grid.length === rows && grid.every((row) => Array.isArray(row) && row.length === columns);
    if (!fits) {
      throw fakeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (range ${rows}×${columns}, ${kind}).`,
      );
    }
  } else {
    assertActionSize(area);
  }
  for (let i = 0; i < rows; i++) {
    const row = scalar ? undefined : (input as unknown[][])[i]!;
    for (let j = 0; j < columns; j++) {
      const v = scalar ? input : row![j];
      if (v === null || v === undefined) continue;
      const r = area.row + i;
      const c = area.column + j;
      if (kind === 'numberFormat') {
        if (typeof v !== 'string') throw fakeError('InvalidArgument', `A number format must be a string, got ${JSON.stringify(v)}.`);
        const cell = cellAt(sheet, r, c);
        if (v === 'General') delete cell.numberFormat;
        else cell.numberFormat = v;
        tidy(sheet, r, c);
        continue;
      }
      writeCell(model, sheet, r, c, v, kind);
    }
  }
}

function writeCell(model: WorkbookModel, sheet: SheetModel, row: number, column: number, v: unknown, via: 'values' | 'formulas'): void {
  if (typeof v === 'number' && !Number.isFinite(v)) throw fakeError('InvalidArgument', `Cannot write ${v} to a cell.`);
  if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'string') {
    throw fakeError('InvalidArgument', `Cannot write a value of type ${typeof v} to a cell.`);
  }
  const cell = cellAt(sheet, row, column);
  delete cell.formula;
  if (typeof v !== 'string') {
    cell.value = v;
    return;
  }
  const parsed = via === 'formulas' && v.startsWith('=') ? { value: '', formula: v } : interpretString(v, cell.numberFormat);
  if (parsed.formula !== undefined) {
    cell.formula = parsed.formula;
    cell.value = FORMULA_VALUE_PREFIX + parsed.formula;
    model.formulasCreated.push({ sheet: sheet.name, address: formatArea({ row, column, lastRow: row, lastColumn: column }), formula: parsed.formula, via, written: v });
  } else {
    cell.value = parsed.value;
  }
  tidy(sheet, row, column);
}

/** reads `values`, `formulas` or `numberFormat` of the range as a 2D array */
export function readGrid(target: RangeTarget, kind: GridKind): unknown[][] {
  const { sheet, area } = target;
  // every cell costs at least two bytes of JSON ("0," or "\"\""): larger reads cannot fit a response
  if (cellCount(area) * 2 > PAYLOAD_LIMIT_BYTES) {
    throw fakeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (reading ${kind} of ${formatArea(area)}).`);
  }
  const out: unknown[][] = [];
  for (let r = area.row; r <= area.lastRow; r++) {
    const row: unknown[] = [];
    for (let c = area.column; c <= area.lastColumn; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      if (kind === 'numberFormat') row.push(cell?.numberFormat ?? 'General');
      else if (kind === 'formulas') row.push(cell?.formula ?? cell?.value ?? '');
      else row.push(cell?.value ?? '');
    }
    out.push(row);
  }
  return out;
}

export const FORMAT_DEFAULTS: Required<CellFormat> = {
  bold: false,
  italic: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  fillColor: '#FFFFFF',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** the format property's value over the range: the common value, or null when the cells differ (as Office.js) */
export function readFormat<K extends keyof CellFormat>(target: RangeTarget, key: K): CellFormat[K] | null {
  const { sheet, area } = target;
  let seen: CellFormat[K] | undefined;
  let first = true;
  assertActionSize(area);
  for (let r = area.row; r <= area.lastRow; r++) {
    for (let c = area.column; c <= area.lastColumn; c++) {
      const v = sheet.cells.get(cellKey(r, c))?.format?.[key] ?? FORMAT_DEFAULTS[key];
      if (first) {
        seen = v;
        first = false;
      } else if (v !== seen) return null;
    }
  }
  return seen ?? null;
}

export function writeFormat<K extends keyof CellFormat>(target: RangeTarget, key: K, value: CellFormat[K]): void {
  const { sheet, area } = target;
  assertWritable(sheet, 'formatCells');
  assertActionSize(area);
  for (let r = area.row; r <= area.lastRow; r++) {
    for (let c = area.column; c <= area.lastColumn; c++) {
      const cell = cellAt(sheet, r, c);
      cell.format = { ...cell.format, [key]: value };
    }
  }
}

export function readSize(target: RangeTarget, which: 'column' | 'row'): number | null {
  const { sheet, area } = target;
  const sizes = which === 'column' ? sheet.columnWidths : sheet.rowHeights;
  const dflt = which === 'column' ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
  const [from, to] = which === 'column' ? [area.column, area.lastColumn] : [area.row, area.lastRow];
  const first = sizes.get(from) ?? dflt;
  for (let i = from + 1; i <= to; i++) if ((sizes.get(i) ?? dflt) !== first) return null;
  return first;
}

export function writeSize(target: RangeTarget, which: 'column' | 'row', value: unknown): void {
  const { sheet, area } = target;
  assertWritable(sheet, which === 'column' ? 'formatColumns' : 'formatRows');
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw fakeError('InvalidArgument', `Invalid ${which} size ${String(value)}.`);
  const sizes = which === 'column' ? sheet.columnWidths : sheet.rowHeights;
  const [from, to] = which === 'column' ? [area.column, area.lastColumn] : [area.row, area.lastRow];
  for (let i = from; i <= to; i++) sizes.set(i, value);
}

/** the bounding rectangle of the used cells, or null for an empty sheet */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): Area | null {
  let row = Infinity;
  let column = Infinity;
  let lastRow = -1;
  let lastColumn = -1;
  for (const [key, cell] of sheet.cells) {
    const used = cell.value !== '' || cell.formula !== undefined || (!valuesOnly && !isEmptyCell(cell));
    if (!used) continue;
    const r = keyRow(key);
    const c = keyColumn(key);
    row = Math.min(row, r);
    column = Math.min(column, c);
    lastRow = Math.max(lastRow, r);
    lastColumn = Math.max(lastColumn, c);
  }
  return lastRow < 0 ? null : { row, column, lastRow, lastColumn };
}

/** Range.clear(applyTo): "All" (default), "Contents", "Formats"; hyperlinks are not modelled */
export function clearArea(target: RangeTarget, applyTo: string): void {
  const { sheet, area } = target;
  if (!['All', 'Contents', 'Formats', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents'].includes(applyTo)) {
    throw fakeError('InvalidArgument', `Invalid applyTo '${applyTo}'.`);
  }
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  if (contents) assertWritable(sheet, 'contents');
  if (formats) assertWritable(sheet, 'formatCells');
  for (const [key, cell] of [...sheet.cells]) {
    const r = keyRow(key);
    const c = keyColumn(key);
    if (r < area.row || r > area.lastRow || c < area.column || c > area.lastColumn) continue;
    if (contents) {
      cell.value = '';
      delete cell.formula;
    }
    if (formats) {
      delete cell.format;
      delete cell.numberFormat;
    }
    if (isEmptyCell(cell)) sheet.cells.delete(key);
  }
  if (formats) {
    const inside = (address: string): boolean => address === formatArea(area);
    sheet.borders = sheet.borders.filter((b) => !inside(b.address));
  }
}

/** Range.merge(across): records the merged areas; Excel keeps only the upper-left value of each */
export function mergeArea(target: RangeTarget, across: boolean): void {
  const { sheet, area } = target;
  assertWritable(sheet, 'contents');
  const pieces = across
    ? Array.from({ length: areaRows(area) }, (_, i) => ({ ...area, row: area.row + i, lastRow: area.row + i }))
    : [area];
  for (const piece of pieces) {
    if (cellCount(piece) < 2) continue;
    for (const [key, cell] of [...sheet.cells]) {
      const r = keyRow(key);
      const c = keyColumn(key);
      const insideNotAnchor = r >= piece.row && r <= piece.lastRow && c >= piece.column && c <= piece.lastColumn && !(r === piece.row && c === piece.column);
      if (!insideNotAnchor) continue;
      cell.value = '';
      delete cell.formula;
      if (isEmptyCell(cell)) sheet.cells.delete(key);
    }
    sheet.merges.push(formatArea(piece));
  }
}

export function targetAddress(target: RangeTarget): string {
  return qualifiedAddress(target.sheet.name, target.area);
}
