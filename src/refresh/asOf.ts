import { lastQuarterEnd } from '../calendar/lastQuarterEnd';
import type { Day } from '../model/day';

/**
 * The as-of date when none is chosen, everywhere (the task pane's "end of the last completed
 * quarter", `cadre refresh` and `cadre validate` without --as-of): the last day of the last completed
 * quarter on `today`, or today when it closes a quarter. A quarter still in progress would give
 * figures that are "not available" for want of its survey answers; the last completed one is what a
 * board pack reports.
 *
 * @example isoFromDay(defaultAsOf(dayFromIso('2026-11-23'))) // "2026-09-30"
 */
export function defaultAsOf(today: Day): Day {
  return lastQuarterEnd(today);
}
