import { isoFromDay } from '../calendar/isoFromDay';
import { groupBy } from '../metrics/segmentAttributes';
import { timeToLeave, timeToLeaveOfDays } from '../metrics/timeToLeave';
import { withCurve } from '../metrics/survivalSummary';
import { notFollowedYet } from '../metrics/unestimated';
import { kaplanMeier, type KaplanMeierCurve } from '../stats/kaplanMeier';
import { kmMedian } from '../stats/kmMedian';
import { logRank } from '../stats/logRank';
import { survivalBandAt } from '../stats/survivalBandAt';
import { ArgumentProblem, FunctionError, fewerThanK, guarded, invalidValue, notAvailable } from './functionError';
import { type CellArgument, type RangeArgument, asOfDay, cellsOf, dateColumn, groupOf, monthsOf, sameLength } from './functionArguments';
import { participantRows } from './people';

/** What every function that needs them is given: k (the workbook's setting, else 5) and the clock. */
export interface FunctionContext {
  /** the minimum group size k of the privacy rule */
  readonly k: number;
  /** now, for the default as-of date (today) and the check that as-of is not after today */
  readonly now: Date;
}

/** One spilled table: rows of numbers and text ("" for an empty cell). */
export type Spill = (number | string)[][];

/** The header of CADRE.RETENTIONCURVE (functions.md). */
export const CURVE_HEADER = ['months', 'at risk', 'events', 'survival', 'lower', 'upper'] as const;

/**
 * The retention durations of the rows (metrics.md, Retention: `timeToLeaveOfDays`): t = min(exit, as-of)
 * − start in months, an event where the exit is on or before as-of; a blank start or a start after
 * as-of leaves the row out. An exit before its start is refused (#VALUE!), as it would be a negative
 * duration.
 */
function retentionDurations(starts: RangeArgument, exits: RangeArgument, asOf: CellArgument, ctx: FunctionContext): { times: Float64Array; events: Uint8Array } {
  const s = dateColumn(starts, 'starts');
  const e = dateColumn(exits, 'exits');
  sameLength([
    { name: 'starts', length: s.length },
    { name: 'exits', length: e.length },
  ]);
  exitsNotBeforeStarts(s, e);
  return timeToLeaveOfDays(s, e, asOfDay(asOf, ctx.now));
}

/** #VALUE! for a row whose exit is before its start. */
export function exitsNotBeforeStarts(starts: Float64Array, exits: Float64Array): void {
  for (let i = 0; i < starts.length; i++) {
    if (exits[i]! < starts[i]!) {
      throw new ArgumentProblem(invalidValue(`exits: value ${i + 1} (${isoFromDay(exits[i]!)}) is before its start (${isoFromDay(starts[i]!)})`));
    }
  }
}

/** The Kaplan–Meier curve of people who number k or more (else #N/A "fewer than k people"). */
function curveOf(d: { times: Float64Array; events: Uint8Array }, ctx: FunctionContext, asOf: CellArgument): KaplanMeierCurve | FunctionError {
  const n = d.times.length;
  if (n === 0) return notAvailable(`nobody had started by ${asOfText(asOf, ctx)}`);
  if (n < ctx.k) return fewerThanK(ctx.k);
  return kaplanMeier(d.times, d.events);
}

function asOfText(asOf: CellArgument, ctx: FunctionContext): string {
  return `as_of (${isoFromDay(asOfDay(asOf, ctx.now))})`;
}

/**
 * CADRE.RETENTION: Kaplan–Meier survival at `months` (default 12), the figure of the Board
 * Dashboard's retention tile (metrics.md: S(t) with the events before the censored at a tie). #N/A
 * where nobody has been followed that long ("nobody followed for 12 months yet"), never extrapolated.
 */
export function retention(starts: RangeArgument, exits: RangeArgument, months: CellArgument, asOf: CellArgument, ctx: FunctionContext): number | FunctionError {
  return guarded(() => {
    const t = monthsOf(months, 12);
    const curve = curveOf(retentionDurations(starts, exits, asOf, ctx), ctx, asOf);
    if (curve instanceof FunctionError) return curve;
    if ((curve.lastTime ?? 0) < t) return notAvailable(notFollowedYet(t, curve.lastTime ?? 0).reason!);
    return survivalBandAt(curve, t).survival;
  });
}

/**
 * CADRE.RETENTIONCURVE: the Kaplan–Meier curve as a table (header row first): every event time in
 * months with the number at risk, events, S and its log-log band (blank where undefined). As on the
 * dashboards, the points where fewer than k people remain at risk (the tail) are left out.
 */
export function retentionCurve(starts: RangeArgument, exits: RangeArgument, asOf: CellArgument, ctx: FunctionContext): Spill | FunctionError {
  return guarded(() => {
    const curve = curveOf(retentionDurations(starts, exits, asOf, ctx), ctx, asOf);
    if (curve instanceof FunctionError) return curve;
    const rows: Spill = [[...CURVE_HEADER]];
    for (const p of withCurve(curve).curve) {
      if (p.atRisk < ctx.k) continue;
      rows.push([p.months, p.atRisk, p.events, p.survival, p.lower ?? '', p.upper ?? '']);
    }
    return rows;
  });
}

/** CADRE.MEDIANMONTHS: the smallest t with S(t) ≤ 0.5, in months; #N/A "not reached" when S stays above 0.5. */
export function medianMonths(starts: RangeArgument, exits: RangeArgument, asOf: CellArgument, ctx: FunctionContext): number | FunctionError {
  return guarded(() => {
    const curve = curveOf(retentionDurations(starts, exits, asOf, ctx), ctx, asOf);
    if (curve instanceof FunctionError) return curve;
    return kmMedian(curve) ?? notAvailable('not reached: retention stays above 50% over the follow-up');
  });
}

/**
 * CADRE.LOGRANK: p of the log-rank test (metrics.md) across the groups of `groups` (a blank group
 * leaves the row out). As outcome equity does, a group of fewer than k people is not tested; #N/A
 * when fewer than two groups of k or more remain.
 */
export function logRankP(starts: RangeArgument, exits: RangeArgument, groups: RangeArgument, asOf: CellArgument, ctx: FunctionContext): number | FunctionError {
  return guarded(() => {
    const s = dateColumn(starts, 'starts');
    const e = dateColumn(exits, 'exits');
    const g = cellsOf(groups).map(groupOf);
    sameLength([
      { name: 'starts', length: s.length },
      { name: 'exits', length: e.length },
      { name: 'groups', length: g.length },
    ]);
    exitsNotBeforeStarts(s, e);
    const d = timeToLeave(
      participantRows(s, { exits: e, groups: g }).filter((p) => p.attributes.group !== undefined),
      asOfDay(asOf, ctx.now),
    );
    const position = new Map(d.people.map((p, i) => [p, i]));
    const tested = groupBy(d.people, (p) => p.attributes.group)
      .filter(([, members]) => members.length >= ctx.k)
      .map(([, members]) => ({ times: members.map((p) => d.times[position.get(p)!]!), events: members.map((p) => d.events[position.get(p)!]!) }));
    if (tested.length < 2) return notAvailable(`fewer than two groups of ${ctx.k} or more people to compare`);
    return logRank(tested).p ?? notAvailable('no event to compare the groups by');
  });
}
