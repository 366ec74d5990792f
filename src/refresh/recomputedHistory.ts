import { quarterOf } from '../calendar/quarter';
import { type HistoryRow, historyRowsOf } from '../dashboard/history';
import type { IntakeResult } from '../intake/intake';
import type { Day } from '../model/day';
import { refreshReport } from '../report/refreshReport';

/** How many quarters before the first refresh History is given, so every tile has a change on day one. */
export const RECOMPUTED_QUARTERS = 4;

/**
 * The ends of the `count` quarters before the one that contains A, oldest first.
 *
 * @example previousQuarterEnds(dayFromIso('2026-09-30'), 2).map(isoFromDay) // ["2026-03-31", "2026-06-30"]
 */
export function previousQuarterEnds(asOf: Day, count: number): Day[] {
  const ends: Day[] = [];
  let end = quarterOf(asOf).first - 1;
  for (let i = 0; i < count; i++) {
    ends.unshift(end);
    end = quarterOf(end).first - 1;
  }
  return ends;
}

/**
 * History rows for the quarters before a first refresh (dashboards.md, History; trends from the first
 * refresh): when
 * the History carried forward has no quarter earlier than A's, every figure of History is computed as
 * of each of the previous four quarter ends, from the data as it is now, through the same report
 * (and so the same privacy pass; only the parts History reads: scope 'history'), and marked `recomputed`. Otherwise nothing: a History with earlier
 * quarters is the record, and recomputed rows never replace rows a refresh wrote (`mergeHistory`).
 */
export function recomputedHistory(result: IntakeResult, settings: { readonly asOf: Day; readonly minGroup: number; readonly now: Date; readonly inputFingerprint: string }, history: readonly HistoryRow[]): HistoryRow[] {
  const quarter = quarterOf(settings.asOf).label;
  if (history.some((h) => h.quarter < quarter)) return [];
  return previousQuarterEnds(settings.asOf, RECOMPUTED_QUARTERS).flatMap((end) =>
    historyRowsOf(refreshReport({ asOf: end, minGroup: settings.minGroup, refreshedAt: settings.now, inputFingerprint: settings.inputFingerprint, scope: 'history' }, result), 'recomputed'),
  );
}
