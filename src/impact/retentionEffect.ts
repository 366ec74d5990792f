import { DAYS_PER_MONTH } from '../metrics/months';
import { survivalSummary } from '../metrics/survivalSummary';
import { notFollowedYet } from '../metrics/unestimated';
import { kaplanMeier, type KaplanMeierCurve } from '../stats/kaplanMeier';
import { logRank } from '../stats/logRank';
import { survivalDifference } from '../stats/survivalDifference';
import type { FollowUp } from './followUp';
import type { Difference, RetentionEffect } from './impactResults';

/**
 * Retention of matched participants vs their controls (impact.md, Effects, "Retention"): each
 * side's Kaplan–Meier from its (pseudo-)origin with the figures of metrics.md (`survivalSummary`: S
 * at 12 and 24 months with the log-log band, median, RMST over 24 months); the **difference**
 * S₁ − S₀ at 12 and 24 months with ± z·√(V₁ + V₀), V Greenwood's (`survivalDifference`), not
 * estimated where either side's follow-up is shorter; the difference of the RMSTs; the log-rank
 * test (`logRank`). Durations in months; the event is an exit that counts (`FollowUp.left`).
 */
export function retentionEffect(participants: readonly FollowUp[], controls: readonly FollowUp[]): RetentionEffect {
  const a = durations(participants);
  const b = durations(controls);
  const curveA = kaplanMeier(a.times, a.events);
  const curveB = kaplanMeier(b.times, b.events);
  const summaryA = survivalSummary(a.times, a.events);
  const summaryB = survivalSummary(b.times, b.events);
  const test = logRank([a, b]);
  return {
    nParticipants: participants.length,
    nControls: controls.length,
    participants: summaryA,
    controls: summaryB,
    differenceAt12: differenceAt(curveA, curveB, 12),
    differenceAt24: differenceAt(curveA, curveB, 24),
    rmst24Difference: summaryA.rmst24 !== null && summaryB.rmst24 !== null ? summaryA.rmst24 - summaryB.rmst24 : null,
    logRank: { chi2: test.chi2, df: test.df, p: test.p },
  };
}

/** months from origin to end, event = a counted exit */
export function durations(people: readonly FollowUp[]): { times: Float64Array; events: Uint8Array } {
  const times = new Float64Array(people.length);
  const events = new Uint8Array(people.length);
  people.forEach((f, i) => {
    times[i] = (f.end - f.origin) / DAYS_PER_MONTH;
    events[i] = f.left ? 1 : 0;
  });
  return { times, events };
}

function differenceAt(a: KaplanMeierCurve, b: KaplanMeierCurve, months: number): Difference {
  const short = [a, b].find((c) => (c.lastTime ?? 0) < months);
  if (short) return notFollowedYet(months, short.lastTime ?? 0);
  const d = survivalDifference(a, b, months);
  return { value: d.difference, lower: d.lower, upper: d.upper };
}
