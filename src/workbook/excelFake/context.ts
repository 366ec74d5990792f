import { FakeOfficeError, fakeError, propertyNotLoaded } from './fakeOfficeError';
import { PAYLOAD_LIMIT_BYTES, jsonBytes, type FakeStats } from './payloadLimit';
import { versionAtLeast, type WorkbookModel } from './model';

/**
 * The request context and its queue. As in Office.js, nothing touches the workbook until
 * `context.sync()`: property sets and method calls are queued as actions, `load()` queues a read,
 * and sync runs the actions in order, measures the batch, and only then makes loaded values readable.
 *
 * Like Office.js, a batch is not a transaction: when an action fails, the actions before it have
 * been applied, the ones after it are dropped, and sync rejects with the error.
 */
export interface LoadOutcome {
  response: unknown;
  commit(): void;
}

export interface QueuedAction {
  /** what would travel to Excel; measured for the payload limit */
  request: unknown;
  /** object path, for error.debugInfo.errorLocation */
  location: string;
  /** lowest ExcelApi version that has this API; older hosts fail with ApiNotFound at sync */
  minApi?: string;
  execute(): LoadOutcome | void;
}

export class FakeContext {
  /** set by the factory right after construction (the workbook proxy needs the context) */
  workbook!: unknown;
  private queue: QueuedAction[] = [];
  private closed = false;

  constructor(
    readonly model: WorkbookModel,
    readonly stats: FakeStats,
  ) {}

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  get hasPendingActions(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    // take the batch now: actions queued after this call belong to the next sync
    const actions = this.queue;
    this.queue = [];
    this.stats.syncs += 1;
    const batch = { requestBytes: 0, responseBytes: 0 };
    this.stats.batches.push(batch);
    await Promise.resolve();
    if (this.closed) {
      throw fakeError('InvalidRequestContext', 'Cannot use the object across different request contexts (the Excel.run batch has finished).');
    }
    batch.requestBytes = jsonBytes(actions.map((a) => a.request));
    if (batch.requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw fakeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${batch.requestBytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`);
    }
    const fault = this.takeFault();
    const outcomes: LoadOutcome[] = [];
    for (const [index, action] of actions.entries()) {
      if (index === fault?.at) throw fault.error;
      if (action.minApi !== undefined && !versionAtLeast(this.model.maxExcelApi, action.minApi)) {
        throw fakeError('ApiNotFound', `The API you are trying to use could not be found (needs ExcelApi ${action.minApi}, host has ${this.model.maxExcelApi}).`);
      }
      const outcome = executeAt(action);
      if (outcome) outcomes.push(outcome);
    }
    if (fault !== undefined && fault.at >= actions.length) throw fault.error;
    batch.responseBytes = jsonBytes(outcomes.map((o) => o.response));
    if (batch.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw fakeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${batch.responseBytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`);
    }
    for (const outcome of outcomes) outcome.commit();
  }

  /** whether this sync fails on purpose (fake.failSync): at which action, with which error */
  private takeFault(): { at: number; error: FakeOfficeError } | undefined {
    const fault = this.model.fault;
    if (!fault) return undefined;
    if (fault.countdown > 0) {
      fault.countdown -= 1;
      return undefined;
    }
    this.model.fault = null;
    return { at: fault.applied, error: fakeError(fault.code, fault.message) };
  }
}

function executeAt(action: QueuedAction): LoadOutcome | void {
  try {
    return action.execute();
  } catch (error) {
    if (error instanceof FakeOfficeError) throw error.at(action.location);
    throw error;
  }
}

/**
 * The forms of load() the fake accepts:
 *   load()                                 every scalar property of the object
 *   load('values, address')                comma-separated names (spaces ignored)
 *   load(['values', 'address'])            an array of names (each may itself hold commas)
 *   load('format/font/bold')               a navigation path: loads `bold` on range.format.font
 *   load({ select: 'a,b', expand: 'c' })   the select/expand form
 *   load({ values: true, format: { font: { bold: true } } })   a property tree
 * On collections, 'items/name' and 'name' both load `name` of every item; 'items' loads all scalars.
 */
export type LoadSpec = string | readonly string[] | Record<string, unknown> | undefined;

export function loadPaths(spec: LoadSpec): string[] | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'string') return splitNames(spec);
  if (Array.isArray(spec)) return spec.flatMap((s: string) => splitNames(s));
  const obj = spec as Record<string, unknown>;
  if ('select' in obj || 'expand' in obj) {
    const pick = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.flatMap((s) => splitNames(String(s))) : splitNames(String(v)));
    return [...pick(obj['select']), ...pick(obj['expand'])];
  }
  const out: string[] = [];
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (value === true) out.push(prefix + key);
      else if (value && typeof value === 'object') walk(value as Record<string, unknown>, `${prefix}${key}/`);
    }
  };
  walk(obj, '');
  return out;
}

function splitNames(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Base of every proxy: loaded-property bookkeeping, load(), and queueing of sets and calls. */
export abstract class FakeClientObject {
  protected readonly _loaded = new Map<string, unknown>();

  constructor(
    protected readonly _ctx: FakeContext,
    readonly _path: string,
  ) {}

  /** the scalar properties load() can fetch */
  protected abstract _scalars(): readonly string[];

  /** reads `props` from the model at sync time; null means "this is a null object" */
  protected abstract _fetch(props: readonly string[]): Record<string, unknown> | null;

  /** child objects reachable in a load path, e.g. "format" on a range */
  protected _child(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** the ExcelApi version a scalar property needs when it is newer than its object (e.g. Worksheet.tabColor: 1.7) */
  protected _minApi(_prop: string): string | undefined {
    return undefined;
  }

  /** ApiNotFound when `prop` is newer than the host (for collections loading their items) */
  _checkApi(prop: string): void {
    const need = this._minApi(prop);
    if (need !== undefined && !versionAtLeast(this._ctx.model.maxExcelApi, need)) {
      throw fakeError('ApiNotFound', `The API you are trying to use could not be found (${prop} needs ExcelApi ${need}, host has ${this._ctx.model.maxExcelApi}).`);
    }
  }

  /** every scalar property the host has (what load() with no argument fetches) */
  _allScalars(): readonly string[] {
    const host = this._ctx.model.maxExcelApi;
    return this._scalars().filter((p) => {
      const need = this._minApi(p);
      return need === undefined || versionAtLeast(host, need);
    });
  }

  get context(): FakeContext {
    return this._ctx;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const own: string[] = [];
    for (const path of paths ?? [...this._allScalars()]) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        const child = this._child(path);
        if (child) child.load();
        else own.push(path);
        continue;
      }
      const child = this._child(path.slice(0, slash));
      if (child) child.load(path.slice(slash + 1));
      else own.push(path); // rejected at sync as an unknown property
    }
    if (own.length > 0 || paths === undefined || paths.length === 0) {
      // a property newer than the host fails the load with ApiNotFound, as any newer API
      const newest = own.map((p) => this._minApi(p)).reduce<string | undefined>((a, b) => (b === undefined || (a !== undefined && versionAtLeast(a, b)) ? a : b), undefined);
      this._ctx.enqueue({
        request: { path: this._path, load: own },
        location: this._path,
        minApi: newest,
        execute: () => this._executeLoad(own),
      });
    }
    return this;
  }

  /** used by load() and by collections loading their items */
  _executeLoad(props: readonly string[]): LoadOutcome {
    const known = this._scalars();
    for (const p of props) {
      if (!known.includes(p)) throw fakeError('InvalidArgument', `The property '${p}' does not exist on ${this._path}.`);
    }
    const data = this._fetch(props);
    return {
      response: data ?? { isNullObject: true },
      commit: () => {
        this._loaded.set('isNullObject', data === null);
        for (const p of props) this._loaded.set(p, data === null ? null : data[p]);
      },
    };
  }

  protected _get<T>(name: string): T {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name, this._path);
    return this._loaded.get(name) as T;
  }

  /** queue a property set, applied at sync */
  protected _queueSet(prop: string, value: unknown, apply: () => void, minApi?: string): void {
    this._ctx.enqueue({ request: { path: this._path, set: prop, value }, location: `${this._path}.${prop}`, minApi, execute: apply });
  }

  /** queue a method call, run at sync */
  protected _queueCall(method: string, args: unknown[], run: () => void, minApi?: string): void {
    this._ctx.enqueue({ request: { path: this._path, call: method, args }, location: `${this._path}.${method}()`, minApi, execute: run });
  }

  get isNullObject(): boolean {
    return this._get<boolean>('isNullObject');
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this._loaded].filter(([k]) => k !== 'isNullObject'));
  }
}

/** Base of the collections: `items` is readable after load + sync. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private _items: T[] | undefined;

  /** ids of the current members, at sync time */
  protected abstract _memberIds(): string[];
  /** a proxy for the member with this id */
  protected abstract _member(id: string): T;

  protected _scalars(): readonly string[] {
    return [];
  }
  protected _fetch(): Record<string, unknown> {
    return {};
  }

  get items(): T[] {
    if (this._items === undefined) throw propertyNotLoaded('items', this._path);
    return this._items;
  }

  override load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const itemProps = (paths ?? []).map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    this._ctx.enqueue({
      request: { path: this._path, load: paths ?? ['items'] },
      location: this._path,
      execute: () => {
        const members = this._memberIds().map((id) => this._member(id));
        for (const m of members) for (const p of itemProps) m._checkApi(p);
        const outcomes = members.map((m) => m._executeLoad(itemProps.length > 0 ? itemProps : m._allScalars()));
        return {
          response: outcomes.map((o) => o.response),
          commit: () => {
            for (const o of outcomes) o.commit();
            this._items = members;
            this._loaded.set('isNullObject', false);
          },
        };
      },
    });
    return this;
  }
}
