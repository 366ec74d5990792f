/** Days in a month: 365.25 / 12 (spec README: "A month is 365.25 / 12 = 30.4375 days"). */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Months from a number of days.
 *
 * @example monthsFromDays(365.25) // 12
 */
export function monthsFromDays(days: number): number {
  return days / DAYS_PER_MONTH;
}
