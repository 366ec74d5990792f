import { dayFromIso } from '../calendar/dayFromIso';
import type { CanonicalSheet, ProgramData } from '../model/program';
import type { Mentor, MentorType, Pairing, PairingRole, Participant, Rotation, SurveyAnswer } from '../model/records';

/** Tiny hand-built programs for the access and outcome equity tests. */

export const d = dayFromIso;
/** The as-of date of the fixtures. */
export const A = d('2026-06-30');

let row = 1;

/** A participant who started a year before A, with demographic attributes. */
export function participant(personId: string, attributes: Record<string, string>, more: Partial<Participant> = {}): Participant {
  return { row: ++row, personId, inProgram: true, programStart: A - 365, attributes, ...more };
}

/** A comparison-pool row (InProgram false) eligible a year before A. */
export function poolPerson(personId: string, attributes: Record<string, string>, more: Partial<Participant> = {}): Participant {
  return { row: ++row, personId, inProgram: false, eligibleDate: A - 365, attributes, ...more };
}

export function mentor(mentorId: string, mentorType: MentorType, more: Partial<Mentor> = {}): Mentor {
  return { row: ++row, mentorId, mentorType, attributes: {}, ...more };
}

export function pairing(personId: string, mentorId: string, role: PairingRole, start = A - 200): Pairing {
  return { row: ++row, personId, mentorId, role, start };
}

export function rotation(personId: string, fn: string, start = A - 100): Rotation {
  return { row: ++row, personId, function: fn, start };
}

export function answer(respondentId: string, instrument: string, score: number, more: Partial<SurveyAnswer> = {}): SurveyAnswer {
  return { row: ++row, respondentId, respondentRole: 'Mentee', date: A - 10, instrument, score, scaleMax: 5, ...more };
}

export const ALL_COLUMNS: Readonly<Record<CanonicalSheet, readonly string[]>> = {
  Participants: ['PersonID', 'InProgram', 'ProgramStart', 'EligibleDate', 'ExitDate', 'ReadyDate', 'Level', 'BusinessUnit', 'Location'],
  Mentors: ['MentorID', 'MentorType', 'Level'],
  Pairings: ['PersonID', 'MentorID', 'Role', 'Start', 'End'],
  Rotations: ['PersonID', 'Function', 'Start', 'End', 'Status'],
  Surveys: ['RespondentID', 'RespondentRole', 'Date', 'Instrument', 'Score', 'ScaleMax'],
  Measures: ['PersonID', 'Date', 'Measure', 'Value'],
  Preferences: ['PersonID', 'MentorID', 'Rank'],
};

/** A ProgramData with every sheet present (columns overridable: [] = the sheet is absent). */
export function program(
  parts: Partial<Pick<ProgramData, 'participants' | 'mentors' | 'pairings' | 'rotations' | 'surveys' | 'measures' | 'preferences' | 'attributes'>>,
  columns: Partial<Record<CanonicalSheet, readonly string[]>> = {},
): ProgramData {
  const participants = parts.participants ?? [];
  return {
    participants,
    mentors: parts.mentors ?? [],
    pairings: parts.pairings ?? [],
    rotations: parts.rotations ?? [],
    surveys: parts.surveys ?? [],
    measures: parts.measures ?? [],
    preferences: parts.preferences ?? [],
    attributes: parts.attributes ?? [...new Set(participants.flatMap((p) => Object.keys(p.attributes)))].sort(),
    sheetNames: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys', Measures: 'Measures', Preferences: 'Preferences' },
    columns: { ...ALL_COLUMNS, ...columns },
    dateSystem: '1900',
    asOf: A,
  };
}

/** n people of a group, the first `yes` of them marked by `mark` (ids `${prefix}1`…). */
export function group(prefix: string, attributes: Record<string, string>, n: number, more: Partial<Participant> = {}): Participant[] {
  return Array.from({ length: n }, (_, i) => participant(`${prefix}${i + 1}`, attributes, more));
}

/** C(n, r) exactly (as a double; exact for the small n of these tests). */
export function choose(n: number, r: number): number {
  if (r < 0 || r > n) return 0;
  let c = 1;
  for (let i = 1; i <= r; i++) c = (c * (n - r + i)) / i;
  return Math.round(c);
}

/**
 * Fisher's two-sided p of [[a, b], [c, d]] summed by hand from the hypergeometric probabilities
 * C(a+b, x) C(c+d, a+c−x) / C(n, a+c), keeping the tables no more likely than the observed one.
 */
export function fisherByHand(a: number, b: number, c: number, dd: number): number {
  const row1 = a + b;
  const row2 = c + dd;
  const col1 = a + c;
  const total = choose(row1 + row2, col1);
  const prob = (x: number) => (choose(row1, x) * choose(row2, col1 - x)) / total;
  const observed = prob(a);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) if (prob(x) <= observed * (1 + 1e-7)) p += prob(x);
  return p;
}
