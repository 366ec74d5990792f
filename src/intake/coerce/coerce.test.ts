import { dayFromIso } from '../../calendar/dayFromIso';
import { coerceBool } from './coerceBool';
import { coerceDate, type DateContext } from './coerceDate';
import { coerceEnum, enumLookup } from './coerceEnum';
import { coerceId } from './coerceId';
import { coerceLevel } from './coerceLevel';
import { coerceInt, coerceNumber } from './coerceNumber';
import { Invalid } from './invalid';
import { parseTextDate } from './parseTextDate';

const ctx: DateContext = { dateSystem: '1900', earliest: dayFromIso('1950-01-01'), latest: dayFromIso('2036-09-30') };
const day = (iso: string) => dayFromIso(iso);
const code = (v: unknown) => (v instanceof Invalid ? v.code : 'ok');

describe('ids', () => {
  test('numbers are read as their text and text is trimmed: 1042 and "1042" are one id', () => {
    expect(coerceId(1042)).toBe('1042');
    expect(coerceId(' 1042 ')).toBe('1042');
    expect(code(coerceId(true))).toBe('missing-value');
    expect(code(coerceId(new Date(0)))).toBe('missing-value');
  });
});

describe('numbers', () => {
  test('numbers given as text are read as numbers', () => {
    expect(coerceNumber(' 4.0 ')).toBe(4);
    expect(coerceNumber('-2.5')).toBe(-2.5);
    expect(coerceNumber('1e3')).toBe(1000);
    expect(code(coerceNumber('four'))).toBe('bad-number');
    expect(code(coerceNumber('4,5'))).toBe('bad-number');
    expect(code(coerceNumber(Infinity))).toBe('bad-number');
  });
  test('whole numbers reject fractions', () => {
    expect(coerceInt('3')).toBe(3);
    expect(coerceInt(3.0)).toBe(3);
    expect(code(coerceInt(3.5))).toBe('bad-number');
  });
});

describe('booleans', () => {
  test.each([
    ['Y', true], ['yes', true], ['TRUE', true], [1, true], ['x', true], [true, true],
    ['N', false], ['No', false], ['false', false], [0, false], ['0', false], [false, false],
  ])('%p is %p', (input, expected) => expect(coerceBool(input)).toBe(expected));
  test('anything else is reported', () => {
    expect(code(coerceBool('maybe'))).toBe('bad-bool');
    expect(code(coerceBool(2))).toBe('bad-bool');
  });
});

describe('enums', () => {
  const exitType = enumLookup({ Voluntary: ['Resigned', 'Resignation'], Involuntary: ['Terminated', 'Laid off'] });
  test('matched after folding case and spaces, with synonyms', () => {
    expect(coerceEnum('voluntary', exitType)).toBe('Voluntary');
    expect(coerceEnum(' RESIGNED ', exitType)).toBe('Voluntary');
    expect(coerceEnum('laid-off', exitType)).toBe('Involuntary');
    expect(coerceEnum('Laidoff', exitType)).toBe('Involuntary');
  });
  test('an unknown value lists the allowed ones', () => {
    const r = coerceEnum('Quit-ish', exitType);
    expect(r).toBeInstanceOf(Invalid);
    expect((r as Invalid).fix).toContain('Voluntary, Involuntary');
  });
});

describe('levels', () => {
  test('numeric where possible', () => {
    expect(coerceLevel(7)).toEqual({ text: '7', number: 7 });
    expect(coerceLevel('L7')).toEqual({ text: 'L7', number: 7 });
    expect(coerceLevel('Grade 9')).toEqual({ text: 'Grade 9', number: 9 });
    expect(coerceLevel('Director')).toEqual({ text: 'Director' });
  });
});

describe('text dates', () => {
  test('ISO and month names are unambiguous', () => {
    expect(parseTextDate('2025-03-01', undefined)).toEqual({ day: day('2025-03-01') });
    expect(parseTextDate('2025-03-01T00:00:00Z', undefined)).toEqual({ day: day('2025-03-01') });
    expect(parseTextDate('2025/3/1', undefined)).toEqual({ day: day('2025-03-01') });
    expect(parseTextDate('1 Mar 2025', undefined)).toEqual({ day: day('2025-03-01') });
    expect(parseTextDate('Mar 1, 2025', undefined)).toEqual({ day: day('2025-03-01') });
    expect(parseTextDate('01-Mar-25', undefined)).toEqual({ day: day('2025-03-01') });
    expect(parseTextDate('March 1st 2025', undefined)).toEqual({ day: day('2025-03-01') });
  });
  test('03/04/2025 with no order is ambiguous: both readings, never a guess', () => {
    expect(parseTextDate('03/04/2025', undefined)).toEqual({ ambiguous: [day('2025-04-03'), day('2025-03-04')] });
  });
  test('a part above 12, or equal parts, decide the order', () => {
    expect(parseTextDate('13/04/2025', undefined)).toEqual({ day: day('2025-04-13') });
    expect(parseTextDate('04/13/2025', undefined)).toEqual({ day: day('2025-04-13') });
    expect(parseTextDate('05/05/2025', undefined)).toEqual({ day: day('2025-05-05') });
  });
  test('the locale order reads the ambiguous ones', () => {
    expect(parseTextDate('03/04/2025', 'DMY')).toEqual({ day: day('2025-04-03') });
    expect(parseTextDate('03/04/2025', 'MDY')).toEqual({ day: day('2025-03-04') });
    expect(parseTextDate('03.04.2025', 'DMY')).toEqual({ day: day('2025-04-03') });
  });
  test('two-digit years as Excel reads them (00-29 → 20xx, 30-99 → 19xx)', () => {
    expect(parseTextDate('13/04/25', undefined)).toEqual({ day: day('2025-04-13') });
    expect(parseTextDate('13/04/75', undefined)).toEqual({ day: day('1975-04-13') });
  });
  test('dates that do not exist, and non-dates, are invalid', () => {
    expect(parseTextDate('31/02/2025', undefined)).toEqual({ invalid: true });
    expect(parseTextDate('2025-02-30', undefined)).toEqual({ invalid: true });
    expect(parseTextDate('1 Foo 2025', undefined)).toEqual({ invalid: true });
    expect(parseTextDate('soon', undefined)).toEqual({ invalid: true });
  });
});

describe('coerceDate', () => {
  test('serials in the 1900 and 1904 systems, Dates and text', () => {
    expect(coerceDate(45658, ctx)).toBe(day('2025-01-01'));
    expect(coerceDate(45658 - 1462, { ...ctx, dateSystem: '1904' })).toBe(day('2025-01-01'));
    expect(coerceDate(new Date(Date.UTC(2025, 0, 1)), ctx)).toBe(day('2025-01-01'));
    expect(coerceDate('2025-01-01', ctx)).toBe(day('2025-01-01'));
    expect(coerceDate('45658', ctx)).toBe(day('2025-01-01'));
  });
  test('implausible dates: before 1950 or after as-of + 10 years', () => {
    expect(code(coerceDate('1949-12-31', ctx))).toBe('implausible-date');
    expect(coerceDate('1950-01-01', ctx)).toBe(day('1950-01-01'));
    expect(coerceDate('2036-09-30', ctx)).toBe(day('2036-09-30'));
    expect(code(coerceDate('2036-10-01', ctx))).toBe('implausible-date');
    expect(code(coerceDate(5, ctx))).toBe('implausible-date');
  });
  test('ambiguous and bad dates say so', () => {
    expect(code(coerceDate('03/04/2025', ctx))).toBe('ambiguous-date');
    expect(code(coerceDate('03/04/2025', { ...ctx, dateOrder: 'DMY' }))).toBe('ok');
    expect(code(coerceDate(true, ctx))).toBe('bad-date');
    expect(code(coerceDate('next week', ctx))).toBe('bad-date');
  });
});
