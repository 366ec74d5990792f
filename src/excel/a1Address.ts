/**
 * Excel's A1 reference style: a column is named by letters (A … Z, AA … XFD), a row by its number
 * (1 … 1,048,576), a cell by the two together ("B7"), a range by its two corners ("B2:D9"), and a
 * `$` before either part makes it absolute ("$B$7"). A reference to another sheet puts the sheet
 * name and `!` in front, the name between apostrophes when it is not a plain word ("'Board
 * Dashboard'!$A$2:$A$20"), an apostrophe inside it doubled.
 *
 * Sources (Microsoft):
 * - "Overview of formulas in Excel", The A1 reference style and Reference to another worksheet:
 *   https://support.microsoft.com/en-us/office/overview-of-formulas-in-excel-ecfdc708-9162-49e8-b993-c311f47ca173
 * - [MS-OE376] "Office Implementation Information for ECMA-376", the cell reference grammar (one to
 *   three letters, A = 1 … XFD = 16384, then a row 1 to 1048576):
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oe376/db11a912-b1cb-4dff-b46d-9bedfd10cef0
 * - "Excel specifications and limits": 1,048,576 rows by 16,384 columns:
 *   https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 *
 * Rows and columns here are 1-based, as Excel numbers them. The Excel fake (src/workbook/excelFake)
 * keeps its own copy of these rules on purpose: it models Excel independently of the code it tests.
 */

/** Rows on a worksheet (Excel's "specifications and limits"). */
export const EXCEL_ROWS = 1_048_576;

/** Columns on a worksheet, A to XFD (Excel's "specifications and limits"). */
export const EXCEL_COLUMNS = 16_384;

/**
 * Column letters of a 1-based column number, as Excel names them.
 *
 * @example columnLetters(1) // "A"
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 1-based column number of column letters, either case.
 *
 * @example columnNumber('A') // 1
 * @example columnNumber('AA') // 27
 * @example columnNumber('xfd') // 16384
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A1 address of a 1-based row and column.
 *
 * @example cellAddress(7, 2) // "B7"
 */
export function cellAddress(row: number, column: number): string {
  return columnLetters(column) + row;
}

/** A rectangle of cells: rows and columns 1-based, the first corner top-left (row1 ≤ row2, col1 ≤ col2). */
export interface CellRange {
  readonly col1: number;
  readonly row1: number;
  readonly col2: number;
  readonly row2: number;
}

/** A range with the sheet its reference names (undefined when the reference has no sheet part). */
export interface RangeRef extends CellRange {
  readonly sheet: string | undefined;
}

const CORNER = String.raw`\$?([A-Za-z]{1,3})\$?([0-9]{1,7})`;
const RANGE_RE = new RegExp(`^${CORNER}(?::${CORNER})?$`);
const REF_RE = new RegExp(`^(?:(?:'((?:[^']|'')+)'|([^'!:\\s]+))!)?(${CORNER}(?::${CORNER})?)$`);

/** The corners as written (normalised to top-left first), or null when `text` is not A1 syntax; not checked against the grid. */
function rangeOf(text: string): CellRange | null {
  const m = RANGE_RE.exec(text);
  if (!m) return null;
  const c1 = columnNumber(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] !== undefined ? columnNumber(m[3]) : c1;
  const r2 = m[4] !== undefined ? Number(m[4]) : r1;
  return { col1: Math.min(c1, c2), row1: Math.min(r1, r2), col2: Math.max(c1, c2), row2: Math.max(r1, r2) };
}

function insideGrid(r: CellRange): boolean {
  return r.col1 >= 1 && r.row1 >= 1 && r.col2 <= EXCEL_COLUMNS && r.row2 <= EXCEL_ROWS;
}

/**
 * An A1 cell or range without a sheet ("B7", "$B$7", "B2:D9", "$B$2:$D$9") as a range; throws a
 * RangeError on anything else (other syntax, row 0, a column past XFD, a row past 1,048,576).
 *
 * @example parseA1Range('$B$2:$D$9') // { col1: 2, row1: 2, col2: 4, row2: 9 }
 */
export function parseA1Range(text: string): CellRange {
  const r = rangeOf(text);
  if (!r || !insideGrid(r)) throw new RangeError(`not an A1 range: ${text}`);
  return r;
}

/**
 * Is `text` an A1 cell or range without a sheet, inside the worksheet (what {@link parseA1Range} reads)?
 *
 * @example isA1Range('B7:D9') // true
 * @example isA1Range('B0') // false
 */
export function isA1Range(text: string): boolean {
  const r = rangeOf(text);
  return r !== null && insideGrid(r);
}

/**
 * An A1 cell without a sheet ("B7", "$B$7") inside the worksheet, or null for anything else.
 *
 * @example parseCellAddress('B7') // { row: 7, column: 2 }
 * @example parseCellAddress('B7:C8') // null
 */
export function parseCellAddress(text: string): { row: number; column: number } | null {
  if (text.includes(':') || !isA1Range(text)) return null;
  const r = rangeOf(text)!;
  return { row: r.row1, column: r.col1 };
}

/** Do two ranges share a cell? */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.row1 <= b.row2 && b.row1 <= a.row2 && a.col1 <= b.col2 && b.col1 <= a.col2;
}

/**
 * Parses an A1 reference with or without a sheet, such as `'Metrics Detail'!$A$2:$A$20`,
 * `Sheet1!B2:B9` or `C3`; throws on anything else, and on a reference outside the worksheet.
 */
export function parseRangeRef(ref: string): RangeRef {
  const m = REF_RE.exec(ref.trim());
  const range = m ? rangeOf(m[3]!) : null;
  if (!m || !range) throw new Error(`Cannot read the cell reference "${ref}" (expected for example 'Sheet name'!$A$2:$A$20).`);
  if (!insideGrid(range)) throw new Error(`The cell reference "${ref}" is outside the sheet.`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, ...range };
}

/**
 * The absolute reference to a range of a sheet, the sheet name always quoted (the form Excel writes
 * into a chart's series): `'Sheet'!$A$2:$A$20`, or `'Sheet'!$B$7` for one cell.
 */
export function formatRangeRef(sheet: string, r: CellRange): string {
  const a = `$${columnLetters(r.col1)}$${r.row1}`;
  const b = `$${columnLetters(r.col2)}$${r.row2}`;
  return `${quoteSheetName(sheet)}!${a}${a === b ? '' : `:${b}`}`;
}

/**
 * A sheet name as a reference writes it: always between apostrophes, an apostrophe doubled (Excel
 * accepts the quotes on every name, and needs them on most).
 *
 * @example quoteSheetName("Mentor's load") // "'Mentor''s load'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * `'Sheet name'!$A$1:$B$2` → the sheet and the range as written; throws when there is no sheet part.
 *
 * @example splitSheetRef("'Board Dashboard'!$B$7") // { sheet: 'Board Dashboard', range: '$B$7' }
 */
export function splitSheetRef(ref: string): { sheet: string; range: string } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref) ?? /^([^'!]+)!(.+)$/.exec(ref);
  if (!m) throw new RangeError(`not a sheet-qualified reference: ${ref}`);
  return { sheet: m[1]!.replace(/''/g, "'"), range: m[2]! };
}
