import type { DateSystem } from '../../../model/cell';

const DAY_MS = 86_400_000;
const BASE_1900 = Date.UTC(1899, 11, 30);
const BASE_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel shows, in the 1900 system */
const LAST_SERIAL_1900 = 2_958_465;

/**
 * An Excel date serial as a UTC Date, to the millisecond, in the workbook's date system: in the 1900
 * system serial 1 is 1900-01-01 and serial 61 is 1900-03-01 (Excel counts a 29 February 1900 that
 * never was: serial 60, which has no date); in the 1904 system serial 0 is 1904-01-01. A fraction is
 * the time of day. `undefined` for a serial with no date (negative, 60 in 1900, past 9999-12-31).
 *
 * Example: `serialToDate(45000, '1900')` is 2023-03-15T00:00:00Z; `serialToDate(0.5, '1900')` is
 * 1899-12-30T12:00:00Z (a time of day, as Excel stores one).
 */
export function serialToDate(serial: number, system: DateSystem): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  if (system === '1904') {
    if (serial > LAST_SERIAL_1900 - 1462) return undefined;
    return new Date(BASE_1904 + Math.round(serial * DAY_MS));
  }
  if (serial > LAST_SERIAL_1900 + 0.99999999) return undefined;
  if (serial >= 60 && serial < 61) return undefined;
  // before March 1900 Excel's count is one day ahead of the calendar
  const shift = serial >= 1 && serial < 60 ? 1 : 0;
  return new Date(BASE_1900 + Math.round((serial + shift) * DAY_MS));
}
