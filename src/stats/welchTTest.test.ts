import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { welchTTest } from './welchTTest';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'welch.json'), 'utf8')) as {
  x: number[];
  y: number[];
  t: number;
  p: number;
};

describe('welchTTest', () => {
  test('SciPy reference: t = 1.8665130505, p = 0.08645810597 (to 1e-9 relative)', () => {
    const r = welchTTest(reference.x, reference.y)!;
    expect(Math.abs(r.t - reference.t) / reference.t).toBeLessThan(1e-9);
    expect(Math.abs(r.p - reference.p) / reference.p).toBeLessThan(1e-9);
  });

  test('the reference by hand: x̄ = 4, s_x² = 8/7; ȳ = 22/7, s_y² = 10/21', () => {
    // s_x²/n_x = 1/7, s_y²/n_y = 10/147, sum 31/147; t = (6/7)/√(31/147)
    // df = (31/147)² / ((1/7)²/7 + (10/147)²/6)
    const r = welchTTest(reference.x, reference.y)!;
    expect(r.t).toBeCloseTo(6 / 7 / Math.sqrt(31 / 147), 14);
    expect(r.df).toBeCloseTo((31 / 147) ** 2 / ((1 / 7) ** 2 / 7 + (10 / 147) ** 2 / 6), 12);
    // the sign follows x − y
    expect(welchTTest(reference.y, reference.x)!.t).toBeCloseTo(-r.t, 14);
  });

  test('by hand with df = 2: x = (0, 2), y = (3, 5): t = −3/√2, df = 2, p = 1 − 3/√13', () => {
    // s² = 2 in both, se = √(2/2 + 2/2) = √2; df = 2²/(1/1 + 1/1) = 2
    // t₂ CDF: F(t) = 1/2 + t/(2√(2 + t²)) → p = 2F(−|t|) = 1 − |t|/√(2 + t²) = 1 − √4.5/√6.5 = 1 − 3/√13
    const r = welchTTest([0, 2], [3, 5])!;
    expect(r.t).toBeCloseTo(-3 / Math.SQRT2, 14);
    expect(r.df).toBeCloseTo(2, 14);
    expect(r.p).toBeCloseTo(1 - 3 / Math.sqrt(13), 12);
  });

  test('an extreme difference keeps a tiny p accurate (df = 2 stable form p = 2/(√(2+t²)(√(2+t²)+|t|)))', () => {
    const shift = 1e6;
    const r = welchTTest([0, 2], [3 + shift, 5 + shift])!;
    const t = (3 + shift) / Math.SQRT2;
    const root = Math.sqrt(2 + t * t);
    const p = 2 / (root * (root + t));
    expect(r.p).toBeGreaterThan(0);
    expect(Math.abs(r.p - p) / p).toBeLessThan(1e-9);
  });

  test('equal samples give t = 0, p = 1; no test with n < 2 or with no variance at all', () => {
    const same = welchTTest([1, 2, 3], [3, 2, 1])!;
    expect(same.t).toBe(0);
    expect(same.p).toBe(1);
    expect(welchTTest([1], [1, 2, 3])).toBeNull();
    expect(welchTTest([], [])).toBeNull();
    expect(welchTTest([2, 2, 2], [5, 5])).toBeNull();
    // one constant sample is fine: x = (4, 4, 4), y = (1, 3): t = (4 − 2)/√(0 + 2/2) = 2, df = 1²/(1/1) = 1
    const one = welchTTest([4, 4, 4], [1, 3])!;
    expect(one.t).toBeCloseTo(2, 14);
    expect(one.df).toBeCloseTo(1, 14);
    // t₁ is Cauchy: p = 2·(1/2 − atan(2)/π) = 1 − 2·atan(2)/π
    expect(one.p).toBeCloseTo(1 - (2 * Math.atan(2)) / Math.PI, 12);
  });
});
