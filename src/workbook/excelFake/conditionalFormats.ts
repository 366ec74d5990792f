import { areasOverlap, formatArea, parseAreas } from './address';
import { type RangeTarget, assertWritable, cutConditionalFormats } from './cells';
import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import { type ConditionalFormatModel, newId } from './model';
import { FORMAT_SHAPE, type RecorderShape, recorder } from './recorder';

/** ConditionalFormatType → the sub-object that configures it */
const SUB_OBJECT: Record<string, string> = {
  CellValue: 'cellValue',
  Custom: 'custom',
  TextComparison: 'textComparison',
  TopBottom: 'topBottom',
  PresetCriteria: 'preset',
  DataBar: 'dataBar',
  ColorScale: 'colorScale',
  IconSet: 'iconSet',
};

const SHAPES: Record<string, RecorderShape> = {
  cellValue: { props: ['rule'], children: { format: FORMAT_SHAPE } },
  custom: { children: { rule: { props: ['formula'] }, format: FORMAT_SHAPE } },
  textComparison: { props: ['rule'], children: { format: FORMAT_SHAPE } },
  topBottom: { props: ['rule'], children: { format: FORMAT_SHAPE } },
  preset: { props: ['rule'], children: { format: FORMAT_SHAPE } },
  dataBar: { props: ['barDirection', 'showDataBarOnly', 'axisFormat'] },
  colorScale: { props: ['criteria', 'threeColorScale'] },
  iconSet: { props: ['style', 'criteria', 'reverseIconOrder', 'showIconOnly'] },
};

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

/**
 * Range.conditionalFormats (ExcelApi 1.6): the conditional formats that intersect the range (as the
 * API reference says); add(type) applies one to the range; clearAll() removes them from the range's
 * cells: one inside the range is deleted, one straddling it keeps the cells outside.
 */
export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(ctx: FakeContext, path: string, private readonly _range: () => RangeTarget) {
    super(ctx, path);
  }

  protected _memberIds(): string[] {
    const t = this._range();
    return this._ctx.model.conditionalFormats.filter((cf) => cf.sheetId === t.sheet.id && parseAreas(cf.address).some((a) => areasOverlap(a, t.area))).map((cf) => cf.id);
  }
  protected _member(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, `${this._path}.getItem(${JSON.stringify(id)})`, { id });
  }

  add(type: string): FakeConditionalFormat {
    const ref: { id?: string } = {};
    const path = `${this._path}.add(${JSON.stringify(type)})`;
    this._ctx.enqueue({
      request: { path: this._path, call: 'add', args: [type] },
      location: path,
      minApi: '1.6',
      execute: () => {
        if (!(type in SUB_OBJECT)) throw fakeError('InvalidArgument', `Invalid conditional format type '${type}'.`);
        const t = this._range();
        assertWritable(t.sheet, 'formatCells');
        const model: ConditionalFormatModel = { id: newId(this._ctx.model, 'cf'), type, sheetId: t.sheet.id, address: formatArea(t.area), properties: {} };
        this._ctx.model.conditionalFormats.push(model);
        ref.id = model.id;
      },
    });
    return new FakeConditionalFormat(this._ctx, path, ref);
  }

  clearAll(): void {
    this._queueCall('clearAll', [], () => {
      const t = this._range();
      assertWritable(t.sheet, 'formatCells');
      cutConditionalFormats(this._ctx.model, t.sheet, t.area);
    }, '1.6');
  }
}

/** Excel.ConditionalFormat: type, id (loadable); its rule and format parts are recorded, and loadable */
export class FakeConditionalFormat extends FakeClientObject {
  [part: string]: unknown;

  constructor(ctx: FakeContext, path: string, private readonly _ref: { id?: string }) {
    super(ctx, path);
    for (const [name, shape] of Object.entries(SHAPES)) {
      Object.defineProperty(this, name, {
        enumerable: false,
        value: recorder(ctx, `${path}.${name}`, name, shape, { record: (key, value) => this._record(key, value), read: (key) => this._model().properties[key] }),
      });
    }
  }

  _model(): ConditionalFormatModel {
    const found = this._ctx.model.conditionalFormats.find((cf) => cf.id === this._ref.id);
    if (!found) throw fakeError('ItemNotFound', `The conditional format ${this._path} does not exist.`);
    return found;
  }

  private _record(key: string, value: unknown): void {
    const cf = this._model();
    const sheet = this._ctx.model.sheets.find((s) => s.id === cf.sheetId);
    if (sheet) assertWritable(sheet, 'formatCells');
    const part = key.split('.')[0]!;
    if (SUB_OBJECT[cf.type] !== part) {
      throw fakeError('InvalidOperation', `A ${cf.type} conditional format has no '${part}' part.`);
    }
    if (key === 'cellValue.rule') {
      const rule = value as { formula1?: unknown; operator?: unknown } | null;
      if (!rule || typeof rule.formula1 !== 'string' || typeof rule.operator !== 'string' || !OPERATORS.includes(rule.operator)) {
        throw fakeError('InvalidArgument', `Invalid cellValue rule ${JSON.stringify(value)}.`);
      }
    }
    if (key === 'custom.rule.formula' && (typeof value !== 'string' || !value.startsWith('='))) {
      throw fakeError('InvalidArgument', `Invalid custom rule formula ${JSON.stringify(value)}.`);
    }
    cf.properties[key] = JSON.parse(JSON.stringify(value)) as unknown;
  }

  protected _scalars(): readonly string[] {
    return ['id', 'type'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const cf = this._model();
    return Object.fromEntries(props.map((p) => [p, p === 'id' ? cf.id : cf.type]));
  }

  get id(): string { return this._get('id'); }
  get type(): string { return this._get('type'); }

  delete(): void {
    this._queueCall('delete', [], () => {
      const cf = this._model();
      const sheet = this._ctx.model.sheets.find((s) => s.id === cf.sheetId);
      if (sheet) assertWritable(sheet, 'formatCells');
      this._ctx.model.conditionalFormats = this._ctx.model.conditionalFormats.filter((x) => x !== cf);
    });
  }
}
