import { type Area, areaColumns, areaContains, areaRows, areasOverlap, formatArea, formatAreas, parseAreas, qualifiedAddress, subtractArea } from './address';
import { fakeError } from './fakeOfficeError';
import { PAYLOAD_LIMIT_BYTES } from './payloadLimit';
import { type Cell, type CellFormat, type CellValue, FORMULA_VALUE_PREFIX, type SheetModel, type WorkbookModel, isEmptyCell } from './model';
import { hasValue, noteMaybeEmptied, noteUsed } from './usedRange';

export { isEmptyCell } from './model';
export { usedArea } from './usedRange';

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

function cellAt(sheet: SheetModel, row: number, column: number): Cell {
  let cell = sheet.cells.get(row, column);
  if (!cell) {
    cell = { value: '' };
    sheet.cells.set(row, column, cell);
  }
  return cell;
}

/** drops the cell when it holds nothing any more (and then the used range may have shrunk) */
function tidy(sheet: SheetModel, row: number, column: number): void {
  const cell = sheet.cells.get(row, column);
  if (cell && isEmptyCell(cell)) {
    sheet.cells.delete(row, column);
    noteMaybeEmptied(sheet);
  }
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
        if (v !== 'General') noteUsed(sheet, r, c, hasValue(cell));
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
  const had = hasValue(cell);
  delete cell.formula;
  if (typeof v !== 'string') {
    cell.value = v;
    noteUsed(sheet, row, column, true);
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
  if (hasValue(cell)) noteUsed(sheet, row, column, true);
  else if (had) noteMaybeEmptied(sheet);
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
    const cells = sheet.cells.row(r);
    for (let c = area.column; c <= area.lastColumn; c++) {
      const cell = cells?.get(c);
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
      const v = sheet.cells.get(r, c)?.format?.[key] ?? FORMAT_DEFAULTS[key];
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
      const format: CellFormat = { ...cell.format, [key]: value };
      if (value === undefined) delete format[key];
      cell.format = format;
      if (value === undefined) tidy(sheet, r, c);
      else noteUsed(sheet, r, c, hasValue(cell));
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

const CLEAR_APPLY_TO: Readonly<Record<string, string | undefined>> = {
  All: undefined,
  Contents: undefined,
  Formats: undefined,
  Hyperlinks: '1.7',
  RemoveHyperlinks: '1.7',
  ResetContents: '1.18',
};

/** the ExcelApi version that has Range.clear(applyTo), or InvalidArgument for an unknown applyTo */
export function clearApplyToApi(applyTo: string): string | undefined {
  if (!(applyTo in CLEAR_APPLY_TO)) throw fakeError('InvalidArgument', `Invalid applyTo '${applyTo}'.`);
  return CLEAR_APPLY_TO[applyTo];
}

/**
 * Range.clear(applyTo), as Excel does it:
 *  - "All" (the default): values and formulas; cell formats (font, fill, alignment, number format);
 *    borders; merged areas overlapping the range (unmerged whole, as Excel cannot unmerge part of
 *    one); conditional formats, cut out of the range (one inside it is deleted, one straddling it
 *    keeps the cells outside);
 *  - "Formats": the same without the values; "Contents" (and "ResetContents"): values and formulas only;
 *  - "RemoveHyperlinks": formats and merges, but not conditional formats (the API reference: it
 *    "leaves content, conditional formats, and data validation intact"); "Hyperlinks": nothing the fake models.
 * Column widths, row heights, tables, charts and frozen panes are kept. Borders are recorded per
 * range (not per cell): the records inside the range go; one straddling it stays whole.
 */
export function clearArea(model: WorkbookModel, target: RangeTarget, applyTo: string): void {
  const { sheet, area } = target;
  clearApplyToApi(applyTo);
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  const formats = applyTo === 'All' || applyTo === 'Formats' || applyTo === 'RemoveHyperlinks';
  const conditional = applyTo === 'All' || applyTo === 'Formats';
  if (contents) assertWritable(sheet, 'contents');
  if (formats) assertWritable(sheet, 'formatCells');
  if (!contents && !formats) return;
  const visit = (r: number, c: number, cell: Cell): void => {
    if (contents) {
      cell.value = '';
      delete cell.formula;
    }
    if (formats) {
      delete cell.format;
      delete cell.numberFormat;
    }
    if (isEmptyCell(cell)) sheet.cells.delete(r, c);
  };
  if (cellCount(area) < sheet.cells.size) {
    // a small range of a large sheet: visit its cells rather than the sheet's
    for (let r = area.row; r <= area.lastRow; r++) {
      const cells = sheet.cells.row(r);
      if (!cells) continue;
      for (let c = area.column; c <= area.lastColumn; c++) {
        const cell = cells.get(c);
        if (cell) visit(r, c, cell);
      }
    }
  } else {
    for (const [r, c, cell] of [...sheet.cells.entries()]) {
      if (r >= area.row && r <= area.lastRow && c >= area.column && c <= area.lastColumn) visit(r, c, cell);
    }
  }
  noteMaybeEmptied(sheet);
  if (formats) {
    sheet.borders = sheet.borders.filter((b) => !areaContains(area, parseAreas(b.address)[0]!));
    sheet.merges = sheet.merges.filter((m) => !areasOverlap(area, parseAreas(m)[0]!));
  }
  if (conditional) cutConditionalFormats(model, sheet, area);
}

/** removes `area` from the conditional formats of `sheet`: those left with no cells are deleted */
export function cutConditionalFormats(model: WorkbookModel, sheet: SheetModel, area: Area): void {
  model.conditionalFormats = model.conditionalFormats.filter((cf) => {
    if (cf.sheetId !== sheet.id) return true;
    const before = parseAreas(cf.address);
    if (!before.some((a) => areasOverlap(a, area))) return true;
    const left = before.flatMap((a) => subtractArea(a, area));
    if (left.length === 0) return false;
    cf.address = formatAreas(left);
    return true;
  });
}

/**
 * Range.merge(across): Excel keeps only the upper-left value of each merged area. A merged area the
 * new one overlaps is replaced by it (the fake does not grow the new area to cover the old one).
 */
export function mergeArea(target: RangeTarget, across: boolean): void {
  const { sheet, area } = target;
  assertWritable(sheet, 'contents');
  const pieces = across
    ? Array.from({ length: areaRows(area) }, (_, i) => ({ ...area, row: area.row + i, lastRow: area.row + i }))
    : [area];
  assertActionSize(area);
  for (const piece of pieces) {
    if (cellCount(piece) < 2) continue;
    for (let r = piece.row; r <= piece.lastRow; r++) {
      for (let c = piece.column; c <= piece.lastColumn; c++) {
        if (r === piece.row && c === piece.column) continue;
        const cell = sheet.cells.get(r, c);
        if (!cell || !hasValue(cell)) continue;
        cell.value = '';
        delete cell.formula;
        if (isEmptyCell(cell)) sheet.cells.delete(r, c);
        noteMaybeEmptied(sheet);
      }
    }
    sheet.merges = sheet.merges.filter((m) => !areasOverlap(piece, parseAreas(m)[0]!));
    sheet.merges.push(formatArea(piece));
  }
}

/** Range.unmerge() (1.2): every merged area overlapping the range is unmerged, whole */
export function unmergeArea(target: RangeTarget): void {
  const { sheet, area } = target;
  assertWritable(sheet, 'contents');
  sheet.merges = sheet.merges.filter((m) => !areasOverlap(area, parseAreas(m)[0]!));
}

export function targetAddress(target: RangeTarget): string {
  return qualifiedAddress(target.sheet.name, target.area);
}
