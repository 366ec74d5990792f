import type { KaplanMeierCurve } from './kaplanMeier';
import { lastIndexAtOrBefore } from './lastIndexAtOrBefore';
import { Z95 } from './z95';

/** S_a(t) − S_b(t) with its 95% (or z) interval. */
export interface SurvivalDifference {
  /** S_a(t) − S_b(t) */
  readonly difference: number;
  /** √(Var_a + Var_b), each the Greenwood variance S(t)² Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i)) */
  readonly standardError: number;
  /** difference ∓ z · standardError (not clipped: a difference lies in [−1, 1]) */
  readonly lower: number;
  readonly upper: number;
}

/**
 * The difference of two independent Kaplan–Meier estimates at time t, with a Wald interval whose
 * variance is the sum of the two Greenwood variances: Var Ŝ(t) = Ŝ(t)² Σ_{t_i ≤ t} d_i / (n_i (n_i − d_i)).
 * Both curves are step functions (right-continuous); at a step where everyone at risk has the event
 * Ŝ = 0 and its variance is 0. The caller decides whether t is within both curves' follow-up.
 *
 * Sources: M. Greenwood (1926) for the variance; Klein & Moeschberger (2003), *Survival Analysis*,
 * §7.8 (comparing survival at a fixed time point), as SciPy's `stats.ecdf(...).sf.confidence_interval(method='linear')`
 * gives each curve's Greenwood standard error.
 *
 * @example
 * // a: 4 people, one event at 1 → S_a(2) = 0.75, Var = 0.75² · 1/(4·3) = 0.046875
 * // b: 2 people, no event → S_b(2) = 1, Var = 0
 * survivalDifference(kaplanMeier([1, 3, 3, 3], [1, 0, 0, 0]), kaplanMeier([5, 5], [0, 0]), 2)
 * // { difference: -0.25, standardError: 0.2165…, lower: -0.6744…, upper: 0.1744… }
 */
export function survivalDifference(a: KaplanMeierCurve, b: KaplanMeierCurve, t: number, z: number = Z95): SurvivalDifference {
  if (!Number.isFinite(t)) throw new RangeError(`t must be a finite number, got ${t}`);
  const va = greenwoodAt(a, t);
  const vb = greenwoodAt(b, t);
  const difference = va.survival - vb.survival;
  const standardError = Math.sqrt(va.variance + vb.variance);
  return { difference, standardError, lower: difference - z * standardError, upper: difference + z * standardError };
}

/** Ŝ(t) and its Greenwood variance. */
function greenwoodAt(curve: KaplanMeierCurve, t: number): { survival: number; variance: number } {
  const last = lastIndexAtOrBefore(curve.points, t);
  if (last < 0) return { survival: 1, variance: 0 };
  const survival = curve.points[last].survival;
  if (survival === 0) return { survival: 0, variance: 0 };
  let g = 0;
  for (let i = 0; i <= last; i++) {
    const { atRisk: n, events: d } = curve.points[i];
    g += d / (n * (n - d));
  }
  return { survival, variance: survival * survival * g };
}
