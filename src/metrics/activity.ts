import type { Day } from '../model/day';
import type { Pairing, Participant } from '../model/records';

/**
 * Who and what is active at the as-of date, as metrics.md defines it; shared by every metric so that
 * "active" means one thing.
 */

/** The origin of a time-to-event population: ProgramStart for participants, EligibleDate for the comparison pool. */
export function originOf(p: Participant): Day | undefined {
  return p.inProgram ? p.programStart : p.eligibleDate;
}

/**
 * An active participant at A: InProgram, origin ≤ A, not exited by A, Status not Withdrawn or
 * Completed (metrics.md, Program operations) at A. Status is the participant's state when the
 * workbook was saved and ProgramEnd dates it: a participant Withdrawn or Completed with a ProgramEnd
 * after A was still in the program at A (so a refresh as of an earlier quarter end, or the quarters
 * History recomputes, count the people who were in the program then); with ProgramEnd blank, or on
 * or before A, Withdrawn or Completed means not active.
 */
export function isActiveParticipant(p: Participant, asOf: Day): boolean {
  return (
    p.inProgram &&
    p.programStart !== undefined &&
    p.programStart <= asOf &&
    !(p.exitDate !== undefined && p.exitDate <= asOf) &&
    !((p.status === 'Withdrawn' || p.status === 'Completed') && (p.programEnd === undefined || p.programEnd <= asOf))
  );
}

/** An active pairing at A: Start ≤ A and End blank or after A (metrics.md, Program operations). */
export function isActivePairing(pairing: Pairing, asOf: Day): boolean {
  return pairing.start <= asOf && (pairing.end === undefined || pairing.end > asOf);
}

/** Employed at D: origin ≤ D and ExitDate blank or after D (metrics.md, Period figures). */
export function isEmployedAt(p: Participant, day: Day): boolean {
  const origin = originOf(p);
  return origin !== undefined && origin <= day && (p.exitDate === undefined || p.exitDate > day);
}
