import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cumulativeIncidence } from './cumulativeIncidence';
import { incidenceAt } from './incidenceAt';
import { incidenceMedian } from './incidenceMedian';
import { kaplanMeier } from './kaplanMeier';
import { mulberry32 } from './seededRandom.test-helpers';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'cumulativeIncidence.json'), 'utf8')) as {
  time: number[];
  cause: number[];
  expected: { time: number; atRisk: number; ready: number; left: number; cumulative: number }[];
};

describe('cumulativeIncidence', () => {
  test('the reference table (hand-computed Aalen–Johansen) to 1e-9', () => {
    const curve = cumulativeIncidence(reference.time, reference.cause);
    expect(curve.points).toHaveLength(reference.expected.length);
    curve.points.forEach((p, i) => {
      const e = reference.expected[i];
      expect([p.time, p.atRisk, p.events1, p.events2]).toEqual([e.time, e.atRisk, e.ready, e.left]);
      expect(Math.abs(p.cumulative - e.cumulative)).toBeLessThan(1e-9);
    });
    // the last F is 0.4907 < 0.5: no median; counts 5 ready, 3 left, 4 censored
    expect(incidenceMedian(curve)).toBeNull();
    expect([curve.n, curve.events1, curve.events2, curve.censored, curve.lastTime]).toEqual([12, 5, 3, 4, 15]);
    expect(incidenceAt(curve, 11.9)).toBeCloseTo(0.3796296296, 9);
    expect(incidenceAt(curve, 100)).toBeCloseTo(0.4907407407, 9);
  });

  test('by hand: exact fractions of the reference steps', () => {
    // t = 2: n = 12, 1 ready: F = 1/12, S = 11/12
    // t = 3: n = 11, 1 left (and 1 censored, still at risk): S = 10/12
    // t = 5: n = 9: F += (10/12)/9 = 5/54 → F = 19/108; S = 10/12 · 8/9 = 20/27
    // t = 6: n = 8, 1 ready + 1 left: F += (20/27)/8 = 5/54 → 29/108; S = 20/27 · 6/8 = 5/9
    const f = cumulativeIncidence(reference.time, reference.cause).points.map((p) => p.cumulative);
    expect(f[0]).toBeCloseTo(1 / 12, 15);
    expect(f[2]).toBeCloseTo(19 / 108, 15);
    expect(f[3]).toBeCloseTo(29 / 108, 15);
  });

  test('empty input and all censored: no steps, F = 0', () => {
    const empty = cumulativeIncidence([], []);
    expect(empty).toEqual({ n: 0, events1: 0, events2: 0, censored: 0, lastTime: null, points: [] });
    expect(incidenceAt(empty, 5)).toBe(0);
    expect(incidenceMedian(empty)).toBeNull();
    const censored = cumulativeIncidence(Float64Array.of(1, 2, 3), Uint8Array.of(0, 0, 0));
    expect(censored.points).toEqual([]);
    expect(incidenceAt(censored, 10)).toBe(0);
  });

  test('no competing events: F = 1 − Kaplan–Meier; only competing events: F = 0', () => {
    // all ready at 1, 2, 3, 4: F = 1/4, 1/2, 3/4, 1, median 2
    const all1 = cumulativeIncidence([4, 3, 2, 1], [1, 1, 1, 1]);
    expect(all1.points.map((p) => p.cumulative)).toEqual([0.25, 0.5, 0.75, 1].map((x) => expect.closeTo(x, 15)));
    expect(incidenceMedian(all1)).toBe(2);
    const all2 = cumulativeIncidence([4, 3, 2, 1], [2, 2, 2, 2]);
    expect(all2.points.map((p) => p.cumulative)).toEqual([0, 0, 0, 0]);
    expect(all2.points.map((p) => p.survival)).toEqual([0.75, 0.5, 0.25, 0].map((x) => expect.closeTo(x, 15)));
    expect(incidenceMedian(all2)).toBeNull();
  });

  test('ties: events of both causes and a censoring at the same time; the censored one is still at risk', () => {
    // t = 2: n = 5, 2 ready, 1 left: F = 1 · 2/5 = 0.4, S = 2/5; censored in [2, ∞): the 2 and the 5
    const curve = cumulativeIncidence([2, 2, 2, 2, 5], [1, 2, 0, 1, 0]);
    expect(curve.points).toEqual([{ time: 2, atRisk: 5, events1: 2, events2: 1, censored: 2, survival: 0.4, cumulative: 0.4 }]);
    expect(incidenceAt(curve, 1.99)).toBe(0);
    expect(incidenceAt(curve, 2)).toBe(0.4);
    expect(incidenceMedian(curve)).toBeNull();
  });

  test('1 − KM of readiness alone overstates: left at 1, ready at 2 → F(2) = 1/2, not 1', () => {
    // t = 1: n = 2, 1 left: F = 0, S = 1/2; t = 2: n = 1, 1 ready: F = 1/2 · 1/1 = 1/2
    const curve = cumulativeIncidence([1, 2], [2, 1]);
    expect(incidenceAt(curve, 2)).toBe(0.5);
    expect(incidenceMedian(curve)).toBe(2);
    const naive = kaplanMeier([1, 2], [0, 1]);
    expect(1 - naive.points[0].survival).toBe(1);
    // the all-cause survival reaches 0 with n_i = events: no further steps
    expect(curve.points[1].survival).toBe(0);
  });

  test('F₁ + F₂ = 1 − S, and S is the Kaplan–Meier of either event, on random data with ties', () => {
    const random = mulberry32(2024);
    const n = 500;
    const times: number[] = [];
    const causes: number[] = [];
    for (let i = 0; i < n; i++) {
      times.push(Math.floor(random() * 60));
      causes.push(Math.floor(random() * 3));
    }
    const f1 = cumulativeIncidence(times, causes);
    const f2 = cumulativeIncidence(times, causes.map((c) => (c === 0 ? 0 : 3 - c)));
    const km = kaplanMeier(times, causes.map((c) => (c === 0 ? 0 : 1)));
    expect(f1.points.map((p) => p.time)).toEqual(km.points.map((p) => p.time));
    f1.points.forEach((p, i) => {
      expect(p.survival).toBeCloseTo(km.points[i].survival, 13);
      expect(p.atRisk).toBe(km.points[i].atRisk);
      expect(p.cumulative + f2.points[i].cumulative).toBeCloseTo(1 - p.survival, 13);
    });
  });

  test('100,000 records, causes 1 and 2 alternating at times 1..n: each step adds exactly 1/n to F', () => {
    // at the i-th time S(t_i−) = (n − i + 1)/n and n_i = n − i + 1, so a cause-1 step adds S(t_i−)/n_i = 1/n
    const n = 100_000;
    const times = Float64Array.from({ length: n }, (_, i) => i + 1);
    const causes = Uint8Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 2));
    const curve = cumulativeIncidence(times, causes);
    expect(curve.points).toHaveLength(n);
    for (const k of [1, 2, 999, 50_001, 99_999, 100_000]) {
      const expected = Math.ceil(k / 2) / n;
      expect(Math.abs(incidenceAt(curve, k) - expected) / expected).toBeLessThan(1e-10);
    }
    // F reaches exactly 1/2 at the last cause-1 time, 99,999
    expect(incidenceMedian(curve)).toBe(99_999);
  });

  test('bad input is refused', () => {
    expect(() => cumulativeIncidence([1, 2], [1])).toThrow(RangeError);
    expect(() => cumulativeIncidence([1, 2], [1, 3])).toThrow(RangeError);
    expect(() => cumulativeIncidence([1, -2], [1, 1])).toThrow(RangeError);
    expect(() => cumulativeIncidence([1, NaN], [1, 1])).toThrow(RangeError);
  });
});
