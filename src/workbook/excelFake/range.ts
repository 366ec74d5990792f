import { type Area, areaColumns, areaRows, checkArea, formatArea } from './address';
import {
  type RangeTarget,
  assertWritable,
  clearApplyToApi,
  clearArea,
  mergeArea,
  readFormat,
  readGrid,
  readSize,
  targetAddress,
  unmergeArea,
  writeFormat,
  writeGrid,
  writeSize,
} from './cells';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { FakeClientObject, type FakeContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { fakeError } from './fakeOfficeError';
import type { CellFormat } from './model';

/** finds the range's sheet and area at sync time; null for a null object (getUsedRangeOrNullObject) */
export type RangeLocator = () => RangeTarget | null;

/**
 * Excel.Range. Loadable: address, values, formulas, numberFormat, rowCount, columnCount, rowIndex,
 * columnIndex, cellCount. Settable (queued): values, formulas, numberFormat. A set does not make
 * the property readable: load it and sync to read it back.
 */
export class FakeRange extends FakeClientObject {
  private _format: FakeRangeFormat | undefined;
  private _conditionalFormats: FakeConditionalFormatCollection | undefined;
  private _dataValidation: FakeDataValidation | undefined;

  constructor(ctx: FakeContext, path: string, private readonly _locate: RangeLocator) {
    super(ctx, path);
  }

  /** the range's sheet and area; ItemNotFound when the range is a null object */
  _target(): RangeTarget {
    const t = this._locate();
    if (!t) throw fakeError('ItemNotFound', `${this._path} is a null object.`);
    return t;
  }

  protected _scalars(): readonly string[] {
    return ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount'];
  }

  protected override _child(name: string): FakeClientObject | undefined {
    return name === 'format' ? this.format : name === 'dataValidation' ? this.dataValidation : undefined;
  }

  protected _fetch(props: readonly string[]): Record<string, unknown> | null {
    const t = this._locate();
    if (!t) return null;
    const out: Record<string, unknown> = {};
    for (const p of props) {
      switch (p) {
        case 'address': out[p] = targetAddress(t); break;
        case 'values':
        case 'formulas':
        case 'numberFormat': out[p] = readGrid(t, p); break;
        case 'rowCount': out[p] = areaRows(t.area); break;
        case 'columnCount': out[p] = areaColumns(t.area); break;
        case 'rowIndex': out[p] = t.area.row; break;
        case 'columnIndex': out[p] = t.area.column; break;
        case 'cellCount': out[p] = areaRows(t.area) * areaColumns(t.area); break;
      }
    }
    return out;
  }

  get address(): string { return this._get('address'); }
  get rowCount(): number { return this._get('rowCount'); }
  get columnCount(): number { return this._get('columnCount'); }
  get rowIndex(): number { return this._get('rowIndex'); }
  get columnIndex(): number { return this._get('columnIndex'); }
  get cellCount(): number { return this._get('cellCount'); }

  get values(): unknown[][] { return this._get('values'); }
  set values(v: unknown[][]) { this._queueSet('values', v, () => writeGrid(this._ctx.model, this._target(), v, 'values')); }

  get formulas(): unknown[][] { return this._get('formulas'); }
  set formulas(v: unknown[][]) { this._queueSet('formulas', v, () => writeGrid(this._ctx.model, this._target(), v, 'formulas')); }

  get numberFormat(): unknown[][] { return this._get('numberFormat'); }
  set numberFormat(v: unknown[][]) { this._queueSet('numberFormat', v, () => writeGrid(this._ctx.model, this._target(), v, 'numberFormat')); }

  get format(): FakeRangeFormat {
    this._format ??= new FakeRangeFormat(this._ctx, `${this._path}.format`, () => this._target());
    return this._format;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this._conditionalFormats ??= new FakeConditionalFormatCollection(this._ctx, `${this._path}.conditionalFormats`, () => this._target());
    return this._conditionalFormats;
  }

  /** Range.dataValidation (ExcelApi 1.8): see dataValidation.ts */
  get dataValidation(): FakeDataValidation {
    this._dataValidation ??= new FakeDataValidation(this._ctx, `${this._path}.dataValidation`, () => this._target());
    return this._dataValidation;
  }

  private _derived(method: string, args: unknown[], derive: (area: Area) => Area): FakeRange {
    const path = `${this._path}.${method}(${args.map((a) => JSON.stringify(a)).join(',')})`;
    const range = new FakeRange(this._ctx, path, () => {
      const t = this._target();
      const area = derive(t.area);
      checkArea(area, path);
      return { sheet: t.sheet, area };
    });
    this._ctx.enqueue({ request: { path, call: method, args }, location: path, execute: () => void range._target() });
    return range;
  }

  getCell(row: number, column: number): FakeRange {
    return this._derived('getCell', [row, column], (a) => ({ row: a.row + row, column: a.column + column, lastRow: a.row + row, lastColumn: a.column + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derived('getOffsetRange', [rowOffset, columnOffset], (a) => ({
      row: a.row + rowOffset, column: a.column + columnOffset, lastRow: a.lastRow + rowOffset, lastColumn: a.lastColumn + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derived('getResizedRange', [deltaRows, deltaColumns], (a) => ({ ...a, lastRow: a.lastRow + deltaRows, lastColumn: a.lastColumn + deltaColumns }));
  }
  getRow(index: number): FakeRange {
    return this._derived('getRow', [index], (a) => ({ ...a, row: a.row + index, lastRow: a.row + index }));
  }
  getColumn(index: number): FakeRange {
    return this._derived('getColumn', [index], (a) => ({ ...a, column: a.column + index, lastColumn: a.column + index }));
  }

  merge(across = false): void {
    this._queueCall('merge', [across], () => mergeArea(this._target(), across), '1.2');
  }
  /** Range.unmerge() (1.2): unmerges every merged area the range overlaps */
  unmerge(): void {
    this._queueCall('unmerge', [], () => unmergeArea(this._target()), '1.2');
  }
  /** Range.clear(applyTo) (1.1; "Hyperlinks"/"RemoveHyperlinks" 1.7, "ResetContents" 1.18): see clearArea */
  clear(applyTo: string = 'All'): void {
    let minApi: string | undefined;
    try {
      minApi = clearApplyToApi(applyTo);
    } catch {
      minApi = undefined; // an unknown applyTo fails at sync, as in Excel
    }
    this._queueCall('clear', [applyTo], () => clearArea(this._ctx.model, this._target(), applyTo), minApi);
  }
  /**
   * Range.select() (1.1): the range becomes its sheet's selection. It does not activate the sheet:
   * selecting on a sheet that is not active is unreliable in Excel (OfficeDev/office-js#5118), so an
   * adapter activates the sheet first (`worksheet.activate()`).
   */
  select(): void {
    this._queueCall('select', [], () => {
      const t = this._target();
      t.sheet.selection = targetAddress(t);
    });
  }
}

type Target = () => RangeTarget;

/** Excel.RangeFormat: columnWidth, rowHeight, horizontalAlignment, verticalAlignment, wrapText; font, fill, borders */
export class FakeRangeFormat extends FakeClientObject {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;

  constructor(ctx: FakeContext, path: string, private readonly _range: Target) {
    super(ctx, path);
    this.font = new FakeRangeFont(ctx, `${path}.font`, _range);
    this.fill = new FakeRangeFill(ctx, `${path}.fill`, _range);
    this.borders = new FakeRangeBorderCollection(ctx, `${path}.borders`, _range);
  }

  protected _scalars(): readonly string[] {
    return ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'];
  }
  protected override _child(name: string): FakeClientObject | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const t = this._range();
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'columnWidth') out[p] = readSize(t, 'column');
      else if (p === 'rowHeight') out[p] = readSize(t, 'row');
      else out[p] = readFormat(t, p as keyof CellFormat);
    }
    return out;
  }

  get columnWidth(): number { return this._get('columnWidth'); }
  set columnWidth(v: number) { this._queueSet('columnWidth', v, () => writeSize(this._range(), 'column', v)); }
  get rowHeight(): number { return this._get('rowHeight'); }
  set rowHeight(v: number) { this._queueSet('rowHeight', v, () => writeSize(this._range(), 'row', v)); }

  get horizontalAlignment(): string { return this._get('horizontalAlignment'); }
  set horizontalAlignment(v: string) {
    this._queueSet('horizontalAlignment', v, () => writeFormat(this._range(), 'horizontalAlignment', oneOf(v, HORIZONTAL, 'horizontalAlignment')));
  }
  get verticalAlignment(): string { return this._get('verticalAlignment'); }
  set verticalAlignment(v: string) {
    this._queueSet('verticalAlignment', v, () => writeFormat(this._range(), 'verticalAlignment', oneOf(v, VERTICAL, 'verticalAlignment')));
  }
  get wrapText(): boolean { return this._get('wrapText'); }
  set wrapText(v: boolean) { this._queueSet('wrapText', v, () => writeFormat(this._range(), 'wrapText', bool(v, 'wrapText'))); }

  autofitColumns(): void {
    this._queueCall('autofitColumns', [], () => assertWritable(this._range().sheet, 'formatColumns'), '1.2');
  }
  autofitRows(): void {
    this._queueCall('autofitRows', [], () => assertWritable(this._range().sheet, 'formatRows'), '1.2');
  }
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

function oneOf(v: unknown, allowed: readonly string[], what: string): string {
  if (typeof v !== 'string' || !allowed.includes(v)) throw fakeError('InvalidArgument', `Invalid ${what} '${String(v)}'.`);
  return v;
}
function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw fakeError('InvalidArgument', `${what} must be a boolean.`);
  return v;
}
/** Excel accepts "#RRGGBB" or an HTML color name */
export function color(v: unknown, what: string): string {
  if (typeof v !== 'string' || !(/^#[0-9A-Fa-f]{6}$/.test(v) || /^[A-Za-z]+$/.test(v))) throw fakeError('InvalidArgument', `Invalid ${what} '${String(v)}'.`);
  return v;
}

/** Excel.RangeFont: bold, italic, color, size, name */
export class FakeRangeFont extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _range: Target) {
    super(ctx, path);
  }
  protected _scalars(): readonly string[] {
    return ['bold', 'italic', 'color', 'size', 'name'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    const key: Record<string, keyof CellFormat> = { bold: 'bold', italic: 'italic', color: 'fontColor', size: 'fontSize', name: 'fontName' };
    return Object.fromEntries(props.map((p) => [p, readFormat(this._range(), key[p]!)]));
  }
  get bold(): boolean { return this._get('bold'); }
  set bold(v: boolean) { this._queueSet('bold', v, () => writeFormat(this._range(), 'bold', bool(v, 'bold'))); }
  get italic(): boolean { return this._get('italic'); }
  set italic(v: boolean) { this._queueSet('italic', v, () => writeFormat(this._range(), 'italic', bool(v, 'italic'))); }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._queueSet('color', v, () => writeFormat(this._range(), 'fontColor', color(v, 'font color'))); }
  get size(): number { return this._get('size'); }
  set size(v: number) {
    this._queueSet('size', v, () => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw fakeError('InvalidArgument', `Invalid font size ${String(v)}.`);
      writeFormat(this._range(), 'fontSize', v);
    });
  }
  get name(): string { return this._get('name'); }
  set name(v: string) {
    this._queueSet('name', v, () => {
      if (typeof v !== 'string' || v === '') throw fakeError('InvalidArgument', 'Invalid font name.');
      writeFormat(this._range(), 'fontName', v);
    });
  }
}

/** Excel.RangeFill: color, clear() */
export class FakeRangeFill extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _range: Target) {
    super(ctx, path);
  }
  protected _scalars(): readonly string[] {
    return ['color'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, readFormat(this._range(), 'fillColor')]));
  }
  get color(): string { return this._get('color'); }
  set color(v: string) { this._queueSet('color', v, () => writeFormat(this._range(), 'fillColor', color(v, 'fill color'))); }
  clear(): void {
    this._queueCall('clear', [], () => writeFormat(this._range(), 'fillColor', undefined));
  }
}

const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

/** Excel.RangeBorderCollection: getItem(side) only; the fake records border sets, it does not resolve them per cell */
export class FakeRangeBorderCollection {
  constructor(private readonly _ctx: FakeContext, private readonly _path: string, private readonly _range: Target) {}
  getItem(side: string): FakeRangeBorder {
    return new FakeRangeBorder(this._ctx, `${this._path}.getItem(${JSON.stringify(side)})`, this._range, side);
  }
}

export class FakeRangeBorder extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _range: Target, private readonly _side: string) {
    super(ctx, path);
  }
  protected _scalars(): readonly string[] {
    return [];
  }
  protected _fetch(): Record<string, unknown> {
    return {};
  }
  private _record(property: 'style' | 'color' | 'weight', value: unknown): void {
    this._queueSet(property, value, () => {
      const t = this._range();
      assertWritable(t.sheet, 'formatCells');
      oneOf(this._side, BORDER_SIDES, 'border side');
      if (property === 'color') color(value, 'border color');
      t.sheet.borders.push({ address: formatArea(t.area), side: this._side, property, value });
    });
  }
  set style(v: string) { this._record('style', v); }
  set color(v: string) { this._record('color', v); }
  set weight(v: string) { this._record('weight', v); }
}
