import { median } from 'simple-statistics';
import { isCompletedRotation } from './completedRotation';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Pairing, Rotation } from '../model/records';
import { meanAndVariance, wilsonInterval } from '../stats';
import { isActivePairing, isActiveParticipant } from './activity';
import type { NotAvailable, OperationsResult } from './metricResults';

/** An active pairing is inactive when its LastMeeting is more than this many days before A. */
export const INACTIVE_AFTER_DAYS = 90;

type RotationFigures = Exclude<OperationsResult['rotations'], NotAvailable>;

/** Rotations figures, with the rotation counts behind them (rows per checkpoint counted once). */
export interface OperationsRotations extends RotationFigures {
  /** distinct rotations (PersonID, Function, Start) of participants, starting on or before A */
  readonly rotationCount: number;
  /** of these, the completed ones */
  readonly completedRotations: number;
}

type PerPairing = OperationsResult['sessionsPerActivePairing'];

/**
 * `OperationsResult` with a plain-words `reason` where a figure is null because its input is missing,
 * and the rotation counts.
 */
export interface OperationsFigures extends OperationsResult {
  readonly matchRate: OperationsResult['matchRate'] & { readonly reason?: string };
  readonly sessionsPerActivePairing: PerPairing & { readonly reason?: string };
  readonly hoursPerActivePairing: PerPairing & { readonly reason?: string };
  /** why the inactive-pairing count is not informative (no Pairings sheet or no LastMeeting column) */
  readonly inactivePairingsReason?: string;
  readonly rotations: OperationsRotations | NotAvailable;
}

/**
 * Program operations (metrics.md, "Program operations"), at the as-of date A:
 * - **Match rate** = active participants with at least one active pairing (any Role) at A ÷ active
 *   participants (`isActiveParticipant`: InProgram, ProgramStart ≤ A, not exited by A, Status not
 *   Withdrawn/Completed), with a Wilson interval; n = active participants.
 * - **Active pairings**: Start ≤ A and End blank or after A (`isActivePairing`), whoever the mentee.
 * - **Inactive pairings**: active pairings whose LastMeeting is more than 90 days before A
 *   (A − LastMeeting > 90; 90 days is still active); pairings without a LastMeeting are not judged, and
 *   `pairingsWithLastMeeting` counts those that are.
 * - **Sessions and hours per active pairing**: over active pairings with a value, n, mean and median.
 * - **Rotations** (`computeRotations`).
 */
export function computeOperations(data: ProgramData, asOf: Day): OperationsFigures {
  const pairingColumns = data.columns.Pairings;
  const hasPairings = pairingColumns.length > 0;
  const noPairings = 'not available: the workbook has no Pairings sheet';

  const active = data.pairings.filter((p) => isActivePairing(p, asOf));
  const paired = new Set(active.map((p) => p.personId));
  let n = 0;
  let matched = 0;
  for (const p of data.participants) {
    if (!isActiveParticipant(p, asOf)) continue;
    n++;
    if (paired.has(p.personId)) matched++;
  }
  const wilson = wilsonInterval(matched, n);
  const matchReason = !hasPairings ? noPairings : n === 0 ? 'no active participants at the as-of date' : undefined;
  const matchRate =
    matchReason !== undefined || wilson === null
      ? { value: null, matched, n, lower: null, upper: null, reason: matchReason ?? 'no active participants at the as-of date' }
      : { value: matched / n, matched, n, lower: wilson[0], upper: wilson[1] };

  let withLastMeeting = 0;
  let inactive = 0;
  for (const p of active) {
    if (p.lastMeeting === undefined) continue;
    withLastMeeting++;
    if (asOf - p.lastMeeting > INACTIVE_AFTER_DAYS) inactive++;
  }
  const inactivePairingsReason = !hasPairings
    ? noPairings
    : !pairingColumns.includes('LastMeeting')
      ? 'not available: the Pairings sheet has no LastMeeting column'
      : undefined;

  const perPairing = (column: 'Sessions' | 'Hours', value: (p: Pairing) => number | undefined): PerPairing & { reason?: string } => {
    const values: number[] = [];
    for (const p of active) {
      const v = value(p);
      if (v !== undefined) values.push(v);
    }
    const summary = { n: values.length, mean: meanAndVariance(values).mean, median: values.length > 0 ? median(values) : null };
    const reason = !hasPairings
      ? noPairings
      : !pairingColumns.includes(column)
        ? `not available: the Pairings sheet has no ${column} column`
        : values.length === 0
          ? `no active pairing has ${column} filled in`
          : undefined;
    return reason === undefined ? summary : { ...summary, reason };
  };

  return {
    matchRate,
    activeParticipants: n,
    activePairings: active.length,
    inactivePairings: inactive,
    pairingsWithLastMeeting: withLastMeeting,
    ...(inactivePairingsReason !== undefined ? { inactivePairingsReason } : {}),
    sessionsPerActivePairing: perPairing('Sessions', (p) => p.sessions),
    hoursPerActivePairing: perPairing('Hours', (p) => p.hours),
    rotations: computeRotations(data, asOf),
  };
}

/**
 * Rotations (metrics.md, "Program operations", Rotations), at the as-of date A, over the rotation rows
 * of participants in the program who started by A (InProgram, ProgramStart ≤ A); rows of anyone else
 * are left out.
 * - A rotation is (PersonID, Function, Start): a sheet with one row per checkpoint lists it once per
 *   checkpoint, and it is counted once. Its Status is the one on its latest row that has one (by
 *   CheckpointDate, then sheet order), its End the latest End on its rows.
 * - **Completed** (at A): Start ≤ A and either Status Completed with End blank or ≤ A, or Status
 *   blank and End ≤ A (a Completed status dated after A has not happened yet).
 * - `participantsWithCompleted`: participants with ≥ 1 completed rotation; `share` = that ÷
 *   participants (InProgram, ProgramStart ≤ A).
 * - **Coverage by Function**: participants with a rotation in the Function starting on or before A
 *   (any Status) ÷ participants; **mean checkpoint rating** of the Function over its rows with a
 *   CheckpointRating whose CheckpointDate is on or before A (or blank, the rotation having started),
 *   with their count.
 * - **Checkpoints**: rows with CheckpointDate ≤ A are due; `checkpointRatedShare` = due rows with a
 *   CheckpointRating ÷ due rows.
 * Not available when the workbook has no Rotations sheet.
 */
export function computeRotations(data: ProgramData, asOf: Day): OperationsRotations | NotAvailable {
  if (data.columns.Rotations.length === 0) return { available: false, reason: 'not available: the workbook has no Rotations sheet' };

  const started = new Set<string>();
  for (const p of data.participants) {
    if (p.inProgram && p.programStart !== undefined && p.programStart <= asOf) started.add(p.personId);
  }

  interface Grouped {
    readonly personId: string;
    readonly function: string;
    readonly start: Day;
    readonly rows: Rotation[];
  }
  const rotations = new Map<string, Grouped>();
  const functions = new Map<string, { people: Set<string>; ratings: number[]; raters: Set<string> }>();
  let due = 0;
  let rated = 0;
  for (const r of data.rotations) {
    if (!started.has(r.personId)) continue;
    const key = `${r.personId}\u0000${r.function}\u0000${r.start}`;
    let g = rotations.get(key);
    if (g === undefined) rotations.set(key, (g = { personId: r.personId, function: r.function, start: r.start, rows: [] }));
    g.rows.push(r);

    let f = functions.get(r.function);
    if (f === undefined) functions.set(r.function, (f = { people: new Set(), ratings: [], raters: new Set() }));
    if (r.start <= asOf) f.people.add(r.personId);
    const checkpointHappened = r.checkpointDate !== undefined ? r.checkpointDate <= asOf : r.start <= asOf;
    if (r.checkpointRating !== undefined && checkpointHappened) {
      f.ratings.push(r.checkpointRating);
      f.raters.add(r.personId);
    }
    if (r.checkpointDate !== undefined && r.checkpointDate <= asOf) {
      due++;
      if (r.checkpointRating !== undefined) rated++;
    }
  }

  const withCompleted = new Set<string>();
  let count = 0;
  let completed = 0;
  for (const g of rotations.values()) {
    if (g.start > asOf) continue;
    count++;
    if (isCompletedRotation(g.rows, asOf)) {
      completed++;
      withCompleted.add(g.personId);
    }
  }

  const participants = started.size;
  const share = (x: number): number | null => (participants > 0 ? x / participants : null);
  const byFunction = [...functions]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, f]) => ({
      function: name,
      participants: f.people.size,
      coverage: share(f.people.size),
      ratedParticipants: f.raters.size,
      checkpointRatings: f.ratings.length,
      meanCheckpointRating: meanAndVariance(f.ratings).mean,
    }));

  return {
    participantsWithCompleted: withCompleted.size,
    participants,
    share: share(withCompleted.size),
    byFunction,
    checkpointsDue: due,
    checkpointsRated: rated,
    checkpointRatedShare: due > 0 ? rated / due : null,
    rotationCount: count,
    completedRotations: completed,
  };
}
