import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logRank } from './logRank';
import { mulberry32 } from './seededRandom.test-helpers';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'kaplanMeier.json'), 'utf8').replace(/\bNaN\b/g, 'null')) as {
  treatment: { time: number[]; event: number[] };
  placebo: { time: number[]; event: number[] };
  logRank: { chi2: number; p: number };
};

/** the spec's two-group formula, written naively (O(n²)): χ² = (Σ (d_1j − E_1j))² / Σ V_j */
function specTwoGroup(t1: number[], e1: number[], t2: number[], e2: number[]): number {
  const eventTimes = [...new Set([...t1.filter((_, i) => e1[i] === 1), ...t2.filter((_, i) => e2[i] === 1)])];
  let u = 0;
  let v = 0;
  for (const t of eventTimes) {
    const n1 = t1.filter((x) => x >= t).length;
    const n = n1 + t2.filter((x) => x >= t).length;
    const d1 = t1.filter((x, i) => x === t && e1[i] === 1).length;
    const d = d1 + t2.filter((x, i) => x === t && e2[i] === 1).length;
    u += d1 - (d * n1) / n;
    v += n === 1 ? 0 : ((d * (n1 / n) * (1 - n1 / n) * (n - d)) / (n - 1));
  }
  return (u * u) / v;
}

describe('logRank', () => {
  test('Freireich 6-MP vs placebo: χ² = 16.79294099, p = 4.1688091e-05 (SciPy; to the digits the reference has)', () => {
    const r = logRank([
      { times: reference.treatment.time, events: reference.treatment.event },
      { times: reference.placebo.time, events: reference.placebo.event },
    ]);
    expect(Math.abs(r.chi2 - reference.logRank.chi2) / reference.logRank.chi2).toBeLessThan(1e-9);
    // the reference p has 8 significant digits
    expect(Math.abs(r.p! - reference.logRank.p) / reference.logRank.p).toBeLessThan(2e-8);
    expect(r.df).toBe(1);
    // 9 relapses on 6-MP, 21 on placebo; the textbook expected counts are 19.25 and 10.75
    expect(r.observed).toEqual([9, 21]);
    expect(r.expected[0]).toBeCloseTo(19.2505, 3);
    expect(r.expected[1]).toBeCloseTo(10.7495, 3);
  });

  test('two groups by hand: A = 1, 2, 3 and B = 4, 5, 6, all events', () => {
    // t = 1: n = 6, n_A = 3 → E = 1/2, V = 1·(1/2)(1/2)(5/5) = 0.25
    // t = 2: n = 5, n_A = 2 → E = 0.4, V = (2/5)(3/5)(4/4) = 0.24
    // t = 3: n = 4, n_A = 1 → E = 0.25, V = (1/4)(3/4)(3/3) = 0.1875; t = 4, 5, 6: n_A = 0
    // O_A − E_A = 3 − 1.15 = 1.85; V = 0.6775; χ² = 1.85² / 0.6775 = 5.0516605166
    const r = logRank([
      { times: [1, 2, 3], events: [1, 1, 1] },
      { times: [6, 5, 4], events: [1, 1, 1] },
    ]);
    expect(r.chi2).toBeCloseTo(5.0516605166, 9);
    expect(r.df).toBe(1);
    // df = 1: p = 2Φ(−√χ²)
    expect(r.p).toBeCloseTo(2 * normalCdf(-Math.sqrt(3.4225 / 0.6775), 0, 1), 14);
    expect(r.observed).toEqual([3, 3]);
    expect(r.expected[0]).toBeCloseTo(1.15, 14);
    expect(r.expected[1]).toBeCloseTo(4.85, 14);
    expect(r.variance[0][0]).toBeCloseTo(0.6775, 14);
    expect(r.variance[0][1]).toBeCloseTo(-0.6775, 14);
  });

  test('three groups by hand: A = 1, B = 2, C = 3, all events → χ² = 2.6 on 2 df, p = e^(−1.3)', () => {
    // t = 1: n = 3, d = 1: E += 1/3 each; (n − d)/(n − 1) = 1; V_gg += 2/9, V_gh += −1/9
    // t = 2: n = 2 (B, C): E_B, E_C += 1/2; V_BB, V_CC += 1/4, V_BC += −1/4
    // t = 3: n = 1 (C): E_C += 1; V term 0 (n_j = 1)
    // U = O − E = (2/3, 1/6, −5/6); V without C = (1/36)[[8, −4], [−4, 17]], det = 120/36²
    // U′V⁻¹U = (1/120)·[4, 1][[17, 4], [4, 8]][4, 1]′ = (1/120)(4·72 + 24) = 2.6; χ²₂ tail = e^(−2.6/2)
    const a = { times: [1], events: [1] };
    const b = { times: [2], events: [1] };
    const c = { times: [3], events: [1] };
    const r = logRank([a, b, c]);
    expect(r.chi2).toBeCloseTo(2.6, 13);
    expect(r.df).toBe(2);
    expect(r.p).toBeCloseTo(Math.exp(-1.3), 13);
    expect(r.expected.map((x) => x * 6)).toEqual([2, 5, 11].map((x) => expect.closeTo(x, 13)));
    expect(r.variance[1][2]).toBeCloseTo(-13 / 36, 14);
    // the statistic does not depend on which group is left out: reorder the groups
    expect(logRank([c, a, b]).chi2).toBeCloseTo(2.6, 13);
    expect(logRank([b, c, a]).chi2).toBeCloseTo(2.6, 13);
  });

  test('an empty group is left out: the same test as without it; one group left → no test', () => {
    const a = { times: [1, 2, 3], events: [1, 1, 1] };
    const b = { times: [4, 5, 6], events: [1, 1, 1] };
    const empty = { times: [], events: [] };
    const r = logRank([a, empty, b]);
    expect(r.chi2).toBeCloseTo(5.0516605166, 9);
    expect(r.df).toBe(1);
    expect(r.observed).toEqual([3, 0, 3]);
    expect(r.expected[1]).toBe(0);
    expect(logRank([a, empty])).toMatchObject({ chi2: 0, df: 0, p: null, observed: [3, 0], expected: [3, 0] });
    expect(logRank([a])).toMatchObject({ chi2: 0, df: 0, p: null });
    expect(logRank([])).toMatchObject({ chi2: 0, df: 0, p: null, observed: [], expected: [] });
    // a group whose members all leave (censored) before the first event has E = 0 and is left out too
    const early = { times: [0.5, 0.5], events: [0, 0] };
    expect(logRank([a, early, b]).df).toBe(1);
  });

  test('no events at all: no test; identical groups: χ² = 0, p = 1', () => {
    expect(logRank([{ times: [1, 2], events: [0, 0] }, { times: [3], events: [0] }])).toMatchObject({ chi2: 0, df: 0, p: null });
    const same = logRank([{ times: [1, 2, 3], events: [1, 0, 1] }, { times: [3, 2, 1], events: [1, 0, 1] }]);
    expect(same.chi2).toBeCloseTo(0, 15);
    expect(same.p).toBeCloseTo(1, 12);
  });

  test('agrees with the naive spec formula on random data with ties and censoring (two groups)', () => {
    const random = mulberry32(99);
    for (let rep = 0; rep < 20; rep++) {
      const make = (n: number, scale: number) => {
        const t: number[] = [];
        const e: number[] = [];
        for (let i = 0; i < n; i++) {
          t.push(Math.floor(random() * scale));
          e.push(random() < 0.6 ? 1 : 0);
        }
        return { t, e };
      };
      const g1 = make(5 + Math.floor(random() * 60), 20);
      const g2 = make(5 + Math.floor(random() * 60), 25);
      const r = logRank([
        { times: g1.t, events: g1.e },
        { times: g2.t, events: g2.e },
      ]);
      const expected = specTwoGroup(g1.t, g1.e, g2.t, g2.e);
      expect(Math.abs(r.chi2 - expected)).toBeLessThan(1e-10 * Math.max(1, expected));
    }
  });

  test('an extreme difference gives a tiny but positive p (1 − cdf would give 0)', () => {
    const n = 200; // χ² ≈ 494 → p ≈ 1e−109
    const early = Float64Array.from({ length: n }, (_, i) => i + 1);
    const late = Float64Array.from({ length: n }, (_, i) => n + i + 1);
    const r = logRank([
      { times: early, events: new Uint8Array(n).fill(1) },
      { times: late, events: new Uint8Array(n).fill(1) },
    ]);
    expect(r.chi2).toBeGreaterThan(400);
    expect(r.p!).toBeGreaterThan(0);
    expect(r.p!).toBeLessThan(1e-100);
    const twoSidedNormal = 2 * normalCdf(-Math.sqrt(r.chi2), 0, 1);
    expect(Math.abs(r.p! - twoSidedNormal) / twoSidedNormal).toBeLessThan(1e-12);
  });

  test('bad input is refused', () => {
    expect(() => logRank([{ times: [1, 2], events: [1] }])).toThrow(RangeError);
    expect(() => logRank([{ times: [-1], events: [1] }])).toThrow(RangeError);
    expect(() => logRank([{ times: [1], events: [3] }])).toThrow(RangeError);
  });
});
