import { addYears } from './addYears';
import { dayFromDate } from './dayFromDate';
import { dayFromExcelSerial, excelSerialFromDay } from './dayFromExcelSerial';
import { dayFromIso } from './dayFromIso';
import { dayFromYmd } from './dayFromYmd';
import { isoFromDay } from './isoFromDay';
import { quarterOf } from './quarter';

describe('calendar days', () => {
  test('dayFromYmd counts days from 1970-01-01 and rejects dates that do not exist', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1970, 2, 1)).toBe(31);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(dayFromYmd(2024, 2, 29)).toBe(dayFromYmd(2024, 3, 1) - 1);
    expect(dayFromYmd(2025, 2, 29)).toBeNaN();
    expect(dayFromYmd(2025, 13, 1)).toBeNaN();
    expect(dayFromYmd(2025, 4, 31)).toBeNaN();
    expect(dayFromYmd(99, 1, 1)).toBeNaN();
  });

  test('ISO text round-trips', () => {
    expect(isoFromDay(dayFromIso('2026-09-30'))).toBe('2026-09-30');
    expect(dayFromIso('2026-9-30')).toBeNaN();
    expect(dayFromIso('2026-02-30')).toBeNaN();
  });

  test('Excel 1900 serials, with the phantom 29 Feb 1900 (Microsoft: serial 1 is 1900-01-01)', () => {
    expect(isoFromDay(dayFromExcelSerial(1, '1900'))).toBe('1900-01-01');
    expect(isoFromDay(dayFromExcelSerial(59, '1900'))).toBe('1900-02-28');
    expect(dayFromExcelSerial(60, '1900')).toBeNaN();
    expect(isoFromDay(dayFromExcelSerial(61, '1900'))).toBe('1900-03-01');
    // 45658 is 2025-01-01 in Excel (=DATE(2025,1,1) shows 45658)
    expect(isoFromDay(dayFromExcelSerial(45658, '1900'))).toBe('2025-01-01');
    expect(isoFromDay(dayFromExcelSerial(45658.75, '1900'))).toBe('2025-01-01');
    expect(excelSerialFromDay(dayFromIso('2025-01-01'), '1900')).toBe(45658);
  });

  test('Excel 1904 serials are 1462 days smaller (Microsoft: serial 0 is 1904-01-01)', () => {
    expect(isoFromDay(dayFromExcelSerial(0, '1904'))).toBe('1904-01-01');
    expect(isoFromDay(dayFromExcelSerial(45658 - 1462, '1904'))).toBe('2025-01-01');
    expect(excelSerialFromDay(dayFromIso('2025-01-01'), '1904')).toBe(45658 - 1462);
  });

  test('dayFromDate takes the UTC calendar date', () => {
    expect(dayFromDate(new Date(Date.UTC(2025, 0, 1, 23, 59)))).toBe(dayFromIso('2025-01-01'));
    expect(dayFromDate(new Date(NaN))).toBeNaN();
  });

  test('quarterOf gives label and bounds', () => {
    const q = quarterOf(dayFromIso('2026-11-23'));
    expect(q.label).toBe('2026-Q4');
    expect(isoFromDay(q.first)).toBe('2026-10-01');
    expect(isoFromDay(q.last)).toBe('2026-12-31');
    expect(isoFromDay(quarterOf(dayFromIso('2024-02-29')).last)).toBe('2024-03-31');
  });
});

describe('addYears', () => {
  test('moves to the same date, 29 February to 28 February', () => {
    expect(isoFromDay(addYears(dayFromIso('2026-09-30'), 10))).toBe('2036-09-30');
    expect(isoFromDay(addYears(dayFromIso('2024-02-29'), 1))).toBe('2025-02-28');
    expect(isoFromDay(addYears(dayFromIso('2024-02-29'), -4))).toBe('2020-02-29');
  });
});
