import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Participant } from '../model/records';
import { logRank } from '../stats/logRank';
import { standardPeriods } from './periodFigures';
import { groupBy, segmentAttributes } from './segmentAttributes';
import { kaplanMeier, type KaplanMeierCurve } from '../stats/kaplanMeier';
import { survivalDifference } from '../stats/survivalDifference';
import { survivalSummary, withCurve } from './survivalSummary';
import { timeToLeave } from './timeToLeave';
import type { NotAvailable, RetentionGap, RetentionResult } from './metricResults';
import { notFollowedYet } from './unestimated';

/**
 * Retention (metrics.md, "Retention (time to leaving)"): Kaplan–Meier curves of participants (origin
 * ProgramStart) and of the comparison pool (origin EligibleDate) with log-log bands, S at 12 and 24
 * months, median, RMST over 24 months; the log-rank test of participants vs comparison pool and
 * the gap at 12 months (participants minus comparison, `retentionGap`);
 * regrettable retention (event = a regrettable exit: Regrettable true, or ExitType Voluntary where the
 * Regrettable column is absent; other exits censored at their ExitDate); period retention and turnover
 * for the quarter and the twelve months ending at A; segments of participants by Cohort, Track,
 * BusinessUnit and each demographic attribute.
 */
export function computeRetention(data: ProgramData, asOf: Day): RetentionResult | NotAvailable {
  const cols = data.columns.Participants;
  if (!cols.includes('PersonID')) return { available: false, reason: 'not available: no Participants sheet with a PersonID column' };
  if (!cols.includes('ProgramStart')) {
    return { available: false, reason: 'not available: the Participants sheet has no ProgramStart column' };
  }
  const inProgram = data.participants.filter((p) => p.inProgram);
  const pool = data.participants.filter((p) => !p.inProgram);
  const participants = timeToLeave(inProgram, asOf);
  if (participants.people.length === 0) {
    return { available: false, reason: 'not available: no participant had started the program by the as-of date' };
  }

  const hasPool = cols.includes('EligibleDate');
  const comparison = hasPool ? timeToLeave(pool, asOf) : undefined;
  const comparisonMissing: NotAvailable | undefined = !hasPool
    ? { available: false, reason: 'not available: the Participants sheet has no EligibleDate column, so the comparison pool has no start' }
    : comparison!.people.length === 0
      ? { available: false, reason: 'not available: nobody in the comparison pool (InProgram false with an EligibleDate on or before the as-of date)' }
      : undefined;

  const regrettableBy = cols.includes('Regrettable')
    ? { definition: 'Regrettable' as const, isEvent: (p: Participant) => p.regrettable === true }
    : cols.includes('ExitType')
      ? { definition: 'ExitType Voluntary' as const, isEvent: (p: Participant) => p.exitType === 'Voluntary' }
      : undefined;

  const participantCurve = kaplanMeier(participants.times, participants.events);
  const comparisonCurve = comparisonMissing ? undefined : kaplanMeier(comparison!.times, comparison!.events);
  return {
    participants: withCurve(participantCurve),
    comparison: comparisonMissing ?? withCurve(comparisonCurve!),
    logRank: comparisonMissing ?? twoGroupLogRank(participants, comparison!),
    gapAt12: comparisonMissing ?? retentionGap(participantCurve, comparisonCurve!, 12),
    regrettable: regrettableBy
      ? {
          definition: regrettableBy.definition,
          participants: summaryOf(timeToLeave(inProgram, asOf, regrettableBy.isEvent)),
          comparison: comparisonMissing ?? summaryOf(timeToLeave(pool, asOf, regrettableBy.isEvent)),
        }
      : { available: false, reason: 'not available: the Participants sheet has neither a Regrettable nor an ExitType column' },
    period: {
      participants: standardPeriods(inProgram, asOf),
      comparison: hasPool ? standardPeriods(pool, asOf) : [],
    },
    segments: segmentAttributes(data).flatMap(({ attribute, groupOf }) =>
      groupBy(participants.people, groupOf).map(([group, people]) => {
        const d = timeToLeave(people, asOf);
        return { attribute, group, ...survivalSummary(d.times, d.events) };
      }),
    ),
  };
}

/**
 * Participants minus comparison pool at `months` (metrics.md; issue: the Board Dashboard's gap):
 * S_p − S_c with the Wald interval of `survivalDifference` (sum of the Greenwood variances); not
 * estimated (null with the reason) when either curve's follow-up is shorter than `months`.
 */
export function retentionGap(participants: KaplanMeierCurve, comparison: KaplanMeierCurve, months: number): RetentionGap {
  const n = Math.min(participants.n, comparison.n);
  const short = [participants, comparison].find((c) => (c.lastTime ?? 0) < months);
  if (short) return { n, ...notFollowedYet(months, short.lastTime ?? 0) };
  const d = survivalDifference(participants, comparison, months);
  return { n, value: d.difference, lower: d.lower, upper: d.upper };
}

function summaryOf(d: ReturnType<typeof timeToLeave>) {
  return survivalSummary(d.times, d.events);
}

function twoGroupLogRank(a: ReturnType<typeof timeToLeave>, b: ReturnType<typeof timeToLeave>) {
  const r = logRank([
    { times: a.times, events: a.events },
    { times: b.times, events: b.events },
  ]);
  return { chi2: r.chi2, df: r.df, p: r.p };
}
