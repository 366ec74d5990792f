import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kaplanMeier } from './kaplanMeier';
import { survivalDifference } from './survivalDifference';

interface Reference {
  readonly z: number;
  readonly points: readonly { t: number; treatment: { survival: number; standardError: number }; placebo: { survival: number; standardError: number }; difference: number; lower: number; upper: number }[];
}
const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'survivalDifference.json'), 'utf8')) as Reference;
const groups = JSON.parse(readFileSync(join(__dirname, 'reference', 'kaplanMeier.json'), 'utf8').replace(/\bNaN\b/g, 'null')) as Record<'treatment' | 'placebo', { time: number[]; event: number[] }>;

describe('survivalDifference', () => {
  test('by hand: one event among four against no event', () => {
    // S_a(2) = 3/4, Var = (3/4)² · 1/(4 · 3) = 0.046875; S_b(2) = 1, Var = 0
    const d = survivalDifference(kaplanMeier([1, 3, 3, 3], [1, 0, 0, 0]), kaplanMeier([5, 5], [0, 0]), 2, 1.959964);
    expect(d.difference).toBeCloseTo(-0.25, 15);
    expect(d.standardError).toBeCloseTo(Math.sqrt(0.046875), 15);
    expect(d.lower).toBeCloseTo(-0.25 - 1.959964 * Math.sqrt(0.046875), 15);
    expect(d.upper).toBeCloseTo(-0.25 + 1.959964 * Math.sqrt(0.046875), 15);
  });

  test('before the first event both curves are 1 with no variance', () => {
    expect(survivalDifference(kaplanMeier([4], [1]), kaplanMeier([6], [1]), 1)).toEqual({ difference: 0, standardError: 0, lower: 0, upper: 0 });
  });

  test('a curve that reached 0 adds no variance', () => {
    // a: both have the event at 1 → S_a = 0; b: S_b(2) = 1/2 with Var = (1/2)² · 1/(2 · 1) = 1/8
    const d = survivalDifference(kaplanMeier([1, 1], [1, 1]), kaplanMeier([1, 3], [1, 0]), 2, 2);
    expect(d.difference).toBeCloseTo(-0.5, 15);
    expect(d.standardError).toBeCloseTo(Math.sqrt(1 / 8), 15);
  });

  test.each(reference.points.map((p) => [p.t, p]))('treatment − placebo at %d weeks: SciPy’s Greenwood errors (Freireich et al. 1963)', (_t, p) => {
    const d = survivalDifference(kaplanMeier(groups.treatment.time, groups.treatment.event), kaplanMeier(groups.placebo.time, groups.placebo.event), p.t, reference.z);
    expect(d.difference).toBeCloseTo(p.difference, 12);
    expect(d.standardError).toBeCloseTo(Math.hypot(p.treatment.standardError, p.placebo.standardError), 10);
    expect(d.lower).toBeCloseTo(p.lower, 10);
    expect(d.upper).toBeCloseTo(p.upper, 10);
  });

  test('refuses a time that is not a number', () => {
    expect(() => survivalDifference(kaplanMeier([1], [1]), kaplanMeier([1], [1]), Number.NaN)).toThrow(RangeError);
  });
});
