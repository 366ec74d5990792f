/**
 * Shared input types of the statistics functions.
 *
 * Every function accepts plain arrays as well as typed arrays, so that callers can hand over
 * columns built as `Float64Array` / `Uint8Array` without copying.
 */

/** A list of numbers: `number[]`, `Float64Array`, `Int32Array`, `Uint8Array`, … */
export type NumberList = ArrayLike<number>;

/** Event indicators, one per duration: `1` / `true` = the event happened, `0` / `false` = censored. */
export type EventList = ArrayLike<number> | ArrayLike<boolean>;

/** Something with a time, such as a point of a Kaplan–Meier or cumulative-incidence curve. */
export interface Timed {
  readonly time: number;
}
