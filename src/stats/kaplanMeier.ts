import { sortFloat64 } from './sortFloat64';
import type { EventList, NumberList } from './inputTypes';
import { Z95 } from './z95';

/** One step of a Kaplan–Meier curve: the state just after a distinct event time. */
export interface KaplanMeierPoint {
  /** the event time (in the unit of the durations) */
  readonly time: number;
  /** n_i: number with duration ≥ time (the censored at this time are still at risk) */
  readonly atRisk: number;
  /** d_i: number of events at this time */
  readonly events: number;
  /** number censored in [time, next event time): those that leave the risk set after this step */
  readonly censored: number;
  /** S(time) = Π_{t_j ≤ time} (1 − d_j / n_j) */
  readonly survival: number;
  /** lower bound of the pointwise log-log band; null where S = 0 (undefined) */
  readonly lower: number | null;
  /** upper bound of the pointwise log-log band; null where S = 0 (undefined) */
  readonly upper: number | null;
}

/** A Kaplan–Meier curve: its steps and the totals of the sample. */
export interface KaplanMeierCurve {
  /** number of durations */
  readonly n: number;
  /** total number of events */
  readonly events: number;
  /** total number censored */
  readonly censored: number;
  /** the largest duration (event or censored): the curve is not informative past it; null if n = 0 */
  readonly lastTime: number | null;
  /** the normal quantile of the band */
  readonly z: number;
  /** one point per distinct event time, in increasing time; before the first, S = 1 with band [1, 1] */
  readonly points: readonly KaplanMeierPoint[];
}

export interface KaplanMeierOptions {
  /** normal quantile of the pointwise band (default 1.959964, 95%) */
  readonly z?: number;
}

/**
 * Kaplan–Meier estimate of the survival function with a pointwise log-log confidence band.
 *
 * S(t) = Π_{t_i ≤ t} (1 − d_i / n_i), n_i = number with duration ≥ t_i, d_i = events at t_i; at a
 * time with both events and censorings the events come first (the censored are still at risk).
 * Band ("exponential Greenwood", log-log): with G(t) = Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i)),
 * bounds = exp(−exp(ln(−ln S) ∓ z √G / ln S)); where S = 0 the bounds are null.
 *
 * Sources: E. L. Kaplan & P. Meier (1958), "Nonparametric estimation from incomplete observations",
 * JASA 53:457–481; M. Greenwood (1926) for G; the log-log band of Kalbfleisch & Prentice (2002),
 * *The Statistical Analysis of Failure Time Data*, §4.3, as in SciPy `stats.ecdf(...).sf.confidence_interval(method='log-log')`
 * and R `survfit(conf.type = "log-log")`.
 *
 * O(n) after sorting: the event times and the censoring times are copied into two `Float64Array`s,
 * each is sorted (`sortFloat64`, a radix sort), and the two are merged in one pass; no object is
 * allocated per duration, only one per step of the curve. The Greenwood sum is
 * compensated (Neumaier). Durations must be finite and ≥ 0 (throws RangeError otherwise).
 *
 * @example
 * kaplanMeier([1, 2, 2, 3], [1, 1, 0, 1]).points.map((p) => p.survival) // [0.75, 0.5, 0]
 */
export function kaplanMeier(times: NumberList, events: EventList, options: KaplanMeierOptions = {}): KaplanMeierCurve {
  const n = times.length;
  if (events.length !== n) throw new RangeError(`times has ${n} entries but events has ${events.length}`);
  const z = options.z ?? Z95;
  if (!(z >= 0) || !Number.isFinite(z)) throw new RangeError(`z must be a finite number ≥ 0, got ${z}`);

  let nEvents = 0;
  let lastTime = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i];
    if (!(t >= 0) || t === Infinity) throw new RangeError(`durations must be finite and ≥ 0, got ${t} at index ${i}`);
    if (t > lastTime) lastTime = t;
    const e = events[i];
    if (e === 1 || e === true) nEvents++;
    else if (e !== 0 && e !== false) throw new RangeError(`events must be 0/1 or false/true, got ${String(e)} at index ${i}`);
  }
  const nCensored = n - nEvents;
  const eventTimes = new Float64Array(nEvents);
  const censorTimes = new Float64Array(nCensored);
  for (let i = 0, ie = 0, ic = 0; i < n; i++) {
    const e = events[i];
    const t = times[i] + 0; // + 0 turns −0 into +0
    if (e === 1 || e === true) eventTimes[ie++] = t;
    else censorTimes[ic++] = t;
  }
  sortFloat64(eventTimes);
  sortFloat64(censorTimes);

  const points: KaplanMeierPoint[] = [];
  let survival = 1;
  let greenwood = 0;
  let greenwoodCorrection = 0;
  let ie = 0;
  let ic = 0;
  while (ie < nEvents) {
    const t = eventTimes[ie];
    while (ic < nCensored && censorTimes[ic] < t) ic++;
    const atRisk = n - ie - ic;
    const start = ie;
    while (ie < nEvents && eventTimes[ie] === t) ie++;
    const d = ie - start;
    // the censored in [t, next event time): they leave the risk set after this step
    const next = ie < nEvents ? eventTimes[ie] : Infinity;
    let censored = 0;
    for (let j = ic; j < nCensored && censorTimes[j] < next; j++) censored++;

    let lower: number | null = null;
    let upper: number | null = null;
    if (d === atRisk) {
      survival = 0; // everyone left at risk has the event: no later step, the band is undefined
    } else {
      survival *= (atRisk - d) / atRisk;
      const term = d / (atRisk * (atRisk - d));
      const g = greenwood + term; // Neumaier-compensated accumulation of G
      greenwoodCorrection += greenwood >= term ? greenwood - g + term : term - g + greenwood;
      greenwood = g;
      const lnS = Math.log(survival);
      // bounds = S^exp(∓ z√G / ln S); w = exp(z√G / ln S) ∈ (0, 1]
      const w = Math.exp((z * Math.sqrt(greenwood + greenwoodCorrection)) / lnS);
      lower = Math.exp(lnS / w);
      upper = Math.exp(lnS * w);
    }
    points.push({ time: t, atRisk, events: d, censored, survival, lower, upper });
  }
  return { n, events: nEvents, censored: nCensored, lastTime: n === 0 ? null : lastTime, z, points };
}
