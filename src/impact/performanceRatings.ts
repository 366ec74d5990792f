import type { Day } from '../model/day';
import type { Measure } from '../model/records';
import { isPerformanceRating } from './measureNames';
import { personSeries } from './personSeries';

/** Each person's Performance ratings in date order (equal dates in row order). */
export type RatingIndex = ReadonlyMap<string, { readonly dates: readonly Day[]; readonly values: readonly number[] }>;

/**
 * The Performance rating rows of the Measures sheet (impact.md, matching variables; the measure's
 * name case and spaces folded) by PersonID, each person's in date order and, on one date, in row
 * order, so that the last of a day's ratings is the one read (`personSeries`). Rows without a value
 * are left out.
 */
export function ratingIndex(measures: readonly Measure[]): RatingIndex {
  return personSeries(measures.filter((m) => isPerformanceRating(m.measure)));
}

/**
 * The last Performance rating dated strictly before `day` (impact.md: "before I_p" means dated
 * strictly before it), rounded to the nearest whole number (halves up); undefined when there is
 * none. O(log r) for the person's r ratings.
 *
 * @example lastRatingBefore(ratingIndex([{ row: 2, personId: 'P1', date: 10, measure: 'Performance rating', value: 3.5 }]), 'P1', 11) // 4
 */
export function lastRatingBefore(index: RatingIndex, personId: string, day: Day): number | undefined {
  const entry = index.get(personId);
  if (!entry) return undefined;
  const { dates, values } = entry;
  // the first index with date ≥ day
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : Math.round(values[lo - 1]);
}
