import { FakeClientObject, type FakeContext } from './context';
import { fakeError } from './fakeOfficeError';

/**
 * Workbook.functions (ExcelApi 1.2), only DATE: `functions.date(y, m, d)` gives a FunctionResult
 * whose `value` (load and sync) is the date's serial number in the workbook's date system (1900:
 * 1900-01-01 is 1, with Excel's phantom 1900-02-29; 1904: 1904-01-01 is 0), or whose `error` is
 * "#NUM!" for a date Excel cannot hold. As Excel, a year below 1900 is taken as 1900 + year, and
 * months and days overflow into the next ones. An adapter reads the date system this way
 * (DATE(1904,1,1) is 0 only in the 1904 system).
 */
export class FakeFunctions {
  constructor(private readonly _ctx: FakeContext, private readonly _path: string) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    const path = `${this._path}.date(${[year, month, day].join(',')})`;
    const result: { value?: number | null; error?: string | null } = {};
    this._ctx.enqueue({
      request: { path: this._path, call: 'date', args: [year, month, day] },
      location: path,
      minApi: '1.2',
      execute: () => {
        if (![year, month, day].every((n) => typeof n === 'number' && Number.isFinite(n))) throw fakeError('InvalidArgument', 'DATE takes three numbers.');
        const serial = dateSerial(Math.trunc(year), Math.trunc(month), Math.trunc(day), this._ctx.model.dateSystem);
        result.value = serial;
        result.error = serial === null ? '#NUM!' : null;
      },
    });
    return new FakeFunctionResult(this._ctx, path, result);
  }
}

/** the serial number of a date in a date system, or null (#NUM!) outside 0–9999-12-31 */
export function dateSerial(year: number, month: number, day: number, system: '1900' | '1904'): number | null {
  const y = year < 1900 ? year + 1900 : year;
  const utc = Date.UTC(y, month - 1, day);
  const days = Math.round(utc / 86_400_000);
  const epoch = system === '1904' ? Math.round(Date.UTC(1904, 0, 1) / 86_400_000) : Math.round(Date.UTC(1899, 11, 31) / 86_400_000);
  let serial = days - epoch;
  // the 1900 system counts a 29 February 1900 that never was
  if (system === '1900' && utc >= Date.UTC(1900, 2, 1)) serial += 1;
  const max = system === '1904' ? 2957003 : 2958465;
  return y > 9999 || serial < 0 || serial > max ? null : serial;
}

/** Excel.FunctionResult: value, error (loadable) */
export class FakeFunctionResult extends FakeClientObject {
  constructor(ctx: FakeContext, path: string, private readonly _result: { value?: number | null; error?: string | null }) {
    super(ctx, path);
  }
  protected _scalars(): readonly string[] {
    return ['value', 'error'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, p === 'value' ? (this._result.value ?? null) : (this._result.error ?? null)]));
  }
  get value(): number | null { return this._get('value'); }
  get error(): string | null { return this._get('error'); }
}
