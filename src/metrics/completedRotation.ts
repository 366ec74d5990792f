import type { Day } from '../model/day';
import type { Rotation, RotationStatus } from '../model/records';

/**
 * When a rotation counts as completed, one rule for every metric (operations' rotation figures and
 * readiness by completed rotations). A rotation is (PersonID, Function, Start); its rows may be one
 * per checkpoint.
 */

/** What the rows of one rotation say so far: the status of its latest row that has one, its latest End. */
export interface RotationState {
  readonly function: string;
  readonly start: Day;
  status: RotationStatus | undefined;
  /** CheckpointDate of the row the status came from (−∞ for none) */
  statusAt: number;
  end: Day | undefined;
}

export function addRow(state: RotationState, r: Rotation): void {
  // rows in sheet order: a later row with the same (or no) checkpoint date overrides an earlier one
  const at = r.checkpointDate ?? -Infinity;
  if (r.status !== undefined && at >= state.statusAt) {
    state.status = r.status;
    state.statusAt = at;
  }
  if (r.end !== undefined && (state.end === undefined || r.end > state.end)) state.end = r.end;
}

export function completedAt(state: RotationState, asOf: Day): boolean {
  if (state.status === 'Completed') return state.end === undefined || state.end <= asOf;
  return state.status === undefined && state.end !== undefined && state.end <= asOf;
}

/**
 * A rotation (all its rows) completed at A, as the Rotations figures of Program operations count it
 * (`computeRotations`): its Status is the one on its latest row that has one (by CheckpointDate, then
 * sheet order), its End the latest End on its rows; completed = Status Completed with End blank or
 * ≤ A, or Status blank and End ≤ A (a Completed status dated after A has not happened yet). The
 * caller checks Start ≤ A.
 */
export function isCompletedRotation(rows: readonly Rotation[], asOf: Day): boolean {
  if (rows.length === 0) return false;
  const state: RotationState = { function: rows[0].function, start: rows[0].start, status: undefined, statusAt: -Infinity, end: undefined };
  for (const r of rows) addRow(state, r);
  return completedAt(state, asOf);
}
