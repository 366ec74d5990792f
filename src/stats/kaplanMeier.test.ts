import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kaplanMeier, type KaplanMeierCurve } from './kaplanMeier';
import { kmMedian } from './kmMedian';
import { restrictedMean } from './restrictedMean';
import { survivalAt } from './survivalAt';
import { survivalBandAt } from './survivalBandAt';

interface ReferencePoint {
  time: number;
  survival: number;
  lower: number | null;
  upper: number | null;
}
interface ReferenceGroup {
  time: number[];
  event: number[];
  expected: ReferencePoint[];
}
// kaplanMeier.json has bare NaN tokens (not JSON): they stand for "undefined bound" → null
const reference = JSON.parse(
  readFileSync(join(__dirname, 'reference', 'kaplanMeier.json'), 'utf8').replace(/\bNaN\b/g, 'null'),
) as { treatment: ReferenceGroup; placebo: ReferenceGroup };

const Z = 1.959964;
/** the spec's band formula, written independently of the implementation: exp(−exp(ln(−ln S) ∓ z√G / ln S)) */
function band(s: number, g: number, z = Z): [number, number] {
  const lnS = Math.log(s);
  return [Math.exp(-Math.exp(Math.log(-lnS) - (z * Math.sqrt(g)) / lnS)), Math.exp(-Math.exp(Math.log(-lnS) + (z * Math.sqrt(g)) / lnS))];
}
const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('kaplanMeier against SciPy stats.ecdf on Freireich et al. (1963)', () => {
  // SciPy uses the exact quantile Φ⁻¹(0.975) = 1.959963984540054, not the spec's rounded 1.959964;
  // with the rounded z the bounds differ from SciPy's by up to ~3e-9 (checked below).
  const zSciPy = normalQuantile(0.975, 0, 1);
  for (const name of ['treatment', 'placebo'] as const) {
    test(`${name}: every step's S and log-log band to 1e-9 (with SciPy's exact z)`, () => {
      const g = reference[name];
      const curve = kaplanMeier(g.time, g.event, { z: zSciPy });
      expect(curve.points.map((p) => p.time)).toEqual(g.expected.map((p) => p.time));
      curve.points.forEach((p, i) => {
        const e = g.expected[i];
        expect(Math.abs(p.survival - e.survival)).toBeLessThan(1e-9);
        if (e.lower === null || e.upper === null) {
          expect(p.lower).toBeNull();
          expect(p.upper).toBeNull();
        } else {
          expect(Math.abs(p.lower! - e.lower)).toBeLessThan(1e-9);
          expect(Math.abs(p.upper! - e.upper)).toBeLessThan(1e-9);
        }
      });
    });
  }

  test('with the spec default z = 1.959964 the bounds stay within 1e-8 of SciPy', () => {
    for (const name of ['treatment', 'placebo'] as const) {
      const g = reference[name];
      const curve = kaplanMeier(g.time, g.event);
      expect(curve.z).toBe(1.959964);
      curve.points.forEach((p, i) => {
        const e = g.expected[i];
        if (e.lower !== null) expect(Math.abs(p.lower! - e.lower)).toBeLessThan(1e-8);
        if (e.upper !== null) expect(Math.abs(p.upper! - e.upper)).toBeLessThan(1e-8);
      });
    }
  });

  test('treatment: the counts of the event table (n at risk includes the tied censoring at 6)', () => {
    const g = reference.treatment;
    const curve = kaplanMeier(g.time, g.event);
    // 21 patients; at week 6: 3 relapses and 1 censored (at risk 21); [6, 7): censored 1 (the 6+)
    // week 7: at risk 21 − 3 − 1 = 17, 1 relapse, censored in [7, 10): the 9+ → 1
    // week 10: at risk 17 − 1 − 1 = 15, 1 relapse, censored in [10, 13): 10+, 11+ → 2
    expect(curve.points.map((p) => [p.time, p.atRisk, p.events, p.censored])).toEqual([
      [6, 21, 3, 1],
      [7, 17, 1, 1],
      [10, 15, 1, 2],
      [13, 12, 1, 0],
      [16, 11, 1, 3],
      [22, 7, 1, 0],
      [23, 6, 1, 5],
    ]);
    expect([curve.n, curve.events, curve.censored, curve.lastTime]).toEqual([21, 9, 12, 35]);
    // S(23) = 0.448 ≤ 0.5 and S(22) = 0.538 > 0.5 → median 23 (the published 6-MP median is 23 weeks)
    expect(kmMedian(curve)).toBe(23);
  });

  test('placebo: median 8 weeks (S(5) = 12/21 > 0.5, S(8) = 8/21 ≤ 0.5); the curve ends at S = 0 with null bounds', () => {
    const curve = kaplanMeier(reference.placebo.time, reference.placebo.event);
    expect(kmMedian(curve)).toBe(8);
    expect(survivalBandAt(curve, 30)).toEqual({ survival: 0, lower: null, upper: null });
  });
});

describe('kaplanMeier by hand', () => {
  test('empty input: no steps, S = 1 everywhere, no median, RMST = horizon', () => {
    const curve = kaplanMeier([], []);
    expect(curve).toEqual({ n: 0, events: 0, censored: 0, lastTime: null, z: Z, points: [] });
    expect(survivalAt(curve, 10)).toBe(1);
    expect(survivalBandAt(curve, 10)).toEqual({ survival: 1, lower: 1, upper: 1 });
    expect(kmMedian(curve)).toBeNull();
    expect(restrictedMean(curve, 24)).toBe(24);
  });

  test('all censored: no steps, S = 1, band [1, 1]', () => {
    const curve = kaplanMeier([3, 5, 7], [0, 0, 0]);
    expect(curve.points).toEqual([]);
    expect([curve.n, curve.events, curve.censored, curve.lastTime]).toEqual([3, 0, 3, 7]);
    expect(survivalAt(curve, 100)).toBe(1);
    expect(kmMedian(curve)).toBeNull();
    expect(restrictedMean(curve, 6)).toBe(6);
  });

  test('all events, distinct times 1..4: S = 3/4, 1/2, 1/4, 0; G = 1/12, 1/12 + 1/6, …; S = 0 has null bounds', () => {
    const curve = kaplanMeier([4, 2, 3, 1], [1, 1, 1, 1]);
    const s = curve.points.map((p) => p.survival);
    expect(s[0]).toBeCloseTo(0.75, 15);
    expect(s[1]).toBeCloseTo(0.5, 15);
    expect(s[2]).toBeCloseTo(0.25, 15);
    expect(s[3]).toBe(0);
    // G(1) = 1/(4·3) = 1/12; G(2) = 1/12 + 1/(3·2) = 1/4; G(3) = 1/4 + 1/(2·1) = 3/4
    const gs = [1 / 12, 1 / 4, 3 / 4];
    for (let i = 0; i < 3; i++) {
      const [lo, hi] = band(s[i], gs[i]);
      expect(curve.points[i].lower).toBeCloseTo(lo, 14);
      expect(curve.points[i].upper).toBeCloseTo(hi, 14);
      expect(curve.points[i].lower!).toBeLessThan(s[i]);
      expect(curve.points[i].upper!).toBeGreaterThan(s[i]);
    }
    // at t = 1: ln(0.75) = −0.2876821, √(1/12) = 0.2886751, z√G/lnS = −1.966730,
    // lower = exp(−exp(ln 0.2876821 + 1.966730)) = exp(−0.2876821 · 7.147264) = exp(−2.056150) = 0.127947
    expect(curve.points[0].lower).toBeCloseTo(0.127947, 6);
    // n at risk equals events at t = 4 → S = 0, bounds undefined
    expect(curve.points[3]).toEqual({ time: 4, atRisk: 1, events: 1, censored: 0, survival: 0, lower: null, upper: null });
    expect(kmMedian(curve)).toBe(2);
    // area: 1·1 + 0.75·1 + 0.5·1 + 0.25·1 + 0·(6 − 4) = 2.5
    expect(restrictedMean(curve, 6)).toBeCloseTo(2.5, 15);
  });

  test('ties of events and censorings: the events come first, the censored at that time are still at risk', () => {
    // t = 2: at risk 5 (incl. the censored 2), 2 events → S = 3/5 (censorings first would give 2/4)
    // t = 4: at risk 5 − 2 − 1 = 2, 1 event → S = 3/5 · 1/2 = 0.3; censored in [4, ∞): the 5 → 1
    const curve = kaplanMeier([2, 5, 2, 4, 2], [1, 0, 0, 1, 1]);
    expect(curve.points.map((p) => [p.time, p.atRisk, p.events, p.censored])).toEqual([
      [2, 5, 2, 1],
      [4, 2, 1, 1],
    ]);
    expect(curve.points[0].survival).toBeCloseTo(0.6, 15);
    expect(curve.points[1].survival).toBeCloseTo(0.3, 15);
    // G(2) = 2/(5·3) = 2/15; G(4) = 2/15 + 1/(2·1) = 19/30
    const [lo2, hi2] = band(0.6, 2 / 15);
    const [lo4, hi4] = band(0.3, 19 / 30);
    expect(curve.points[0].lower).toBeCloseTo(lo2, 14);
    expect(curve.points[0].upper).toBeCloseTo(hi2, 14);
    expect(curve.points[1].lower).toBeCloseTo(lo4, 14);
    expect(curve.points[1].upper).toBeCloseTo(hi4, 14);
    // step function, right-continuous
    expect(survivalAt(curve, 1.999)).toBe(1);
    expect(survivalAt(curve, 2)).toBeCloseTo(0.6, 15);
    expect(survivalAt(curve, 3.5)).toBeCloseTo(0.6, 15);
    expect(survivalAt(curve, 4)).toBeCloseTo(0.3, 15);
    expect(survivalAt(curve, 100)).toBeCloseTo(0.3, 15);
    expect(survivalBandAt(curve, 0)).toEqual({ survival: 1, lower: 1, upper: 1 });
    expect(survivalBandAt(curve, 3).lower).toBeCloseTo(lo2, 14);
    // RMST: to 5 = 1·2 + 0.6·2 + 0.3·1 = 3.5; to 3 = 1·2 + 0.6·1 = 2.6; to 2 = 2; to 0 = 0
    expect(restrictedMean(curve, 5)).toBeCloseTo(3.5, 14);
    expect(restrictedMean(curve, 3)).toBeCloseTo(2.6, 14);
    expect(restrictedMean(curve, 2)).toBe(2);
    expect(restrictedMean(curve, 0)).toBe(0);
    // median: S(2) = 0.6 > 0.5, S(4) = 0.3 ≤ 0.5 → 4
    expect(kmMedian(curve)).toBe(4);
  });

  test('censorings before the first event leave the risk set before it', () => {
    // censored at 1 and 1.5, events at 3, 3, 5: at risk at 3 is 3 → S = 1/3; at 5: 1 at risk, 1 event → 0
    const curve = kaplanMeier([1, 3, 1.5, 5, 3], [0, 1, 0, 1, 1]);
    expect(curve.points.map((p) => [p.time, p.atRisk, p.events, p.censored])).toEqual([
      [3, 3, 2, 0],
      [5, 1, 1, 0],
    ]);
    expect(curve.points[0].survival).toBeCloseTo(1 / 3, 15);
    expect(curve.points[1]).toMatchObject({ survival: 0, lower: null, upper: null });
  });

  test('the median is found when S is exactly 1/2 in exact arithmetic, even if rounding lands just above', () => {
    // (9/10)(8/9)(7/8)(6/7)(5/6) = 1/2 → t = 5
    const ten = kaplanMeier([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], new Array<number>(10).fill(1));
    expect(kmMedian(ten)).toBe(5);
    // times 1..24, all events: S(12) = Π_{k=13}^{24} (k − 1)/k = 12/24 = 1/2 exactly, but the product of
    // rounded ratios is 0.5000000000000001 in double precision; the median is still 12, not 13
    const curve = kaplanMeier(Array.from({ length: 24 }, (_, i) => i + 1), new Array<number>(24).fill(1));
    expect(curve.points[11].survival).toBeCloseTo(0.5, 15);
    expect(kmMedian(curve)).toBe(12);
    // never reaching 1/2: 1 event out of 10, the rest censored → null
    expect(kmMedian(kaplanMeier([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });

  test('z = 0 collapses the band onto S; a larger z widens it', () => {
    const narrow = kaplanMeier([1, 2, 3, 4, 5], [1, 0, 1, 1, 0], { z: 0 });
    for (const p of narrow.points) {
      expect(p.lower).toBeCloseTo(p.survival, 15);
      expect(p.upper).toBeCloseTo(p.survival, 15);
    }
    const wide = kaplanMeier([1, 2, 3, 4, 5], [1, 0, 1, 1, 0], { z: 2.575829 });
    const normal = kaplanMeier([1, 2, 3, 4, 5], [1, 0, 1, 1, 0]);
    expect(wide.points[0].lower!).toBeLessThan(normal.points[0].lower!);
    expect(wide.points[0].upper!).toBeGreaterThan(normal.points[0].upper!);
  });

  test('typed arrays and boolean events give the same curve as plain arrays', () => {
    const times = [5, 1, 3, 3, 8, 2, 9, 3];
    const events = [1, 0, 1, 0, 1, 1, 0, 1];
    const plain = kaplanMeier(times, events);
    expect(kaplanMeier(Float64Array.from(times), Uint8Array.from(events))).toEqual(plain);
    expect(kaplanMeier(Int32Array.from(times), events.map((e) => e === 1))).toEqual(plain);
  });

  test('bad input is refused', () => {
    expect(() => kaplanMeier([1, 2], [1])).toThrow(RangeError);
    expect(() => kaplanMeier([1, -2], [1, 1])).toThrow(RangeError);
    expect(() => kaplanMeier([1, NaN], [1, 1])).toThrow(RangeError);
    expect(() => kaplanMeier([1, Infinity], [1, 1])).toThrow(RangeError);
    expect(() => kaplanMeier([1, 2], [1, 2])).toThrow(RangeError);
    expect(() => kaplanMeier([1, 2], [1, 1], { z: -1 })).toThrow(RangeError);
    expect(() => survivalAt(kaplanMeier([1], [1]), NaN)).toThrow(RangeError);
    expect(() => restrictedMean(kaplanMeier([1], [1]), -1)).toThrow(RangeError);
  });
});

describe('kaplanMeier on 100,000 durations keeps its precision', () => {
  const n = 100_000;

  test('100,000 equal durations, half of them events: S = 1/2, G = 50,000 / (100,000 · 50,000) = 1e-5', () => {
    const times = new Float64Array(n).fill(7);
    const events = new Uint8Array(n);
    for (let i = 0; i < n; i += 2) events[i] = 1;
    const curve = kaplanMeier(times, events);
    expect(curve.points).toHaveLength(1);
    const p = curve.points[0];
    expect([p.time, p.atRisk, p.events, p.censored]).toEqual([7, n, n / 2, n / 2]);
    expect(p.survival).toBe(0.5);
    const [lo, hi] = band(0.5, 1e-5);
    expect(relativeError(p.lower!, lo)).toBeLessThan(1e-12);
    expect(relativeError(p.upper!, hi)).toBeLessThan(1e-12);
    expect(kmMedian(curve)).toBe(7);
    // all 100,000 events at one time: S = 0, bounds null
    expect(kaplanMeier(times, new Uint8Array(n).fill(1)).points[0]).toMatchObject({ survival: 0, lower: null, upper: null });
  });

  test('100,000 distinct event times: S_k = (n − k)/n and G_k = 1/(n − k) − 1/n telescope; RMST to n is (n + 1)/2', () => {
    // times 1..n, all events: n_k = n − k + 1 at the k-th time, so S_k = Π_{j ≤ k} (n − j)/(n − j + 1) = (n − k)/n
    // and G_k = Σ_{j ≤ k} 1/((n − j + 1)(n − j)) = Σ (1/(n − j) − 1/(n − j + 1)) = 1/(n − k) − 1/n
    const times = new Float64Array(n);
    for (let i = 0; i < n; i++) times[i] = n - i; // given in reverse order, so the sort matters
    const curve = kaplanMeier(times, new Uint8Array(n).fill(1));
    expect(curve.points).toHaveLength(n);
    for (const k of [1, 10, 1000, 50_000, 99_000, 99_990, 99_999]) {
      const p = curve.points[k - 1];
      expect(p.time).toBe(k);
      expect(relativeError(p.survival, (n - k) / n)).toBeLessThan(1e-11);
      const [lo, hi] = band((n - k) / n, 1 / (n - k) - 1 / n);
      expect(relativeError(p.lower!, lo)).toBeLessThan(1e-9);
      expect(relativeError(p.upper!, hi)).toBeLessThan(1e-9);
    }
    // ∫₀ⁿ S = Σ_{i=0}^{n−1} (n − i)/n = (n + 1)/2 = 50,000.5
    expect(relativeError(restrictedMean(curve, n), (n + 1) / 2)).toBeLessThan(1e-12);
    // median: S_k ≤ 1/2 first at k = n/2
    expect(kmMedian(curve)).toBe(n / 2);
  });
});

// keep the exported type in use so that a change of shape breaks this file at compile time
const _shape: (c: KaplanMeierCurve) => number = (c) => c.points.length;
void _shape;
