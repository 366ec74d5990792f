import { overviewWith } from '../../app/stubWorkbook.test-helpers';
import { runHook } from '../runHook.test-helpers';
import { deriveSetupViewState, inputLine, useSetupView, type SetupViewProps } from './useSetupView';

const props = (overview: SetupViewProps['overview'], busy = false): SetupViewProps => ({ overview, busy, onInsertSample: jest.fn(), onInsertTemplates: jest.fn(), onNext: jest.fn() });

describe('deriveSetupViewState', () => {
  test('before the first look: says so, lists nothing, offers the sample first, no Next', () => {
    const state = deriveSetupViewState(props(null));
    expect(state.heading).toBe('Looking at the workbook…');
    expect(state.inputs).toEqual([]);
    expect(state.sampleAppearance).toBe('primary');
    expect(state.showNext).toBe(false);
  });

  test('an empty workbook: none of 5 found, Participants marked missing and the others optional', () => {
    const state = deriveSetupViewState(props(overviewWith([])));
    expect(state.heading).toBe('Found 0 of 5 input sheets');
    expect(state.inputs.map((i) => [i.canonical, i.mark])).toEqual([
      ['Participants', 'missing'],
      ['Mentors', 'optional'],
      ['Pairings', 'optional'],
      ['Rotations', 'optional'],
      ['Surveys', 'optional'],
      ['Measures', 'optional'],
      ['Preferences', 'optional'],
    ]);
    expect(state.inputs[0]!.line).toBe('Not found: Cadre needs it to compute anything.');
    expect(state.inputs[1]!.line).toBe('Not found: the figures that need it will say “not available”.');
    expect(state.sampleAppearance).toBe('primary');
    expect(state.showNext).toBe(false);
  });

  test('sheets found: counted, each with where it was found; the sample no longer primary; Next shown', () => {
    const state = deriveSetupViewState(props(overviewWith(['Participants', 'Mentors'])));
    expect(state.heading).toBe('Found 2 of 5 input sheets');
    expect(state.inputs.filter((i) => i.mark === 'found').map((i) => i.canonical)).toEqual(['Participants', 'Mentors']);
    expect(state.inputs[0]!.line).toBe('“Participants”, found by its name, header on row 1, 10 rows');
    expect(state.sampleAppearance).toBe('secondary');
    expect(state.showNext).toBe(true);
  });

  test('the optional Measures sheet counts in the heading only when the workbook has it', () => {
    expect(deriveSetupViewState(props(overviewWith(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys']))).heading).toBe('Found 5 of 5 input sheets');
    const withMeasures = deriveSetupViewState(props(overviewWith(['Participants', 'Measures'])));
    expect(withMeasures.heading).toBe('Found 2 of 6 input sheets');
    expect(withMeasures.inputs.find((i) => i.canonical === 'Measures')).toEqual({ canonical: 'Measures', mark: 'found', line: '“Measures”, found by its name, header on row 1, 10 rows' });
  });

  test('the optional Preferences sheet, like Measures, counts in the heading only when the workbook has it', () => {
    const withPreferences = deriveSetupViewState(props(overviewWith(['Participants', 'Mentors', 'Preferences'])));
    expect(withPreferences.heading).toBe('Found 3 of 6 input sheets');
    expect(withPreferences.inputs.find((i) => i.canonical === 'Preferences')).toEqual({
      canonical: 'Preferences',
      mark: 'found',
      line: '“Preferences”, found by its name, header on row 1, 10 rows',
    });
    expect(deriveSetupViewState(props(overviewWith(['Participants', 'Measures', 'Preferences']))).heading).toBe('Found 3 of 7 input sheets');
  });

  test('passes busy and the actions through', () => {
    const p = props(overviewWith(['Participants']), true);
    const state = deriveSetupViewState(p);
    expect(state.busy).toBe(true);
    state.onInsertSample();
    state.onInsertTemplates();
    state.onNext();
    expect(p.onInsertSample).toHaveBeenCalledTimes(1);
    expect(p.onInsertTemplates).toHaveBeenCalledTimes(1);
    expect(p.onNext).toHaveBeenCalledTimes(1);
  });

  test('a sheet found by its headers or from the mapping says so, with thousands separated', () => {
    const [participants] = overviewWith(['Participants']).inputs;
    expect(inputLine({ ...participants!, sheet: 'Roster', how: 'headers', headerRow: 3, rows: 12_345 })).toBe('“Roster”, found by its headers, header on row 3, 12,345 rows');
    expect(inputLine({ ...participants!, how: 'mapped' })).toContain('from the saved mapping');
  });
});

describe('useSetupView', () => {
  test('returns the derived state', () => {
    const p = props(overviewWith(['Participants']));
    expect(runHook(useSetupView, p)).toEqual(deriveSetupViewState(p));
  });
});
