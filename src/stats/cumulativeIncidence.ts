import { sortFloat64 } from './sortFloat64';
import type { NumberList } from './inputTypes';

/** One step of a cumulative-incidence curve: the state just after a time with any event. */
export interface IncidencePoint {
  readonly time: number;
  /** n_i: number with duration ≥ time */
  readonly atRisk: number;
  /** events of interest (cause 1, e.g. became ready) at this time */
  readonly events1: number;
  /** competing events (cause 2, e.g. left before becoming ready) at this time */
  readonly events2: number;
  /** number censored in [time, next event time) */
  readonly censored: number;
  /** S(time): the Kaplan–Meier probability of no event of either cause by this time */
  readonly survival: number;
  /** F(time): cumulative incidence of cause 1 */
  readonly cumulative: number;
}

export interface IncidenceCurve {
  readonly n: number;
  /** total events of interest */
  readonly events1: number;
  /** total competing events */
  readonly events2: number;
  readonly censored: number;
  /** the largest duration; null if n = 0 */
  readonly lastTime: number | null;
  /** one point per distinct time with an event of either cause; before the first F = 0 */
  readonly points: readonly IncidencePoint[];
}

/**
 * Aalen–Johansen cumulative incidence of cause 1 in the presence of a competing cause 2:
 * F(t) = Σ_{t_i ≤ t} S(t_i−) · d1_i / n_i, where S is the Kaplan–Meier survival from *either* cause
 * and S(t_i−) its value just before t_i; n_i = number with duration ≥ t_i (censored at t_i still at
 * risk). Unlike 1 − KM of cause 1 alone, it does not treat the competing event as censoring, which
 * would overstate F.
 *
 * Sources: O. O. Aalen & S. Johansen (1978), Scand J Statist 5:141–150; J. D. Kalbfleisch &
 * R. L. Prentice (2002), §8.2.2; R `cmprsk::cuminc` and `survival::survfit` with a multi-state
 * status (`Surv(time, factor(cause))`), which give these values.
 *
 * `causes`: 0 = censored, 1 = event of interest, 2 = competing event. Durations finite and ≥ 0.
 * O(n log n) (one radix sort per cause), compensated sum for F.
 *
 * @example
 * cumulativeIncidence([1, 2, 3], [1, 2, 1]).points.map((p) => p.cumulative) // [1/3, 1/3, 2/3]
 */
export function cumulativeIncidence(times: NumberList, causes: NumberList): IncidenceCurve {
  const n = times.length;
  if (causes.length !== n) throw new RangeError(`times has ${n} entries but causes has ${causes.length}`);
  const counts = [0, 0, 0];
  let lastTime = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i];
    if (!(t >= 0) || t === Infinity) throw new RangeError(`durations must be finite and ≥ 0, got ${t} at index ${i}`);
    if (t > lastTime) lastTime = t;
    const c = causes[i];
    if (c !== 0 && c !== 1 && c !== 2) throw new RangeError(`causes must be 0 (censored), 1 or 2, got ${c} at index ${i}`);
    counts[c]++;
  }
  const byCause = [new Float64Array(counts[0]), new Float64Array(counts[1]), new Float64Array(counts[2])];
  const fill = [0, 0, 0];
  for (let i = 0; i < n; i++) byCause[causes[i]][fill[causes[i]]++] = times[i] + 0;
  const [censorTimes, times1, times2] = byCause.map(sortFloat64);
  const [nCensored, n1, n2] = counts;

  const points: IncidencePoint[] = [];
  let survival = 1;
  let cumulative = 0;
  let correction = 0;
  let i0 = 0;
  let i1 = 0;
  let i2 = 0;
  while (i1 < n1 || i2 < n2) {
    const t = Math.min(i1 < n1 ? times1[i1] : Infinity, i2 < n2 ? times2[i2] : Infinity);
    while (i0 < nCensored && censorTimes[i0] < t) i0++;
    const atRisk = n - i0 - i1 - i2;
    let d1 = 0;
    while (i1 < n1 && times1[i1] === t) {
      i1++;
      d1++;
    }
    let d2 = 0;
    while (i2 < n2 && times2[i2] === t) {
      i2++;
      d2++;
    }
    const next = Math.min(i1 < n1 ? times1[i1] : Infinity, i2 < n2 ? times2[i2] : Infinity);
    let censored = 0;
    for (let j = i0; j < nCensored && censorTimes[j] < next; j++) censored++;

    const term = (survival * d1) / atRisk; // S(t−) d1 / n
    const sum = cumulative + term;
    correction += cumulative >= term ? cumulative - sum + term : term - sum + cumulative;
    cumulative = sum;
    survival = d1 + d2 === atRisk ? 0 : (survival * (atRisk - d1 - d2)) / atRisk;
    points.push({ time: t, atRisk, events1: d1, events2: d2, censored, survival, cumulative: cumulative + correction });
  }
  return { n, events1: n1, events2: n2, censored: nCensored, lastTime: n === 0 ? null : lastTime, points };
}
