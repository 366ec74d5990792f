import type { CadreSettings, WorkbookOverview } from '../../workbook/taskpaneWorkbook';
import { DEFAULT_SETTINGS } from '../../workbook/taskpaneWorkbook';
import { overviewWith } from '../../app/stubWorkbook.test-helpers';
import { runHook } from '../runHook.test-helpers';
import { attributeChoices, deriveSettingsViewState, useSettingsView, withAsOfMode, withMinGroup, withSheetName, type SettingsViewProps, type SettingsViewState } from './useSettingsView';

const NOW = new Date(Date.UTC(2026, 10, 23, 12));

/** Participants with a recognised attribute column (Gender) beside its ID and an unmatched Notes. */
function overviewWithGender(): WorkbookOverview {
  const base = overviewWith(['Participants']);
  const [participants, ...rest] = base.inputs;
  return { ...base, inputs: [{ ...participants!, columns: [...participants!.columns, { canonical: null, header: 'Gender', how: 'attribute', required: false }] }, ...rest] };
}

const props = (over: Partial<SettingsViewProps> = {}): SettingsViewProps => ({ settings: DEFAULT_SETTINGS, overview: overviewWithGender(), busy: false, onSave: jest.fn(), ...over });

/** the view as the hook keeps it: the draft in a variable, each edit applied to it and the state derived again */
function editable(p: SettingsViewProps): { readonly state: SettingsViewState; readonly draft: CadreSettings } {
  let draft = p.settings;
  const update = (edit: (d: CadreSettings) => CadreSettings) => {
    draft = edit(draft);
  };
  return {
    get state() {
      return deriveSettingsViewState(p, draft, update, () => NOW);
    },
    get draft() {
      return draft;
    },
  };
}

describe('deriveSettingsViewState', () => {
  test('the defaults: last quarter, k = 5, the recognised attributes ticked, every sheet under its default name, savable', () => {
    const { state } = editable(props());
    expect(state.asOfMode).toBe('lastQuarter');
    expect(state.asOfDate).toBeNull();
    expect(state.minGroup).toEqual({ value: 5, validationState: 'none', validationMessage: undefined });
    expect(state.analystDetail).toBe(true);
    expect(state.attributes.map((a) => [a.header, a.checked])).toEqual([
      ['Gender', true],
      ['Notes', false],
    ]);
    expect(state.programName).toEqual({ value: '', validationState: 'none', validationMessage: undefined });
    expect(state.sheetNames.map((f) => [f.label, f.value, f.placeholder])).toEqual([
      ['Board Dashboard', '', 'Board Dashboard'],
      ['Equity Detail', '', 'Equity Detail'],
      ['Metrics Detail', '', 'Metrics Detail'],
      ['Analyst Detail', '', 'Analyst Detail'],
      ['History', '', 'Cadre History'],
      ['Definitions', '', 'Definitions'],
      ['Data Quality', '', 'Data Quality'],
    ]);
    expect(state.canSave).toBe(true);
  });

  test('a date: starts from today, a future one is an error and nothing can be saved, back to the last quarter', () => {
    const view = editable(props());
    view.state.onAsOfMode('date');
    expect(view.state.asOfMode).toBe('date');
    expect(view.state.asOfDate).toEqual({ value: '2026-11-23', validationState: 'none', validationMessage: undefined });
    view.state.onAsOfDate('2027-01-01');
    expect(view.state.asOfDate!.validationState).toBe('error');
    expect(view.state.asOfDate!.validationMessage).toMatch(/Choose today or an earlier date\.$/);
    expect(view.state.canSave).toBe(false);
    view.state.onAsOfMode('lastQuarter');
    expect(view.draft.asOf).toBe('lastQuarter');
    expect(view.state.canSave).toBe(true);
  });

  test('k: the spin button’s value, else what was typed; below 3 an error; not a number shown empty', () => {
    const view = editable(props());
    view.state.onMinGroup(7, '7');
    expect(view.state.minGroup.value).toBe(7);
    view.state.onMinGroup(undefined, '2');
    expect(view.state.minGroup).toMatchObject({ value: 2, validationState: 'error', validationMessage: expect.stringMatching(/^k must be a whole number, 3 or more/) });
    view.state.onMinGroup(null, 'many');
    expect(view.state.minGroup.value).toBeNull();
    expect(view.state.canSave).toBe(false);
  });

  test('sheet names: given, refused with a reason, cleared back to the default', () => {
    const view = editable(props());
    const board = () => view.state.sheetNames.find((f) => f.role === 'board')!;
    board().onChange('Board');
    expect(board()).toMatchObject({ value: 'Board', validationState: 'none' });
    board().onChange('Participants');
    expect(board()).toMatchObject({ validationState: 'error', validationMessage: '"Participants" is one of the input sheets; Cadre never writes over them.' });
    board().onChange('');
    expect(view.draft.sheetNames).toEqual({});
  });

  test('the program name, Analyst Detail and the attributes are edited; saving gives the draft', () => {
    const p = props();
    const view = editable(p);
    view.state.onProgramName('Pilot');
    view.state.onAnalystDetail(false);
    view.state.attributes.find((a) => a.header === 'Notes')!.onChange(true);
    view.state.attributes.find((a) => a.header === 'Gender')!.onChange(false);
    expect(view.state.attributes.map((a) => [a.header, a.checked])).toEqual([
      ['Gender', false],
      ['Notes', true],
    ]);
    view.state.onSave();
    expect(p.onSave).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, programName: 'Pilot', analystDetail: false, attributes: ['Notes'] });
    view.state.onProgramName('');
    expect(view.draft.programName).toBeNull();
    view.state.onProgramName('x'.repeat(81));
    expect(view.state.programName.validationState).toBe('error');
  });

  test('busy: nothing can be saved; no overview: no attribute columns to offer', () => {
    expect(editable(props({ busy: true })).state.canSave).toBe(false);
    expect(editable(props({ overview: null })).state.attributes).toEqual([]);
  });
});

describe('settings edits', () => {
  test('as-of mode, k, sheet names; the settings themselves never change', () => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    expect(withAsOfMode(DEFAULT_SETTINGS, 'date', NOW).asOf).toBe('2026-11-23');
    expect(withAsOfMode({ ...DEFAULT_SETTINGS, asOf: '2026-01-01' }, 'lastQuarter', NOW).asOf).toBe('lastQuarter');
    expect(withMinGroup(DEFAULT_SETTINGS, 4, '4').minGroup).toBe(4);
    expect(withMinGroup(DEFAULT_SETTINGS, undefined, '6').minGroup).toBe(6);
    expect(withSheetName(DEFAULT_SETTINGS, 'equity', 'Fairness').sheetNames).toEqual({ equity: 'Fairness' });
    expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
  });
  test('attribute columns offered: recognised, then chosen, then unmatched headers, each once', () => {
    expect(attributeChoices(overviewWithGender(), ['Region', 'Gender'])).toEqual(['Gender', 'Region', 'Notes']);
    expect(attributeChoices(null, ['Region'])).toEqual(['Region']);
  });
});

describe('useSettingsView', () => {
  test('starts from the saved settings', () => {
    const settings: CadreSettings = { ...DEFAULT_SETTINGS, minGroup: 7, asOf: '2025-12-31', sheetNames: { board: 'Board' } };
    const state = runHook(useSettingsView, props({ settings }));
    expect(state.minGroup.value).toBe(7);
    expect(state.asOfDate?.value).toBe('2025-12-31');
    expect(state.sheetNames[0]!.value).toBe('Board');
    expect(JSON.stringify(state)).toBe(JSON.stringify(deriveSettingsViewState(props({ settings }), settings, jest.fn())));
  });
});
