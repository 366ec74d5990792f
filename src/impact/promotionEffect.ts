import type { Day } from '../model/day';
import { DAYS_PER_MONTH } from '../metrics/months';
import { notFollowedYet } from '../metrics/unestimated';
import { cumulativeIncidence, type IncidenceCurve } from '../stats/cumulativeIncidence';
import { cumulativeIncidenceVariance } from '../stats/cumulativeIncidenceVariance';
import { Z95 } from '../stats/z95';
import type { Estimate } from '../metrics/metricResults';
import type { FollowUp } from './followUp';
import type { Difference, PromotionEffect, PromotionSide } from './impactResults';
import { firstAfter, PROMOTION_KIND, type MeasureTable } from './measureTable';

/** 24 months in days (a month is 30.4375 days) */
const FIRST_24_MONTHS = 24 * DAYS_PER_MONTH;
const DAYS_PER_YEAR = 365.25;

/**
 * Promotion of matched participants vs their controls (impact.md, Effects, "Promotion"):
 * - time from the (pseudo-)origin to the first promotion dated after it and within follow-up (on or
 *   before `FollowUp.lastDay`); leaving first is the competing event (a promotion dated on the exit
 *   day counts as a promotion, as a ReadyDate does in readiness); the Aalen–Johansen incidence
 *   (`cumulativeIncidence`) gives promoted by 12 and 24 months with the delta-method interval
 *   (`cumulativeIncidenceVariance`), and the difference F₁ − F₀ with ± z·√(V₁ + V₀);
 * - promotions per person-year in the first 24 months (730.5 days): every promotion dated in
 *   (origin, min(lastDay, origin + 730.5)], person-time min(end, origin + 730.5) − origin in years of
 *   365.25 days; the rate ratio with exp(ln RR ± z·√(1/a + 1/b)), none when a or b is 0.
 * A point beyond either side's follow-up is not estimated (null with a reason). The promotions are
 * the Promotion rows of the Measures sheet's `MeasureTable` (`isPromotion`: case and spaces folded),
 * `persons` each Participants row's person in it (`MeasureTable.personsOf`).
 */
export function promotionEffect(participants: readonly FollowUp[], controls: readonly FollowUp[], promotions: MeasureTable, persons: Int32Array): PromotionEffect {
  const a = side(participants, promotions, persons);
  const b = side(controls, promotions, persons);
  return {
    nParticipants: participants.length,
    nControls: controls.length,
    participants: a.figures,
    controls: b.figures,
    differenceAt12: differenceAt(a.curve, b.curve, 12),
    differenceAt24: differenceAt(a.curve, b.curve, 24),
    rateRatio: rateRatio(a.figures, b.figures),
  };
}

function side(people: readonly FollowUp[], promotions: MeasureTable, persons: Int32Array): { figures: PromotionSide; curve: IncidenceCurve } {
  const dates = promotions.dates;
  const times = new Float64Array(people.length);
  const causes = new Uint8Array(people.length);
  let count24 = 0;
  let days24 = 0;
  people.forEach((f, i) => {
    promotions.find(persons[f.row], PROMOTION_KIND);
    const { from, to } = promotions;
    const first = firstAfter(dates, from, to, f.origin);
    if (first < to && dates[first] <= f.lastDay) {
      times[i] = (dates[first] - f.origin) / DAYS_PER_MONTH;
      causes[i] = 1;
    } else {
      times[i] = (f.end - f.origin) / DAYS_PER_MONTH;
      causes[i] = f.left ? 2 : 0;
    }
    const horizon = f.origin + FIRST_24_MONTHS;
    count24 += Math.max(0, firstAfter(dates, from, to, Math.min(f.lastDay, horizon)) - first);
    days24 += Math.min(f.end, horizon) - f.origin;
  });
  const curve = cumulativeIncidence(times, causes);
  const personYears = days24 / DAYS_PER_YEAR;
  return {
    curve,
    figures: {
      n: curve.n,
      promoted: curve.events1,
      leftBeforePromotion: curve.events2,
      censored: curve.censored,
      at12: incidenceEstimate(curve, 12),
      at24: incidenceEstimate(curve, 24),
      promotions24: count24,
      personYears24: personYears,
      ratePerPersonYear: personYears > 0 ? count24 / personYears : null,
    },
  };
}

function incidenceEstimate(curve: IncidenceCurve, months: number): Estimate {
  if ((curve.lastTime ?? 0) < months) return notFollowedYet(months, curve.lastTime ?? 0);
  const band = cumulativeIncidenceVariance(curve, months);
  return { value: band.cumulative, lower: band.lower, upper: band.upper };
}

function differenceAt(a: IncidenceCurve, b: IncidenceCurve, months: number): Difference {
  const short = [a, b].find((c) => (c.lastTime ?? 0) < months);
  if (short) return notFollowedYet(months, short.lastTime ?? 0);
  const x = cumulativeIncidenceVariance(a, months);
  const y = cumulativeIncidenceVariance(b, months);
  const value = x.cumulative - y.cumulative;
  const half = Z95 * Math.sqrt(x.variance + y.variance);
  return { value, lower: value - half, upper: value + half };
}

function rateRatio(a: PromotionSide, b: PromotionSide): Estimate {
  if (a.promotions24 === 0 || b.promotions24 === 0) {
    const who = a.promotions24 === 0 ? 'participants' : 'controls';
    return { value: null, lower: null, upper: null, reason: `no promotion among the ${who} in the first 24 months, so no rate ratio` };
  }
  const rr = a.ratePerPersonYear! / b.ratePerPersonYear!;
  const half = Z95 * Math.sqrt(1 / a.promotions24 + 1 / b.promotions24);
  return { value: rr, lower: Math.exp(Math.log(rr) - half), upper: Math.exp(Math.log(rr) + half) };
}
