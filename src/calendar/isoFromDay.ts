import type { Day } from '../model/day';

/**
 * The ISO 8601 calendar date (YYYY-MM-DD) of a Day.
 *
 * @example isoFromDay(0) // "1970-01-01"
 */
export function isoFromDay(day: Day): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
