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
    const exited = p.exitDate !== undefined && p.exitDate <= asOf;
    times[i] = ((exited ? p.exitDate! : asOf) - originOf(p)!) / DAYS_PER_MONTH;
    events[i] = exited && isEvent(p) ? 1 : 0;
  }
  return { times, events, people: kept };
}
