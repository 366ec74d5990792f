import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { chiSquaredSurvival } from './chiSquaredSurvival';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('chiSquaredSurvival', () => {
  test('textbook critical values: P(χ²₁ > 3.841459) = 0.05, P(χ²₅ > 11.0705) = 0.05, P(χ²₁₀ > 23.20925) = 0.01', () => {
    // printed χ² tables (e.g. Abramowitz & Stegun Table 26.8) to the digits shown
    expect(chiSquaredSurvival(3.841459, 1)).toBeCloseTo(0.05, 7);
    expect(chiSquaredSurvival(11.0705, 5)).toBeCloseTo(0.05, 6);
    expect(chiSquaredSurvival(23.20925, 10)).toBeCloseTo(0.01, 7);
  });

  test('even df have the closed form Q = e^(−x/2) Σ_{i<df/2} (x/2)^i / i!, far into the tail', () => {
    // df = 4: e^(−x/2)(1 + x/2); df = 6: e^(−x/2)(1 + x/2 + x²/8)
    for (const x of [0.5, 3, 7.9, 12, 40, 100, 300, 1000]) {
      expect(rel(chiSquaredSurvival(x, 4), Math.exp(-x / 2) * (1 + x / 2))).toBeLessThan(1e-12);
      expect(rel(chiSquaredSurvival(x, 6), Math.exp(-x / 2) * (1 + x / 2 + (x * x) / 8))).toBeLessThan(1e-12);
      expect(rel(chiSquaredSurvival(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-15);
    }
    // at x = 100, df = 4 the p-value is 51·e^(−50) ≈ 9.83e−21: 1 − cdf cannot give it
    expect(1 - chisquareCdf(100, 4)).toBe(0);
    expect(rel(chiSquaredSurvival(100, 4), 51 * Math.exp(-50))).toBeLessThan(1e-12);
  });

  test('df = 3 has Q = 2Φ(−√x) + √(2x/π)·e^(−x/2); df = 1 is 2Φ(−√x)', () => {
    for (const x of [0.2, 2, 6, 30, 90, 200]) {
      const q3 = 2 * normalCdf(-Math.sqrt(x), 0, 1) + Math.sqrt((2 * x) / Math.PI) * Math.exp(-x / 2);
      expect(rel(chiSquaredSurvival(x, 3), q3)).toBeLessThan(1e-12);
    }
    // 2Φ(−√x) at x = 16 is 2Φ(−4) = 6.334248366623996e−5 (normal table: Φ(−4) = 3.167124183e−5)
    expect(rel(chiSquaredSurvival(16, 1), 6.334248366e-5)).toBeLessThan(1e-9);
  });

  test('agrees with 1 − cdf where that is accurate, and handles the ends', () => {
    for (const df of [3, 5, 7.5, 20, 50]) {
      for (const x of [0.1, df / 2, df, df + 3, 2 * df + 5]) {
        const q = 1 - chisquareCdf(x, df);
        expect(Math.abs(chiSquaredSurvival(x, df) - q)).toBeLessThan(1e-13);
      }
    }
    expect(chiSquaredSurvival(0, 3)).toBe(1);
    expect(chiSquaredSurvival(-1, 3)).toBe(1);
    expect(chiSquaredSurvival(Infinity, 3)).toBe(0);
    expect(() => chiSquaredSurvival(1, 0)).toThrow(RangeError);
    expect(() => chiSquaredSurvival(NaN, 2)).toThrow(RangeError);
  });
});
