import { fakeError } from './fakeOfficeError';

// The fake's own copy of Excel's A1 rules, kept apart from src/excel/a1Address.ts on purpose: the
// fake models Excel independently of the code under test, so a mistake in src/excel is not
// repeated here and hidden from the tests.

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD) */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** a rectangle of cells, zero-based and inclusive */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export function areaRows(area: Area): number {
  return area.lastRow - area.row + 1;
}
export function areaColumns(area: Area): number {
  return area.lastColumn - area.column + 1;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function badAddress(address: string): Error {
  return fakeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: address '${address}'.`);
}

/**
 * Parses the A1 forms Worksheet.getRange accepts: "B2", "A1:C3", "$A$1:$C$3", "A:C", "2:5".
 * A sheet-qualified address ("Sheet1!A1") is not accepted by the fake (use the worksheet's getRange).
 */
export function parseAddress(address: string): Area {
  const text = address.trim();
  const parts = text.split(':');
  if (parts.length > 2 || text === '') throw badAddress(address);
  const [first, second = first] = parts as [string, string?];
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  let area: Area;
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1]!);
    const c2 = columnIndex(b[1]!);
    area = { row: Math.min(r1, r2), lastRow: Math.max(r1, r2), column: Math.min(c1, c2), lastColumn: Math.max(c1, c2) };
  } else if (parts.length === 2 && COLUMN.test(first) && COLUMN.test(second)) {
    const c1 = columnIndex(COLUMN.exec(first)![1]!);
    const c2 = columnIndex(COLUMN.exec(second)![1]!);
    area = { row: 0, lastRow: MAX_ROWS - 1, column: Math.min(c1, c2), lastColumn: Math.max(c1, c2) };
  } else if (parts.length === 2 && ROW.test(first) && ROW.test(second)) {
    const r1 = Number(ROW.exec(first)![1]) - 1;
    const r2 = Number(ROW.exec(second)![1]) - 1;
    area = { row: Math.min(r1, r2), lastRow: Math.max(r1, r2), column: 0, lastColumn: MAX_COLUMNS - 1 };
  } else {
    throw badAddress(address);
  }
  checkArea(area, address);
  return area;
}

export function checkArea(area: Area, what: string): void {
  const ok =
    Number.isInteger(area.row) && Number.isInteger(area.column) && Number.isInteger(area.lastRow) && Number.isInteger(area.lastColumn) &&
    area.row >= 0 && area.column >= 0 && area.lastRow >= area.row && area.lastColumn >= area.column &&
    area.lastRow < MAX_ROWS && area.lastColumn < MAX_COLUMNS;
  if (!ok) throw badAddress(what);
}

/** "A1:C3" (or "A:C" for whole columns, "2:5" for whole rows, "B2" for one cell); `absolute` adds the $ signs */
export function formatArea(area: Area, absolute = false): string {
  const d = absolute ? '$' : '';
  const wholeColumns = area.row === 0 && area.lastRow === MAX_ROWS - 1;
  const wholeRows = area.column === 0 && area.lastColumn === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${d}${columnLetters(area.column)}:${d}${columnLetters(area.lastColumn)}`;
  if (wholeRows) return `${d}${area.row + 1}:${d}${area.lastRow + 1}`;
  const start = `${d}${columnLetters(area.column)}${d}${area.row + 1}`;
  if (area.row === area.lastRow && area.column === area.lastColumn) return start;
  return `${start}:${d}${columnLetters(area.lastColumn)}${d}${area.lastRow + 1}`;
}

/** a sheet name as it appears in a reference: quoted when it is not a plain identifier */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, area: Area, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatArea(area, absolute)}`;
}

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function areasOverlap(a: Area, b: Area): boolean {
  return a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;
}

/** does `outer` contain all of `inner`? */
export function areaContains(outer: Area, inner: Area): boolean {
  return outer.row <= inner.row && outer.column <= inner.column && inner.lastRow <= outer.lastRow && inner.lastColumn <= outer.lastColumn;
}

/** the cells of `a` outside `b`, as at most four rectangles (above, below, left, right of the overlap) */
export function subtractArea(a: Area, b: Area): Area[] {
  if (!areasOverlap(a, b)) return [a];
  const out: Area[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.lastRow, b.lastRow);
  if (a.row < b.row) out.push({ ...a, lastRow: b.row - 1 });
  if (a.lastRow > b.lastRow) out.push({ ...a, row: b.lastRow + 1 });
  if (a.column < b.column) out.push({ row: top, lastRow: bottom, column: a.column, lastColumn: b.column - 1 });
  if (a.lastColumn > b.lastColumn) out.push({ row: top, lastRow: bottom, column: b.lastColumn + 1, lastColumn: a.lastColumn });
  return out;
}

/** "A1:B2,D4" → its areas (each parsed as by parseAddress) */
export function parseAreas(address: string): Area[] {
  return address.split(',').map((part) => parseAddress(part));
}

export function formatAreas(areas: readonly Area[]): string {
  return areas.map((a) => formatArea(a)).join(',');
}
