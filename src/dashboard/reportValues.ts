/**
 * Tolerant readers of the suppressed report for the sheet builders: after the privacy pass a figure
 * the types call a number can be null (suppressed), and a metric can be `{ available: false, reason }`.
 */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** a finite number, else null */
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** the object was suppressed by the privacy pass (a group below k, or its complement) */
export const isSuppressed = (v: unknown): boolean => isObj(v) && v.suppressed === true;

/** the metric was computed (not `{ available: false }`) and not suppressed */
export const isAvailable = (v: unknown): v is Obj => isObj(v) && v.available !== false && v.suppressed !== true;

/** why a metric is not shown: its reason, or "not available" */
export const reasonOf = (v: unknown): string => (isObj(v) && typeof v.reason === 'string' ? v.reason : 'not available');

/** the text a suppressed figure shows instead of a number (equity.md, Privacy) */
export const fewerThan = (k: number): string => `fewer than ${k}`;

/** an object's field as an object, or null */
export const field = (v: unknown, key: string): Obj | null => (isObj(v) && isObj(v[key]) ? (v[key] as Obj) : null);

/** an object's field as an array of objects (empty when absent) */
export const list = (v: unknown, key: string): Obj[] => (isObj(v) && Array.isArray(v[key]) ? (v[key] as unknown[]).filter(isObj) : []);

/**
 * The text of an exact count the privacy pass withheld so that a suppressed group beside it cannot be
 * worked out by subtraction (equity.md, Privacy; the Definitions sheet says so).
 */
export const WITHHELD = 'withheld';

/**
 * A row's figure as a sheet shows it: the number; "withheld" where the privacy pass withheld it (the
 * row's `withheld`); "fewer than k" where it was suppressed alone (`suppressedFields`); else null.
 */
export const shown = (row: Obj, key: string, k: number): number | string | null => {
  if (Array.isArray(row.withheld) && row.withheld.includes(key)) return WITHHELD;
  if (Array.isArray(row.suppressedFields) && row.suppressedFields.includes(key)) return fewerThan(k);
  return num(row[key]);
};
