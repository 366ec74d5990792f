import type { Day } from '../model/day';
import { dayFromYmd } from './dayFromYmd';
import { isoFromDay } from './isoFromDay';

/**
 * The latest calendar date it is at the instant `now`, for refusing an as-of date in the future:
 * the machine's local date, or the UTC date when that is later (a scheduled job on a server set to
 * UTC, a user west of Greenwich in the evening). Taking the later of the two never refuses a date
 * that is already today where the clock is read.
 */
export function latestToday(now: Date): Day {
  const local = dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const utc = dayFromYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  return Math.max(local, utc);
}

/**
 * Why an as-of date after today is refused, or null when it is today or earlier.
 *
 * Every figure is "as of" a date: what happened up to it. For a date still to come, planned dates in
 * the data (a program end, a pairing's end, a rotation's start) would count as having happened, and
 * everyone who has not left by today would count as retained until that date, which nobody knows
 * yet. There is no honest use for it (a preview of the quarter's board pack can be run as of today,
 * and again once the quarter has ended), so it is refused rather than warned about.
 *
 * `what` names the date as the user gave it ("--as-of", "The as-of date").
 *
 * @example futureAsOfReason(dayFromIso('2027-03-31'), dayFromIso('2026-12-04'), '--as-of')
 *   // "--as-of 2027-03-31 is after today (2026-12-04): figures as of a date still to come would count planned dates as events that happened and everyone not yet gone as retained until then"
 */
export function futureAsOfReason(asOf: Day, today: Day, what: string): string | null {
  if (!(asOf > today)) return null;
  return `${what} ${isoFromDay(asOf)} is after today (${isoFromDay(today)}): figures as of a date still to come would count planned dates as events that happened and everyone not yet gone as retained until then`;
}
