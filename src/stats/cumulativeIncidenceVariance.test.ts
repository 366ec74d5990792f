import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cumulativeIncidence, type IncidenceCurve } from './cumulativeIncidence';
import { cumulativeIncidenceVariance } from './cumulativeIncidenceVariance';
import { incidenceAt } from './incidenceAt';
import { kaplanMeier } from './kaplanMeier';
import { mulberry32 } from './seededRandom.test-helpers';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'cumulativeIncidence.json'), 'utf8')) as {
  time: number[];
  cause: number[];
};

const Z = 1.959964;

/**
 * The delta method written out independently of the implementation: F(t) = Σ_m S(t_{m−1}) h1_m as a
 * function of the hazards h1_j = d1_j/n_j, h2_j = d2_j/n_j, with S(t_{m−1}) = Π_{k<m} (1 − h1_k − h2_k);
 * the gradient by the product rule (no division), and per time the multinomial covariance
 * Var h1 = h1(1 − h1)/n, Var h2 = h2(1 − h2)/n, Cov = −h1 h2/n. O(k³): for small curves only.
 */
function deltaMethodVariance(curve: IncidenceCurve, t: number): number {
  const pts = curve.points.filter((p) => p.time <= t);
  const h1 = pts.map((p) => p.events1 / p.atRisk);
  const h2 = pts.map((p) => p.events2 / p.atRisk);
  const k = pts.length;
  /** Π_{i<m, i≠skip} (1 − h1_i − h2_i) */
  const survivalExcept = (m: number, skip: number) => {
    let s = 1;
    for (let i = 0; i < m; i++) if (i !== skip) s *= 1 - h1[i] - h2[i];
    return s;
  };
  let variance = 0;
  for (let j = 0; j < k; j++) {
    let later = 0; // Σ_{m>j} h1_m Π_{i<m, i≠j} (1 − h_i)
    for (let m = j + 1; m < k; m++) later += h1[m] * survivalExcept(m, j);
    const g1 = survivalExcept(j, -1) - later; // ∂F/∂h1_j
    const g2 = -later; // ∂F/∂h2_j
    const n = pts[j].atRisk;
    variance += (g1 * g1 * h1[j] * (1 - h1[j]) + g2 * g2 * h2[j] * (1 - h2[j]) - 2 * g1 * g2 * h1[j] * h2[j]) / n;
  }
  return variance;
}

/** exp(−exp(ln(−ln F) ± z·se)), se = √V / (F |ln F|): the log(−log) interval, written independently */
function logLogInterval(f: number, v: number, z = Z): [number, number] {
  const se = Math.sqrt(v) / (f * Math.abs(Math.log(f)));
  const a = Math.exp(-Math.exp(Math.log(-Math.log(f)) + z * se));
  const b = Math.exp(-Math.exp(Math.log(-Math.log(f)) - z * se));
  return [Math.min(a, b), Math.max(a, b)];
}

describe('cumulativeIncidenceVariance', () => {
  test("no competing events: F = 1 − Kaplan–Meier and the variance is Greenwood's S² Σ d/(n(n − d))", () => {
    // ready at 1, 2, 3, 5; censored at 2 (still at risk at 2) and 4
    // t = 1: n 6, d 1 → S = 5/6,  G = 1/30          → Var = (25/36)/30 = 5/216
    // t = 2: n 5, d 1 → S = 2/3,  G = 1/30 + 1/20 = 1/12 → Var = (4/9)/12 = 1/27
    // t = 3: n 3, d 1 → S = 4/9,  G = 1/12 + 1/6 = 1/4  → Var = (16/81)/4 = 4/81
    // t = 5: n 1, d 1 → S = 0: F = 1, the variance is 0 (n = d: the limit) and the interval undefined
    const times = [1, 2, 2, 3, 4, 5];
    const causes = [1, 1, 0, 1, 0, 1];
    const curve = cumulativeIncidence(times, causes);
    const km = kaplanMeier(times, causes);
    let g = 0;
    km.points.forEach((p, i) => {
      const band = cumulativeIncidenceVariance(curve, p.time);
      expect(band.cumulative).toBeCloseTo(1 - p.survival, 15);
      if (p.events < p.atRisk) {
        g += p.events / (p.atRisk * (p.atRisk - p.events));
        expect(band.variance).toBeCloseTo(p.survival * p.survival * g, 15);
      }
      expect(curve.points[i].time).toBe(p.time);
    });
    expect([1, 2, 3].map((t) => cumulativeIncidenceVariance(curve, t).variance)).toEqual(
      [5 / 216, 1 / 27, 4 / 81].map((v) => expect.closeTo(v, 15)),
    );
    expect(cumulativeIncidenceVariance(curve, 5)).toEqual({ cumulative: 1, variance: 0, lower: null, upper: null });
  });

  test('no competing events, 400 random durations with ties: Greenwood to 1e-12 (relative)', () => {
    const random = mulberry32(7);
    const times = Array.from({ length: 400 }, () => Math.floor(random() * 50));
    const causes = times.map(() => (random() < 0.6 ? 1 : 0));
    const curve = cumulativeIncidence(times, causes);
    const km = kaplanMeier(times, causes);
    let g = 0;
    for (const p of km.points) {
      if (p.events === p.atRisk) break;
      g += p.events / (p.atRisk * (p.atRisk - p.events));
      const greenwood = p.survival * p.survival * g;
      const band = cumulativeIncidenceVariance(curve, p.time + 0.5);
      expect(Math.abs(band.variance - greenwood) / greenwood).toBeLessThan(1e-12);
    }
  });

  test('by hand, with a competing event tied with a ready at the first time', () => {
    // ready at 1 and 2, left at 1, censored at 3
    // t = 1: n 4, d1 1, d2 1: F = 1/4, S = 1/2;  t = 2: n 2, d1 1: F = 1/4 + (1/2)(1/2) = 1/2, S = 1/4
    // Var F(1) = S(0)² d1(n − d1)/n³ = 3/64 (the binomial (1/4)(3/4)/4: nobody censored yet)
    // Var F(2): t_1: gap F(2) − F(1) = 1/4: (1/16)·2/(4·2) + 1·3/64 − 2·(1/4)·1·1/16 = 1/64 + 3/64 − 2/64
    //           t_2: gap 0: (1/2)²·1·1/8 = 2/64                             → Var F(2) = 4/64 = 1/16
    // (a cross term d1(n − d1)/(n²(n − d)) instead of d1/n² would give 3/64: it is not the delta method,
    //  whose covariance of the two hazards is −h1 h2 / n)
    const curve = cumulativeIncidence([1, 1, 2, 3], [1, 2, 1, 0]);
    expect(cumulativeIncidenceVariance(curve, 1).variance).toBeCloseTo(3 / 64, 15);
    const at2 = cumulativeIncidenceVariance(curve, 2);
    expect(at2.cumulative).toBeCloseTo(0.5, 15);
    expect(at2.variance).toBeCloseTo(1 / 16, 15);
    expect(deltaMethodVariance(curve, 2)).toBeCloseTo(1 / 16, 15);
    // F^exp(±z·se) with se = (1/4)/((1/2) ln 2)
    const [lower, upper] = logLogInterval(0.5, 1 / 16);
    expect(at2.lower).toBeCloseTo(lower, 12);
    expect(at2.upper).toBeCloseTo(upper, 12);
    expect(at2.lower).toBeCloseTo(0.0578470812, 9);
    expect(at2.upper).toBeCloseTo(0.8448612828, 9);
    // the step function: the same after 2 (censored at 3 changes nothing), nothing before 1
    expect(cumulativeIncidenceVariance(curve, 2.99)).toEqual(at2);
    expect(cumulativeIncidenceVariance(curve, 0.5)).toEqual({ cumulative: 0, variance: 0, lower: 0, upper: 0 });
  });

  test('by hand, n = d at the last time: left at 1, ready at 2 → Var F(2) = 1/8, finite', () => {
    // t = 1: n 2, d2 1: F = 0, S = 1/2, interval [0, 0]; t = 2: n 1, d1 1: F = 1/2, S = 0
    // Var F(2): t_1: gap 1/2: (1/4)·1/(2·1) = 1/8; t_2: n = d, gap 0, d1(n − d1) = 0 → 1/8
    const curve = cumulativeIncidence([1, 2], [2, 1]);
    expect(cumulativeIncidenceVariance(curve, 1)).toEqual({ cumulative: 0, variance: 0, lower: 0, upper: 0 });
    const at2 = cumulativeIncidenceVariance(curve, 2);
    expect(at2.variance).toBeCloseTo(1 / 8, 15);
    expect(at2.lower).not.toBeNull();
    expect(Number.isFinite(at2.lower!) && Number.isFinite(at2.upper!)).toBe(true);
  });

  test('the reference table: the variance is finite and ≥ 0 everywhere, the interval holds F, and it is the delta method', () => {
    const curve = cumulativeIncidence(reference.time, reference.cause);
    // t = 2: F = 1/12 with nobody censored before: the binomial (1/12)(11/12)/12 = 11/1728
    expect(cumulativeIncidenceVariance(curve, 2).variance).toBeCloseTo(11 / 1728, 15);
    const times = [0, 1.5, ...curve.points.map((p) => p.time), 6.5, 11.9, 12, 15, 100];
    for (const t of times) {
      const band = cumulativeIncidenceVariance(curve, t);
      expect(band.cumulative).toBe(incidenceAt(curve, t));
      expect(Number.isFinite(band.variance)).toBe(true);
      expect(band.variance).toBeGreaterThanOrEqual(0);
      expect(Math.abs(band.variance - deltaMethodVariance(curve, t))).toBeLessThan(1e-15);
      expect(band.lower!).toBeGreaterThanOrEqual(0);
      expect(band.lower!).toBeLessThanOrEqual(band.cumulative);
      expect(band.upper!).toBeGreaterThanOrEqual(band.cumulative);
      expect(band.upper!).toBeLessThanOrEqual(1);
      if (band.cumulative > 0) {
        const [lower, upper] = logLogInterval(band.cumulative, band.variance);
        expect(band.lower).toBeCloseTo(lower, 12);
        expect(band.upper).toBeCloseTo(upper, 12);
      }
    }
    // F(12) = 0.4907 with its interval inside (0, 1)
    const at12 = cumulativeIncidenceVariance(curve, 12);
    expect(at12.cumulative).toBeCloseTo(0.4907407407, 9);
    expect(at12.lower!).toBeGreaterThan(0.1);
    expect(at12.upper!).toBeLessThan(0.9);
  });

  test('random data with ties of both causes and censoring: the delta method to 1e-12', () => {
    const random = mulberry32(2024);
    for (let rep = 0; rep < 5; rep++) {
      const n = 40 + rep * 15;
      const times = Array.from({ length: n }, () => Math.floor(random() * 20));
      const causes = times.map(() => Math.floor(random() * 3));
      const curve = cumulativeIncidence(times, causes);
      for (const p of curve.points) {
        const band = cumulativeIncidenceVariance(curve, p.time);
        const expected = deltaMethodVariance(curve, p.time);
        expect(Math.abs(band.variance - expected)).toBeLessThanOrEqual(1e-12 * Math.max(expected, 1e-300));
        if (band.cumulative > 0 && band.cumulative < 1) {
          expect(band.lower!).toBeLessThanOrEqual(band.cumulative);
          expect(band.upper!).toBeGreaterThanOrEqual(band.cumulative);
        }
      }
    }
  });

  test('edges: empty curve, only competing events, everyone ready at once, z = 0, bad input', () => {
    expect(cumulativeIncidenceVariance(cumulativeIncidence([], []), 5)).toEqual({ cumulative: 0, variance: 0, lower: 0, upper: 0 });
    // only competing events: F stays 0, the variance 0, the interval [0, 0]
    expect(cumulativeIncidenceVariance(cumulativeIncidence([1, 2, 3], [2, 2, 0]), 10)).toEqual({
      cumulative: 0,
      variance: 0,
      lower: 0,
      upper: 0,
    });
    // everyone ready at time 1: F = 1, no uncertainty under the delta method, the log(−log) interval undefined
    expect(cumulativeIncidenceVariance(cumulativeIncidence([1, 1, 1], [1, 1, 1]), 1)).toEqual({
      cumulative: 1,
      variance: 0,
      lower: null,
      upper: null,
    });
    // z = 0: the interval collapses on F
    const curve = cumulativeIncidence([1, 1, 2, 3], [1, 2, 1, 0]);
    const zero = cumulativeIncidenceVariance(curve, 2, { z: 0 });
    expect(zero.lower).toBeCloseTo(0.5, 15);
    expect(zero.upper).toBeCloseTo(0.5, 15);
    expect(() => cumulativeIncidenceVariance(curve, 2, { z: -1 })).toThrow(RangeError);
    expect(() => cumulativeIncidenceVariance(curve, 2, { z: Infinity })).toThrow(RangeError);
    expect(() => cumulativeIncidenceVariance(curve, NaN)).toThrow(RangeError);
  });
});
