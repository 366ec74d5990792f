import type { Day } from './day';

export type ParticipantStatus = 'Active' | 'Completed' | 'Withdrawn';
export type ExitType = 'Voluntary' | 'Involuntary' | 'Retirement' | 'Other';
export type ReadinessRating = 'Ready now' | 'Ready 1-2 years' | 'Ready 3+ years' | 'Not ready';
export type MentorType = 'Internal mentor' | 'External coach' | 'Sponsor';
export type PairingRole = 'Mentor' | 'Coach' | 'Sponsor';
export type RotationStatus = 'Planned' | 'Active' | 'Completed' | 'Cancelled';
export type RespondentRole =
  | 'Mentee'
  | 'Mentor'
  | 'Coach'
  | 'Sponsor'
  | 'Peer'
  | 'Manager'
  | 'Direct report'
  | 'Other';

/**
 * Every record knows its 1-based row on its sheet, so every later finding can point at its cell; the
 * sheet's name is in ProgramData.sheetNames (one name per canonical sheet, not one object per row:
 * a million survey answers would otherwise carry a million small objects).
 */

/** One row of the Participants sheet: a person in the eligible pool (participant or comparison). */
export interface Participant {
  /** 1-based row on its sheet (see ProgramData.sheetNames) */
  readonly row: number;
  readonly personId: string;
  readonly name?: string;
  /** InProgram, or (column absent or blank) whether ProgramStart is filled */
  readonly inProgram: boolean;
  readonly cohort?: string;
  readonly track?: string;
  readonly businessUnit?: string;
  readonly function?: string;
  readonly location?: string;
  /** the Level as written (text), e.g. "7" or "Director" */
  readonly level?: string;
  /** the Level as a number where it is one (higher is more senior) */
  readonly levelNumber?: number;
  readonly managerId?: string;
  readonly highPotential?: boolean;
  readonly eligibleDate?: Day;
  readonly programStart?: Day;
  readonly programEnd?: Day;
  readonly status?: ParticipantStatus;
  readonly exitDate?: Day;
  readonly exitType?: ExitType;
  readonly regrettable?: boolean;
  readonly readyDate?: Day;
  /** ReadyDate is before ProgramStart: the person is left out of time-to-readiness (metrics.md) */
  readonly excludedFromReadiness?: boolean;
  readonly readinessRating?: ReadinessRating;
  readonly targetRole?: string;
  /** HireDate (impact.md): the date of hire, for the tenure band of the matched comparison */
  readonly hireDate?: Day;
  /** demographic attributes by their column name (as mapped), blank values left out */
  readonly attributes: Readonly<Record<string, string>>;
}

/** One row of the Mentors sheet: an internal mentor, an external coach or a sponsor. */
export interface Mentor {
  /** 1-based row on its sheet (see ProgramData.sheetNames) */
  readonly row: number;
  readonly mentorId: string;
  readonly name?: string;
  readonly mentorType: MentorType;
  readonly level?: string;
  readonly levelNumber?: number;
  readonly businessUnit?: string;
  readonly function?: string;
  readonly location?: string;
  readonly managerId?: string;
  readonly capacity?: number;
  readonly capacityHours?: number;
  readonly vendor?: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** One row of the Pairings sheet: a mentoring, coaching or sponsorship relationship. */
export interface Pairing {
  /** 1-based row on its sheet (see ProgramData.sheetNames) */
  readonly row: number;
  readonly personId: string;
  readonly mentorId: string;
  /** Role, or (absent) taken from the mentor's MentorType; undefined only if neither is known */
  readonly role?: PairingRole;
  readonly start: Day;
  readonly end?: Day;
  readonly endReason?: string;
  readonly sessions?: number;
  readonly hours?: number;
  readonly lastMeeting?: Day;
}

/** One row of the Rotations sheet: a rotation, or one checkpoint of a rotation. */
export interface Rotation {
  /** 1-based row on its sheet (see ProgramData.sheetNames) */
  readonly row: number;
  readonly personId: string;
  readonly function: string;
  readonly start: Day;
  readonly end?: Day;
  readonly checkpointDate?: Day;
  readonly checkpointRating?: number;
  readonly status?: RotationStatus;
}

/** One row of the Surveys sheet: one answer (long format). */
export interface SurveyAnswer {
  /** 1-based row on its sheet (see ProgramData.sheetNames) */
  readonly row: number;
  readonly respondentId: string;
  readonly respondentRole?: RespondentRole;
  readonly date: Day;
  readonly instrument: string;
  readonly item?: string;
  readonly score: number;
  /** ScaleMax, or (absent) 10 for NPS items and 5 otherwise */
  readonly scaleMax: number;
  readonly aboutId?: string;
}

/** the Measure of a promotion (impact.md): its synonyms (Promoted, Promotion; case and spaces folded) are read as this */
export const PROMOTION = 'Promotion';

/**
 * One row of the optional Measures sheet (impact.md, long format): an observation of a KPI about a
 * participant, or a promotion (an event: Measure `PROMOTION`, no value).
 */
export interface Measure {
  /** 1-based row on its sheet */
  readonly row: number;
  /** a PersonID of Participants */
  readonly personId: string;
  /** when the value was observed (a rating's review date, a promotion's effective date) */
  readonly date: Day;
  /** `PROMOTION`, `Performance rating`, or any KPI name, as written (trimmed) */
  readonly measure: string;
  /** the value; null for a promotion */
  readonly value: number | null;
}

/**
 * One row of the optional Preferences sheet (matching.md): a mentee's ranked wish for a mentor, coach
 * or sponsor. Rank 1 is the first wish; a mentee ranks up to five, each rank and each giver once.
 */
export interface Preference {
  /** a PersonID of Participants: the mentee */
  readonly personId: string;
  /** a MentorID of Mentors: the giver wished for */
  readonly mentorId: string;
  /** 1..5, 1 the first wish */
  readonly rank: number;
}
