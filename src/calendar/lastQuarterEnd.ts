import type { Day } from '../model/day';
import { quarterOf } from './quarter';

/**
 * The last day of the last completed quarter on `day`: `day` itself when it closes a quarter, else
 * the day before its quarter began (the as-of date of a quarterly refresh, cli.md `--quarterly`).
 *
 * @example isoFromDay(lastQuarterEnd(dayFromIso('2026-11-23'))) // "2026-09-30"
 * @example isoFromDay(lastQuarterEnd(dayFromIso('2026-09-30'))) // "2026-09-30"
 */
export function lastQuarterEnd(day: Day): Day {
  const q = quarterOf(day);
  return day === q.last ? day : q.first - 1;
}
