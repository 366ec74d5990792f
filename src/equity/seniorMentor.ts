import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Pairing } from '../model/records';

/** A senior mentor is at least this many Levels above the mentee (equity.md, Senior mentor). */
export const SENIOR_LEVEL_GAP = 2;

/**
 * A senior-mentor pairing (equity.md, "Access equity", Senior mentor): Role Mentor or Sponsor,
 * Start ≤ A, and the mentor's Level ≥ the mentee's Level + 2, only where both Levels are numeric.
 * One rule for the Senior mentor resource and the senior-mentor share of Mentor load.
 */
export function isSeniorPairing(pairing: Pairing, asOf: Day, menteeLevel: number | undefined, mentorLevel: number | undefined): boolean {
  return (
    (pairing.role === 'Mentor' || pairing.role === 'Sponsor') &&
    pairing.start <= asOf &&
    menteeLevel !== undefined &&
    mentorLevel !== undefined &&
    mentorLevel >= menteeLevel + SENIOR_LEVEL_GAP
  );
}

/**
 * The numeric Level of each mentor of the given ids: the Mentors row's (first row of an id), else,
 * for an employee who mentors (MentorID = PersonID) with a blank Level there, the Participants row's
 * (first row).
 */
export function mentorLevels(data: ProgramData, mentorIds: Iterable<string>): Map<string, number> {
  const wanted = new Set(mentorIds);
  const levels = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of data.mentors) {
    if (!wanted.has(m.mentorId) || seen.has(m.mentorId)) continue;
    seen.add(m.mentorId);
    if (m.levelNumber !== undefined && Number.isFinite(m.levelNumber)) levels.set(m.mentorId, m.levelNumber);
  }
  for (const id of levels.keys()) wanted.delete(id);
  if (wanted.size > 0) {
    for (const p of data.participants) {
      if (!wanted.delete(p.personId)) continue; // first row only
      if (p.levelNumber !== undefined && Number.isFinite(p.levelNumber)) levels.set(p.personId, p.levelNumber);
    }
  }
  return levels;
}
