import { welchInterval } from './welchInterval';

describe('welchInterval', () => {
  test('SciPy reference: ttest_ind(equal_var=False).confidence_interval() = (−0.14283769387, 1.85712340815)', () => {
    const r = welchInterval([4, 5, 5, 3, 4, 5, 2, 4], [3, 3, 4, 2, 3, 4, 3])!;
    expect(r.difference).toBeCloseTo(6 / 7, 14);
    expect(r.lower).toBeCloseTo(-0.1428376938689423, 9);
    expect(r.upper).toBeCloseTo(1.8571234081546568, 9);
    expect(r.df).toBeCloseTo(12.06276150627615, 9);
    expect(r.p).toBeCloseTo(0.08645810597, 9);
  });

  test('by hand with df = 2: x = (0, 2), y = (3, 5): −3 ± t_{0.975,2} · √2, t_{0.975,2} = 4.30265273', () => {
    const r = welchInterval([0, 2], [3, 5])!;
    expect(r.difference).toBe(-3);
    expect(r.standardError).toBeCloseTo(Math.SQRT2, 14);
    expect(r.lower).toBeCloseTo(-3 - 4.302652729749462 * Math.SQRT2, 9);
    expect(r.upper).toBeCloseTo(-3 + 4.302652729749462 * Math.SQRT2, 9);
  });

  test('no interval where Welch has no test: fewer than 2 values, or both variances 0', () => {
    expect(welchInterval([1], [2, 3])).toBeNull();
    expect(welchInterval([1, 1], [2, 2])).toBeNull();
    expect(() => welchInterval([1, 2], [3, 4], 1)).toThrow(RangeError);
  });
});
