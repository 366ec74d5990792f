import gammaln from '@stdlib/math-base-special-gammaln';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fisherExact } from './fisherExact';
import { mulberry32 } from './seededRandom.test-helpers';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'fisherExact.json'), 'utf8')) as {
  cases: { table: [[number, number], [number, number]]; p: number }[];
};

/** an independent oracle: the whole support in log space with log-factorials (ln Γ), R's rule */
function fisherByLogFactorials(a: number, b: number, c: number, d: number): number {
  const lchoose = (n: number, k: number) => gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1);
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const logP = (x: number) => lchoose(r1, x) + lchoose(r2, c1 - x) - lchoose(r1 + r2, c1);
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, c1 - r2); x <= Math.min(r1, c1); x++) {
    const lp = logP(x);
    if (lp <= observed + Math.log1p(1e-7)) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

const relativeError = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);

describe('fisherExact', () => {
  test.each(reference.cases)('SciPy reference $table → p = $p (to 1e-9 relative)', ({ table, p }) => {
    const [[a, b], [c, d]] = table;
    expect(relativeError(fisherExact(a, b, c, d), p)).toBeLessThan(1e-9);
  });

  test('by hand: [[3, 1], [1, 3]]: P(x) = C(4, x)² / 70 = 1, 16, 36, 16, 1 (/70); p = (1 + 16 + 16 + 1)/70', () => {
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(34 / 70, 15);
    // the most likely table (x = 2) has p = 1
    expect(fisherExact(2, 2, 2, 2)).toBe(1);
  });

  test('by hand: [[0, 5], [5, 0]]: the two extreme tables each have P = 1/C(10, 5) = 1/252 → p = 2/252', () => {
    expect(fisherExact(0, 5, 5, 0)).toBeCloseTo(2 / 252, 15);
    expect(fisherExact(5, 0, 0, 5)).toBeCloseTo(2 / 252, 15);
  });

  test('one possible table (a zero margin) or an empty table: p = 1', () => {
    expect(fisherExact(0, 0, 3, 4)).toBe(1);
    expect(fisherExact(0, 3, 0, 4)).toBe(1);
    expect(fisherExact(0, 0, 0, 0)).toBe(1);
    expect(fisherExact(7, 0, 0, 0)).toBe(1);
  });

  test('p at the extreme: [[0, 500], [500, 0]] → 2 / C(1000, 500) ≈ 7.4e−300, not 0', () => {
    const expected = 2 * Math.exp(2 * gammaln(501) - gammaln(1001));
    expect(expected).toBeGreaterThan(1e-300);
    expect(relativeError(fisherExact(0, 500, 500, 0), expected)).toBeLessThan(1e-9);
    // further out the probabilities underflow and p is reported as 0 (the true p is ~1e−30000)
    expect(fisherExact(0, 50_000, 50_000, 0)).toBe(0);
  });

  test('huge tables (n = 100,000) agree with the log-factorial oracle', () => {
    const tables: [number, number, number, number][] = [
      [5000, 45000, 5200, 44800],
      [120, 49880, 160, 49840],
      [30000, 20000, 29500, 20500],
      [3, 99990, 5, 2],
      [10, 40, 40000, 59950],
    ];
    for (const [a, b, c, d] of tables) {
      const p = fisherExact(a, b, c, d);
      const oracle = fisherByLogFactorials(a, b, c, d);
      expect(relativeError(p, oracle)).toBeLessThan(1e-8);
    }
  });

  test('random tables: oracle, and the symmetries (swap rows, swap columns, transpose)', () => {
    const random = mulberry32(7);
    for (let rep = 0; rep < 200; rep++) {
      const size = 1 + Math.floor(random() * 300);
      const [a, b, c, d] = [0, 0, 0, 0].map(() => Math.floor(random() * size));
      const p = fisherExact(a, b, c, d);
      expect(relativeError(p, fisherByLogFactorials(a, b, c, d))).toBeLessThan(1e-9);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
      expect(relativeError(fisherExact(c, d, a, b), p)).toBeLessThan(1e-12);
      expect(relativeError(fisherExact(b, a, d, c), p)).toBeLessThan(1e-12);
      expect(relativeError(fisherExact(a, c, b, d), p)).toBeLessThan(1e-12);
    }
  });

  test('bad input is refused', () => {
    expect(() => fisherExact(-1, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExact(1, 2, NaN, 4)).toThrow(RangeError);
  });
});
