import type { DateSystem } from '../model/cell';
import type { Day } from '../model/day';

/** Day of Excel's 1900-system serial 0 ("1900-01-00" = 1899-12-31), counting Lotus's phantom 29 Feb 1900. */
const EPOCH_1900 = -25569; // serial 25569 is 1970-01-01
/** Day of serial 0 in the 1904 system (1904-01-01). */
const EPOCH_1904 = -24107; // serial 24107 is 1970-01-01

/**
 * The Day of an Excel date serial (the integer part; a time of day is dropped).
 *
 * In the 1900 system serial 60 is the non-existent 29 February 1900 (kept for Lotus 1-2-3
 * compatibility), so serials 1..59 are one day later than the arithmetic gives; serial 60 itself is
 * returned as NaN. In the 1904 system serial 0 is 1904-01-01.
 * Source: Microsoft, "Date systems in Excel".
 *
 * @example dayFromExcelSerial(45658, '1900') // 20089 (2025-01-01)
 * @example dayFromExcelSerial(44196, '1904') // 20089 (2025-01-01)
 */
export function dayFromExcelSerial(serial: number, system: DateSystem): Day {
  const whole = Math.floor(serial);
  if (system === '1904') return whole + EPOCH_1904;
  if (whole === 60) return NaN;
  if (whole < 60) return whole + EPOCH_1900 + 1;
  return whole + EPOCH_1900;
}

/** The Excel serial of a Day (inverse of `dayFromExcelSerial` for days after 1900-02-28). */
export function excelSerialFromDay(day: Day, system: DateSystem): number {
  return system === '1904' ? day - EPOCH_1904 : day - EPOCH_1900;
}
