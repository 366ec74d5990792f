import { lastIndexAtOrBefore } from './lastIndexAtOrBefore';

describe('lastIndexAtOrBefore', () => {
  const points = [{ time: 1 }, { time: 3 }, { time: 3.5 }, { time: 10 }];
  test('before, at, between and after the points (right-continuous: at a time, that point)', () => {
    expect(lastIndexAtOrBefore(points, 0)).toBe(-1);
    expect(lastIndexAtOrBefore(points, 1)).toBe(0);
    expect(lastIndexAtOrBefore(points, 2.9)).toBe(0);
    expect(lastIndexAtOrBefore(points, 3)).toBe(1);
    expect(lastIndexAtOrBefore(points, 3.5)).toBe(2);
    expect(lastIndexAtOrBefore(points, 9.99)).toBe(2);
    expect(lastIndexAtOrBefore(points, 10)).toBe(3);
    expect(lastIndexAtOrBefore(points, Infinity)).toBe(3);
    expect(lastIndexAtOrBefore(points, -Infinity)).toBe(-1);
    expect(lastIndexAtOrBefore([], 5)).toBe(-1);
  });
  test('NaN is refused', () => {
    expect(() => lastIndexAtOrBefore(points, NaN)).toThrow(RangeError);
  });
});
