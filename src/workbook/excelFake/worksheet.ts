import { type Area, MAX_COLUMNS, MAX_ROWS, checkArea, parseAddress, quoteSheetName } from './address';
import { usedArea } from './cells';
import { FakeChartCollection } from './charts';
import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import { type SheetModel, newSheet } from './model';
import { FakePageBreakCollection, FakePageLayout } from './pageLayout';
import { FakeRange, color } from './range';
import { checkSheetName, findSheetByName } from './sheetNames';
import { FakeTableCollection } from './tables';

const VISIBILITY = ['Visible', 'Hidden', 'VeryHidden'];

/** context.workbook.worksheets: add, getItem, getItemOrNullObject (1.4), getActiveWorksheet, items */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(ctx: FakeContext, path: string) {
    super(ctx, path);
  }

  protected _memberIds(): string[] {
    return this._ctx.model.sheets.map((s) => s.id);
  }
  protected _member(id: string): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `${this._path}.getItem(${JSON.stringify(id)})`, () => this._ctx.model.sheets.find((s) => s.id === id) ?? null, false);
  }

  /** add(name?): appends a sheet; the name must follow Excel's rules (see sheetNames.ts); default "SheetN" */
  add(name?: string): FakeWorksheet {
    const ref: { id?: string } = {};
    const path = `${this._path}.add(${name === undefined ? '' : JSON.stringify(name)})`;
    this._queueCall('add', name === undefined ? [] : [name], () => {
      const model = this._ctx.model;
      let chosen = name;
      if (chosen === undefined) {
        let n = model.sheets.length + 1;
        while (findSheetByName(model, `Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      const sheet = newSheet(model, checkSheetName(model, chosen));
      model.sheets.push(sheet);
      ref.id = sheet.id;
    });
    return new FakeWorksheet(this._ctx, path, () => this._ctx.model.sheets.find((s) => s.id === ref.id) ?? null, false);
  }

  /** getItem(name or id): ItemNotFound at sync when there is no such sheet */
  getItem(key: string): FakeWorksheet {
    const sheet = this._byKey('getItem', key, false);
    this._ctx.enqueue({ request: { path: sheet._path }, location: sheet._path, execute: () => void sheet._sheet() });
    return sheet;
  }

  /** getItemOrNullObject(name or id): isNullObject is true after load + sync when there is no such sheet */
  getItemOrNullObject(key: string): FakeWorksheet {
    const sheet = this._byKey('getItemOrNullObject', key, true);
    this._ctx.enqueue({ request: { path: sheet._path }, location: sheet._path, minApi: '1.4', execute: () => undefined });
    return sheet;
  }

  private _byKey(method: string, key: string, orNull: boolean): FakeWorksheet {
    const locate = (): SheetModel | null => this._ctx.model.sheets.find((s) => s.id === key) ?? findSheetByName(this._ctx.model, key) ?? null;
    return new FakeWorksheet(this._ctx, `${this._path}.${method}(${JSON.stringify(key)})`, locate, orNull);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this._ctx, `${this._path}.getActiveWorksheet()`, () => {
      const model = this._ctx.model;
      return model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets.find((s) => s.visibility === 'Visible') ?? null;
    }, false);
  }
}

/**
 * Excel.Worksheet: id, name, position, visibility, showGridlines (1.8), tabColor (1.7) loadable and
 * settable; getRange, getRangeByIndexes (1.7), getUsedRange, getUsedRangeOrNullObject (1.4),
 * getCell, protection (1.2), freezePanes (1.7), pageLayout and horizontalPageBreaks (1.9), tables, charts, activate, delete.
 * Gridlines, tab colour and print settings can be changed on a protected sheet (sheet protection
 * covers cells and objects, not the view or the tab; a choice, not checked against Excel).
 */
export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeWorksheetFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;

  constructor(ctx: FakeContext, path: string, private readonly _locate: () => SheetModel | null, private readonly _orNull: boolean) {
    super(ctx, path);
    this.protection = new FakeWorksheetProtection(ctx, `${path}.protection`, () => this._sheet());
    this.freezePanes = new FakeWorksheetFreezePanes(ctx, `${path}.freezePanes`, () => this._sheet());
    this.pageLayout = new FakePageLayout(ctx, `${path}.pageLayout`, () => this._sheet());
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, `${path}.horizontalPageBreaks`, () => this._sheet());
    this.tables = new FakeTableCollection(ctx, `${path}.tables`, () => this._sheet());
    this.charts = new FakeChartCollection(ctx, `${path}.charts`, () => this._sheet());
  }

  /** the sheet; ItemNotFound when it does not exist (or this is a null object) */
  _sheet(): SheetModel {
    const s = this._locate();
    if (!s) throw fakeError('ItemNotFound', `The requested worksheet ${this._path} does not exist.`);
    return s;
  }

  protected _scalars(): readonly string[] {
    return ['id', 'name', 'position', 'visibility', 'showGridlines', 'tabColor'];
  }
  protected override _minApi(prop: string): string | undefined {
    return prop === 'showGridlines' ? '1.8' : prop === 'tabColor' ? '1.7' : undefined;
  }
  protected override _child(name: string): FakeClientObject | undefined {
    return name === 'protection' ? this.protection : name === 'pageLayout' ? this.pageLayout : undefined;
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> | null {
    const s = this._orNull ? this._locate() : this._sheet();
    if (!s) return null;
    const all: Record<string, unknown> = {
      id: s.id,
      name: s.name,
      position: this._ctx.model.sheets.indexOf(s),
      visibility: s.visibility,
      showGridlines: s.showGridlines,
      tabColor: s.tabColor,
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  /** Worksheet.showGridlines (1.8): whether the sheet shows its gridlines; default true */
  get showGridlines(): boolean { return this._get('showGridlines'); }
  set showGridlines(v: boolean) {
    this._queueSet('showGridlines', v, () => {
      if (typeof v !== 'boolean') throw fakeError('InvalidArgument', 'showGridlines must be a boolean.');
      this._sheet().showGridlines = v;
    }, '1.8');
  }
  /** Worksheet.tabColor (1.7): "#RRGGBB" or a colour name; "" removes it (and reads back when none is set) */
  get tabColor(): string { return this._get('tabColor'); }
  set tabColor(v: string) {
    this._queueSet('tabColor', v, () => {
      this._sheet().tabColor = v === '' ? '' : color(v, 'tab colour');
    }, '1.7');
  }

  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._queueSet('name', v, () => {
      const s = this._sheet();
      const model = this._ctx.model;
      const old = `${quoteSheetName(s.name)}!`;
      s.name = checkSheetName(model, v, s);
      for (const n of model.names) n.formula = n.formula.split(old).join(`${quoteSheetName(s.name)}!`);
    });
  }
  get position(): number { return this._get('position'); }
  set position(v: number) {
    this._queueSet('position', v, () => {
      const s = this._sheet();
      const sheets = this._ctx.model.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw fakeError('InvalidArgument', `Invalid sheet position ${String(v)}.`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): string { return this._get('visibility'); }
  set visibility(v: string) {
    this._queueSet('visibility', v, () => {
      const s = this._sheet();
      if (!VISIBILITY.includes(v)) throw fakeError('InvalidArgument', `Invalid visibility '${v}'.`);
      if (v !== 'Visible' && !this._ctx.model.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw fakeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v as SheetModel['visibility'];
    });
  }

  private _range(method: string, args: unknown[], area: () => Area | null, minApi?: string, orNull = false): FakeRange {
    const path = `${this._path}.${method}(${args.map((a) => JSON.stringify(a)).join(',')})`;
    const range = new FakeRange(this._ctx, path, () => {
      const sheet = this._sheet();
      const a = area();
      return a ? { sheet, area: a } : null;
    });
    this._ctx.enqueue({ request: { path: this._path, call: method, args }, location: path, minApi, execute: () => void (orNull ? undefined : range._target()) });
    return range;
  }

  /** getRange(address?): A1 address ("B2", "A1:C3", "A:C", "2:5"); no address = the whole sheet */
  getRange(address?: string): FakeRange {
    return this._range('getRange', address === undefined ? [] : [address], () =>
      address === undefined ? { row: 0, column: 0, lastRow: MAX_ROWS - 1, lastColumn: MAX_COLUMNS - 1 } : parseAddress(address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return this._range('getRangeByIndexes', args, () => {
      const area = { row: startRow, column: startColumn, lastRow: startRow + rowCount - 1, lastColumn: startColumn + columnCount - 1 };
      checkArea(area, `getRangeByIndexes(${args.join(',')})`);
      return area;
    }, '1.7');
  }

  getCell(row: number, column: number): FakeRange {
    return this._range('getCell', [row, column], () => {
      const area = { row, column, lastRow: row, lastColumn: column };
      checkArea(area, `getCell(${row},${column})`);
      return area;
    });
  }

  /** the used range; on an empty sheet, A1 (as Excel) */
  getUsedRange(valuesOnly = false): FakeRange {
    return this._range('getUsedRange', [valuesOnly], () => usedArea(this._sheet(), valuesOnly) ?? { row: 0, column: 0, lastRow: 0, lastColumn: 0 }, valuesOnly ? '1.2' : undefined);
  }

  /** the used range, or a null object (isNullObject true after load + sync) on an empty sheet */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this._range('getUsedRangeOrNullObject', [valuesOnly], () => usedArea(this._sheet(), valuesOnly), '1.4', true);
  }

  activate(): void {
    this._queueCall('activate', [], () => {
      const s = this._sheet();
      if (s.visibility !== 'Visible') throw fakeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this._ctx.model.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._queueCall('delete', [], () => {
      const s = this._sheet();
      const model = this._ctx.model;
      if (!model.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw fakeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      model.sheets = model.sheets.filter((o) => o !== s);
      model.tables = model.tables.filter((t) => t.sheetId !== s.id);
      model.charts = model.charts.filter((c) => c.sheetId !== s.id);
      model.conditionalFormats = model.conditionalFormats.filter((c) => c.sheetId !== s.id);
      model.dataValidations = model.dataValidations.filter((v) => v.sheetId !== s.id);
      const prefix = `${quoteSheetName(s.name)}!`;
      for (const n of model.names) if (n.formula.includes(prefix)) n.formula = '=#REF!';
      if (model.activeSheetId === s.id) model.activeSheetId = null;
    });
  }
}

/**
 * Excel.WorksheetProtection (1.2): protected, options loadable; protect(options?, password?),
 * unprotect(password?). protect on a protected sheet and unprotect on an unprotected one do nothing.
 * unprotect with a wrong password fails with AccessDenied (a choice: not verified against Excel).
 */
export class FakeWorksheetProtection extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _sheet: () => SheetModel) {
    super(ctx, path);
  }
  protected _scalars(): readonly string[] {
    return ['protected', 'options'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const p = this._sheet().protection;
    return Object.fromEntries(props.map((k) => [k, k === 'protected' ? p.protected : { ...p.options }]));
  }
  get protected(): boolean { return this._get('protected'); }
  get options(): Record<string, unknown> { return this._get('options'); }

  protect(options?: Record<string, unknown>, password?: string): void {
    this._queueCall('protect', [options ?? null, password === undefined ? null : '***'], () => {
      const p = this._sheet().protection;
      if (p.protected) return;
      p.protected = true;
      p.options = { ...(options ?? {}) };
      if (password !== undefined && password !== '') p.password = password;
      else delete p.password;
    }, '1.2');
  }

  unprotect(password?: string): void {
    this._queueCall('unprotect', [password === undefined ? null : '***'], () => {
      const p = this._sheet().protection;
      if (!p.protected) return;
      if (p.password !== undefined && p.password !== password) throw fakeError('AccessDenied', 'The password is not correct.');
      p.protected = false;
      p.options = {};
      delete p.password;
    }, '1.2');
  }
}

/** Excel.WorksheetFreezePanes (1.7): freezeRows, freezeColumns, freezeAt, unfreeze */
export class FakeWorksheetFreezePanes {
  constructor(private readonly _ctx: FakeContext, private readonly _path: string, private readonly _sheet: () => SheetModel) {}

  private _queue(method: string, args: unknown[], run: (sheet: SheetModel) => void): void {
    this._ctx.enqueue({ request: { path: this._path, call: method, args }, location: `${this._path}.${method}()`, minApi: '1.7', execute: () => run(this._sheet()) });
  }
  private static count(n: unknown): number {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw fakeError('InvalidArgument', `Invalid freeze count ${String(n)}.`);
    return n;
  }
  freezeRows(count = 1): void {
    this._queue('freezeRows', [count], (s) => void (s.frozen = { rows: FakeWorksheetFreezePanes.count(count), columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this._queue('freezeColumns', [count], (s) => void (s.frozen = { rows: 0, columns: FakeWorksheetFreezePanes.count(count) }));
  }
  /** freezeAt(range): the rows above and columns left of the range's bottom-right corner + 1, as Excel */
  freezeAt(frozenRange: string | FakeRange): void {
    const arg = typeof frozenRange === 'string' ? frozenRange : { path: frozenRange._path };
    this._queue('freezeAt', [arg], (s) => {
      const area = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange._target().area;
      // whole columns ("A:B") freeze only columns, whole rows ("1:2") only rows
      const rows = area.row === 0 && area.lastRow === MAX_ROWS - 1 ? 0 : area.lastRow + 1;
      const columns = area.column === 0 && area.lastColumn === MAX_COLUMNS - 1 ? 0 : area.lastColumn + 1;
      s.frozen = { rows, columns };
    });
  }
  unfreeze(): void {
    this._queue('unfreeze', [], (s) => void (s.frozen = null));
  }
}

