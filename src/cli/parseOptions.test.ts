import { dayFromIso } from '../calendar/dayFromIso';
import { futureAsOfReason, latestToday } from '../calendar/futureAsOf';
import { isoFromDay } from '../calendar/isoFromDay';
import { asOfOption } from './parseOptions';
import { UsageError } from './usageError';

const at = (iso: string) => () => new Date(iso);
// the machine's time zone decides the local date: today is computed, so the tests hold in any zone
const NOW = '2026-12-04T12:00:00Z';
const TODAY = latestToday(new Date(NOW));

describe('asOfOption', () => {
  test('a date written YYYY-MM-DD; today when absent', () => {
    expect(asOfOption('2026-09-30', at('2026-12-04T12:00:00Z'))).toBe(dayFromIso('2026-09-30'));
    expect(asOfOption(undefined, () => new Date(2026, 11, 4, 12))).toBe(dayFromIso('2026-12-04'));
    expect(() => asOfOption('30/09/2026')).toThrow(UsageError);
  });

  test('refresh and validate refuse a date after today, in one line that says why and what to do', () => {
    const refuse = { future: 'refuse' } as const;
    expect(() => asOfOption('2027-03-31', at(NOW), refuse)).toThrow(
      new UsageError(
        `--as-of 2027-03-31 is after today (${isoFromDay(TODAY)}): figures as of a date still to come would count planned dates as events that happened and everyone not yet gone as retained until then; give a date on or before today`,
      ),
    );
    const tomorrow = isoFromDay(TODAY + 1);
    expect(() => asOfOption(tomorrow, at(NOW), refuse)).toThrow(new RegExp(`^--as-of ${tomorrow} is after today \\(${isoFromDay(TODAY)}\\)`));
    expect(asOfOption(isoFromDay(TODAY), at(NOW), refuse)).toBe(TODAY);
    expect(asOfOption('2026-09-30', at(NOW), refuse)).toBe(dayFromIso('2026-09-30'));
    expect(() => asOfOption(undefined, at(NOW), refuse)).not.toThrow();
  });

  test('without `future: refuse` (cadre sample: where a synthetic history ends) a later date is allowed', () => {
    expect(asOfOption('2027-03-31', at(NOW))).toBe(dayFromIso('2027-03-31'));
  });
});

describe('latestToday and futureAsOfReason', () => {
  test('today is the later of the local and the UTC calendar date, so no zone refuses a date that is today by UTC', () => {
    const now = new Date('2026-12-04T23:30:00Z');
    const local = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000;
    expect(latestToday(now)).toBe(Math.max(local, dayFromIso('2026-12-04')));
    expect(latestToday(now)).toBeGreaterThanOrEqual(dayFromIso('2026-12-04'));
  });

  test('null on or before today; otherwise the reason, naming the date as the user gave it', () => {
    const today = dayFromIso('2026-12-04');
    expect(futureAsOfReason(today, today, '--as-of')).toBeNull();
    expect(futureAsOfReason(today - 1, today, '--as-of')).toBeNull();
    expect(futureAsOfReason(Number.NaN, today, '--as-of')).toBeNull();
    expect(futureAsOfReason(today + 1, today, 'The as-of date')).toMatch(/^The as-of date 2026-12-05 is after today \(2026-12-04\): /);
  });
});
