import { standardizedMeanDifference } from './standardizedMeanDifference';

describe('standardizedMeanDifference', () => {
  test('a 0/1 indicator by hand: p₁ = 0.5, p₀ = 0.3 → 0.2 / √((0.25 + 0.21)/2) = 0.2 / √0.23', () => {
    expect(standardizedMeanDifference(0.5, 0.5 * 0.5, 0.3, 0.3 * 0.7)).toBeCloseTo(0.2 / Math.sqrt(0.23), 14);
    expect(standardizedMeanDifference(0.5, 0.25, 0.3, 0.21)).toBeCloseTo(0.417029, 6);
  });

  test('a numeric variable by hand: x = (2, 4), y = (1, 1, 4) with divisor-n variances', () => {
    // x̄₁ = 3, s₁² = (1 + 1)/2 = 1; x̄₀ = 2, s₀² = (1 + 1 + 4)/3 = 2; SMD = 1/√1.5
    expect(standardizedMeanDifference(3, 1, 2, 2)).toBeCloseTo(1 / Math.sqrt(1.5), 14);
    // the sign follows group 1 − group 0
    expect(standardizedMeanDifference(2, 2, 3, 1)).toBeCloseTo(-1 / Math.sqrt(1.5), 14);
  });

  test('both variances 0: 0, as impact.md says (even with different means)', () => {
    expect(standardizedMeanDifference(4, 0, 4, 0)).toBe(0);
    expect(standardizedMeanDifference(1, 0, 0, 0)).toBe(0);
  });

  test('bad input is refused', () => {
    expect(() => standardizedMeanDifference(NaN, 1, 0, 1)).toThrow(RangeError);
    expect(() => standardizedMeanDifference(0, -1, 0, 1)).toThrow(RangeError);
    expect(() => standardizedMeanDifference(0, 1, 0, Infinity)).toThrow(RangeError);
  });
});
