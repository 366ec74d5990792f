/**
 * A declarative description of one native Excel chart, placed on a worksheet of a workbook that is
 * already written (the .xlsx adapter's `addCharts`; the Office.js adapter adds it with `charts.add`). Data come from cell ranges of the same workbook, given as A1
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
