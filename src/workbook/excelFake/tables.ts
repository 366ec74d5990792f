import { type Area, areaColumns, areasOverlap, checkArea, parseAddress } from './address';
import { type RangeTarget, assertWritable, writeGrid } from './cells';
import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';
import { type SheetModel, type TableModel, type WorkbookModel, newId } from './model';
import { FakeRange } from './range';
import { findSheetByName } from './sheetNames';

/**
 * Excel.TableCollection (worksheet.tables, or workbook.tables with a sheet-qualified address).
 * add(address | Range, hasHeaders): the range's first row is the header row (blank headers become
 * "Column1", "Column2"…), and a table always keeps at least one data row.
 */
export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(ctx: FakeContext, path: string, private readonly _sheet: (() => SheetModel) | null) {
    super(ctx, path);
  }

  protected _memberIds(): string[] {
    const sheet = this._sheet?.();
    return this._ctx.model.tables.filter((t) => !sheet || t.sheetId === sheet.id).map((t) => t.id);
  }
  protected _member(id: string): FakeTable {
    return new FakeTable(this._ctx, `${this._path}.getItem(${JSON.stringify(id)})`, () => this._ctx.model.tables.find((t) => t.id === id) ?? null, false);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const ref: { id?: string } = {};
    const path = `${this._path}.add(${typeof address === 'string' ? JSON.stringify(address) : address._path},${hasHeaders})`;
    this._ctx.enqueue({
      request: { path: this._path, call: 'add', args: [typeof address === 'string' ? address : { path: address._path }, hasHeaders] },
      location: path,
      execute: () => {
        const target = typeof address === 'string' ? this._resolveAddress(address) : address._target();
        if (!hasHeaders) throw fakeError('NotImplemented', 'The Excel fake supports tables.add with hasHeaders = true only (Excel would insert a header row).');
        ref.id = addTable(this._ctx.model, target).id;
      },
    });
    return new FakeTable(this._ctx, path, () => this._ctx.model.tables.find((t) => t.id === ref.id) ?? null, false);
  }

  private _resolveAddress(address: string): RangeTarget {
    const bang = address.lastIndexOf('!');
    if (bang < 0) {
      if (!this._sheet) throw fakeError('InvalidArgument', `workbook.tables.add needs a sheet-qualified address, got '${address}'.`);
      return { sheet: this._sheet(), area: parseAddress(address) };
    }
    const rawName = address.slice(0, bang);
    const name = rawName.startsWith("'") && rawName.endsWith("'") ? rawName.slice(1, -1).replace(/''/g, "'") : rawName;
    const sheet = findSheetByName(this._ctx.model, name);
    if (!sheet) throw fakeError('InvalidArgument', `No sheet named '${name}' for table address '${address}'.`);
    if (this._sheet && this._sheet().id !== sheet.id) throw fakeError('InvalidArgument', `The address '${address}' is not on this worksheet.`);
    return { sheet, area: parseAddress(address.slice(bang + 1)) };
  }

  getItem(key: string): FakeTable {
    return this._lookup(key, false);
  }
  getItemOrNullObject(key: string): FakeTable {
    return this._lookup(key, true);
  }

  private _lookup(key: string, orNull: boolean): FakeTable {
    const path = `${this._path}.getItem${orNull ? 'OrNullObject' : ''}(${JSON.stringify(key)})`;
    const table = new FakeTable(this._ctx, path, () => this._ctx.model.tables.find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase()) ?? null, orNull);
    if (!orNull) this._ctx.enqueue({ request: { path, call: 'getItem', args: [key] }, location: path, execute: () => void table._model() });
    return table;
  }
}

function addTable(model: WorkbookModel, target: RangeTarget): TableModel {
  const { sheet } = target;
  assertWritable(sheet, 'contents');
  let area: Area = target.area;
  if (area.lastRow === area.row) area = { ...area, lastRow: area.row + 1 }; // header plus one (empty) data row
  checkArea(area, 'table');
  if (model.tables.some((t) => t.sheetId === sheet.id && areasOverlap(t.area, area))) {
    throw fakeError('InvalidOperation', 'A table cannot overlap another table.');
  }
  const headers = Array.from({ length: areaColumns(area) }, (_, j) => {
    const v = sheet.cells.get(area.row, area.column + j)?.value ?? '';
    return v === '' ? `Column${j + 1}` : null;
  });
  writeGrid(model, { sheet, area: { ...area, lastRow: area.row } }, [headers], 'values');
  let n = 1;
  while (nameTaken(model, `Table${n}`)) n++;
  const table: TableModel = { id: newId(model, 'table'), name: `Table${n}`, sheetId: sheet.id, area, style: 'TableStyleMedium2', showTotals: false, showBandedRows: true };
  model.tables.push(table);
  return table;
}

function nameTaken(model: WorkbookModel, name: string, except?: TableModel): boolean {
  const lower = name.toLowerCase();
  return model.tables.some((t) => t !== except && t.name.toLowerCase() === lower) || model.names.some((n) => n.name.toLowerCase() === lower);
}

/** Excel.Table: id, name, style, showTotals, showBandedRows; getRange, getHeaderRowRange, getDataBodyRange, rows.add, delete */
export class FakeTable extends FakeClientObject {
  readonly rows: { add: (index?: number | null, values?: unknown[][]) => void };

  constructor(ctx: FakeContext, path: string, private readonly _locate: () => TableModel | null, private readonly _orNull: boolean) {
    super(ctx, path);
    this.rows = { add: (index, values) => this._addRows(index, values) };
  }

  _model(): TableModel {
    const t = this._locate();
    if (!t) throw fakeError('ItemNotFound', `The requested table ${this._path} does not exist.`);
    return t;
  }

  private _sheet(t: TableModel): SheetModel {
    const sheet = this._ctx.model.sheets.find((s) => s.id === t.sheetId);
    if (!sheet) throw fakeError('ItemNotFound', 'The table\'s worksheet no longer exists.');
    return sheet;
  }

  protected _scalars(): readonly string[] {
    return ['id', 'name', 'style', 'showTotals', 'showBandedRows'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> | null {
    const t = this._orNull ? this._locate() : this._model();
    if (!t) return null;
    return Object.fromEntries(props.map((p) => [p, t[p as keyof TableModel]]));
  }

  get id(): string { return this._get('id'); }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._queueSet('name', v, () => {
      const t = this._model();
      // the fake's own (simpler) copy of Excel's rule for table names, not src/excel/definedName.ts: the fake models Excel independently
      if (typeof v !== 'string' || !/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v) || nameTaken(this._ctx.model, v, t)) {
        throw fakeError('InvalidArgument', `Invalid or duplicate table name '${String(v)}'.`);
      }
      t.name = v;
    });
  }
  get style(): string { return this._get('style'); }
  set style(v: string) {
    this._queueSet('style', v, () => {
      if (typeof v !== 'string' || !/^TableStyle(Light|Medium|Dark)\d+$/.test(v)) throw fakeError('InvalidArgument', `Invalid table style '${String(v)}'.`);
      this._model().style = v;
    });
  }
  get showTotals(): boolean { return this._get('showTotals'); }
  set showTotals(v: boolean) { this._queueSet('showTotals', v, () => void (this._model().showTotals = Boolean(v))); }
  get showBandedRows(): boolean { return this._get('showBandedRows'); }
  set showBandedRows(v: boolean) { this._queueSet('showBandedRows', v, () => void (this._model().showBandedRows = Boolean(v))); }

  private _range(method: string, pick: (a: Area) => Area): FakeRange {
    return new FakeRange(this._ctx, `${this._path}.${method}()`, () => {
      const t = this._model();
      return { sheet: this._sheet(t), area: pick(t.area) };
    });
  }
  getRange(): FakeRange {
    return this._range('getRange', (a) => a);
  }
  getHeaderRowRange(): FakeRange {
    return this._range('getHeaderRowRange', (a) => ({ ...a, lastRow: a.row }));
  }
  getDataBodyRange(): FakeRange {
    return this._range('getDataBodyRange', (a) => ({ ...a, row: a.row + 1 }));
  }

  /**
   * rows.add(index, values): appends only (index null, undefined or -1). Excel shifts the cells below
   * the table down; the fake writes into the rows below and fails with NotImplemented when they are
   * not empty. One row is ExcelApi 1.1, several 1.4 (the API reference: "1.1 for adding a single
   * row; 1.4 allows adding of multiple rows").
   */
  private _addRows(index: number | null | undefined, values: unknown[][] | undefined): void {
    const several = Array.isArray(values) && values.length > 1;
    this._queueCall('rows.add', [index ?? null, values ?? null], () => {
      if (index !== null && index !== undefined && index !== -1) throw fakeError('NotImplemented', 'The Excel fake only appends table rows (index null).');
      const t = this._model();
      const sheet = this._sheet(t);
      assertWritable(sheet, 'contents');
      const grid = values ?? [Array.from({ length: areaColumns(t.area) }, () => '')];
      const area: Area = { row: t.area.lastRow + 1, lastRow: t.area.lastRow + grid.length, column: t.area.column, lastColumn: t.area.lastColumn };
      checkArea(area, 'table rows');
      for (let r = area.row; r <= area.lastRow; r++) {
        for (let c = area.column; c <= area.lastColumn; c++) {
          if (sheet.cells.has(r, c)) throw fakeError('NotImplemented', 'The Excel fake cannot shift non-empty cells below a table.');
        }
      }
      writeGrid(this._ctx.model, { sheet, area }, grid, 'values');
      t.area = { ...t.area, lastRow: area.lastRow };
    }, several ? '1.4' : undefined);
  }

  delete(): void {
    this._queueCall('delete', [], () => {
      const t = this._model();
      assertWritable(this._sheet(t), 'contents');
      this._ctx.model.tables = this._ctx.model.tables.filter((x) => x !== t);
    });
  }
}
