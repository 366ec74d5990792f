import { meanAndVariance } from './meanAndVariance';

describe('meanAndVariance', () => {
  test('by hand: 2, 4, 4, 4, 5, 5, 7, 9 → mean 5, Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32, s² = 32/7', () => {
    const r = meanAndVariance([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(r.n).toBe(8);
    expect(r.mean).toBe(5);
    expect(r.variance).toBeCloseTo(32 / 7, 15);
  });

  test('empty: nothing; one value: a mean but no variance', () => {
    expect(meanAndVariance([])).toEqual({ n: 0, mean: null, variance: null });
    expect(meanAndVariance(Float64Array.of(3))).toEqual({ n: 1, mean: 3, variance: null });
  });

  test('100,000 values of 0.1: mean 0.1 (naive summation drifts by ~2e−13), variance 0', () => {
    const r = meanAndVariance(new Float64Array(100_000).fill(0.1));
    expect(r.mean).toBe(0.1);
    expect(r.variance!).toBeLessThan(1e-30);
  });

  test('100,000 values alternating 1e9 and 1e9 + 1: mean 1e9 + 0.5, s² = 0.25 · n/(n − 1)', () => {
    // the textbook one-pass formula (Σx² − n x̄²)/(n − 1) loses every digit here (Σx² ≈ 1e23)
    const n = 100_000;
    const values = Float64Array.from({ length: n }, (_, i) => 1e9 + (i % 2));
    const r = meanAndVariance(values);
    expect(r.mean).toBe(1e9 + 0.5);
    expect(Math.abs(r.variance! - (0.25 * n) / (n - 1))).toBeLessThan(1e-12);
  });

  test('non-finite values are refused', () => {
    expect(() => meanAndVariance([1, Infinity])).toThrow(RangeError);
    expect(() => meanAndVariance([NaN])).toThrow(RangeError);
  });
});
