import type { Day } from '../model/day';
import type { Measure, Participant } from '../model/records';
import type { ImpactInput } from './impactInput';

/** The Participants columns a matched comparison reads, as if the workbook had them all. Test support only. */
export const IMPACT_COLUMNS = ['PersonID', 'InProgram', 'ProgramStart', 'ExitDate', 'EligibleDate', 'Level', 'BusinessUnit', 'HighPotential', 'HireDate'];

/** A Participants row with only what a test names (row numbers in the order made). Test support only. */
export function person(fields: Partial<Participant> & { personId: string }): Participant {
  return { row: 0, inProgram: false, attributes: {}, ...fields };
}

/** An ImpactInput of hand-built rows (rows numbered from 2 in order). Test support only. */
export function impactInput(
  participants: readonly Participant[],
  measures?: readonly Omit<Measure, 'row'>[],
  options: { attributes?: readonly string[]; columns?: readonly string[] } = {},
): ImpactInput {
  return {
    participants: participants.map((p, i) => ({ ...p, row: i + 2 })),
    attributes: [...(options.attributes ?? [])],
    columns: {
      Participants: [...(options.columns ?? IMPACT_COLUMNS)],
      Mentors: [],
      Pairings: [],
      Rotations: [],
      Surveys: [],
      Measures: measures === undefined ? [] : ['PersonID', 'Date', 'Measure', 'Value'],
      Preferences: [],
    },
    measures: measures?.map((m, i) => ({ ...m, row: i + 2 })),
  };
}

/** A day from a small offset, for readable fixtures: day(0) is 2020-01-01. */
export function day(offset: number): Day {
  return 18262 + offset;
}
