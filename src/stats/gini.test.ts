import { gini } from './gini';

/** the definition itself, O(n²): Σ_i Σ_j |x_i − x_j| / (2 n² x̄) */
function giniByPairs(x: number[]): number {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  let sum = 0;
  for (const a of x) for (const b of x) sum += Math.abs(a - b);
  return sum / (2 * n * n * mean);
}

describe('gini', () => {
  test('by hand: 1, 2, 3 → Σ|x_i − x_j| = 2(1 + 2 + 1) = 8, 2 n² x̄ = 2·9·2 = 36 → 2/9', () => {
    expect(gini([3, 1, 2])).toBeCloseTo(2 / 9, 15);
  });

  test('by hand: one holder of everything → (n − 1)/n; equal shares → 0', () => {
    // 0, 0, 0, 5: pairs with the 5: 2·3·5 = 30; 2 n² x̄ = 2·16·1.25 = 40 → 3/4
    expect(gini([0, 0, 5, 0])).toBeCloseTo(0.75, 15);
    expect(gini([4, 4, 4, 4])).toBe(0);
    expect(gini([7])).toBe(0);
  });

  test('all zero is even (0); empty has no value (null)', () => {
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([])).toBeNull();
  });

  test('agrees with the pairwise definition on random counts (mentees per mentor)', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let rep = 0; rep < 30; rep++) {
      const x = Array.from({ length: 1 + Math.floor(random() * 80) }, () => Math.floor(random() * 6));
      if (x.every((v) => v === 0)) continue;
      expect(gini(x)).toBeCloseTo(giniByPairs(x), 13);
    }
  });

  test('100,000 values: 0, 1, …, n − 1 → (n + 1)/(3n); 100,000 equal values → 0', () => {
    // Σ_{i,j} |i − j| = 2 Σ_{d=1}^{n−1} d(n − d) = n(n − 1)(n + 1)/3; 2 n² x̄ = n²(n − 1) → (n + 1)/(3n)
    const n = 100_000;
    const ramp = Float64Array.from({ length: n }, (_, i) => n - 1 - i);
    expect(Math.abs(gini(ramp)! - (n + 1) / (3 * n))).toBeLessThan(1e-14);
    expect(gini(new Float64Array(n).fill(0.3))).toBeLessThan(1e-15);
  });

  test('negative or non-finite values are refused', () => {
    expect(() => gini([1, -1])).toThrow(RangeError);
    expect(() => gini([1, NaN])).toThrow(RangeError);
  });
});
