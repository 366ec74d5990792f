import { parseMapping } from '../../../intake/parseMapping';
import type { Mapping } from '../../../model/mapping';
import type { SheetOverview } from '../../workbook/taskpaneWorkbook';
import { overviewWith } from '../../app/stubWorkbook.test-helpers';
import { runHook } from '../runHook.test-helpers';
import { type MappingDraft, draftOf } from './mappingDraft';
import { NONE, deriveMappingViewState, useMappingView, withAttribute, withColumn, withSheet, type MappingViewProps, type MappingViewState } from './useMappingView';

const overview = overviewWith(['Participants', 'Mentors'], ['Board Dashboard']);
const props = (over: Partial<MappingViewProps> = {}): MappingViewProps => ({ overview, mapping: null, busy: false, onSave: jest.fn(), ...over });

/** the view as the hook keeps it: the draft in a variable, each edit applied to it and the state derived again */
function editable(p: MappingViewProps): { readonly state: MappingViewState; readonly draft: MappingDraft } {
  let draft = draftOf(p.overview!, p.mapping);
  const update = (edit: (d: MappingDraft) => MappingDraft) => {
    draft = edit(draft);
  };
  return {
    get state() {
      return deriveMappingViewState(p, draft, update);
    },
    get draft() {
      return draft;
    },
  };
}

describe('deriveMappingViewState', () => {
  test('no overview or no draft yet: loading, nothing to save', () => {
    expect(deriveMappingViewState(props({ overview: null }), null, jest.fn())).toMatchObject({ loading: true, inputs: [], canSave: false });
    expect(deriveMappingViewState(props(), null, jest.fn()).loading).toBe(true);
  });

  test('each input sheet with the sheet read and its columns; Cadre’s own sheets are not offered', () => {
    const { state } = editable(props());
    expect(state.loading).toBe(false);
    expect(state.sheetChoices).toEqual(['Participants', 'Mentors']);
    expect(state.inputs.map((i) => [i.canonical, i.sheetShown, i.selectedSheet])).toEqual([
      ['Participants', '“Participants”', 'Participants'],
      ['Mentors', '“Mentors”', 'Mentors'],
      ['Pairings', 'none', NONE],
      ['Rotations', 'none', NONE],
      ['Surveys', 'none', NONE],
      ['Measures', 'none', NONE],
      ['Preferences', 'none', NONE],
    ]);
    expect(state.inputs[2]!.sheetValue).toBe('None in this workbook');
    expect(state.inputs[0]!.sheetLabel).toBe('Sheet to read as Participants');
    expect(state.inputs[0]!.unsavedSheet).toBeNull();
    expect(state.inputs[0]!.columns).toMatchObject([
      { column: 'PersonID', label: 'PersonID (required)', hint: 'Matched by a name that means it', validationState: 'none', validationMessage: undefined, value: 'ID', selectedOption: 'ID', headers: ['ID', 'Notes'] },
    ]);
    expect(state.attributes.map((a) => [a.header, a.checked])).toEqual([['Notes', false]]);
    expect(state.duplicates).toBeNull();
    expect(state.canSave).toBe(true);
  });

  test('a required column set to none is an error saying what to do', () => {
    const view = editable(props());
    view.state.inputs[0]!.columns[0]!.onSelect(NONE);
    expect(view.state.inputs[0]!.columns[0]).toMatchObject({ value: 'Not in this workbook', selectedOption: NONE, validationState: 'error', validationMessage: 'Required: choose the column that holds it.' });
  });

  test('another sheet chosen: its columns wait for a save, which the view says; back to the same sheet keeps the choices', () => {
    const view = editable(props());
    view.state.inputs[0]!.onSheetSelect('Mentors');
    expect(view.state.inputs[0]).toMatchObject({ sheetShown: '“Mentors”', unsavedSheet: 'Mentors', columns: [] });
    view.state.inputs[0]!.onSheetSelect(NONE);
    expect(view.state.inputs[0]).toMatchObject({ sheetShown: 'none', unsavedSheet: null, columns: [] });
    view.state.inputs[0]!.onSheetSelect(undefined);
    expect(view.draft.sheets['Participants']).toEqual({ sheet: null, columns: {} });
  });

  test('one header chosen for two columns: said in words, and the mapping cannot be saved', () => {
    const p = props();
    const view = editable(p);
    // the overview offers one column per sheet: the second choice of the same header is made on the draft
    const draft = withColumn(view.draft, 'Participants', 'ManagerID', 'ID');
    const state = deriveMappingViewState(p, draft, jest.fn());
    expect(state.duplicates).toBe('Participants: “ID” is chosen for PersonID and ManagerID; choose one column for each.');
    expect(state.canSave).toBe(false);
  });

  test('attributes ticked and unticked; saving gives the mapping of the draft', () => {
    const p = props();
    const view = editable(p);
    view.state.attributes[0]!.onChange(true);
    expect(view.state.attributes[0]!.checked).toBe(true);
    view.state.onSave();
    const saved = (p.onSave as jest.Mock).mock.calls[0][0] as Mapping;
    expect(saved.attributes).toEqual(['Notes']);
    expect(saved.sheets!.Participants).toEqual({ sheet: 'Participants', columns: { PersonID: 'ID' } });
    view.state.attributes[0]!.onChange(false);
    expect(view.state.attributes[0]!.checked).toBe(false);
  });

  test('the Measures sheet: its four columns matched, a missing required one chosen, saved in the mapping', () => {
    const base = overviewWith(['Participants']);
    const measures: SheetOverview = {
      canonical: 'Measures',
      sheet: 'KPI data',
      how: 'headers',
      headerRow: 1,
      rows: 3,
      columns: [
        { canonical: 'PersonID', header: 'Employee ID', how: 'synonym', required: true },
        { canonical: 'Date', header: 'Date', how: 'exact', required: true },
        { canonical: 'Measure', header: null, how: 'missing', required: true },
        { canonical: 'Value', header: 'Rating', how: 'synonym', required: false },
      ],
      unmatchedHeaders: ['What'],
    };
    const p = props({ overview: { ...base, sheetNames: ['Participants', 'KPI data'], inputs: base.inputs.map((i) => (i.canonical === 'Measures' ? measures : i)) } });
    const view = editable(p);
    const section = view.state.inputs.find((i) => i.canonical === 'Measures')!;
    expect(section.sheetShown).toBe('“KPI data”');
    expect(section.columns.map((c) => [c.label, c.value, c.validationState])).toEqual([
      ['PersonID (required)', 'Employee ID', 'none'],
      ['Date (required)', 'Date', 'none'],
      ['Measure (required)', 'Not in this workbook', 'error'],
      ['Value', 'Rating', 'none'],
    ]);
    expect(section.columns[2]!.headers).toEqual(['Employee ID', 'Date', 'Rating', 'What']);
    section.columns[2]!.onSelect('What');
    view.state.onSave();
    const saved = (p.onSave as jest.Mock).mock.calls[0][0] as Mapping;
    expect(saved.sheets!.Measures).toEqual({ sheet: 'KPI data', columns: { PersonID: 'Employee ID', Date: 'Date', Measure: 'What', Value: 'Rating' } });
    // the mapping the view saves is one the mapping parser takes
    expect(parseMapping(JSON.parse(JSON.stringify(saved))).sheets!.Measures).toEqual(saved.sheets!.Measures);
  });

  test('the Preferences sheet: its three columns matched, a missing Rank chosen, saved in the mapping', () => {
    const base = overviewWith(['Participants', 'Mentors']);
    const preferences: SheetOverview = {
      canonical: 'Preferences',
      sheet: 'Mentor wishes 2026',
      how: 'headers',
      headerRow: 1,
      rows: 40,
      columns: [
        { canonical: 'PersonID', header: 'Mentee ID', how: 'synonym', required: true },
        { canonical: 'MentorID', header: 'Preferred Mentor', how: 'synonym', required: true },
        { canonical: 'Rank', header: null, how: 'missing', required: true },
      ],
      unmatchedHeaders: ['Order of wish'],
    };
    const p = props({
      overview: { ...base, sheetNames: ['Participants', 'Mentors', 'Mentor wishes 2026'], inputs: base.inputs.map((i) => (i.canonical === 'Preferences' ? preferences : i)) },
    });
    const view = editable(p);
    const section = view.state.inputs.find((i) => i.canonical === 'Preferences')!;
    expect(section.sheetShown).toBe('“Mentor wishes 2026”');
    expect(section.columns.map((c) => [c.label, c.value, c.validationState])).toEqual([
      ['PersonID (required)', 'Mentee ID', 'none'],
      ['MentorID (required)', 'Preferred Mentor', 'none'],
      ['Rank (required)', 'Not in this workbook', 'error'],
    ]);
    section.columns[2]!.onSelect('Order of wish');
    view.state.onSave();
    const saved = (p.onSave as jest.Mock).mock.calls[0][0] as Mapping;
    expect(saved.sheets!.Preferences).toEqual({ sheet: 'Mentor wishes 2026', columns: { PersonID: 'Mentee ID', MentorID: 'Preferred Mentor', Rank: 'Order of wish' } });
    // the mapping the view saves is one the mapping parser takes
    expect(parseMapping(JSON.parse(JSON.stringify(saved))).sheets!.Preferences).toEqual(saved.sheets!.Preferences);
  });

  test('busy: nothing can be saved', () => {
    expect(editable(props({ busy: true })).state.canSave).toBe(false);
  });
});

describe('draft edits', () => {
  const draft: MappingDraft = { sheets: { Participants: { sheet: 'P', columns: { PersonID: 'ID' } } }, attributes: ['Gender'] };
  test('the same sheet keeps its column choices, another clears them', () => {
    expect(withSheet(draft, 'Participants', 'P').sheets['Participants']).toEqual({ sheet: 'P', columns: { PersonID: 'ID' } });
    expect(withSheet(draft, 'Participants', 'Q').sheets['Participants']).toEqual({ sheet: 'Q', columns: {} });
    expect(withSheet(draft, 'Mentors', 'M').sheets['Mentors']).toEqual({ sheet: 'M', columns: {} });
  });
  test('a column choice, on a sheet the draft has or not yet', () => {
    expect(withColumn(draft, 'Participants', 'Level', null).sheets['Participants']).toEqual({ sheet: 'P', columns: { PersonID: 'ID', Level: null } });
    expect(withColumn(draft, 'Mentors', 'MentorID', 'Id').sheets['Mentors']).toEqual({ sheet: null, columns: { MentorID: 'Id' } });
  });
  test('attributes added and removed; the draft itself is never changed', () => {
    expect(withAttribute(draft, 'Region', true).attributes).toEqual(['Gender', 'Region']);
    expect(withAttribute(draft, 'Gender', false).attributes).toEqual([]);
    expect(draft).toEqual({ sheets: { Participants: { sheet: 'P', columns: { PersonID: 'ID' } } }, attributes: ['Gender'] });
  });
});

describe('useMappingView', () => {
  test('starts from the draft of the overview and the saved mapping', () => {
    const p = props();
    expect(JSON.stringify(runHook(useMappingView, p))).toBe(JSON.stringify(editable(p).state));
    const mapping: Mapping = { version: 1, sheets: {}, attributes: ['Region'] };
    expect(runHook(useMappingView, props({ mapping })).attributes.map((a) => [a.header, a.checked])).toEqual([
      ['Region', true],
      ['Notes', false],
    ]);
  });
  test('without an overview: loading', () => {
    expect(runHook(useMappingView, props({ overview: null })).loading).toBe(true);
  });
});
