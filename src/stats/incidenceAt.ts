import type { IncidenceCurve } from './cumulativeIncidence';
import { lastIndexAtOrBefore } from './lastIndexAtOrBefore';

/**
 * The cumulative incidence F(t) of a curve from `cumulativeIncidence`: a right-continuous step
 * function, 0 before the first event, the last value carried forward after the last event time
 * (check `curve.lastTime` before reading past the end of follow-up).
 *
 * Source: Aalen & Johansen (1978); as R `summary(survfit(Surv(time, factor(cause)) ~ 1), times = t)`.
 *
 * @example incidenceAt(cumulativeIncidence([1, 2, 3], [1, 2, 1]), 2.5) // 1/3
 */
export function incidenceAt(curve: IncidenceCurve, t: number): number {
  const i = lastIndexAtOrBefore(curve.points, t);
  return i < 0 ? 0 : curve.points[i].cumulative;
}
