import type { ChartKind, ChartSeriesSpec, ChartSpec } from '../../../dashboard/chartPlan';
import { cellAddress, parseA1Range, quoteSheetName, splitSheetRef } from '../../../excel/a1Address';
import { hexColor } from './cellWrites';
import { type FeatureGate, hasMember } from '../host';
import { ACTION_BYTES, type WriteStep } from './stepRunner';

/** a range of the workbook from a sheet-qualified reference of the plan ('Metrics Detail'!$B$2:$B$20) */
export type RangeResolver = (ref: string) => Excel.Range;

const CHART_TYPE: Readonly<Record<ChartKind, 'Line' | 'XYScatterLinesNoMarkers' | 'BarClustered' | 'ColumnClustered'>> = {
  line: 'Line',
  scatterLines: 'XYScatterLinesNoMarkers',
  bar: 'BarClustered',
  column: 'ColumnClustered',
};

/**
 * One native chart (a ChartSpec) as one step: `charts.add` from the first series' values, then
 * each series set from the plan's ranges (ChartSeries, ExcelApi 1.7): name, values, x values (the
 * categories, or a scatter series' own x), colour, dash, markers; a column chart's `asLine` series
 * is drawn as a line. Title, axis titles, value-axis bounds (1.1) and number format (1.8), legend,
 * and the position from the anchor (`setPosition` over the cells the anchor spans).
 *
 * Where chart series are not available, the chart is drawn from the bounding range of its data
 * (`setData`, Excel then reads series by column), and a warning says so.
 */
export function chartStep(sheet: string, ws: () => Excel.Worksheet, spec: ChartSpec, resolve: RangeResolver, gate: FeatureGate): WriteStep {
  const actions = 8 + spec.series.length * 10;
  return {
    sheet,
    bytes: ACTION_BYTES * actions,
    queue: () => {
      const first = spec.series[0];
      const source = resolve(first?.values ?? spec.categories ?? boundingRef(spec));
      const chart = ws().charts.add(CHART_TYPE[spec.kind], source, 'Columns');
      chart.title.text = spec.title;
      chart.legend.visible = spec.series.length > 1;
      if (spec.series.length > 1) chart.legend.position = 'Bottom';
      const valueAxis = chart.axes.valueAxis;
      if (spec.xTitle !== undefined) chart.axes.categoryAxis.title.text = spec.xTitle;
      if (spec.yTitle !== undefined) valueAxis.title.text = spec.yTitle;
      if (spec.yMin !== undefined) valueAxis.minimum = spec.yMin;
      if (spec.yMax !== undefined) valueAxis.maximum = spec.yMax;
      if (spec.yFormat !== undefined && gate.allows('axisNumberFormat', spec.title, hasMember(valueAxis, 'numberFormat'))) valueAxis.numberFormat = spec.yFormat;
      const { from, to } = spec.anchor;
      const end = { col: Math.max(from.col, to.col - 1), row: Math.max(from.row, to.row - 1) };
      chart.setPosition(cellAddress(from.row + 1, from.col + 1), cellAddress(end.row + 1, end.col + 1));
      if (gate.allows('chartSeries', `chart "${spec.title}"`, hasMember(chart, 'series'))) {
        spec.series.forEach((s, i) => styleSeries(i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name), s, spec, resolve));
      } else {
        chart.setData(resolve(boundingRef(spec)), 'Columns');
      }
    },
  };
}

function styleSeries(series: Excel.ChartSeries, s: ChartSeriesSpec, spec: ChartSpec, resolve: RangeResolver): void {
  series.name = s.name;
  series.setValues(resolve(s.values));
  const x = spec.kind === 'scatterLines' ? s.x : spec.categories;
  if (x !== undefined) series.setXAxisValues(resolve(x));
  const asLine = spec.kind === 'column' && s.asLine === true;
  if (asLine) series.chartType = 'Line';
  const lineish = spec.kind === 'line' || spec.kind === 'scatterLines' || asLine;
  if (lineish) {
    if (s.color !== undefined) series.format.line.color = hexColor(s.color);
    if (s.line === false) series.format.line.lineStyle = 'None';
    else if (s.dash === true) series.format.line.lineStyle = 'Dash';
    series.markerStyle = s.marker === true ? 'Circle' : 'None';
    if (s.marker === true && s.color !== undefined) {
      series.markerBackgroundColor = hexColor(s.color);
      series.markerForegroundColor = hexColor(s.color);
    }
  } else if (s.color !== undefined) {
    series.format.fill.setSolidColor(hexColor(s.color));
  }
}

/**
 * The smallest range holding the chart's categories and series (on the first series' sheet): what
 * the chart shows when its series cannot be set one by one.
 */
export function boundingRef(spec: ChartSpec): string {
  const refs = [spec.categories, ...spec.series.flatMap((s) => [s.x, s.values])].filter((r): r is string => r !== undefined);
  const sheet = splitSheetRef(refs[0]!).sheet;
  const boxes = refs.map(splitSheetRef).filter((r) => r.sheet === sheet).map((r) => parseA1Range(r.range));
  const top = Math.min(...boxes.map((b) => b.row1));
  const left = Math.min(...boxes.map((b) => b.col1));
  const bottom = Math.max(...boxes.map((b) => b.row2));
  const right = Math.max(...boxes.map((b) => b.col2));
  return `${quoteSheetName(sheet)}!${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
