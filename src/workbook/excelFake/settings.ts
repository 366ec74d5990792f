import { FakeClientObject, FakeCollection, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';

/**
 * Workbook.settings (ExcelApi 1.4): key/value pairs saved in the workbook. Values must survive JSON
 * (the fake stores the JSON text, so a Date comes back as its ISO string and undefined is rejected).
 */
export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  constructor(ctx: FakeContext, path: string) {
    super(ctx, path);
  }
  protected _memberIds(): string[] {
    return [...this._ctx.model.settings.keys()];
  }
  protected _member(key: string): FakeSetting {
    return new FakeSetting(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, key, false);
  }

  add(key: string, value: unknown): FakeSetting {
    this._queueCall('add', [key, value], () => {
      if (typeof key !== 'string' || key === '') throw fakeError('InvalidArgument', 'A setting key cannot be blank.');
      this._ctx.model.settings.set(key, toJson(value));
    }, '1.4');
    return new FakeSetting(this._ctx, `${this._path}.add(${JSON.stringify(key)})`, key, false);
  }
  getItem(key: string): FakeSetting {
    const s = new FakeSetting(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, key, false);
    this._ctx.enqueue({ request: { path: s._path }, location: s._path, minApi: '1.4', execute: () => void s._json() });
    return s;
  }
  getItemOrNullObject(key: string): FakeSetting {
    const s = new FakeSetting(this._ctx, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, key, true);
    this._ctx.enqueue({ request: { path: s._path }, location: s._path, minApi: '1.4', execute: () => undefined });
    return s;
  }
}

function toJson(value: unknown): string {
  const json = value === undefined || typeof value === 'function' || typeof value === 'symbol' ? undefined : JSON.stringify(value);
  if (json === undefined) throw fakeError('InvalidArgument', 'A setting value must be JSON-serialisable.');
  return json;
}

/** Excel.Setting: key, value (settable); delete() */
export class FakeSetting extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _key: string, private readonly _orNull: boolean) {
    super(ctx, path);
  }
  _json(): string {
    const json = this._ctx.model.settings.get(this._key);
    if (json === undefined) throw fakeError('ItemNotFound', `The setting '${this._key}' does not exist.`);
    return json;
  }
  protected _scalars(): readonly string[] {
    return ['key', 'value'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> | null {
    const json = this._orNull ? this._ctx.model.settings.get(this._key) : this._json();
    if (json === undefined) return null;
    return Object.fromEntries(props.map((p) => [p, p === 'key' ? this._key : (JSON.parse(json) as unknown)]));
  }
  get key(): string { return this._get('key'); }
  get value(): unknown { return this._get('value'); }
  set value(v: unknown) {
    this._queueSet('value', v, () => {
      this._json();
      this._ctx.model.settings.set(this._key, toJson(v));
    }, '1.4');
  }
  delete(): void {
    this._queueCall('delete', [], () => {
      this._json();
      this._ctx.model.settings.delete(this._key);
    }, '1.4');
  }
}
