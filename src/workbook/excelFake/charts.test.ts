import { createExcelFake } from './index';
import { rejectionCode, thrownCode } from './testUtil.test-helpers';

/** a dashboard sheet and a detail sheet its charts read (as Cadre's Board Dashboard reads Metrics Detail) */
const book = (maxExcelApi?: string) =>
  createExcelFake(
    {
      sheets: [
        { name: 'Board', values: [['Dashboard']] },
        { name: 'Metrics Detail', values: [['Month', 'Participants', 'Pool'], [0, 1, 1], [12, 0.9, 0.8], [24, 0.85, 0.7]] },
      ],
    },
    maxExcelApi === undefined ? {} : { maxExcelApi },
  );

describe('chart series', () => {
  it('draws series from ranges of another sheet: names, values, x values, types, markers, line and fill formats', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board');
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      const chart = board.charts.add('XYScatterLinesNoMarkers', detail.getRange('B2:B4'), 'Columns');
      chart.title.text = 'Retention';
      chart.axes.valueAxis.numberFormat = '0%';
      chart.axes.valueAxis.minimum = 0.5;
      chart.setPosition('A3', 'G14');
      const first = chart.series.getItemAt(0);
      first.name = 'Participants';
      first.setXAxisValues(detail.getRange('A2:A4'));
      first.format.line.color = '#0F6E5A';
      const pool = chart.series.add('Comparison pool');
      pool.setValues(detail.getRange('C2:C4'));
      pool.setXAxisValues(detail.getRange('A2:A4'));
      pool.format.line.lineStyle = 'Dash';
      pool.markerStyle = 'Circle';
      pool.markerBackgroundColor = '#C55A11';
      pool.chartType = 'Line';
      const bars = chart.series.add('Bars');
      bars.setValues(detail.getRange('B2:B4'));
      bars.format.fill.setSolidColor('#9DC3B8');
      await context.sync();
      const items = chart.series.load('items/name');
      pool.load('name, chartType, markerStyle, markerForegroundColor');
      await context.sync();
      expect(items.items.map((s) => s.name)).toEqual(['Participants', 'Comparison pool', 'Bars']);
      expect([pool.name, pool.chartType, pool.markerStyle, pool.markerForegroundColor]).toEqual(['Comparison pool', 'Line', 'Circle', null]);
    });
    const [chart] = fake.workbook.charts();
    expect(chart).toMatchObject({
      sheet: 'Board',
      type: 'XYScatterLinesNoMarkers',
      source: "'Metrics Detail'!B2:B4",
      title: 'Retention',
      axes: { value: { numberFormat: '0%', minimum: 0.5, maximum: null, title: null } },
      position: { from: 'A3', to: 'G14' },
    });
    expect(chart!.series).toEqual([
      {
        name: 'Participants',
        chartType: 'XYScatterLinesNoMarkers',
        values: "'Metrics Detail'!$B$2:$B$4",
        x: "'Metrics Detail'!$A$2:$A$4",
        resolvedValues: [1, 0.9, 0.85],
        resolvedX: [0, 12, 24],
        properties: { 'format.line.color': '#0F6E5A' },
      },
      {
        name: 'Comparison pool',
        chartType: 'Line',
        values: "'Metrics Detail'!$C$2:$C$4",
        x: "'Metrics Detail'!$A$2:$A$4",
        resolvedValues: [1, 0.8, 0.7],
        resolvedX: [0, 12, 24],
        properties: { 'format.line.lineStyle': 'Dash', markerStyle: 'Circle', markerBackgroundColor: '#C55A11' },
      },
      {
        name: 'Bars',
        chartType: 'XYScatterLinesNoMarkers',
        values: "'Metrics Detail'!$B$2:$B$4",
        x: null,
        resolvedValues: [1, 0.9, 0.85],
        resolvedX: null,
        properties: { 'format.fill.solidColor': '#9DC3B8' },
      },
    ]);
    expect(fake.workbook.sheet('Board').charts).toHaveLength(1);
    expect(fake.workbook.sheet('Metrics Detail').charts).toEqual([]);
  });

  it('reads its ranges live: later writes show, a renamed sheet is followed, a deleted one is #REF!', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      const chart = context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns');
      chart.series.getItemAt(0).setXAxisValues(detail.getRange('A2:A4'));
    });
    await fake.run(async (context) => {
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      detail.getRange('B3').values = [[0.5]];
      detail.name = 'Numbers';
    });
    expect(fake.workbook.charts()[0]!.series[0]).toMatchObject({ values: 'Numbers!$B$2:$B$4', resolvedValues: [1, 0.5, 0.85], x: 'Numbers!$A$2:$A$4' });
    await fake.run(async (context) => context.workbook.worksheets.getItem('Numbers').delete());
    expect(fake.workbook.charts()[0]!.series[0]).toMatchObject({ values: '#REF!', resolvedValues: [], x: '#REF!', resolvedX: [] });
  });

  it('makes series from a source range as Excel guesses: a text first row names them, a text first column is the categories', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'S', values: [['', 'Ready 12m', 'Ready 24m'], ['Track A', 0.2, 0.4], ['Track B', 0.3, 0.5]] }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C3'), 'Auto');
      chart.name = 'Readiness';
      const other = sheet.charts.add('Line', sheet.getRange('B2:B3'), 'Auto');
      // setData replaces the series by those of the new range
      other.setData(sheet.getRange('A1:C3'), 'Rows');
    });
    const [readiness, other] = fake.workbook.charts();
    expect(readiness!.series.map((s) => [s.name, s.values, s.x])).toEqual([
      ['Ready 12m', 'S!$B$2:$B$3', 'S!$A$2:$A$3'],
      ['Ready 24m', 'S!$C$2:$C$3', 'S!$A$2:$A$3'],
    ]);
    // by rows: the first row is the categories, the first column names the series
    expect(other!.series.map((s) => [s.name, s.values, s.x])).toEqual([
      ['Track A', 'S!$B$2:$C$2', 'S!$B$1:$C$1'],
      ['Track B', 'S!$B$3:$C$3', 'S!$B$1:$C$1'],
    ]);
    expect(other!.calls).toEqual([{ method: 'setData', args: ['S!A1:C3', 'Rows'] }]);
  });

  it('keeps the Office.js discipline: queued until sync, PropertyNotLoaded before load, bytes counted', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      const chart = context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns');
      const series = chart.series.add('Pool');
      series.setValues(detail.getRange('C2:C4'));
      expect(fake.workbook.charts()).toEqual([]);
      expect(thrownCode(() => series.name)).toBe('PropertyNotLoaded');
      expect(thrownCode(() => series.format.line.color)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(fake.workbook.charts()[0]!.series.map((s) => s.name)).toEqual(['Series1', 'Pool']);
      expect(thrownCode(() => series.name)).toBe('PropertyNotLoaded');
      series.format.line.load('color');
      await context.sync();
      expect(series.format.line.color).toBeNull();
    });
    // the batch with the chart, series.add and setValues is measured like any other, the loaded colour too
    const [write, read] = fake.stats.batches;
    expect(write!.requestBytes).toBeGreaterThan(read!.requestBytes);
    expect(read!.responseBytes).toBe(JSON.stringify([{ color: null }]).length);
  });

  it('fails above the host: series.add, setValues, lineStyle and markers need ExcelApi 1.7, an axis number format 1.8', async () => {
    const cases: [string, (chart: Excel.Chart, detail: Excel.Worksheet) => void][] = [
      ['1.6', (c) => void c.series.add('x')],
      ['1.6', (c, d) => c.series.getItemAt(0).setValues(d.getRange('C2:C4'))],
      ['1.6', (c, d) => c.series.getItemAt(0).setXAxisValues(d.getRange('A2:A4'))],
      ['1.6', (c) => void (c.series.getItemAt(0).format.line.lineStyle = 'Dash')],
      ['1.6', (c) => void (c.series.getItemAt(0).markerStyle = 'None')],
      ['1.6', (c) => void c.series.getItemAt(0).load('markerStyle')],
      ['1.6', (c) => void (c.chartType = 'Line')],
      ['1.7', (c) => void (c.axes.valueAxis.numberFormat = '0%')],
    ];
    for (const [host, use] of cases) {
      const fake = book(host);
      const code = await rejectionCode(
        fake.run(async (context) => {
          const detail = context.workbook.worksheets.getItem('Metrics Detail');
          use(context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns'), detail);
        }),
      );
      expect([host, code]).toEqual([host, 'ApiNotFound']);
    }
    // what ExcelApi 1.1 has works on 1.6: a series' name and line colour, the fill
    const fake = book('1.6');
    await fake.run(async (context) => {
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      const series = context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns').series.getItemAt(0);
      series.name = 'Participants';
      series.format.line.color = '#0F6E5A';
      series.format.fill.setSolidColor('#0F6E5A');
      series.load();
      await context.sync();
      expect(series.toJSON()).toEqual({ name: 'Participants' });
    });
  });

  it('rejects a series range of more than one row and column, an unknown marker or line style, a missing series', async () => {
    const cases: ((chart: Excel.Chart, detail: Excel.Worksheet) => void)[] = [
      (c, d) => c.series.getItemAt(0).setValues(d.getRange('B2:C4')),
      (c) => void (c.series.getItemAt(0).markerStyle = 'Hexagon' as Excel.ChartMarkerStyle),
      (c) => void (c.series.getItemAt(0).format.line.lineStyle = 'Wavy' as Excel.ChartLineStyle),
      (c) => void (c.series.getItemAt(0).markerBackgroundColor = 'rgb(1,2,3)'),
    ];
    for (const use of cases) {
      const fake = book();
      const code = await rejectionCode(
        fake.run(async (context) => {
          const detail = context.workbook.worksheets.getItem('Metrics Detail');
          use(context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns'), detail);
        }),
      );
      expect(code).toBe('InvalidArgument');
    }
    const fake = book();
    const missing = await rejectionCode(
      fake.run(async (context) => {
        const detail = context.workbook.worksheets.getItem('Metrics Detail');
        context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns').series.getItemAt(3).name = 'x';
      }),
    );
    expect(missing).toBe('ItemNotFound');
  });

  it("a protected chart sheet refuses series changes (AccessDenied); a protected data sheet does not matter", async () => {
    const fake = book();
    await fake.run(async (context) => {
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      context.workbook.worksheets.getItem('Board').charts.add('Line', detail.getRange('B2:B4'), 'Columns');
    });
    fake.workbook.protect('Metrics Detail');
    await fake.run(async (context) => {
      const detail = context.workbook.worksheets.getItem('Metrics Detail');
      context.workbook.worksheets.getItem('Board').charts.getItemAt(0).series.add('Pool').setValues(detail.getRange('C2:C4'));
    });
    fake.workbook.protect('Board');
    const code = await rejectionCode(
      fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').charts.getItemAt(0).series.getItemAt(0).name = 'x')),
    );
    expect(code).toBe('AccessDenied');
    expect(fake.workbook.charts()[0]!.series.map((s) => s.name)).toEqual(['Series1', 'Pool']);
    fake.workbook.protect('Board', { allowEditObjects: true });
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').charts.getItemAt(0).series.getItemAt(0).name = 'Participants'));
    expect(fake.workbook.charts()[0]!.series.map((s) => s.name)).toEqual(['Participants', 'Pool']);
  });
});
