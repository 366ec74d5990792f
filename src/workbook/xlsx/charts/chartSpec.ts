export type { CellPosition, ChartKind, ChartSeriesSpec, ChartSpec } from '../../../dashboard/chartPlan';

/** A parsed A1 range reference. Rows and columns are 1-based. */
export interface RangeRef {
  /** the sheet name, or undefined when the reference has no sheet part */
  readonly sheet: string | undefined;
  readonly col1: number;
  readonly row1: number;
  readonly col2: number;
  readonly row2: number;
}

const REF_RE =
  /^(?:(?:'((?:[^']|'')+)'|([^'!:\s]+))!)?\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?$/;

/** Column letters to a 1-based number: A → 1, Z → 26, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const MAX_COL = 16384;
const MAX_ROW = 1048576;

/** Parses an A1 reference such as `'Metrics Detail'!$A$2:$A$20`, `Sheet1!B2:B9` or `C3`; throws on anything else. */
export function parseRangeRef(ref: string): RangeRef {
  const m = REF_RE.exec(ref.trim());
  if (!m) throw new Error(`Cannot read the cell reference "${ref}" (expected for example 'Sheet name'!$A$2:$A$20).`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const c1 = columnNumber(m[3]!);
  const r1 = Number(m[4]);
  const c2 = m[5] !== undefined ? columnNumber(m[5]) : c1;
  const r2 = m[6] !== undefined ? Number(m[6]) : r1;
  for (const [c, r] of [
    [c1, r1],
    [c2, r2],
  ] as const) {
    if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) throw new Error(`The cell reference "${ref}" is outside the sheet.`);
  }
  return {
    sheet,
    col1: Math.min(c1, c2),
    row1: Math.min(r1, r2),
    col2: Math.max(c1, c2),
    row2: Math.max(r1, r2),
  };
}

/** The reference in the form Excel writes into a chart: `'Sheet'!$A$2:$A$20` (the sheet name always quoted). */
export function formatRangeRef(sheet: string, r: RangeRef): string {
  const a = `$${columnLetters(r.col1)}$${r.row1}`;
  const b = `$${columnLetters(r.col2)}$${r.row2}`;
  return `'${sheet.replace(/'/g, "''")}'!${a}${a === b ? '' : `:${b}`}`;
}
