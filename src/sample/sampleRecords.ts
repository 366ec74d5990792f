import type { Day } from '../model/day';

/**
 * The records the sample generator builds up stage by stage (mentors, pairing slots, rotations) and
 * the codes they use. People are kept column-wise in typed arrays (see `pool.ts`, `lifecycle.ts`);
 * a missing date is NaN (`NONE`), a missing code -1.
 */

/** a blank date */
export const NONE = NaN;

/** Mentor types (`MentorRec.type`), in the Mentors sheet's words */
export const TYPE_INTERNAL = 0;
export const TYPE_COACH = 1;
export const TYPE_SPONSOR = 2;
export const TYPE_NAMES = ['Internal mentor', 'External coach', 'Sponsor'] as const;

/** Pairing roles (`Slot.role`), in the Pairings sheet's words */
export const ROLE_MENTOR = 0;
export const ROLE_COACH = 1;
export const ROLE_SPONSOR = 2;
export const ROLE_NAMES = ['Mentor', 'Coach', 'Sponsor'] as const;

/** Participant status codes: indices into `vocabulary.STATUSES` */
export const STATUS_ACTIVE = 0;
export const STATUS_COMPLETED = 1;
export const STATUS_WITHDRAWN = 2;

/** One row of the Mentors sheet, while it is being built. */
export interface MentorRec {
  id: string;
  name: string;
  type: number;
  level: number;
  bu: number;
  fn: number;
  loc: number;
  gender: number;
  eth: number;
  /** pool index for an employee mentor whose MentorID is a PersonID; -1 otherwise */
  pool: number;
  vendor: number;
  nominal: number;
  capacity: number;
  capacityHours: number;
  /** ends of the pairings still open at the time being assigned (Infinity: open at asOf) */
  ends: number[];
  peak: number;
}

/** One pairing (a row of the Pairings sheet), while it is being built. */
export interface Slot {
  /** the participant's pool index */
  p: number;
  role: number;
  start: Day;
  /** NaN: still active at asOf */
  end: Day;
  reason: string | null;
  /** index into the mentors; -1 until assigned */
  mentor: number;
  /** the mentor this pairing must have (the planted conflict), -1 otherwise */
  forced: number;
  sessions: number;
  hours: number;
  lastMeeting: Day;
  /** 1-based row on the Pairings sheet, set when the sheet is written */
  row: number;
}

/** One row of the Rotations sheet. */
export interface RotationRec {
  p: number;
  fn: number;
  start: Day;
  end: Day;
  cpDate: Day;
  cpRating: number;
  status: string;
}
