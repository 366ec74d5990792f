import { type Area, areaColumns, areaRows } from './address';
import { type RangeTarget, assertWritable, targetAddress } from './cells';
import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import { type CellValue, type ChartModel, type RangeRef, type SeriesModel, type SheetModel, type WorkbookModel, newId } from './model';
import { type FakeRange, color } from './range';
import { CHART_FILL_SHAPE, CHART_FONT_SHAPE, type RecorderOwner, type RecorderShape, recorder } from './recorder';

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

const CHART_FORMAT: RecorderShape = { children: { fill: CHART_FILL_SHAPE, font: CHART_FONT_SHAPE } };

const AXIS: RecorderShape = {
  props: ['minimum', 'maximum', 'majorUnit', 'minorUnit', 'numberFormat', 'displayUnit', 'visible', 'categoryType'],
  minApi: { numberFormat: '1.8', displayUnit: '1.7', visible: '1.7', categoryType: '1.7' },
  children: { title: { props: ['text', 'visible'], children: { format: { children: { font: CHART_FONT_SHAPE } } } }, format: CHART_FORMAT },
};

/** the parts of a chart the fake records: chart.title.text, chart.axes.valueAxis.maximum, … */
const CHART_PARTS: Record<string, RecorderShape> = {
  title: { props: ['text', 'visible', 'overlay'], children: { format: CHART_FORMAT } },
  legend: { props: ['position', 'visible', 'overlay'], children: { format: CHART_FORMAT } },
  axes: { children: { valueAxis: AXIS, categoryAxis: AXIS, seriesAxis: AXIS } },
  dataLabels: { props: ['showValue', 'showPercentage', 'showCategoryName', 'showSeriesName', 'position', 'numberFormat'], minApi: { numberFormat: '1.8' }, children: { format: CHART_FORMAT } },
  format: CHART_FORMAT,
};

/** ChartSeries.format (line: color 1.1, lineStyle and weight 1.7; fill: setSolidColor, clear) */
const SERIES_FORMAT: RecorderShape = {
  children: {
    line: { props: ['color', 'lineStyle', 'weight'], minApi: { lineStyle: '1.7', weight: '1.7' } },
    fill: CHART_FILL_SHAPE,
  },
};

const MARKER_STYLES = ['Invalid', 'Automatic', 'None', 'Square', 'Diamond', 'Triangle', 'X', 'Star', 'Dot', 'Dash', 'Circle', 'Plus', 'Picture'];
const LINE_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25', 'Grey50', 'Grey75', 'Automatic', 'RoundDot'];

/** checks a value recorded on a chart or series part; throws InvalidArgument */
function checkPart(key: string, value: unknown): void {
  const last = key.split('.').pop()!;
  if (key.endsWith('line.lineStyle') && (typeof value !== 'string' || !LINE_STYLES.includes(value))) throw fakeError('InvalidArgument', `Invalid line style '${String(value)}'.`);
  if (key.endsWith('line.weight') && (typeof value !== 'number' || !(value >= 0))) throw fakeError('InvalidArgument', `Invalid line weight '${String(value)}'.`);
  if ((last === 'color' || last === 'solidColor') && value !== null) color(value, key);
  if ((last === 'minimum' || last === 'maximum') && typeof value !== 'number') throw fakeError('InvalidArgument', `Invalid axis ${last} '${String(value)}'.`);
  if (last === 'numberFormat' && typeof value !== 'string') throw fakeError('InvalidArgument', `Invalid number format '${String(value)}'.`);
}

/** Excel.ChartCollection (worksheet.charts): add(type, sourceData, seriesBy), getItem, items */
export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(ctx: FakeContext, path: string, private readonly _sheet: () => SheetModel) {
    super(ctx, path);
  }

  protected _memberIds(): string[] {
    const sheet = this._sheet();
    return this._ctx.model.charts.filter((c) => c.sheetId === sheet.id).map((c) => c.id);
  }
  protected _member(id: string): FakeChart {
    return new FakeChart(this._ctx, `${this._path}.getItem(${JSON.stringify(id)})`, () => this._ctx.model.charts.find((c) => c.id === id) ?? null);
  }

  /**
   * add(type, sourceData, seriesBy): the source may be on any sheet of the workbook (a chart on a
   * dashboard drawing a detail sheet's table); its series are made from it as setData does.
   */
  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    const ref: { id?: string } = {};
    const path = `${this._path}.add(${JSON.stringify(type)},${sourceData._path},${JSON.stringify(seriesBy)})`;
    this._ctx.enqueue({
      request: { path: this._path, call: 'add', args: [type, { path: sourceData._path }, seriesBy] },
      location: path,
      execute: () => {
        const sheet = this._sheet();
        assertWritable(sheet, 'objects');
        if (typeof type !== 'string' || type === '') throw fakeError('InvalidArgument', 'A chart type is required.');
        if (!SERIES_BY.includes(seriesBy)) throw fakeError('InvalidArgument', `Invalid seriesBy '${seriesBy}'.`);
        const source = sourceData._target();
        const model = this._ctx.model;
        let n = model.charts.length + 1;
        while (model.charts.some((c) => c.sheetId === sheet.id && c.name === `Chart ${n}`)) n++;
        const chart: ChartModel = {
          id: newId(model, 'chart'),
          name: `Chart ${n}`,
          sheetId: sheet.id,
          type,
          source: targetAddress(source),
          seriesBy,
          series: seriesFromSource(model, source, seriesBy),
          properties: {},
          calls: [],
        };
        model.charts.push(chart);
        ref.id = chart.id;
      },
    });
    return new FakeChart(this._ctx, path, () => this._ctx.model.charts.find((c) => c.id === ref.id) ?? null);
  }

  getItem(name: string): FakeChart {
    const path = `${this._path}.getItem(${JSON.stringify(name)})`;
    const chart = new FakeChart(this._ctx, path, () => {
      const sheet = this._sheet();
      return this._ctx.model.charts.find((c) => c.sheetId === sheet.id && (c.name === name || c.id === name)) ?? null;
    });
    this._ctx.enqueue({ request: { path, call: 'getItem', args: [name] }, location: path, execute: () => void chart._model() });
    return chart;
  }

  getItemAt(index: number): FakeChart {
    const path = `${this._path}.getItemAt(${index})`;
    const chart = new FakeChart(this._ctx, path, () => {
      const ids = this._memberIds();
      return this._ctx.model.charts.find((c) => c.id === ids[index]) ?? null;
    });
    this._ctx.enqueue({ request: { path, call: 'getItemAt', args: [index] }, location: path, execute: () => void chart._model() });
    return chart;
  }
}

/**
 * The series Excel makes from a source range (charts.add, setData): one per column ("Columns", or
 * "Auto" when the range is at least as tall as it is wide) or per row. Excel's guesses, as the fake
 * makes them: a first row (by columns; first column by rows) holding only text, above numbers, names
 * the series; a first column (by columns; first row by rows) holding only text is the categories.
 */
export function seriesFromSource(model: WorkbookModel, source: RangeTarget, seriesBy: string): SeriesModel[] {
  const { sheet, area } = source;
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && areaRows(area) >= areaColumns(area));
  // a "line" is a series' cells; the "lead" is the first cell of each line (the name), "first line" the categories
  const at = (line: number, i: number): CellValue | undefined =>
    byColumns ? sheet.cells.get(area.row + i, area.column + line)?.value : sheet.cells.get(area.row + line, area.column + i)?.value;
  const lines = byColumns ? areaColumns(area) : areaRows(area);
  const length = byColumns ? areaRows(area) : areaColumns(area);
  const text = (v: CellValue | undefined): boolean => typeof v === 'string' && v !== '';
  const numberBelow = (line: number): boolean => Array.from({ length: length - 1 }, (_, i) => at(line, i + 1)).some((v) => typeof v === 'number');
  const firstLineText = lines > 1 && Array.from({ length }, (_, i) => at(0, i)).every((v, i) => text(v) || (i === 0 && (v === undefined || v === '')));
  const firstData = firstLineText ? 1 : 0;
  const named = length > 1 && Array.from({ length: lines - firstData }, (_, j) => j + firstData).every((line) => text(at(line, 0)) && numberBelow(line));
  const start = named ? 1 : 0;
  const piece = (line: number): Area =>
    byColumns
      ? { row: area.row + start, lastRow: area.lastRow, column: area.column + line, lastColumn: area.column + line }
      : { row: area.row + line, lastRow: area.row + line, column: area.column + start, lastColumn: area.lastColumn };
  const x = firstLineText && length > start ? { sheetId: sheet.id, area: piece(0) } : null;
  const out: SeriesModel[] = [];
  for (let line = firstData; line < lines; line++) {
    if (length <= start) break;
    out.push({
      key: newId(model, 'series'),
      name: named ? String(at(line, 0)) : `Series${out.length + 1}`,
      values: { sheetId: sheet.id, area: piece(line) },
      x,
      chartType: null,
      properties: {},
    });
  }
  return out;
}

/**
 * Excel.Chart: id, name, chartType loadable; name, chartType (1.7), top, left, width, height
 * settable; setPosition(start, end?) and setData recorded; series (ChartSeriesCollection); title,
 * legend, axes, dataLabels, format recorded and loadable.
 */
export class FakeChart extends FakeClientObject {
  [part: string]: unknown;
  readonly series: FakeChartSeriesCollection;

  constructor(ctx: FakeContext, path: string, private readonly _locate: () => ChartModel | null) {
    super(ctx, path);
    const owner: RecorderOwner = {
      record: (key, value) => {
        checkPart(key, value);
        this._record(key, value);
      },
      read: (key) => this._model().properties[key],
    };
    for (const [name, shape] of Object.entries(CHART_PARTS)) {
      Object.defineProperty(this, name, { enumerable: false, value: recorder(ctx, `${path}.${name}`, name, shape, owner) });
    }
    this.series = new FakeChartSeriesCollection(ctx, `${path}.series`, () => this._model(), (c) => this._writable(c));
    for (const prop of ['top', 'left', 'width', 'height']) {
      Object.defineProperty(this, prop, {
        enumerable: false,
        get: () => this._get(prop),
        set: (v: unknown) => this._queueSet(prop, v, () => {
          if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw fakeError('InvalidArgument', `Invalid chart ${prop} ${String(v)}.`);
          this._record(prop, v);
        }),
      });
    }
  }

  _model(): ChartModel {
    const c = this._locate();
    if (!c) throw fakeError('ItemNotFound', `The requested chart ${this._path} does not exist.`);
    return c;
  }

  _writable(chart: ChartModel): void {
    const sheet = this._ctx.model.sheets.find((s) => s.id === chart.sheetId);
    if (sheet) assertWritable(sheet, 'objects');
  }

  private _record(key: string, value: unknown): void {
    const chart = this._model();
    this._writable(chart);
    chart.properties[key] = JSON.parse(JSON.stringify(value)) as unknown;
  }

  protected _scalars(): readonly string[] {
    return ['id', 'name', 'chartType'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const c = this._model();
    return Object.fromEntries(props.map((p) => [p, p === 'chartType' ? c.type : p === 'id' ? c.id : c.name]));
  }

  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._queueSet('name', v, () => {
      const c = this._model();
      this._writable(c);
      if (typeof v !== 'string' || v === '') throw fakeError('InvalidArgument', 'A chart name cannot be blank.');
      c.name = v;
    });
  }
  get chartType(): string { return this._get('chartType'); }
  set chartType(v: string) {
    this._queueSet('chartType', v, () => {
      const c = this._model();
      this._writable(c);
      if (typeof v !== 'string' || v === '') throw fakeError('InvalidArgument', 'A chart type is required.');
      c.type = v;
    }, '1.7');
  }

  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const label = (x: string | FakeRange | undefined): unknown => (x === undefined || typeof x === 'string' ? x : { path: x._path });
    this._queueCall('setPosition', [label(startCell), label(endCell)], () => {
      const c = this._model();
      this._writable(c);
      const at = (x: string | FakeRange | undefined): string | undefined => (x === undefined || typeof x === 'string' ? x : targetAddress(x._target()));
      c.calls.push({ method: 'setPosition', args: [at(startCell), at(endCell)].filter((a) => a !== undefined) });
    });
  }

  /** setData(range, seriesBy): the chart's series are replaced by those made from the range (any sheet) */
  setData(sourceData: FakeRange, seriesBy: string = 'Auto'): void {
    this._queueCall('setData', [{ path: sourceData._path }, seriesBy], () => {
      const c = this._model();
      this._writable(c);
      if (!SERIES_BY.includes(seriesBy)) throw fakeError('InvalidArgument', `Invalid seriesBy '${seriesBy}'.`);
      const source = sourceData._target();
      c.source = targetAddress(source);
      c.seriesBy = seriesBy;
      c.series = seriesFromSource(this._ctx.model, source, seriesBy);
      c.calls.push({ method: 'setData', args: [c.source, seriesBy] });
    });
  }

  delete(): void {
    this._queueCall('delete', [], () => {
      const c = this._model();
      this._writable(c);
      this._ctx.model.charts = this._ctx.model.charts.filter((x) => x !== c);
    });
  }
}

/**
 * Excel.ChartSeriesCollection (chart.series): items; getItemAt(index) (1.1, by position at sync, as
 * Excel); add(name?, index?) (1.7). Not modelled: count, getCount.
 */
export class FakeChartSeriesCollection extends FakeCollection<FakeChartSeries> {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly _chart: () => ChartModel,
    private readonly _writable: (chart: ChartModel) => void,
  ) {
    super(ctx, path);
  }

  protected _memberIds(): string[] {
    return this._chart().series.map((s) => s.key);
  }
  protected _member(key: string): FakeChartSeries {
    const index = this._chart().series.findIndex((s) => s.key === key);
    return this._series(`${this._path}.getItemAt(${index})`, () => this._chart().series.find((s) => s.key === key) ?? null);
  }
  private _series(path: string, locate: () => SeriesModel | null): FakeChartSeries {
    return new FakeChartSeries(this._ctx, path, this._chart, locate, this._writable);
  }

  getItemAt(index: number): FakeChartSeries {
    const series = this._series(`${this._path}.getItemAt(${index})`, () => this._chart().series[index] ?? null);
    this._ctx.enqueue({ request: { path: this._path, call: 'getItemAt', args: [index] }, location: `${this._path}.getItemAt()`, execute: () => void series._model() });
    return series;
  }

  /** add(name?, index?) (1.7): a series with no data yet, at `index` (default: last) */
  add(name?: string, index?: number): FakeChartSeries {
    const ref: { key?: string } = {};
    this._ctx.enqueue({
      request: { path: this._path, call: 'add', args: [name ?? null, index ?? null] },
      location: `${this._path}.add()`,
      minApi: '1.7',
      execute: () => {
        const chart = this._chart();
        this._writable(chart);
        if (name !== undefined && typeof name !== 'string') throw fakeError('InvalidArgument', 'A series name must be a string.');
        const at = index ?? chart.series.length;
        if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw fakeError('InvalidArgument', `Invalid series index ${String(index)}.`);
        const series: SeriesModel = { key: newId(this._ctx.model, 'series'), name: name ?? `Series${chart.series.length + 1}`, values: null, x: null, chartType: null, properties: {} };
        chart.series.splice(at, 0, series);
        ref.key = series.key;
      },
    });
    return this._series(`${this._path}.add(${JSON.stringify(name ?? null)})`, () => this._chart().series.find((s) => s.key === ref.key) ?? null);
  }
}

/**
 * Excel.ChartSeries: name (1.1), chartType, markerStyle, markerBackgroundColor,
 * markerForegroundColor, markerSize (1.7) loadable and settable; setValues, setXAxisValues, delete
 * (1.7); format.line (color 1.1; lineStyle, weight 1.7) and format.fill (setSolidColor, clear).
 * The ranges may be on any sheet of the workbook (Excel's series refer to other sheets freely) and
 * must be one row or one column. A marker colour or style never set reads as null.
 */
export class FakeChartSeries extends FakeClientObject {
  readonly format: { line: Record<string, unknown>; fill: Record<string, unknown> };

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly _chart: () => ChartModel,
    private readonly _locate: () => SeriesModel | null,
    private readonly _writable: (chart: ChartModel) => void,
  ) {
    super(ctx, path);
    const owner: RecorderOwner = {
      record: (key, value) => this._change((s) => {
        checkPart(key, value);
        s.properties[key] = JSON.parse(JSON.stringify(value)) as unknown;
      }),
      read: (key) => this._model().properties[key],
    };
    this.format = recorder(ctx, `${path}.format`, 'format', SERIES_FORMAT, owner) as FakeChartSeries['format'];
  }

  _model(): SeriesModel {
    const s = this._locate();
    if (!s) throw fakeError('ItemNotFound', `The requested chart series ${this._path} does not exist.`);
    return s;
  }

  /** runs `change` on the series at sync, after checking the chart's sheet allows editing objects */
  private _change(change: (series: SeriesModel, chart: ChartModel) => void): void {
    const chart = this._chart();
    const series = this._model();
    this._writable(chart);
    change(series, chart);
  }

  protected _scalars(): readonly string[] {
    return ['name', 'chartType', 'markerStyle', 'markerBackgroundColor', 'markerForegroundColor', 'markerSize'];
  }
  protected override _minApi(prop: string): string | undefined {
    return prop === 'name' ? undefined : '1.7';
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const s = this._model();
    const chart = this._chart();
    const all: Record<string, unknown> = { name: s.name, chartType: s.chartType ?? chart.type };
    return Object.fromEntries(props.map((p) => [p, p in all ? all[p] : (s.properties[p] ?? null)]));
  }

  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._queueSet('name', v, () => this._change((s) => {
      if (typeof v !== 'string') throw fakeError('InvalidArgument', 'A series name must be a string.');
      s.name = v;
    }));
  }
  get chartType(): string { return this._get('chartType'); }
  set chartType(v: string) {
    this._queueSet('chartType', v, () => this._change((s, chart) => {
      if (typeof v !== 'string' || v === '') throw fakeError('InvalidArgument', 'A chart type is required.');
      s.chartType = v === chart.type ? null : v;
    }), '1.7');
  }
  get markerStyle(): string { return this._get('markerStyle'); }
  set markerStyle(v: string) { this._setProperty('markerStyle', v, () => MARKER_STYLES.includes(v)); }
  get markerBackgroundColor(): string { return this._get('markerBackgroundColor'); }
  set markerBackgroundColor(v: string) { this._setProperty('markerBackgroundColor', v, () => Boolean(color(v, 'marker background colour'))); }
  get markerForegroundColor(): string { return this._get('markerForegroundColor'); }
  set markerForegroundColor(v: string) { this._setProperty('markerForegroundColor', v, () => Boolean(color(v, 'marker foreground colour'))); }
  get markerSize(): number { return this._get('markerSize'); }
  set markerSize(v: number) { this._setProperty('markerSize', v, () => Number.isInteger(v) && v >= 2 && v <= 72); }

  private _setProperty(prop: string, v: unknown, valid: () => boolean): void {
    this._queueSet(prop, v, () => this._change((s) => {
      if (!valid()) throw fakeError('InvalidArgument', `Invalid ${prop} '${String(v)}'.`);
      s.properties[prop] = v;
    }), '1.7');
  }

  /** setValues(range) (1.7): the series' values, one row or one column of any sheet */
  setValues(sourceData: FakeRange): void {
    this._queueCall('setValues', [{ path: sourceData._path }], () => this._change((s) => void (s.values = seriesRange(sourceData))), '1.7');
  }
  /** setXAxisValues(range) (1.7): the categories, or a scatter series' x values */
  setXAxisValues(sourceData: FakeRange): void {
    this._queueCall('setXAxisValues', [{ path: sourceData._path }], () => this._change((s) => void (s.x = seriesRange(sourceData))), '1.7');
  }
  delete(): void {
    this._queueCall('delete', [], () => this._change((s, chart) => void (chart.series = chart.series.filter((x) => x !== s))), '1.7');
  }
}

function seriesRange(range: FakeRange): RangeRef {
  const { sheet, area } = range._target();
  if (areaRows(area) > 1 && areaColumns(area) > 1) {
    throw fakeError('InvalidArgument', `A series takes one row or one column, not ${targetAddress({ sheet, area })}.`);
  }
  return { sheetId: sheet.id, area };
}
