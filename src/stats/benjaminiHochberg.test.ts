import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benjaminiHochberg } from './benjaminiHochberg';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'benjaminiHochberg.json'), 'utf8')) as {
  p: number[];
  adjusted: number[];
};

describe('benjaminiHochberg', () => {
  test('SciPy reference (10 p-values), to the digits given (1e-9)', () => {
    const adjusted = benjaminiHochberg(reference.p);
    adjusted.forEach((x, i) => expect(Math.abs(x! - reference.adjusted[i])).toBeLessThan(1e-9));
  });

  test('the reference shuffled comes back in the shuffled order', () => {
    const order = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4];
    const adjusted = benjaminiHochberg(order.map((i) => reference.p[i]));
    adjusted.forEach((x, k) => expect(x).toBeCloseTo(reference.adjusted[order[k]], 9));
  });

  test('by hand: m = 3, p = 0.01, 0.04, 0.03 → 3·0.01/1 = 0.03; 3·0.03/2 = 0.045 → min(0.045, 0.04) = 0.04; 3·0.04/3 = 0.04', () => {
    expect(benjaminiHochberg([0.01, 0.04, 0.03])).toEqual([expect.closeTo(0.03, 15), expect.closeTo(0.04, 15), expect.closeTo(0.04, 15)]);
  });

  test('missing values are not tests: m counts only the valid ones and the gaps come back null', () => {
    // same as the case above with m = 3
    expect(benjaminiHochberg([0.01, null, 0.04, NaN, undefined, 0.03])).toEqual([
      expect.closeTo(0.03, 15),
      null,
      expect.closeTo(0.04, 15),
      null,
      null,
      expect.closeTo(0.04, 15),
    ]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([null, NaN])).toEqual([null, null]);
  });

  test('p = 0 stays 0, p = 1 stays 1, and the adjustment is capped at 1', () => {
    // m = 4: sorted 0, 0.5, 0.9, 1 → 4·1/4 = 1; 4·0.9/3 = 1.2 → 1; 4·0.5/2 = 1 → 1; 4·0/1 = 0
    expect(benjaminiHochberg([1, 0, 0.9, 0.5])).toEqual([1, 0, 1, 1]);
    expect(benjaminiHochberg([1])).toEqual([1]);
    expect(benjaminiHochberg([0.2])).toEqual([0.2]);
    // ties share one adjusted value: 0.02, 0.02 (m = 2) → 2·0.02/2 = 0.02 for both
    expect(benjaminiHochberg([0.02, 0.02])).toEqual([0.02, 0.02]);
  });

  test('the adjusted values are monotone in p, ≥ p, and ≤ 1 (random input)', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const p = Array.from({ length: 500 }, () => random() ** 3);
    const adjusted = benjaminiHochberg(p) as number[];
    const order = p.map((_, i) => i).sort((i, j) => p[i] - p[j]);
    for (let k = 1; k < order.length; k++) expect(adjusted[order[k]]).toBeGreaterThanOrEqual(adjusted[order[k - 1]]);
    adjusted.forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(p[i]);
      expect(x).toBeLessThanOrEqual(1);
    });
  });

  test('p outside [0, 1] is refused', () => {
    expect(() => benjaminiHochberg([0.5, 1.5])).toThrow(RangeError);
    expect(() => benjaminiHochberg([-0.1])).toThrow(RangeError);
  });
});
