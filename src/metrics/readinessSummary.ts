import { cumulativeIncidence, type IncidenceCurve } from '../stats/cumulativeIncidence';
import { cumulativeIncidenceVariance } from '../stats/cumulativeIncidenceVariance';
import { incidenceMedian } from '../stats/incidenceMedian';
import type { NumberList } from '../stats/inputTypes';
import type { Estimate, IncidencePoint, ReadinessSummary } from './metricResults';
import { NOBODY, notFollowedYet } from './unestimated';

/**
 * The time-to-readiness figures of metrics.md ("Time-to-readiness") from durations in months and
 * causes (0 in development, 1 ready, 2 left before ready): the Aalen–Johansen cumulative incidence of
 * becoming ready, leaving being the competing event; ready by 12 and 24 months F(12), F(24) with the
 * 95% log(−log) interval of the delta-method variance (`cumulativeIncidenceVariance`); the **median
 * months to ready** = smallest t with F(t) ≥ 0.5 (null if never); the counts ready, left before
 * ready, still in development; the longest follow-up. A point beyond the longest follow-up is not
 * estimated (null with a reason), never extrapolated.
 */
export function readinessSummary(times: NumberList, causes: NumberList): ReadinessSummary {
  return summaryOf(cumulativeIncidence(times, causes));
}

/** The same with the whole curve: one point per time with a ready or a leaver (months, at risk, ready, left, F). */
export function readinessWithCurve(
  times: NumberList,
  causes: NumberList,
): ReadinessSummary & { readonly curve: readonly IncidencePoint[] } {
  const curve = cumulativeIncidence(times, causes);
  return {
    ...summaryOf(curve),
    curve: curve.points.map((p) => ({
      months: p.time,
      atRisk: p.atRisk,
      ready: p.events1,
      left: p.events2,
      cumulative: p.cumulative,
    })),
  };
}

function summaryOf(curve: IncidenceCurve): ReadinessSummary {
  const followUp = curve.lastTime ?? 0;
  if (curve.n === 0) {
    return { n: 0, ready: 0, leftBeforeReady: 0, inDevelopment: 0, at12: NOBODY, at24: NOBODY, medianMonths: null, followUpMonths: 0 };
  }
  return {
    n: curve.n,
    ready: curve.events1,
    leftBeforeReady: curve.events2,
    inDevelopment: curve.censored,
    at12: readyBy(curve, 12, followUp),
    at24: readyBy(curve, 24, followUp),
    medianMonths: incidenceMedian(curve),
    followUpMonths: followUp,
  };
}

/** F(months) with its interval; null with a reason when nobody has been followed that long. */
function readyBy(curve: IncidenceCurve, months: number, followUp: number): Estimate {
  if (followUp < months) {
    return notFollowedYet(months, followUp);
  }
  const band = cumulativeIncidenceVariance(curve, months);
  return { value: band.cumulative, lower: band.lower, upper: band.upper };
}
