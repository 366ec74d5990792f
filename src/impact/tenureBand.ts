import type { Day } from '../model/day';

/** The tenure bands of impact.md, in order. */
export const TENURE_BANDS = ['< 2 years', '2–5 years', '5–10 years', '10+ years'] as const;
export type TenureBand = (typeof TENURE_BANDS)[number];

/** the lower bounds of the bands after the first, in years */
const BOUNDS = [2, 5, 10] as const;
const DAYS_PER_YEAR = 365.25;

/**
 * The tenure band at a day (impact.md, matching variables): years = (day − HireDate) / 365.25, bands
 * < 2, 2–5, 5–10, 10+ years, a band's lower bound inside it (exactly 2.0 years is "2–5 years"). A
 * HireDate after the day gives negative years: "< 2 years".
 *
 * @example tenureBandAt(0, 731) // "2–5 years" (731 / 365.25 = 2.001 years)
 */
export function tenureBandAt(hireDate: Day, day: Day): TenureBand {
  return TENURE_BANDS[tenureBandIndexAt(hireDate, day)];
}

/** `tenureBandAt` as the band's index in `TENURE_BANDS` (0 … 3). */
export function tenureBandIndexAt(hireDate: Day, day: Day): number {
  const years = (day - hireDate) / DAYS_PER_YEAR;
  let band = 0;
  while (band < BOUNDS.length && years >= BOUNDS[band]) band++;
  return band;
}

/**
 * The days after `hireDate` on which the tenure band changes: the first whole day in each of the
 * bands 2–5, 5–10 and 10+ years (hireDate + 731, + 1827, + 3653), found from `tenureBandAt` itself so
 * that the two never disagree.
 *
 * @example tenureBandChanges(0) // [731, 1827, 3653]
 */
export function tenureBandChanges(hireDate: Day): Day[] {
  // the band depends on day − hireDate alone, which is exact for whole days: the offsets of day 0
  if (Number.isInteger(hireDate)) return TENURE_CHANGE_OFFSETS.map((d) => hireDate + d);
  return searchChanges(hireDate);
}

function searchChanges(hireDate: Day): Day[] {
  return BOUNDS.map((years, i) => {
    let day = hireDate + Math.ceil(years * DAYS_PER_YEAR);
    while (tenureBandAt(hireDate, day - 1) === TENURE_BANDS[i + 1]) day--;
    while (tenureBandAt(hireDate, day) !== TENURE_BANDS[i + 1]) day++;
    return day;
  });
}

/** `tenureBandChanges(0)`: a whole-day HireDate's band changes on HireDate plus these */
export const TENURE_CHANGE_OFFSETS: readonly Day[] = searchChanges(0);
