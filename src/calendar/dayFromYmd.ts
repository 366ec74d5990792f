import type { Day } from '../model/day';

/**
 * The Day (days since 1970-01-01) of a proleptic Gregorian calendar date, or NaN if the date does
 * not exist (month 13, 30 February, ...).
 *
 * @example dayFromYmd(1970, 1, 2) // 1
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  // Date.UTC maps years 0..99 to 1900..1999; getUTCFullYear catches that above.
  return Math.round(ms / 86_400_000);
}
