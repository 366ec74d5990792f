import type { KaplanMeierCurve } from './kaplanMeier';

/**
 * Median survival time: the smallest time t with S(t) ≤ 0.5, or null if the curve never gets there.
 * A survival within 1e−10 of 0.5 counts as 0.5, so that a product of ratios that is exactly 1/2
 * (e.g. (9/10)(8/9)(7/8)(6/7)(5/6)) is not missed by a rounding error (R's `quantile.survfit` uses a
 * tolerance of √ε for the same reason).
 *
 * Source: the definition of SciPy `stats.ecdf(...).sf.quantile(0.5)` and lifelines `median_survival_time_`
 * (R instead takes the midpoint when S is exactly 0.5 over an interval; the spec asks for the smallest t).
 *
 * @example kmMedian(kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1])) // 2
 */
export function kmMedian(curve: KaplanMeierCurve): number | null {
  for (const p of curve.points) if (p.survival <= 0.5 + 1e-10) return p.time;
  return null;
}
