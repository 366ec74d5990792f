import { dayFromIso } from '../calendar/dayFromIso';
import type { CanonicalSheet, ProgramData } from '../model/program';
import type { Mentor, MentorType, Pairing, PairingRole, Participant } from '../model/records';

/** A tiny ProgramData builder for the load, reporting-chain and conflict tests. */

export const d = dayFromIso;
export const A = d('2026-09-30');

/** rows per sheet, from 2 (row 1 is the header) */
export class Rows {
  private participants = 1;
  private mentors = 1;
  private pairings = 1;

  person(personId: string, more: Partial<Omit<Participant, 'row' | 'personId'>> = {}): Participant {
    return { row: ++this.participants, personId, inProgram: true, programStart: d('2025-01-01'), attributes: {}, ...more };
  }

  /** a Participants row of the comparison pool (not in the program) */
  poolPerson(personId: string, more: Partial<Omit<Participant, 'row' | 'personId'>> = {}): Participant {
    return this.person(personId, { inProgram: false, programStart: undefined, eligibleDate: d('2024-01-01'), ...more });
  }

  mentor(mentorId: string, mentorType: MentorType, more: Partial<Omit<Mentor, 'row' | 'mentorId' | 'mentorType'>> = {}): Mentor {
    return { row: ++this.mentors, mentorId, mentorType, attributes: {}, ...more };
  }

  pairing(
    personId: string,
    mentorId: string,
    role: PairingRole | undefined,
    start: string,
    more: { end?: string; hours?: number } = {},
  ): Pairing {
    return {
      row: ++this.pairings,
      personId,
      mentorId,
      role,
      start: d(start),
      end: more.end === undefined ? undefined : d(more.end),
      hours: more.hours,
    };
  }
}

const COLUMNS: Record<CanonicalSheet, string[]> = {
  Participants: ['PersonID', 'InProgram', 'ProgramStart', 'EligibleDate', 'Level', 'ManagerID'],
  Mentors: ['MentorID', 'MentorType', 'Level', 'ManagerID', 'Capacity', 'CapacityHours', 'Vendor'],
  Pairings: ['PersonID', 'MentorID', 'Role', 'Start', 'End', 'Hours'],
  Rotations: [],
  Surveys: [],
  Measures: [],
  Preferences: [],
};

export function program(parts: {
  participants?: readonly Participant[];
  mentors?: readonly Mentor[];
  pairings?: readonly Pairing[];
  attributes?: readonly string[];
}): ProgramData {
  return {
    participants: parts.participants ?? [],
    mentors: parts.mentors ?? [],
    pairings: parts.pairings ?? [],
    rotations: [],
    surveys: [],
    measures: [],
    preferences: [],
    attributes: parts.attributes ?? [],
    sheetNames: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: undefined, Surveys: undefined, Measures: undefined, Preferences: undefined },
    columns: COLUMNS,
    dateSystem: '1900',
    asOf: A,
  };
}
