import type { Day } from '../model/day';
import type { Participant } from '../model/records';

/** One person's follow-up in the matched comparison: from its (pseudo-)origin to the end of its clock. */
export interface FollowUp {
  readonly person: Participant;
  /** the person's index in the input's Participants rows */
  readonly row: number;
  /** I_p: ProgramStart for a participant, its participant's I_p for a control (the pseudo-origin) */
  readonly origin: Day;
  /** where its clock stops: the exit, A, or (a control who joins the program by A) its ProgramStart */
  readonly end: Day;
  /** the clock stops at an exit that counts (retention's event) */
  readonly left: boolean;
  /**
   * the last day an observation counts (a promotion, a measure): `end`, except for a control censored
   * at its ProgramStart, where an event dated on or after that day is not counted (the day before)
   */
  readonly lastDay: Day;
}

/**
 * A matched participant's follow-up (metrics.md, Retention): from ProgramStart to its ExitDate when
 * that is ≤ A (an exit), else to A.
 *
 * @example participantFollowUp({ programStart: 100, exitDate: 400, … }, 0, 500) // { origin: 100, end: 400, left: true, lastDay: 400, row: 0, … }
 */
export function participantFollowUp(p: Participant, row: number, asOf: Day): FollowUp {
  const origin = p.programStart!;
  const left = p.exitDate !== undefined && p.exitDate <= asOf;
  const end = left ? p.exitDate! : asOf;
  return { person: p, row, origin, end, left, lastDay: end };
}

/**
 * A control's follow-up (impact.md, "Each control's clock starts at its participant's I_p"): from
 * the pseudo-origin to its ExitDate when that is ≤ A, else to A; a control who later joins the
 * program is censored at its own ProgramStart when that is ≤ A (no immortal time): an exit, a
 * promotion or a measure dated on or after that day is not counted for it.
 *
 * @example controlFollowUp({ inProgram: true, programStart: 300, exitDate: 300, … }, 7, 100, 500) // { origin: 100, end: 300, left: false, lastDay: 299, row: 7, … }
 */
export function controlFollowUp(c: Participant, row: number, origin: Day, asOf: Day): FollowUp {
  const joins = c.inProgram && c.programStart !== undefined && c.programStart <= asOf ? c.programStart : undefined;
  const exit = c.exitDate !== undefined && c.exitDate <= asOf ? c.exitDate : undefined;
  if (joins !== undefined && (exit === undefined || exit >= joins)) return { person: c, row, origin, end: joins, left: false, lastDay: joins - 1 };
  if (exit !== undefined) return { person: c, row, origin, end: exit, left: true, lastDay: exit };
  return { person: c, row, origin, end: asOf, left: false, lastDay: asOf };
}
