import type { ChartSpec } from '../../../dashboard/chartPlan';
import { splitSheetRef } from '../../../excel/a1Address';
import { createExcelFake } from '../../excelFake';
import { boundingRef, chartStep } from './chartSteps';
import { FeatureGate } from '../host';

/**
 * A stand-in for Office.js proxies that records every property set and method call by its path:
 * the exact calls chartStep makes (the Excel fake below shows what they amount to).
 */
function recorder(log: string[], path: string): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, prop) => (prop === '__path' ? path : prop === 'then' ? undefined : recorder(log, `${path}.${String(prop)}`)),
    set: (_t, prop, value) => {
      log.push(`${path}.${String(prop)} = ${JSON.stringify(value)}`);
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      const text = args.map((a) => (typeof a === 'function' ? `<${(a as unknown as { __path: string }).__path}>` : JSON.stringify(a))).join(', ');
      log.push(`${path}(${text})`);
      return recorder(log, `${path}(${text})`);
    },
    has: () => true,
  });
}

function run(spec: ChartSpec, isSetSupported: (name: string, version?: string) => boolean = () => true) {
  const log: string[] = [];
  const ws = recorder(log, 'ws') as Excel.Worksheet;
  const resolve = (ref: string) => recorder(log, `range(${ref})`) as Excel.Range;
  const gate = new FeatureGate(isSetSupported);
  chartStep('Board', () => ws, spec, resolve, gate).queue();
  // the chart's path is the add call: shorten it to "chart" after the first line
  return { log: log.map((l, i) => (i === 0 ? l : l.split(log[0]!).join('chart'))), gate };
}

const column: ChartSpec = {
  sheet: 'Board',
  kind: 'column',
  title: 'Impact ratio by resource',
  categories: "'Metrics Detail'!$A$2:$A$4",
  yTitle: 'Impact ratio',
  yMin: 0,
  yFormat: '0.00',
  series: [
    { name: 'Lowest impact ratio', values: "'Metrics Detail'!$B$2:$B$4", color: '0F6E5A' },
    { name: 'Four-fifths line', values: "'Metrics Detail'!$D$2:$D$4", color: 'C00000', dash: true, asLine: true },
  ],
  anchor: { from: { col: 7, row: 32 }, to: { col: 15, row: 48 } },
};

describe('chartStep', () => {
  it('adds a native chart and sets each series from the plan: names, values, categories, a column series drawn as a dashed line', () => {
    const { log } = run(column);
    expect(log[0]).toBe(`ws.charts.add("ColumnClustered", <range('Metrics Detail'!$B$2:$B$4)>, "Columns")`);
    expect(log).toEqual(
      expect.arrayContaining([
        'chart.title.text = "Impact ratio by resource"',
        'chart.axes.valueAxis.title.text = "Impact ratio"',
        'chart.axes.valueAxis.minimum = 0',
        'chart.axes.valueAxis.numberFormat = "0.00"',
        'chart.setPosition("H33", "O48")',
        'chart.series.getItemAt(0).name = "Lowest impact ratio"',
        `chart.series.getItemAt(0).setValues(<range('Metrics Detail'!$B$2:$B$4)>)`,
        `chart.series.getItemAt(0).setXAxisValues(<range('Metrics Detail'!$A$2:$A$4)>)`,
        'chart.series.getItemAt(0).format.fill.setSolidColor("#0F6E5A")',
        'chart.series.add("Four-fifths line").name = "Four-fifths line"',
        `chart.series.add("Four-fifths line").setValues(<range('Metrics Detail'!$D$2:$D$4)>)`,
        'chart.series.add("Four-fifths line").chartType = "Line"',
        'chart.series.add("Four-fifths line").format.line.color = "#C00000"',
        'chart.series.add("Four-fifths line").format.line.lineStyle = "Dash"',
        'chart.series.add("Four-fifths line").markerStyle = "None"',
      ]),
    );
    expect(log.some((l) => l.includes('setData'))).toBe(false);
  });

  it('gives each scatter series its own x values, and draws points only where the plan says so', () => {
    const { log } = run({
      sheet: 'Board',
      kind: 'scatterLines',
      title: 'Retention',
      series: [
        { name: 'Participants', x: "'M'!$A$2:$A$9", values: "'M'!$B$2:$B$9" },
        { name: 'At 12 and 24 months', x: "'M'!$B$12:$B$13", values: "'M'!$C$12:$C$13", line: false, marker: true, color: 'C55A11' },
      ],
      anchor: { from: { col: 0, row: 15 }, to: { col: 7, row: 31 } },
    });
    expect(log[0]).toContain('"XYScatterLinesNoMarkers"');
    expect(log).toEqual(
      expect.arrayContaining([
        `chart.series.getItemAt(0).setXAxisValues(<range('M'!$A$2:$A$9)>)`,
        `chart.series.add("At 12 and 24 months").setXAxisValues(<range('M'!$B$12:$B$13)>)`,
        'chart.series.add("At 12 and 24 months").format.line.lineStyle = "None"',
        'chart.series.add("At 12 and 24 months").markerStyle = "Circle"',
      ]),
    );
  });

  it('below ExcelApi 1.7 draws the chart from its data\'s bounding range, and says so', () => {
    const { log, gate } = run(column, (_n, v) => Number((v ?? '1.1').split('.')[1]) <= 6);
    expect(log).toContain(`chart.setData(<range('Metrics Detail'!A2:D4)>, "Columns")`);
    expect(log.some((l) => l.includes('chart.series'))).toBe(false);
    expect(gate.warnings()).toEqual([
      'chart axis number formats need ExcelApi 1.8; not applied (Impact ratio by resource)',
      'chart series (names, ranges, x values, line styles) need ExcelApi 1.7; not applied (chart "Impact ratio by resource")',
    ]);
  });

  it('against the Excel fake: a chart on the board whose series read another sheet, as the plan says', async () => {
    const fake = createExcelFake({
      sheets: [
        { name: 'Board', values: [] },
        { name: 'Metrics Detail', values: [['Resource', 'Lowest', '', 'Line'], ['Coach', 0.9, '', 0.8], ['Mentor', 0.7, '', 0.8], ['Sponsor', 1, '', 0.8]] },
      ],
    });
    const gate = new FeatureGate((n, v) => fake.isSetSupported(n, v));
    await fake.run(async (context) => {
      const sheet = (name: string) => context.workbook.worksheets.getItem(name);
      const resolve = (ref: string) => sheet(splitSheetRef(ref).sheet).getRange(splitSheetRef(ref).range);
      chartStep('Board', () => sheet('Board'), column, resolve, gate).queue();
    });
    expect(gate.warnings()).toEqual([]);
    const [chart] = fake.workbook.charts();
    expect(chart).toMatchObject({
      sheet: 'Board',
      type: 'ColumnClustered',
      title: 'Impact ratio by resource',
      axes: { value: { title: 'Impact ratio', minimum: 0, maximum: null, numberFormat: '0.00' } },
      legend: { visible: true, position: 'Bottom' },
      position: { from: 'H33', to: 'O48' },
    });
    expect(chart!.series).toEqual([
      {
        name: 'Lowest impact ratio',
        chartType: 'ColumnClustered',
        values: "'Metrics Detail'!$B$2:$B$4",
        x: "'Metrics Detail'!$A$2:$A$4",
        resolvedValues: [0.9, 0.7, 1],
        resolvedX: ['Coach', 'Mentor', 'Sponsor'],
        properties: { 'format.fill.solidColor': '#0F6E5A' },
      },
      {
        name: 'Four-fifths line',
        chartType: 'Line',
        values: "'Metrics Detail'!$D$2:$D$4",
        x: "'Metrics Detail'!$A$2:$A$4",
        resolvedValues: [0.8, 0.8, 0.8],
        resolvedX: ['Coach', 'Mentor', 'Sponsor'],
        properties: { 'format.line.color': '#C00000', 'format.line.lineStyle': 'Dash', markerStyle: 'None' },
      },
    ]);
  });

  it('boundingRef spans the categories and every series on the first series\' sheet', () => {
    expect(boundingRef(column)).toBe("'Metrics Detail'!A2:D4");
  });
});
