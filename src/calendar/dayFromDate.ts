import type { Day } from '../model/day';

/**
 * The Day of a JavaScript Date's UTC calendar date (ExcelJS gives date cells as UTC midnights).
 *
 * @example dayFromDate(new Date(Date.UTC(1970, 0, 2))) // 1
 */
export function dayFromDate(date: Date): Day {
  const ms = date.getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : NaN;
}
