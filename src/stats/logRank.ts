import { chiSquaredSurvival } from './chiSquaredSurvival';
import { generalizedQuadraticForm } from './generalizedQuadraticForm';
import { sortFloat64 } from './sortFloat64';
import type { EventList, NumberList } from './inputTypes';

/** One group of a log-rank test: durations and event indicators (1/true = event, 0/false = censored). */
export interface SurvivalGroup {
  readonly times: NumberList;
  readonly events: EventList;
}

export interface LogRankResult {
  /** the χ² statistic (U′ V⁻ U); 0 when there is nothing to compare */
  readonly chi2: number;
  /** degrees of freedom: the rank of V after dropping one group (k − 1 normally); 0 when no test is possible */
  readonly df: number;
  /** P(χ²_df > chi2); null when df = 0 (fewer than two groups with anyone at risk at an event time) */
  readonly p: number | null;
  /** observed events O_g per group, in the order given */
  readonly observed: number[];
  /** expected events E_g = Σ_j d_j n_gj / n_j per group */
  readonly expected: number[];
  /** the k × k variance–covariance matrix of O − E */
  readonly variance: number[][];
}

/**
 * The k-group log-rank test (Mantel–Haenszel): are the survival curves of k groups the same?
 *
 * Over the distinct event times t_j of the pooled data, with n_j at risk (n_gj in group g) and d_j
 * events: O_g = Σ d_gj, E_g = Σ d_j n_gj / n_j and
 * V_gh = Σ d_j (n_gj / n_j)(δ_gh − n_hj / n_j)(n_j − d_j)/(n_j − 1) (a term is 0 when n_j = 1).
 * χ² = U′ V⁻¹ U with U = O − E restricted to the groups with E_g > 0 less one (R's `survdiff`
 * drops groups with no expected events the same way), df = the rank of that matrix. The inverse is
 * a generalized one (symmetric elimination that skips a pivot ≤ 1e−10 × the largest diagonal, like
 * `survival:::cholesky2`), so a degenerate group reduces df instead of failing. For two groups this is
 * (Σ_j (d_1j − E_1j))² / Σ_j V_j, the spec formula. p from `chiSquaredSurvival` (accurate in the tail).
 *
 * Sources: N. Mantel (1966), Cancer Chemother Rep 50:163–170; R. Peto & J. Peto (1972), JRSS A
 * 135:185–207; R `survival::survdiff` (rho = 0); Klein & Moeschberger (2003), *Survival Analysis*, §7.3.
 *
 * O(N log N + T·k²) for N durations, T distinct event times, k groups; durations finite and ≥ 0.
 *
 * @example
 * logRank([{ times: [1, 2, 3], events: [1, 1, 1] }, { times: [4, 5, 6], events: [1, 1, 1] }]).p // 0.0246 (χ² = 5.0517, 1 df)
 */
export function logRank(groups: readonly SurvivalGroup[]): LogRankResult {
  const k = groups.length;
  const allTimes: Float64Array[] = [];
  const eventTimes: Float64Array[] = [];
  let totalEvents = 0;
  groups.forEach((group, g) => {
    const { times, events } = group;
    const n = times.length;
    if (events.length !== n) throw new RangeError(`group ${g}: times has ${n} entries but events has ${events.length}`);
    const all = new Float64Array(n);
    let d = 0;
    for (let i = 0; i < n; i++) {
      const t = times[i];
      if (!(t >= 0) || t === Infinity) throw new RangeError(`group ${g}: durations must be finite and ≥ 0, got ${t} at index ${i}`);
      all[i] = t + 0;
      const e = events[i];
      if (e === 1 || e === true) d++;
      else if (e !== 0 && e !== false) throw new RangeError(`group ${g}: events must be 0/1 or false/true, got ${String(e)} at index ${i}`);
    }
    const ev = new Float64Array(d);
    for (let i = 0, j = 0; i < n; i++) {
      const e = events[i];
      if (e === 1 || e === true) ev[j++] = all[i];
    }
    allTimes.push(sortFloat64(all));
    eventTimes.push(sortFloat64(ev));
    totalEvents += d;
  });

  const pooled = new Float64Array(totalEvents);
  for (let g = 0, offset = 0; g < k; g++) {
    pooled.set(eventTimes[g], offset);
    offset += eventTimes[g].length;
  }
  sortFloat64(pooled);

  const observed = new Float64Array(k);
  const expected = new Float64Array(k);
  const expectedCorrection = new Float64Array(k);
  const v = new Float64Array(k * k);
  const vCorrection = new Float64Array(k * k);
  const allPointer = new Int32Array(k);
  const eventPointer = new Int32Array(k);
  const atRisk = new Float64Array(k);
  const dead = new Float64Array(k);
  for (let i = 0; i < totalEvents; ) {
    const t = pooled[i];
    while (i < totalEvents && pooled[i] === t) i++;
    let nj = 0;
    let dj = 0;
    for (let g = 0; g < k; g++) {
      const all = allTimes[g];
      let p = allPointer[g];
      while (p < all.length && all[p] < t) p++;
      allPointer[g] = p;
      atRisk[g] = all.length - p;
      const ev = eventTimes[g];
      let q = eventPointer[g];
      const start = q;
      while (q < ev.length && ev[q] === t) q++;
      eventPointer[g] = q;
      dead[g] = q - start;
      nj += atRisk[g];
      dj += dead[g];
    }
    const factor = nj > 1 ? (dj * (nj - dj)) / (nj - 1) : 0;
    for (let g = 0; g < k; g++) {
      observed[g] += dead[g];
      const pg = atRisk[g] / nj;
      addTo(expected, expectedCorrection, g, dj * pg);
      if (factor === 0 || pg === 0) continue;
      for (let h = 0; h < k; h++) {
        const term = factor * pg * ((g === h ? 1 : 0) - atRisk[h] / nj);
        if (term !== 0) addTo(v, vCorrection, g * k + h, term);
      }
    }
  }
  for (let g = 0; g < k; g++) expected[g] += expectedCorrection[g];
  for (let i = 0; i < k * k; i++) v[i] += vCorrection[i];

  // groups with E_g > 0, less the last of them
  const kept: number[] = [];
  for (let g = 0; g < k; g++) if (expected[g] > 0) kept.push(g);
  kept.pop();
  const u = kept.map((g) => observed[g] - expected[g]);
  const a = kept.map((g) => kept.map((h) => v[g * k + h]));
  const { value: chi2, rank: df } = generalizedQuadraticForm(a, u);
  return {
    chi2,
    df,
    p: df > 0 ? chiSquaredSurvival(chi2, df) : null,
    observed: Array.from(observed),
    expected: Array.from(expected),
    variance: Array.from({ length: k }, (_, g) => Array.from(v.subarray(g * k, g * k + k))),
  };
}

/** Neumaier-compensated `sum[i] += x`, the correction kept in `correction[i]`. */
function addTo(sum: Float64Array, correction: Float64Array, i: number, x: number): void {
  const s = sum[i];
  const t = s + x;
  correction[i] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  sum[i] = t;
}
