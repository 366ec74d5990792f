import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import { readinessBench } from './readinessBench';
import { readinessDurations, type ReadinessDurations } from './readinessDurations';
import { readinessSegments, type ReadinessSegmentAttribute } from './readinessSegments';
import { readinessSummary, readinessWithCurve } from './readinessSummary';
import type { NotAvailable, ReadinessResult, ReadinessSummary } from './metricResults';

export type { ReadinessSegmentAttribute } from './readinessSegments';

export interface ReadinessOptions {
  /**
   * the segment attributes to report (default all: Track, Cohort, External coach, Sponsor,
   * Completed rotations); one the data cannot give (no column or sheet) is left out
   */
  readonly segmentAttributes?: readonly ReadinessSegmentAttribute[];
}

/**
 * Time-to-readiness (metrics.md, "Time-to-readiness (becoming ready for a critical role)"), as of A:
 * - population: participants (InProgram) with ProgramStart ≤ A, less rows whose ReadyDate is before
 *   ProgramStart (`readinessDurations`);
 * - duration in months from ProgramStart to ReadyDate if ReadyDate ≤ A (ready), else to ExitDate if
 *   ExitDate ≤ A (left before ready, the competing event), else to A (still in development);
 * - the **cumulative incidence** of becoming ready (Aalen–Johansen; not 1 − Kaplan–Meier) as a
 *   curve, ready by 12 and 24 months with 95% intervals, the **median months to ready**, the counts
 *   (`readinessSummary`);
 * - segments by Track, Cohort, support type (External coach yes/no, Sponsor yes/no) and completed
 *   rotations 0 / 1 / 2+ (`readinessSegments`), each with its n, groups with nobody left out;
 * - the current bench by ReadinessRating and TargetRole (`readinessBench`).
 * Not available (with the reason in plain words) without a Participants sheet, a ProgramStart or a
 * ReadyDate column, or when no participant had started by A.
 */
export function computeReadiness(data: ProgramData, asOf: Day, options: ReadinessOptions = {}): ReadinessResult | NotAvailable {
  const cols = data.columns.Participants;
  if (!cols.includes('PersonID')) return { available: false, reason: 'not available: no Participants sheet with a PersonID column' };
  if (!cols.includes('ProgramStart')) {
    return { available: false, reason: 'not available: the Participants sheet has no ProgramStart column' };
  }
  if (!cols.includes('ReadyDate')) {
    return { available: false, reason: 'not available: the Participants sheet has no ReadyDate column, so nobody can be counted as ready' };
  }
  const all = readinessDurations(data.participants, asOf);
  if (all.people.length === 0) {
    const started = data.participants.some((p) => p.inProgram && p.programStart !== undefined && p.programStart <= asOf);
    return {
      available: false,
      reason: started
        ? 'not available: every participant who had started by the as-of date has a ReadyDate before their ProgramStart'
        : 'not available: no participant had started the program by the as-of date',
    };
  }

  const segments: (ReadinessSummary & { readonly attribute: string; readonly group: string })[] = [];
  for (const { attribute, groupOf, order } of readinessSegments(data, asOf, options.segmentAttributes)) {
    const groups = new Map<string, number[]>();
    all.people.forEach((p, i) => {
      const g = groupOf(p);
      if (g === undefined) return;
      let members = groups.get(g);
      if (!members) groups.set(g, (members = []));
      members.push(i);
    });
    const names = order ? order.filter((g) => groups.has(g)) : [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const group of names) segments.push({ attribute, group, ...subsetSummary(all, groups.get(group)!) });
  }

  return {
    ...readinessWithCurve(all.times, all.causes),
    segments,
    bench: readinessBench(data.participants, asOf),
  };
}

function subsetSummary(all: ReadinessDurations, members: readonly number[]): ReadinessSummary {
  const times = new Float64Array(members.length);
  const causes = new Uint8Array(members.length);
  members.forEach((i, k) => {
    times[k] = all.times[i];
    causes[k] = all.causes[i];
  });
  return readinessSummary(times, causes);
}
