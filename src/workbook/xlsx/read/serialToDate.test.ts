import { serialToDate } from './serialToDate';

// Serials from Excel's own date system: 1 = 1900-01-01, 60 = the 29 February 1900 Excel counts
// (Lotus 1-2-3's leap-year error), 61 = 1900-03-01, 45000 = 2023-03-15; in the 1904 system 0 = 1904-01-01.
describe('serialToDate', () => {
  test.each([
    [1, '1900-01-01T00:00:00.000Z'],
    [59, '1900-02-28T00:00:00.000Z'],
    [61, '1900-03-01T00:00:00.000Z'],
    [45000, '2023-03-15T00:00:00.000Z'],
    [45000.5, '2023-03-15T12:00:00.000Z'],
    [0.25, '1899-12-30T06:00:00.000Z'],
    [2958465, '9999-12-31T00:00:00.000Z'],
  ])('1900 system: %p is %s', (serial, iso) => expect(serialToDate(serial, '1900')?.toISOString()).toBe(iso));

  test.each([
    [0, '1904-01-01T00:00:00.000Z'],
    [43538, '2023-03-15T00:00:00.000Z'], // 45000 - 1462
  ])('1904 system: %p is %s', (serial, iso) => expect(serialToDate(serial, '1904')?.toISOString()).toBe(iso));

  test('serials with no date give undefined', () => {
    expect(serialToDate(60, '1900')).toBeUndefined();
    expect(serialToDate(-1, '1900')).toBeUndefined();
    expect(serialToDate(2958466, '1900')).toBeUndefined();
    expect(serialToDate(Number.NaN, '1904')).toBeUndefined();
  });
});
