import type { KaplanMeierCurve } from './kaplanMeier';
import { lastIndexAtOrBefore } from './lastIndexAtOrBefore';

/** S(t) with its pointwise confidence band at one time point. */
export interface SurvivalBand {
  readonly survival: number;
  /** null where S = 0 (the log-log band is undefined there) */
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * The Kaplan–Meier estimate and its log-log band at time t (step function, right-continuous):
 * before the first event time S = 1 with band [1, 1]; after the last event time the last values
 * are carried forward. See `kaplanMeier` for the band's definition.
 *
 * Source: Kalbfleisch & Prentice (2002), §4.3; R `summary(survfit(..., conf.type = "log-log"), times = t)`.
 *
 * @example
 * survivalBandAt(kaplanMeier([1, 2], [1, 1]), 0.5) // { survival: 1, lower: 1, upper: 1 }
 * survivalBandAt(kaplanMeier([1, 2], [1, 1]), 2) // { survival: 0, lower: null, upper: null }
 */
export function survivalBandAt(curve: KaplanMeierCurve, t: number): SurvivalBand {
  const i = lastIndexAtOrBefore(curve.points, t);
  if (i < 0) return { survival: 1, lower: 1, upper: 1 };
  const p = curve.points[i];
  return { survival: p.survival, lower: p.lower, upper: p.upper };
}
