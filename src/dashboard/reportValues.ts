import type { NotAvailable } from '../metrics/metricResults';

/**
 * Small typed helpers for the sheet builders, which read the report after the privacy pass
 * (`ProtectedDocument`, src/privacy/protectedDocument.ts): a figure there can be `{ available: false,
 * reason }`, suppressed (`{ ...labels, suppressed: true, reason }`), or a row's count withheld (null,
 * named in `withheld`). The types say which; these helpers say what a sheet shows for each.
 */

/** What a sheet cannot read figures from: a metric not computed, or an object the privacy pass suppressed. */
type Hidden = NotAvailable | { readonly suppressed: true };

/** The figure was computed (not `{ available: false }`) and not suppressed: its fields can be read. */
export function isShown<V extends object>(v: V): v is Exclude<V, Hidden> {
  return !('available' in v && v.available === false) && !('suppressed' in v && v.suppressed === true);
}

/** Why a figure is not shown: its reason ("not available: …", "fewer than 5 people: suppressed"), or "not available". */
export function reasonOf(v: object | null): string {
  return v !== null && 'reason' in v && typeof v.reason === 'string' ? v.reason : 'not available';
}

/** The text a suppressed figure shows instead of a number (equity.md, Privacy). */
export const fewerThan = (k: number): string => `fewer than ${k}`;

/**
 * The text of an exact count the privacy pass withheld so that a suppressed group beside it cannot be
 * worked out by subtraction (equity.md, Privacy; the Definitions sheet says so).
 */
export const WITHHELD = 'withheld';

/** The fields of a row that hold a number (or null). */
type NumberField<R> = { [K in keyof R]-?: R[K] extends number | null | undefined ? K : never }[keyof R] & string;

/** A shown row of a group table: its withheld counts and its figures suppressed alone. */
interface RowMarks {
  readonly withheld?: readonly string[];
  readonly suppressedFields?: readonly string[];
}

/**
 * A row's figure as a sheet shows it: the number; "withheld" where the privacy pass withheld it (the
 * row's `withheld`); "fewer than k" where it was suppressed alone (`suppressedFields`); else null.
 */
export function shown<R extends RowMarks>(row: R, key: NumberField<R>, k: number): number | string | null {
  if (row.withheld?.includes(key)) return WITHHELD;
  if (row.suppressedFields?.includes(key)) return fewerThan(k);
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The privacy pass suppressed the object (a group, or a whole population, of 1 to k − 1 people). */
export function isSuppressed<V extends object>(v: V): v is Extract<V, { readonly suppressed: true }> {
  return 'suppressed' in v && v.suppressed === true;
}
