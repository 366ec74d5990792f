import type { Day } from '../model/day';
import { dayFromYmd } from './dayFromYmd';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Day of an ISO 8601 calendar date (YYYY-MM-DD), or NaN if the text is not one.
 *
 * @example dayFromIso("1970-01-02") // 1
 */
export function dayFromIso(text: string): Day {
  const m = ISO.exec(text);
  if (!m) return NaN;
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}
