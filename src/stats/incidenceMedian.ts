import type { IncidenceCurve } from './cumulativeIncidence';

/**
 * Median time to the event of interest: the smallest time t with F(t) ≥ 0.5, or null if the
 * cumulative incidence never reaches one half (with competing events it may never do). A value within
 * 1e−10 of 0.5 counts as 0.5 so that rounding cannot move the median (see `kmMedian`).
 *
 * Source: the spec's definition (`metrics.md`, "median months to ready"); the quantile of the
 * cumulative incidence function as in R `cmprsk` / `survival::quantile.survfit` for multi-state curves.
 *
 * @example incidenceMedian(cumulativeIncidence([1, 2, 3, 4], [1, 2, 1, 0])) // 3 (F = 1/4, 1/4, 1/2)
 */
export function incidenceMedian(curve: IncidenceCurve): number | null {
  for (const p of curve.points) if (p.cumulative >= 0.5 - 1e-10) return p.time;
  return null;
}
