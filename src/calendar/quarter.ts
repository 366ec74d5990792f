import type { Day } from '../model/day';
import { dayFromYmd } from './dayFromYmd';

/**
 * The calendar quarter containing a Day: its label ("2026-Q3"), first day and last day.
 *
 * @example quarterOf(dayFromYmd(2026, 9, 30)).label // "2026-Q3"
 */
export function quarterOf(day: Day): { label: string; first: Day; last: Day } {
  const d = new Date(day * 86_400_000);
  const year = d.getUTCFullYear();
  const q = Math.floor(d.getUTCMonth() / 3);
  const first = dayFromYmd(year, q * 3 + 1, 1);
  const last = (q === 3 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, q * 3 + 4, 1)) - 1;
  return { label: `${year}-Q${q + 1}`, first, last };
}
