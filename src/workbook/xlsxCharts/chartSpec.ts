/**
 * A declarative description of one native Excel chart, placed on a worksheet of a workbook that is
 * already written (see `addCharts`). Data come from cell ranges of the same workbook, given as A1
 * references; the chart part caches the values found in those cells.
 *
 * - `line`: categories on a category axis, one line per series.
 * - `scatterLines`: two value axes; each series has its own `x` range (so a Kaplan–Meier step curve
 *   is drawn from the step points the caller writes: (t0, s0), (t1, s0), (t1, s1), ...).
 * - `bar` (horizontal bars) and `column` (vertical bars), clustered.
 *
 * A reference line (for example the 0.80 four-fifths line) is just another series: in a scatter
 * chart two points (x0, 0.8), (x1, 0.8); in a column chart a series with `asLine: true` whose values
 * are all 0.8 (drawn as a line over the columns).
 */
export interface ChartSeriesSpec {
  /** the legend text */
  readonly name: string;
  /** A1 reference of the values, one row or one column, e.g. `'Metrics Detail'!$B$2:$B$20` */
  readonly values: string;
  /** A1 reference of the x values (scatterLines only; without it x is 1, 2, 3, ...) */
  readonly x?: string;
  /** line / fill colour, hex RRGGBB (default: a fixed palette by series position) */
  readonly color?: string;
  /** dashed line (line, scatterLines, and `asLine` series) */
  readonly dash?: boolean;
  /** show markers at the points (line, scatterLines, and `asLine` series); default false */
  readonly marker?: boolean;
  /** draw the connecting line (line, scatterLines, and `asLine` series); default true. `line: false, marker: true` draws points only, e.g. the 12/24-month points */
  readonly line?: boolean;
  /** column charts only: draw this series as a line over the columns (a reference line) */
  readonly asLine?: boolean;
}

export interface CellPosition {
  /** 0-based column */
  readonly col: number;
  /** 0-based row */
  readonly row: number;
}

export type ChartKind = 'line' | 'scatterLines' | 'bar' | 'column';

export interface ChartSpec {
  /** the worksheet the chart is placed on */
  readonly sheet: string;
  readonly kind: ChartKind;
  readonly title: string;
  /** title of the horizontal axis (of the category axis for bar charts) */
  readonly xTitle?: string;
  /** title of the value axis */
  readonly yTitle?: string;
  /** A1 reference of the category labels (line, bar, column) */
  readonly categories?: string;
  readonly series: readonly ChartSeriesSpec[];
  readonly yMin?: number;
  readonly yMax?: number;
  /** number format of the value axis, e.g. `0%` */
  readonly yFormat?: string;
  /** the chart's top-left and bottom-right cells (0-based); the chart spans from the top-left corner of `from` to the top-left corner of `to` */
  readonly anchor: { readonly from: CellPosition; readonly to: CellPosition };
}

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
