import type { Day } from '../model/day';
import { dayFromYmd } from './dayFromYmd';

/**
 * The same calendar date `years` years later (earlier when negative); 29 February becomes 28 February
 * in a year that has none.
 *
 * @example isoFromDay(addYears(dayFromIso('2024-02-29'), 1)) // "2025-02-28"
 */
export function addYears(day: Day, years: number): Day {
  const d = new Date(day * 86_400_000);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  const same = dayFromYmd(y, m, dd);
  return Number.isNaN(same) ? dayFromYmd(y, m, dd - 1) : same;
}
