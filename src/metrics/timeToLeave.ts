import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { originOf } from './activity';
import { DAYS_PER_MONTH } from './months';

/** Durations (months) and event flags of one time-to-event population, ready for `kaplanMeier`. */
export interface Durations {
  readonly times: Float64Array;
  readonly events: Uint8Array;
  /** the people behind each duration, in the same order */
  readonly people: readonly Participant[];
}

/**
 * Retention durations (metrics.md, Retention): t = min(ExitDate, A) − origin in days, in months;
 * event = ExitDate ≤ A and `isEvent(person)` (all exits for retention; regrettable exits for
 * regrettable retention, other exits censored at their ExitDate). Rows whose origin is blank or
 * after A are left out ("not started").
 */
export function timeToLeave(people: readonly Participant[], asOf: Day, isEvent: (p: Participant) => boolean = () => true): Durations {
  const kept: Participant[] = [];
  for (const p of people) {
    const origin = originOf(p);
    if (origin !== undefined && origin <= asOf) kept.push(p);
  }
  const times = new Float64Array(kept.length);
  const events = new Uint8Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i];
    const exited = hasLeft(p.exitDate, asOf);
    times[i] = monthsToLeave(originOf(p)!, p.exitDate, asOf);
    events[i] = exited && isEvent(p) ? 1 : 0;
  }
  return { times, events, people: kept };
}

/** Whether an exit date counts as an exit at A: filled and on or before A (a later one is no exit yet). */
function hasLeft(exit: Day | undefined, asOf: Day): boolean {
  return exit !== undefined && exit <= asOf;
}

/** t = min(ExitDate, A) − origin, in months (metrics.md, Retention). */
function monthsToLeave(origin: Day, exit: Day | undefined, asOf: Day): number {
  return ((hasLeft(exit, asOf) ? exit! : asOf) - origin) / DAYS_PER_MONTH;
}

/**
 * `timeToLeave` of columns of days (NaN: blank) rather than records, every exit an event: the same
 * population rule (origin blank or after A: left out) and the same durations, without a record per
 * row (the custom functions, over a whole column).
 */
export function timeToLeaveOfDays(origins: ArrayLike<number>, exits: ArrayLike<number>, asOf: Day): { readonly times: Float64Array; readonly events: Uint8Array } {
  let n = 0;
  for (let i = 0; i < origins.length; i++) if (origins[i]! <= asOf) n++; // NaN (blank) is never ≤
  const times = new Float64Array(n);
  const events = new Uint8Array(n);
  for (let i = 0, j = 0; i < origins.length; i++) {
    const origin = origins[i]!;
    if (!(origin <= asOf)) continue;
    const exit = Number.isNaN(exits[i]!) ? undefined : exits[i];
    times[j] = monthsToLeave(origin, exit, asOf);
    events[j++] = hasLeft(exit, asOf) ? 1 : 0;
  }
  return { times, events };
}
