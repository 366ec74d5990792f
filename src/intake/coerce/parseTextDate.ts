import type { Day } from '../../model/day';
import { dayFromYmd } from '../../calendar/dayFromYmd';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** Result of reading a text date: a Day, or why not. */
export type TextDate =
  | { readonly day: Day }
  | { readonly ambiguous: readonly [Day, Day] }
  | { readonly invalid: true };

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[ \-/.]+([a-z]+)\.?,?[ \-/.]+(\d{2}|\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]+)\.?[ \-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[ \-/.]+(\d{2}|\d{4})$/i;

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

/**
 * Reads a date typed as text: ISO (2025-03-01, also 2025/03/01 and with a time), day-month-year or
 * month-day-year with digits (03/01/2025) in the given order, and dates with English month names
 * (1 Mar 2025, Mar 1, 2025, 01-Mar-25). Digits-only dates whose order is not given are read only when
 * unambiguous (a part above 12, or both parts equal); otherwise both readings are returned, never a
 * guess (input-workbook.md, Values).
 *
 * @example parseTextDate('2025-03-01', undefined) // { day: 20148 }
 * @example parseTextDate('03/04/2025', undefined) // { ambiguous: [20182, 20152] } (3 April or 4 March)
 */
export function parseTextDate(text: string, order: 'DMY' | 'MDY' | undefined): TextDate {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return one(dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])));

  m = NUMERIC.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3]);
    const dmy = dayFromYmd(year, b, a);
    const mdy = dayFromYmd(year, a, b);
    if (order === 'DMY') return one(dmy);
    if (order === 'MDY') return one(mdy);
    if (a === b) return one(dmy);
    if (Number.isNaN(dmy)) return one(mdy);
    if (Number.isNaN(mdy)) return one(dmy);
    return { ambiguous: [dmy, mdy] };
  }

  m = DAY_MONTH_NAME.exec(t);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? one(dayFromYmd(fullYear(m[3]), month, Number(m[1]))) : { invalid: true };
  }
  m = MONTH_NAME_DAY.exec(t);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? one(dayFromYmd(fullYear(m[3]), month, Number(m[2]))) : { invalid: true };
  }
  return { invalid: true };
}

function one(day: Day): TextDate {
  return Number.isNaN(day) ? { invalid: true } : { day };
}
