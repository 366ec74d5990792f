import { kaplanMeier, type KaplanMeierCurve } from '../stats/kaplanMeier';
import { kmMedian } from '../stats/kmMedian';
import { restrictedMean } from '../stats/restrictedMean';
import { survivalBandAt } from '../stats/survivalBandAt';
import type { NumberList } from '../stats/inputTypes';
import type { Estimate, SurvivalSummary, SurvivalWithCurve } from './metricResults';
import { NOBODY, notFollowedYet } from './unestimated';

/**
 * The retention figures of metrics.md from durations in months: Kaplan–Meier S at 12 and 24 months
 * with the log-log band, the median (smallest t with S(t) ≤ 0.5), and RMST over 24 months. A point
 * beyond the longest follow-up is not estimated (null with a reason), never extrapolated.
 */
export function survivalSummary(times: NumberList, events: ArrayLike<number>): SurvivalSummary {
  return summaryOf(kaplanMeier(times, events));
}

/** The same with the whole curve (every event time). */
export function survivalWithCurve(times: NumberList, events: ArrayLike<number>): SurvivalWithCurve {
  return withCurve(kaplanMeier(times, events));
}

/** `survivalWithCurve` of a curve already computed. */
export function withCurve(curve: KaplanMeierCurve): SurvivalWithCurve {
  return {
    ...summaryOf(curve),
    curve: curve.points.map((p) => ({
      months: p.time,
      atRisk: p.atRisk,
      events: p.events,
      survival: p.survival,
      lower: p.lower,
      upper: p.upper,
    })),
  };
}

function summaryOf(curve: KaplanMeierCurve): SurvivalSummary {
  const followUp = curve.lastTime ?? 0;
  if (curve.n === 0) {
    return { n: 0, events: 0, at12: NOBODY, at24: NOBODY, medianMonths: null, rmst24: null, followUpMonths: 0, reason: NOBODY.reason };
  }
  return {
    n: curve.n,
    events: curve.events,
    at12: at(curve, 12, followUp),
    at24: at(curve, 24, followUp),
    medianMonths: kmMedian(curve),
    rmst24: followUp >= 24 ? restrictedMean(curve, 24) : null,
    followUpMonths: followUp,
  };
}

function at(curve: KaplanMeierCurve, months: number, followUp: number): Estimate {
  if (followUp < months) {
    return notFollowedYet(months, followUp);
  }
  const band = survivalBandAt(curve, months);
  return { value: band.survival, lower: band.lower, upper: band.upper };
}
