import { tInterval } from './tInterval';

describe('tInterval', () => {
  test('by hand: 1, 2, 3, 4, 5 → mean 3, s = √2.5, se = √0.5, t_{0.975,4} = 2.776445105 (t table)', () => {
    const r = tInterval([1, 2, 3, 4, 5]);
    expect(r.n).toBe(5);
    expect(r.mean).toBe(3);
    expect(r.sd).toBeCloseTo(Math.sqrt(2.5), 15);
    // half width 2.776445105 · 0.707106781 = 1.963243
    expect(r.lower).toBeCloseTo(3 - 2.776445105 * Math.sqrt(0.5), 8);
    expect(r.upper).toBeCloseTo(3 + 2.776445105 * Math.sqrt(0.5), 8);
  });

  test('level 0.99 uses t_{0.995,4} = 4.604094871; df = 1 has t_{0.975,1} = tan(0.475π) = 12.7062047', () => {
    const r = tInterval([1, 2, 3, 4, 5], 0.99);
    expect(r.upper! - 3).toBeCloseTo(4.604094871 * Math.sqrt(0.5), 8);
    // two values 0 and 2: mean 1, s = √2, se = 1; the t₁ (Cauchy) quantile is tan(π(p − 1/2))
    const two = tInterval(Float64Array.of(0, 2));
    expect(two.upper! - 1).toBeCloseTo(Math.tan(0.475 * Math.PI), 9);
  });

  test('n < 2: no interval; n = 0: no mean; constant values: a zero-width interval', () => {
    expect(tInterval([])).toEqual({ n: 0, mean: null, sd: null, lower: null, upper: null });
    expect(tInterval([4.5])).toEqual({ n: 1, mean: 4.5, sd: null, lower: null, upper: null });
    expect(tInterval([7, 7, 7])).toEqual({ n: 3, mean: 7, sd: 0, lower: 7, upper: 7 });
  });

  test('bad input is refused', () => {
    expect(() => tInterval([1, 2], 1)).toThrow(RangeError);
    expect(() => tInterval([1, 2], 0)).toThrow(RangeError);
    expect(() => tInterval([1, NaN])).toThrow(RangeError);
  });
});
