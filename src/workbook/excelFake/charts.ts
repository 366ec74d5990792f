import { assertWritable, targetAddress } from './cells';
import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './errors';
import { type ChartModel, type SheetModel, newId } from './model';
import type { FakeRange } from './range';
import { FORMAT_SHAPE, type RecorderShape, recorder } from './recorder';

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

const AXIS: RecorderShape = {
  props: ['minimum', 'maximum', 'majorUnit', 'minorUnit', 'numberFormat', 'displayUnit', 'visible', 'categoryType'],
  children: { title: { props: ['text', 'visible'] }, format: FORMAT_SHAPE },
};

/** the parts of a chart the fake records (write-only): chart.title.text, chart.axes.valueAxis.maximum, … */
const CHART_PARTS: Record<string, RecorderShape> = {
  title: { props: ['text', 'visible', 'overlay'], children: { format: FORMAT_SHAPE } },
  legend: { props: ['position', 'visible', 'overlay'] },
  axes: { children: { valueAxis: AXIS, categoryAxis: AXIS, seriesAxis: AXIS } },
  dataLabels: { props: ['showValue', 'showPercentage', 'showCategoryName', 'showSeriesName', 'position', 'numberFormat'] },
  format: { children: { fill: { props: ['color'] }, font: { props: ['bold', 'color', 'name', 'size'] } } },
};

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
        const chart: ChartModel = { id: newId(model, 'chart'), name: `Chart ${n}`, sheetId: sheet.id, type, source: targetAddress(source), seriesBy, properties: {}, calls: [] };
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
}

/**
 * Excel.Chart: id, name, chartType loadable; name, chartType, top, left, width, height settable;
 * setPosition(start, end?) and setData recorded; title, legend, axes, dataLabels, format recorded.
 */
export class FakeChart extends FakeClientObject {
  [part: string]: unknown;

  constructor(ctx: FakeContext, path: string, private readonly _locate: () => ChartModel | null) {
    super(ctx, path);
    for (const [name, shape] of Object.entries(CHART_PARTS)) {
      Object.defineProperty(this, name, { enumerable: false, value: recorder(ctx, `${path}.${name}`, name, shape, (k, v) => this._record(k, v)) });
    }
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

  private _writable(chart: ChartModel): void {
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
      c.type = v;
    });
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

  setData(sourceData: FakeRange, seriesBy: string = 'Auto'): void {
    this._queueCall('setData', [{ path: sourceData._path }, seriesBy], () => {
      const c = this._model();
      this._writable(c);
      if (!SERIES_BY.includes(seriesBy)) throw fakeError('InvalidArgument', `Invalid seriesBy '${seriesBy}'.`);
      c.source = targetAddress(sourceData._target());
      c.seriesBy = seriesBy;
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
