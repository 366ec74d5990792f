import type { CellValue, ChartView } from '../../workbook/excelFake';
import { formatCellText, formatGeneral } from './numberFormat';

/**
 * A native chart of the fake (its inspection view: type, title, axes, series with the values their
 * cells hold now) laid out as simple SVG geometry: pure, so the scaling is tested without a DOM.
 *
 * Drawn: line, scatter with lines (or markers), clustered column (with series of type `Line` drawn
 * as lines over the columns: the four-fifths line), clustered bar; title, value-axis bounds and number
 * format, axis titles, legend, dashed lines, markers, colours. Other chart types get a placeholder.
 */
export type ChartInput = Pick<ChartView, 'type' | 'title' | 'legend' | 'axes'> & {
  readonly series: readonly Pick<ChartView['series'][number], 'name' | 'chartType' | 'resolvedValues' | 'resolvedX' | 'properties'>[];
};

export type ChartKindDrawn = 'line' | 'scatter' | 'column' | 'bar';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type ChartMark =
  | { readonly kind: 'path'; readonly d: string; readonly stroke: string; readonly dash: boolean; readonly series: number }
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly fill: string; readonly series: number; readonly label: string }
  | { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number; readonly fill: string; readonly series: number; readonly label: string };

export interface AxisTick {
  /** the pixel position along the axis (y for a vertical axis, x for a horizontal one) */
  readonly at: number;
  readonly label: string;
  /** the whole label when `label` was shortened to fit */
  readonly full: string;
}

export interface LegendEntry {
  readonly name: string;
  readonly color: string;
  readonly swatch: 'line' | 'box' | 'marker';
  readonly dash: boolean;
  readonly x: number;
  readonly y: number;
}

export interface ChartFigure {
  readonly width: number;
  readonly height: number;
  /** null when the chart type is not drawn (then `note` says so) */
  readonly kind: ChartKindDrawn | null;
  readonly note: string | null;
  readonly title: string | null;
  readonly plot: Box;
  /** value-axis ticks: y positions (x for a bar chart) */
  readonly valueTicks: readonly AxisTick[];
  /** the other axis: category labels, or the x values of a scatter chart */
  readonly categoryTicks: readonly AxisTick[];
  /** whether the value axis runs horizontally (bar charts) */
  readonly horizontal: boolean;
  /** where the value axis's zero line is, when it is inside the plot */
  readonly baseline: number | null;
  readonly valueTitle: string | null;
  readonly categoryTitle: string | null;
  readonly marks: readonly ChartMark[];
  readonly legend: readonly LegendEntry[];
}

/** Office's default series colours (the Office theme's accents). */
export const SERIES_PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'] as const;

const PAD = 8;
const TITLE_HEIGHT = 20;
const LEGEND_ROW = 16;
const AXIS_TITLE = 14;
const TICK_LABEL_HEIGHT = 14;
/** an estimate of a character's width at the chart's 10–11 px label size */
export const CHAR_WIDTH = 5.8;

export function chartKind(type: string): ChartKindDrawn | null {
  if (/^Line/i.test(type)) return 'line';
  if (/^XYScatter/i.test(type)) return 'scatter';
  if (/^Column/i.test(type)) return 'column';
  if (/^Bar/i.test(type)) return 'bar';
  return null;
}

/** a round step for about `target` intervals over `span` (1, 2, 2.5 or 5 times a power of ten) */
export function niceStep(span: number, target = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  // a little over a round step still takes it (0.51 / 5 → 0.1, six intervals, as Excel does)
  const nice = fraction <= 1.2 ? 1 : fraction <= 2.2 ? 2 : fraction <= 2.7 ? 2.5 : fraction <= 5.5 ? 5 : 10;
  return nice * power;
}

/**
 * The value axis's bounds as Excel chooses them when not set: zero included for columns and bars,
 * and for lines unless the smallest value is above five sixths of the largest; rounded out to a step.
 */
export function valueBounds(values: readonly number[], options: { minimum?: number | null; maximum?: number | null; includeZero: boolean }): { min: number; max: number; step: number } {
  const finite = values.filter((v) => Number.isFinite(v));
  let dataMin = finite.length > 0 ? Math.min(...finite) : 0;
  let dataMax = finite.length > 0 ? Math.max(...finite) : 1;
  if (options.minimum != null) dataMin = Math.min(dataMin, options.minimum);
  if (options.maximum != null) dataMax = Math.max(dataMax, options.maximum);
  const zero = options.includeZero || !(dataMin >= 0 ? dataMin > (dataMax * 5) / 6 : dataMax < (dataMin * 5) / 6);
  let lo = options.minimum ?? (zero ? Math.min(0, dataMin) : dataMin);
  let hi = options.maximum ?? (zero ? Math.max(0, dataMax) : dataMax);
  if (hi <= lo) hi = lo + (lo === 0 ? 1 : Math.abs(lo));
  const step = niceStep(hi - lo);
  const tidy = (v: number): number => Number(v.toPrecision(12));
  if (options.minimum == null) lo = tidy(Math.floor(lo / step + 1e-9) * step);
  if (options.maximum == null) hi = tidy(Math.ceil(hi / step - 1e-9) * step);
  if (hi <= lo) hi = lo + step;
  return { min: lo, max: hi, step };
}

/** ticks from min to max (inclusive) by step, at most 21 */
export function ticksOf(min: number, max: number, step: number): number[] {
  const out: number[] = [];
  const first = Math.ceil(min / step - 1e-9) * step;
  for (let v = first; v <= max + step * 1e-9 && out.length < 21; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** maps value v in [min, max] linearly onto [from, to] */
export function scale(v: number, min: number, max: number, from: number, to: number): number {
  return from + ((v - min) / (max - min)) * (to - from);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const num = (v: CellValue | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/** an SVG path through the points, broken where a point is missing (NaN) */
export function linePath(points: readonly (readonly [number, number])[]): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    d += `${d === '' ? '' : ' '}${pen ? 'L' : 'M'}${round1(x)},${round1(y)}`;
    pen = true;
  }
  return d;
}

function tickLabel(value: number, format: string | null, step: number): string {
  if (format) return formatCellText(value, format);
  const decimals = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  // as Excel's General axis labels: 3.6, 3.8, 4, 4.2
  return Number.isInteger(value) ? String(value) : decimals > 0 ? String(Number(value.toFixed(decimals))) : formatGeneral(value);
}

/** shortens a label to `maxWidth` pixels (estimated), with an ellipsis */
export function fitLabel(text: string, maxWidth: number): string {
  const max = Math.max(1, Math.floor(maxWidth / CHAR_WIDTH));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function seriesColor(props: Record<string, unknown>, index: number, lineish: boolean): string {
  const pick = (key: string): string | null => (typeof props[key] === 'string' && props[key] !== '' ? (props[key] as string) : null);
  return (lineish ? pick('format.line.color') ?? pick('markerBackgroundColor') : pick('format.fill.solidColor') ?? pick('format.line.color')) ?? SERIES_PALETTE[index % SERIES_PALETTE.length]!;
}

interface SeriesStyle {
  readonly lineish: boolean;
  readonly line: boolean;
  readonly dash: boolean;
  readonly markers: boolean;
  readonly color: string;
}

function seriesStyle(kind: ChartKindDrawn, chartType: string, s: ChartInput['series'][number], index: number): SeriesStyle {
  const ownType = s.chartType || chartType;
  const lineish = kind === 'line' || kind === 'scatter' || chartKind(ownType) === 'line';
  const lineStyle = s.properties['format.line.lineStyle'];
  const markerStyle = s.properties['markerStyle'];
  const defaultMarkers = /Markers$|^XYScatter$|^XYScatterLines$|^XYScatterSmooth$/i.test(ownType) && !/NoMarkers$/i.test(ownType);
  const defaultLine = !/^XYScatter$/i.test(ownType);
  return {
    lineish,
    line: lineish && lineStyle !== 'None' && (defaultLine || typeof lineStyle === 'string'),
    dash: typeof lineStyle === 'string' && /dash|dot/i.test(lineStyle),
    markers: lineish && (typeof markerStyle === 'string' ? markerStyle !== 'None' : defaultMarkers),
    color: seriesColor(s.properties, index, lineish),
  };
}

/**
 * The chart's geometry at `width` × `height` pixels.
 */
export function chartFigure(chart: ChartInput, width: number, height: number): ChartFigure {
  const kind = chartKind(chart.type);
  const title = chart.title && chart.title.trim() !== '' ? chart.title : null;
  const base = {
    width,
    height,
    kind,
    title,
    valueTitle: chart.axes.value.title,
    categoryTitle: chart.axes.category.title,
  };
  const top = PAD + (title ? TITLE_HEIGHT : 0);
  if (kind === null || chart.series.length === 0) {
    return {
      ...base,
      note: kind === null ? `A ${chart.type} chart: not drawn in the preview` : 'No data',
      plot: { x: PAD, y: top, width: Math.max(0, width - 2 * PAD), height: Math.max(0, height - top - PAD) },
      valueTicks: [],
      categoryTicks: [],
      horizontal: false,
      baseline: null,
      marks: [],
      legend: [],
    };
  }
  const styles = chart.series.map((s, i) => seriesStyle(kind, chart.type, s, i));
  const horizontal = kind === 'bar';

  // the legend first: it takes rows at the bottom
  const showLegend = chart.legend.visible === true || (chart.legend.visible === null && chart.series.length > 1);
  const legendItems = showLegend ? chart.series.map((s, i) => ({ name: s.name, style: styles[i]! })) : [];
  const legendRows: { name: string; style: SeriesStyle; width: number }[][] = [];
  for (const item of legendItems) {
    const w = 20 + item.name.length * CHAR_WIDTH + 12;
    const row = legendRows[legendRows.length - 1];
    if (row && row.reduce((n, x) => n + x.width, 0) + w <= width - 2 * PAD) row.push({ ...item, width: w });
    else legendRows.push([{ ...item, width: w }]);
  }
  const legendHeight = legendRows.length * LEGEND_ROW;

  // values and categories
  const valueSeries = chart.series.map((s) => s.resolvedValues.map(num));
  const allValues = valueSeries.flat();
  const vBounds = valueBounds(allValues, {
    minimum: chart.axes.value.minimum,
    maximum: chart.axes.value.maximum,
    includeZero: kind === 'column' || kind === 'bar',
  });
  const valueLabels = ticksOf(vBounds.min, vBounds.max, vBounds.step).map((v) => ({ v, label: tickLabel(v, chart.axes.value.numberFormat, vBounds.step) }));

  const firstX = chart.series.find((s) => s.resolvedX !== null)?.resolvedX ?? null;
  const categoryCount = Math.max(...chart.series.map((s) => s.resolvedValues.length), 0);
  const categories: string[] = Array.from({ length: categoryCount }, (_, i) => {
    const v = firstX?.[i];
    return v === undefined || v === '' ? String(i + 1) : formatCellText(v);
  });

  let xBounds = { min: 0, max: 1, step: 1 };
  if (kind === 'scatter') {
    const xs = chart.series.flatMap((s) => (s.resolvedX ?? s.resolvedValues.map((_, i) => i + 1)).map(num));
    xBounds = valueBounds(xs, { minimum: chart.axes.category.minimum, maximum: chart.axes.category.maximum, includeZero: true });
  }
  const xLabels = kind === 'scatter' ? ticksOf(xBounds.min, xBounds.max, xBounds.step).map((v) => ({ v, label: tickLabel(v, chart.axes.category.numberFormat, xBounds.step) })) : [];

  // the plot area: what is left after title, legend, tick labels and axis titles
  const longestValueLabel = Math.max(...valueLabels.map((t) => t.label.length), 1);
  const longestCategory = Math.max(...categories.map((c) => c.length), 1);
  const leftLabels = horizontal ? Math.min(longestCategory * CHAR_WIDTH + 6, width * 0.35) : longestValueLabel * CHAR_WIDTH + 6;
  const leftTitle = (horizontal ? chart.axes.category.title : chart.axes.value.title) ? AXIS_TITLE : 0;
  const bottomTitle = (horizontal ? chart.axes.value.title : chart.axes.category.title) ? AXIS_TITLE : 0;
  const plot: Box = {
    x: PAD + leftTitle + leftLabels,
    y: top,
    width: 0,
    height: 0,
  };
  const right = width - PAD - (horizontal ? (valueLabels[valueLabels.length - 1]?.label.length ?? 0) * CHAR_WIDTH * 0.5 : 0);
  const bottom = height - PAD - legendHeight - bottomTitle - TICK_LABEL_HEIGHT;
  const box: Box = { ...plot, width: Math.max(10, right - plot.x), height: Math.max(10, bottom - plot.y) };

  // value positions
  const vAt = (v: number): number =>
    horizontal ? scale(v, vBounds.min, vBounds.max, box.x, box.x + box.width) : scale(v, vBounds.min, vBounds.max, box.y + box.height, box.y);
  const valueTicks: AxisTick[] = valueLabels.map((t) => ({ at: round1(vAt(t.v)), label: t.label, full: t.label }));
  const baseline = vBounds.min <= 0 && vBounds.max >= 0 ? round1(vAt(0)) : null;

  // category positions: bands (line, column, bar) or the x scale (scatter)
  const n = Math.max(1, categoryCount);
  const bandSize = (horizontal ? box.height : box.width) / n;
  // bar charts list the first category at the bottom, as Excel does
  const bandCentre = (i: number): number => (horizontal ? box.y + box.height - (i + 0.5) * bandSize : box.x + (i + 0.5) * bandSize);
  const xAt = (x: number): number => scale(x, xBounds.min, xBounds.max, box.x, box.x + box.width);

  let categoryTicks: AxisTick[];
  if (kind === 'scatter') {
    categoryTicks = xLabels.map((t) => ({ at: round1(xAt(t.v)), label: t.label, full: t.label }));
  } else {
    const room = horizontal ? leftLabels - 6 : bandSize - 2;
    // too many categories for their labels: show every k-th
    const every = horizontal ? Math.max(1, Math.ceil(TICK_LABEL_HEIGHT / bandSize)) : 1;
    categoryTicks = categories.flatMap((c, i) => (i % every === 0 ? [{ at: round1(bandCentre(i)), label: fitLabel(c, room), full: c }] : []));
  }

  // marks
  const marks: ChartMark[] = [];
  const bars = chart.series.map((_, i) => i).filter((i) => !styles[i]!.lineish);
  const groupSize = bandSize * 0.65;
  const barSize = bars.length > 0 ? groupSize / bars.length : 0;
  const zero = Math.min(Math.max(0, vBounds.min), vBounds.max);
  chart.series.forEach((s, i) => {
    const style = styles[i]!;
    const values = valueSeries[i]!;
    if (style.lineish) {
      const points: [number, number][] = values.map((v, j) => {
        if (kind === 'scatter') {
          const x = s.resolvedX ? num(s.resolvedX[j]) : j + 1;
          return [xAt(x), vAt(v)];
        }
        return horizontal ? [vAt(v), bandCentre(j)] : [bandCentre(j), vAt(v)];
      });
      if (style.line) {
        const d = linePath(points);
        if (d !== '') marks.push({ kind: 'path', d, stroke: style.color, dash: style.dash, series: i });
      }
      if (style.markers) {
        points.forEach(([cx, cy], j) => {
          if (Number.isFinite(cx) && Number.isFinite(cy)) {
            marks.push({ kind: 'circle', cx: round1(cx), cy: round1(cy), r: 3.5, fill: style.color, series: i, label: `${s.name}: ${categories[j] ?? j + 1}, ${formatCellText(values[j]!, chart.axes.value.numberFormat ?? 'General')}` });
          }
        });
      }
      return;
    }
    const slot = bars.indexOf(i);
    values.forEach((v, j) => {
      if (!Number.isFinite(v)) return;
      const centre = bandCentre(j);
      const offset = -groupSize / 2 + slot * barSize;
      const a = vAt(zero);
      const b = vAt(Math.min(Math.max(v, vBounds.min), vBounds.max));
      const label = `${s.name}: ${categories[j] ?? j + 1}, ${formatCellText(v, chart.axes.value.numberFormat ?? 'General')}`;
      if (horizontal) {
        // the first bar of a group at the bottom, as Excel draws them
        const y = centre + groupSize / 2 - (slot + 1) * barSize;
        marks.push({ kind: 'rect', x: round1(Math.min(a, b)), y: round1(y), width: round1(Math.abs(b - a)), height: round1(barSize), fill: style.color, series: i, label });
      } else {
        marks.push({ kind: 'rect', x: round1(centre + offset), y: round1(Math.min(a, b)), width: round1(barSize), height: round1(Math.abs(b - a)), fill: style.color, series: i, label });
      }
    });
  });

  // legend entries, centred per row
  const legend: LegendEntry[] = [];
  legendRows.forEach((row, r) => {
    const total = row.reduce((sum, x) => sum + x.width, 0);
    let x = (width - total) / 2;
    for (const item of row) {
      legend.push({
        name: item.name,
        color: item.style.color,
        swatch: item.style.lineish ? (item.style.line ? 'line' : 'marker') : 'box',
        dash: item.style.dash,
        x: round1(x),
        y: round1(height - PAD - legendHeight + r * LEGEND_ROW + LEGEND_ROW / 2),
      });
      x += item.width;
    }
  });

  return { ...base, note: null, plot: { x: round1(box.x), y: round1(box.y), width: round1(box.width), height: round1(box.height) }, valueTicks, categoryTicks, horizontal, baseline, marks, legend };
}
