import type { CanonicalSheet } from '../../model/program';
import type { SheetOverview, TaskpaneWorkbook, WorkbookOverview } from '../workbook/taskpaneWorkbook';

const CANONICAL: CanonicalSheet[] = ['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences'];

/** An overview where the given input sheets were found by name (the others missing). */
export function overviewWith(found: readonly CanonicalSheet[], owned: readonly string[] = []): WorkbookOverview {
  const inputs: SheetOverview[] = CANONICAL.map((canonical) =>
    found.includes(canonical)
      ? { canonical, sheet: canonical, how: 'name', headerRow: 1, rows: 10, columns: [{ canonical: `${canonical === 'Surveys' ? 'Respondent' : canonical === 'Mentors' ? 'Mentor' : 'Person'}ID`, header: 'ID', how: 'synonym', required: true }], unmatchedHeaders: ['Notes'] }
      : { canonical, sheet: null, how: null, headerRow: null, rows: 0, columns: [], unmatchedHeaders: [] },
  );
  return { sheetNames: [...found, ...owned], inputs, ownedSheets: owned, problems: [] };
}

/** A TaskpaneWorkbook whose every method is a jest mock; `overrides` replace them. */
export function stubWorkbook(overrides: Partial<TaskpaneWorkbook> = {}): jest.Mocked<TaskpaneWorkbook> {
  const base: TaskpaneWorkbook = {
    overview: async () => overviewWith(CANONICAL),
    insertSample: async () => ({ sheets: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys' } }),
    insertTemplates: async () => ({ sheets: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys', Measures: 'Measures', Preferences: 'Preferences' } }),
    loadSetup: async () => ({ mapping: null, settings: null, problems: [] }),
    saveMapping: async () => undefined,
    saveSettings: async () => undefined,
    validate: async () => ({ problems: [], errors: 0, warnings: 0, notes: 0, rows: {}, canCompute: true }),
    selectCell: async () => undefined,
    activateSheet: async () => undefined,
    refresh: async () => {
      throw new Error('not stubbed');
    },
    fairnessFloorAvailable: () => true,
    suggest: async () => {
      throw new Error('not stubbed');
    },
    appendPairings: async () => {
      throw new Error('not stubbed');
    },
    ...overrides,
  };
  const mocked = {} as jest.Mocked<TaskpaneWorkbook>;
  for (const [key, f] of Object.entries(base)) (mocked as unknown as Record<string, unknown>)[key] = jest.fn(f as (...args: unknown[]) => unknown);
  return mocked;
}
