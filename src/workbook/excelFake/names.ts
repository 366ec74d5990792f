import { MAX_COLUMNS, MAX_ROWS, qualifiedAddress } from './address';
import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import type { NameModel, WorkbookModel } from './model';
import { FakeRange } from './range';

/**
 * Excel's rules for defined names: start with a letter, "_" or "\"; then letters, digits, ".", "_",
 * "\" or "?"; at most 255 characters; not a cell reference ("A1", "XFD1048576") nor an R1C1 one
 * ("R1C1", "R", "C"). Unique ignoring case among names and table names. Broken → InvalidArgument.
 *
 * The fake's own copy of the rule in src/excel/definedName.ts, on purpose: the fake models Excel
 * independently of the code under test.
 */
export function checkDefinedName(model: WorkbookModel, name: unknown): string {
  const bad = (why: string): never => {
    throw fakeError('InvalidArgument', `Invalid name '${String(name)}': ${why}.`);
  };
  if (typeof name !== 'string' || name === '') return bad('blank');
  if (name.length > 255) bad('longer than 255 characters');
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\?]*$/.test(name)) bad('only letters, digits, ".", "_", "\\" and "?", starting with a letter, "_" or "\\"');
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (cell) {
    const letters = cell[1]!.toUpperCase();
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (col <= MAX_COLUMNS && Number(cell[2]) >= 1 && Number(cell[2]) <= MAX_ROWS) bad('it is a cell reference');
  }
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) bad('it is an R1C1 reference');
  const lower = name.toLowerCase();
  if (model.names.some((n) => n.name.toLowerCase() === lower) || model.tables.some((t) => t.name.toLowerCase() === lower)) bad('the name already exists');
  return name;
}

const RANGE_REF = /^=(?:'(?:[^']|'')+'|[^'!=]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

function nameType(formula: string): string {
  if (RANGE_REF.test(formula)) return 'Range';
  const body = formula.slice(1);
  if (/^-?\d+$/.test(body)) return 'Integer';
  if (/^-?\d*\.?\d+(?:[eE][+-]?\d+)?$/.test(body)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^".*"$/.test(body)) return 'String';
  if (/^#/.test(body)) return 'Error';
  return 'Formula';
}

/** workbook.names: add(name, reference, comment?), getItem, getItemOrNullObject (1.4), items */
export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(ctx: FakeContext, path: string) {
    super(ctx, path);
  }

  protected _memberIds(): string[] {
    return this._ctx.model.names.map((n) => n.name);
  }
  protected _member(name: string): FakeNamedItem {
    return this._item(name, false);
  }
  private _item(name: string, orNull: boolean): FakeNamedItem {
    const path = `${this._path}.getItem${orNull ? 'OrNullObject' : ''}(${JSON.stringify(name)})`;
    return new FakeNamedItem(this._ctx, path, () => this._ctx.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null, orNull);
  }

  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    const sent = reference instanceof FakeRange ? { path: reference._path } : reference;
    this._queueCall('add', [name, sent, comment], () => {
      const model = this._ctx.model;
      checkDefinedName(model, name);
      let formula: string;
      if (reference instanceof FakeRange) {
        const t = reference._target();
        formula = `=${qualifiedAddress(t.sheet.name, t.area, true)}`;
      } else if (typeof reference === 'string' && reference.trim() !== '') {
        formula = reference.startsWith('=') ? reference : `=${reference}`;
      } else {
        throw fakeError('InvalidArgument', 'A name needs a reference (a Range or a formula string).');
      }
      const item: NameModel = { name, formula, comment, visible: true };
      model.names.push(item);
    }, '1.4');
    return this._item(name, false);
  }

  getItem(name: string): FakeNamedItem {
    const item = this._item(name, false);
    this._ctx.enqueue({ request: { path: item._path }, location: item._path, execute: () => void item._model() });
    return item;
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const item = this._item(name, true);
    this._ctx.enqueue({ request: { path: item._path }, location: item._path, minApi: '1.4', execute: () => undefined });
    return item;
  }
}

/** Excel.NamedItem: name, type, value, formula, comment, visible; delete() */
export class FakeNamedItem extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _locate: () => NameModel | null, private readonly _orNull: boolean) {
    super(ctx, path);
  }
  _model(): NameModel {
    const n = this._locate();
    if (!n) throw fakeError('ItemNotFound', `The requested name ${this._path} does not exist.`);
    return n;
  }
  protected _scalars(): readonly string[] {
    return ['name', 'type', 'value', 'formula', 'comment', 'visible'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> | null {
    const n = this._orNull ? this._locate() : this._model();
    if (!n) return null;
    const type = nameType(n.formula);
    const value = type === 'Range' ? n.formula.slice(1) : type === 'Integer' || type === 'Double' ? Number(n.formula.slice(1)) : n.formula.slice(1);
    const all: Record<string, unknown> = { name: n.name, type, value, formula: n.formula, comment: n.comment, visible: n.visible };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }
  get name(): string { return this._get('name'); }
  get type(): string { return this._get('type'); }
  get value(): unknown { return this._get('value'); }
  get formula(): string { return this._get('formula'); }
  set formula(v: string) {
    this._queueSet('formula', v, () => {
      if (typeof v !== 'string' || v.trim() === '') throw fakeError('InvalidArgument', 'Invalid name formula.');
      this._model().formula = v.startsWith('=') ? v : `=${v}`;
    }, '1.7');
  }
  get comment(): string { return this._get('comment'); }
  set comment(v: string) { this._queueSet('comment', v, () => void (this._model().comment = String(v)), '1.4'); }
  get visible(): boolean { return this._get('visible'); }
  set visible(v: boolean) { this._queueSet('visible', v, () => void (this._model().visible = Boolean(v))); }
  delete(): void {
    this._queueCall('delete', [], () => {
      const n = this._model();
      this._ctx.model.names = this._ctx.model.names.filter((x) => x !== n);
    }, '1.4');
  }
}
