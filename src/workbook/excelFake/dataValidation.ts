import { type Area, areaContains, areasOverlap, formatArea, formatAreas, parseAreas, qualifiedAddress, subtractArea } from './address';
import { type RangeTarget, assertWritable } from './cells';
import { FakeClientObject, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import { type DataValidationModel, type SheetModel, type WorkbookModel, newId } from './model';

/** the ExcelApi version of every DataValidation member */
const API = '1.8';

/** DataValidationRule key → DataValidationType */
const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];

/**
 * Limits Excel's Data Validation dialog sets (a typed list source of 255 characters, titles of 32,
 * messages of 255). The fake applies them to the API too, with InvalidArgument: a choice, not
 * checked against Excel, so that an adapter stays inside what the dialog can show.
 */
const LIST_SOURCE_MAX = 255;
const TITLE_MAX = 32;
const MESSAGE_MAX = 255;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const DEFAULT_ALERT = { showAlert: true, style: 'Stop', title: '', message: '' };
const DEFAULT_PROMPT = { showPrompt: false, title: '', message: '' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalid = (message: string) => fakeError('InvalidArgument', message);

/** a FakeRange passed as an operand (duck-typed: range.ts imports this module) */
interface RangeLike {
  readonly _path: string;
  _target(): RangeTarget;
}
const isRange = (v: unknown): v is RangeLike => isObject(v) && typeof (v as { _target?: unknown })._target === 'function';

/**
 * Excel.DataValidation (ExcelApi 1.8), as `range.dataValidation`. Settable: `rule`, `ignoreBlanks`,
 * `errorAlert`, `prompt`; loadable: those and `type`; `clear()`. What the fake models:
 *
 * - A rule has exactly one of `wholeNumber`, `decimal`, `textLength`, `date`, `time`, `list`, `custom`
 *   (the API reference: "No more than one of these properties may be present"), else InvalidArgument.
 *   Operators are the eight of `DataValidationOperator`; Between and NotBetween need `formula2`. Basic
 *   operands are numbers, number text, "=…" formulas or a Range; date/time operands are ISO 8601 text,
 *   a Date, "=…" or a Range, never a number. A list's `source` is comma-separated text (at most 255
 *   characters) or a Range; `inCellDropDown` defaults to true. A custom rule's formula starts with "=".
 * - Setting any property on a range with no validation makes a record for that range (defaults:
 *   ignoreBlanks true, a Stop alert shown, no prompt); on a range inside one record, the range is
 *   split off with that record's settings. A range whose cells are partly validated, or validated by
 *   several records, is refused with InvalidArgument (OfficeDev/office-js#2594 reports Excel refusing a
 *   rule there): clear it first. The fake refuses prompts and alerts there too (a choice).
 * - `type` is "None" without validation, the rule's type when one record covers the whole range,
 *   "Inconsistent" for different rules, "MixedCriteria" when only some cells are validated; `rule`,
 *   `ignoreBlanks`, `errorAlert`, `prompt` read back (as set; Excel returns operands as "=…" text) when
 *   one record covers the range, null otherwise.
 * - `clear()` cuts the range out of every record (one left with no cell is deleted). `Range.clear()`
 *   leaves data validation alone (a choice: Excel's Clear All keeps it too).
 * - Protected sheets refuse every change with AccessDenied (no protection option allows it).
 * - Not modelled: `valid`, `getInvalidCells` (the fake does not evaluate rules), validation
 *   following table rows as they are added.
 */
export class FakeDataValidation extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _range: () => RangeTarget) {
    super(ctx, path);
  }

  protected _scalars(): readonly string[] {
    return ['type', 'rule', 'ignoreBlanks', 'errorAlert', 'prompt', 'valid'];
  }
  protected override _minApi(): string {
    return API;
  }
  /** load() with no argument leaves `valid` out (the fake does not evaluate rules) */
  override _allScalars(): readonly string[] {
    return super._allScalars().filter((p) => p !== 'valid');
  }

  protected _fetch(props: readonly string[]): Record<string, unknown> {
    if (props.includes('valid')) throw fakeError('NotImplemented', 'The Excel fake does not evaluate data validation rules (DataValidation.valid).');
    const { sheet, area } = this._range();
    const hits = overlapping(this._ctx.model, sheet, area);
    let uncovered: Area[] = [area];
    for (const h of hits) for (const b of parseAreas(h.address)) uncovered = uncovered.flatMap((r) => subtractArea(r, b));
    const covered = uncovered.length === 0;
    const single = hits.length === 1 && covered ? hits[0]! : null;
    let type: string;
    if (hits.length === 0) type = 'None';
    else if (!covered) type = 'MixedCriteria';
    else if (single) type = single.rule ? RULE_TYPES[Object.keys(single.rule)[0]!]! : 'None';
    else type = new Set(hits.map((h) => JSON.stringify(h.rule))).size === 1 && hits[0]!.rule ? RULE_TYPES[Object.keys(hits[0]!.rule)[0]!]! : 'Inconsistent';
    const none = hits.length === 0;
    const all: Record<string, unknown> = {
      type,
      rule: none ? {} : single ? copy(single.rule ?? {}) : null,
      ignoreBlanks: none ? true : single ? single.ignoreBlanks : null,
      errorAlert: none ? { ...DEFAULT_ALERT } : single ? { ...single.errorAlert } : null,
      prompt: none ? { ...DEFAULT_PROMPT } : single ? { ...single.prompt } : null,
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  get type(): string { return this._get('type'); }
  get valid(): boolean { return this._get('valid'); }

  get rule(): Record<string, unknown> { return this._get('rule'); }
  set rule(v: Record<string, unknown>) {
    this._set('rule', v, (record) => void (record.rule = normaliseRule(v)));
  }

  get ignoreBlanks(): boolean { return this._get('ignoreBlanks'); }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v, (record) => {
      if (typeof v !== 'boolean') throw invalid('ignoreBlanks must be a boolean.');
      record.ignoreBlanks = v;
    });
  }

  get errorAlert(): DataValidationModel['errorAlert'] { return this._get('errorAlert'); }
  set errorAlert(v: Partial<DataValidationModel['errorAlert']>) {
    this._set('errorAlert', v, (record) => {
      if (!isObject(v)) throw invalid('errorAlert must be an object { showAlert, style, title, message }.');
      const next = { ...record.errorAlert, ...v };
      if (typeof next.showAlert !== 'boolean' || !ALERT_STYLES.includes(next.style)) throw invalid(`Invalid errorAlert ${JSON.stringify(v)}.`);
      checkTexts(next.title, next.message, 'errorAlert');
      record.errorAlert = { showAlert: next.showAlert, style: next.style, title: next.title, message: next.message };
    });
  }

  get prompt(): DataValidationModel['prompt'] { return this._get('prompt'); }
  set prompt(v: Partial<DataValidationModel['prompt']>) {
    this._set('prompt', v, (record) => {
      if (!isObject(v)) throw invalid('prompt must be an object { showPrompt, title, message }.');
      const next = { ...record.prompt, ...v };
      if (typeof next.showPrompt !== 'boolean') throw invalid(`Invalid prompt ${JSON.stringify(v)}.`);
      checkTexts(next.title, next.message, 'prompt');
      record.prompt = { showPrompt: next.showPrompt, title: next.title, message: next.message };
    });
  }

  clear(): void {
    this._queueCall('clear', [], () => {
      const { sheet, area } = this._range();
      assertWritable(sheet, 'contents');
      cutDataValidations(this._ctx.model, sheet, area);
    }, API);
  }

  /** queues a property set: the record of exactly this range (made or split off), then `apply` on it */
  private _set(prop: string, value: unknown, apply: (record: DataValidationModel) => void): void {
    const request = isObject(value) ? requestOf(value) : value;
    this._queueSet(prop, request, () => {
      const { sheet, area } = this._range();
      assertWritable(sheet, 'contents');
      // check the value on a scratch record first, so a refused value leaves the workbook as it was
      const scratch = copy(blankRecord('', sheet.id, area));
      apply(scratch);
      const record = recordFor(this._ctx.model, sheet, area);
      apply(record);
    }, API);
  }
}

function blankRecord(id: string, sheetId: string, area: Area): DataValidationModel {
  return { id, sheetId, address: formatArea(area), rule: null, ignoreBlanks: true, errorAlert: { ...DEFAULT_ALERT }, prompt: { ...DEFAULT_PROMPT } };
}

function overlapping(model: WorkbookModel, sheet: SheetModel, area: Area): DataValidationModel[] {
  return model.dataValidations.filter((v) => v.sheetId === sheet.id && parseAreas(v.address).some((a) => areasOverlap(a, area)));
}

/** the record a set applies to: the one of exactly this range, one split off the record holding it, or a new one */
function recordFor(model: WorkbookModel, sheet: SheetModel, area: Area): DataValidationModel {
  const hits = overlapping(model, sheet, area);
  if (hits.length === 0) {
    const record = blankRecord(newId(model, 'dv'), sheet.id, area);
    model.dataValidations.push(record);
    return record;
  }
  if (hits.length === 1) {
    const hit = hits[0]!;
    const areas = parseAreas(hit.address);
    if (areas.length === 1 && formatArea(areas[0]!) === formatArea(area)) return hit;
    if (areas.some((a) => areaContains(a, area))) {
      hit.address = formatAreas(areas.flatMap((a) => subtractArea(a, area)));
      const record: DataValidationModel = { ...copy(hit), id: newId(model, 'dv'), address: formatArea(area) };
      model.dataValidations.push(record);
      return record;
    }
  }
  throw invalid(
    `The range ${formatArea(area)} has data validation on only some of its cells, or several kinds of it; clear its data validation (dataValidation.clear()) before setting it.`,
  );
}

/** removes `area` from the data validation of `sheet`: records left with no cell are deleted */
export function cutDataValidations(model: WorkbookModel, sheet: SheetModel, area: Area): void {
  model.dataValidations = model.dataValidations.filter((v) => {
    if (v.sheetId !== sheet.id) return true;
    const before = parseAreas(v.address);
    if (!before.some((a) => areasOverlap(a, area))) return true;
    const left = before.flatMap((a) => subtractArea(a, area));
    if (left.length === 0) return false;
    v.address = formatAreas(left);
    return true;
  });
}

function checkTexts(title: unknown, message: unknown, what: string): void {
  if (typeof title !== 'string' || typeof message !== 'string') throw invalid(`${what}: title and message must be text.`);
  if (title.length > TITLE_MAX) throw invalid(`${what}: the title has more than ${TITLE_MAX} characters.`);
  if (message.length > MESSAGE_MAX) throw invalid(`${what}: the message has more than ${MESSAGE_MAX} characters.`);
}

/** what the request carries: a Range operand as its path */
function requestOf(value: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (isRange(v) ? { path: v._path } : v))) as unknown;
}

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** the rule as recorded, or InvalidArgument naming what is wrong */
function normaliseRule(rule: unknown): Record<string, Record<string, unknown>> {
  if (!isObject(rule)) throw invalid('A data validation rule must be an object such as { list: { source, inCellDropDown } }.');
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1 || !(keys[0]! in RULE_TYPES)) {
    throw invalid(`A data validation rule has exactly one of ${Object.keys(RULE_TYPES).join(', ')} (found ${keys.join(', ') || 'none'}).`);
  }
  const kind = keys[0]!;
  const c = rule[kind];
  if (!isObject(c)) throw invalid(`rule.${kind} must be an object.`);
  switch (kind) {
    case 'list': {
      const { source, inCellDropDown } = c;
      if (inCellDropDown !== undefined && typeof inCellDropDown !== 'boolean') throw invalid('rule.list.inCellDropDown must be a boolean.');
      let recorded: string;
      if (isRange(source)) recorded = rangeOperand(source);
      else if (typeof source === 'string' && source.trim() !== '') {
        if (source.length > LIST_SOURCE_MAX) throw invalid(`rule.list.source: a list typed as text has at most ${LIST_SOURCE_MAX} characters (found ${source.length}).`);
        recorded = source;
      } else throw invalid('rule.list.source must be comma-separated text or a Range.');
      return { list: { source: recorded, inCellDropDown: inCellDropDown ?? true } };
    }
    case 'custom': {
      if (typeof c.formula !== 'string' || !c.formula.startsWith('=')) throw invalid('rule.custom.formula must be a formula starting with "=".');
      return { custom: { formula: c.formula } };
    }
    default: {
      const dated = kind === 'date' || kind === 'time';
      if (typeof c.operator !== 'string' || !OPERATORS.includes(c.operator)) throw invalid(`rule.${kind}.operator must be one of ${OPERATORS.join(', ')}.`);
      const ternary = c.operator === 'Between' || c.operator === 'NotBetween';
      const out: Record<string, unknown> = { operator: c.operator, formula1: operand(c.formula1, dated, `rule.${kind}.formula1`) };
      if (ternary) out.formula2 = operand(c.formula2, dated, `rule.${kind}.formula2`);
      else if (c.formula2 !== undefined) throw invalid(`rule.${kind}.formula2 is for Between and NotBetween only.`);
      return { [kind]: out };
    }
  }
}

function operand(v: unknown, dated: boolean, what: string): string | number {
  if (isRange(v)) return rangeOperand(v);
  if (v instanceof Date) {
    if (!dated || Number.isNaN(v.getTime())) throw invalid(`${what}: a Date is for date and time rules only.`);
    return v.toISOString();
  }
  if (typeof v === 'number') {
    if (dated) throw invalid(`${what}: date and time rules take ISO 8601 text, a Date, a formula or a Range, not a number.`);
    if (!Number.isFinite(v)) throw invalid(`${what} must be a finite number.`);
    return v;
  }
  if (typeof v === 'string' && v.trim() !== '') {
    if (v.startsWith('=')) return v;
    if (dated ? ISO_DATE_TIME.test(v) : Number.isFinite(Number(v))) return v;
    throw invalid(`${what}: "${v}" is not ${dated ? 'an ISO 8601 date' : 'a number'} or a formula.`);
  }
  throw invalid(`${what} is missing.`);
}

function rangeOperand(range: RangeLike): string {
  const t = range._target();
  return `=${qualifiedAddress(t.sheet.name, t.area, true)}`;
}
