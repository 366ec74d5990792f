import type { KaplanMeierCurve } from './kaplanMeier';
import { lastIndexAtOrBefore } from './lastIndexAtOrBefore';

/**
 * The Kaplan–Meier estimate S(t): a right-continuous step function, 1 before the first event time,
 * the value after the step at an event time, and the last value carried forward after the last
 * event time (check `curve.lastTime` before reading the curve past the end of follow-up).
 *
 * Source: Kaplan & Meier (1958); the step-function convention of R `summary(survfit, times = t)`.
 *
 * @example survivalAt(kaplanMeier([1, 2, 2, 3], [1, 1, 0, 1]), 2.5) // 0.5
 */
export function survivalAt(curve: KaplanMeierCurve, t: number): number {
  const i = lastIndexAtOrBefore(curve.points, t);
  return i < 0 ? 1 : curve.points[i].survival;
}
