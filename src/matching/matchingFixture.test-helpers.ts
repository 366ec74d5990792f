import { A, ALL_COLUMNS, program as equityProgram } from '../equity/accessFixture.test-helpers';
import type { CanonicalSheet, ProgramData } from '../model/program';

export { A, answer, d, mentor, pairing, participant } from '../equity/accessFixture.test-helpers';

/** Every column the matching criteria and hard rules read. */
export const MATCHING_COLUMNS: Readonly<Record<CanonicalSheet, readonly string[]>> = {
  ...ALL_COLUMNS,
  Participants: [...ALL_COLUMNS.Participants, 'Function', 'Track', 'ManagerID', 'Status', 'ProgramEnd'],
  Mentors: [...ALL_COLUMNS.Mentors, 'BusinessUnit', 'Function', 'Location', 'Capacity', 'Vendor', 'ManagerID'],
  Surveys: [...ALL_COLUMNS.Surveys, 'AboutID'],
};

type Parts = Parameters<typeof equityProgram>[0];

/** A program with every matching column (overridable), and optional preferences. */
export function program(
  parts: Parts & { preferences?: ProgramData['preferences'] },
  columns: Partial<Record<CanonicalSheet, readonly string[]>> = {},
): ProgramData {
  const { preferences, ...rest } = parts;
  // without preferences, no Preferences sheet (its criterion left out), as before that sheet was read
  const data = equityProgram(rest, { ...MATCHING_COLUMNS, ...(preferences === undefined ? { Preferences: [] } : {}), ...columns });
  return preferences === undefined ? data : { ...data, preferences };
}

/** A copy of a list in a shuffled order (seeded). */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
