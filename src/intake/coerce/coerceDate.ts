import type { CellValue, DateSystem } from '../../model/cell';
import type { Day } from '../../model/day';
import { dayFromDate } from '../../calendar/dayFromDate';
import { dayFromExcelSerial } from '../../calendar/dayFromExcelSerial';
import { isoFromDay } from '../../calendar/isoFromDay';
import { Invalid } from './invalid';
import { parseTextDate } from './parseTextDate';

export interface DateContext {
  readonly dateSystem: DateSystem;
  readonly dateOrder?: 'DMY' | 'MDY';
  /** earliest plausible date (1950-01-01) */
  readonly earliest: Day;
  /** latest plausible date (as-of + 10 years) */
  readonly latest: Day;
}

const SERIAL_TEXT = /^\d{1,6}(?:\.\d+)?$/;
/** Excel's last date, 9999-12-31, is serial 2958465 in the 1900 system. */
const MAX_SERIAL = 2958465;

/**
 * A calendar date from an Excel serial (in the workbook's date system), a Date (ExcelJS), or text
 * (see `parseTextDate`). Dates before 1950 or after as-of + 10 years are implausible
 * (input-workbook.md, Values).
 */
export function coerceDate(value: Exclude<CellValue, null | undefined>, ctx: DateContext): Day | Invalid {
  let day: Day;
  if (typeof value === 'number') {
    if (!(value >= 0 && value <= MAX_SERIAL)) {
      return new Invalid('bad-date', 'is not a date (Excel dates are day numbers from 1 to 2958465)', 'Enter a date, best as YYYY-MM-DD (e.g. 2025-03-01).');
    }
    day = dayFromExcelSerial(value, ctx.dateSystem);
  } else if (value instanceof Date) {
    day = dayFromDate(value);
    if (Math.abs(day) > 3_000_000) day = NaN; // beyond year ±10000: not a calendar date anyone typed
  } else if (typeof value === 'string') {
    const t = value.trim();
    if (SERIAL_TEXT.test(t)) {
      day = dayFromExcelSerial(Number(t), ctx.dateSystem);
    } else {
      const parsed = parseTextDate(t, ctx.dateOrder);
      if ('ambiguous' in parsed) {
        const [dmy, mdy] = parsed.ambiguous;
        return new Invalid(
          'ambiguous-date',
          `can be read as ${isoFromDay(dmy)} (day first) or ${isoFromDay(mdy)} (month first)`,
          'Type it as YYYY-MM-DD, or set the date order (day first or month first) in the mapping.',
        );
      }
      if ('invalid' in parsed) {
        return new Invalid('bad-date', 'is not a date', 'Enter a date, best as YYYY-MM-DD (e.g. 2025-03-01).');
      }
      day = parsed.day;
    }
  } else {
    return new Invalid('bad-date', 'is not a date', 'Enter a date, best as YYYY-MM-DD (e.g. 2025-03-01).');
  }
  if (Number.isNaN(day)) {
    return new Invalid('bad-date', 'is not a date', 'Enter a date, best as YYYY-MM-DD (e.g. 2025-03-01).');
  }
  if (day < ctx.earliest || day > ctx.latest) {
    return new Invalid(
      'implausible-date',
      `is implausible: ${isoFromDay(day)} is before 1950 or more than 10 years after the as-of date`,
      'Check the year; correct the date.',
    );
  }
  return day;
}
