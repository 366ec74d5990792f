import type { CanonicalSheet, ProgramData } from '../model/program';
import type { Day } from '../model/day';

/** Every canonical column the metrics read, as if the workbook had them all. Test support only. */
export const ALL_COLUMNS: Record<CanonicalSheet, string[]> = {
  Participants: ['PersonID', 'InProgram', 'ProgramStart', 'Status', 'ExitDate', 'EligibleDate'],
  Mentors: ['MentorID', 'MentorType'],
  Pairings: ['PersonID', 'MentorID', 'Role', 'Start', 'End', 'Sessions', 'Hours', 'LastMeeting'],
  Rotations: ['PersonID', 'Function', 'Start', 'End', 'CheckpointDate', 'CheckpointRating', 'Status'],
  Surveys: ['RespondentID', 'RespondentRole', 'Date', 'Instrument', 'Item', 'Score', 'ScaleMax', 'AboutID'],
  Measures: ['PersonID', 'Date', 'Measure', 'Value'],
  Preferences: ['PersonID', 'MentorID', 'Rank'],
};

/** A ProgramData of hand-built records, with ALL_COLUMNS unless `columns` overrides a sheet's list. */
export function programFixture(
  asOf: Day,
  parts: Partial<Pick<ProgramData, 'participants' | 'mentors' | 'pairings' | 'rotations' | 'surveys' | 'measures' | 'preferences' | 'attributes'>>,
  columns: Partial<Record<CanonicalSheet, string[]>> = {},
): ProgramData {
  return {
    participants: parts.participants ?? [],
    mentors: parts.mentors ?? [],
    pairings: parts.pairings ?? [],
    rotations: parts.rotations ?? [],
    surveys: parts.surveys ?? [],
    measures: parts.measures ?? [],
    preferences: parts.preferences ?? [],
    attributes: parts.attributes ?? [],
    sheetNames: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys', Measures: 'Measures', Preferences: 'Preferences' },
    columns: { ...ALL_COLUMNS, ...columns },
    dateSystem: '1900',
    asOf,
  };
}
