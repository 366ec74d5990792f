import { dayFromIso } from '../../calendar/dayFromIso';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { DEFAULT_SETTINGS, type SuggestInExcelResult } from '../workbook/taskpaneWorkbook';
import { addedNotice, asOfOf, createCadreActions, effectiveMapping } from './cadreActions';
import { type CadreAction, type CadreState, INITIAL_STATE, cadreReducer, visibleNotice } from './cadreState';
import { overviewWith, stubWorkbook } from './stubWorkbook.test-helpers';

/** Actions bound to a reducer, as useCadre binds them, with the state readable. */
function harness(workbook = stubWorkbook(), today = new Date(2026, 10, 23, 10, 0)) {
  let state: CadreState = INITIAL_STATE;
  const seen: CadreAction[] = [];
  const dispatch = (a: CadreAction) => {
    seen.push(a);
    state = cadreReducer(state, a);
  };
  const actions = createCadreActions(workbook, dispatch, () => state, () => today);
  return { actions, workbook, seen, state: () => state };
}

describe('asOfOf', () => {
  test('"last completed quarter" on the user’s local date; a given date as it is', () => {
    expect(asOfOf(DEFAULT_SETTINGS, new Date(2026, 10, 23))).toBe(dayFromIso('2026-09-30'));
    expect(asOfOf(DEFAULT_SETTINGS, new Date(2026, 8, 30))).toBe(dayFromIso('2026-09-30'));
    expect(asOfOf(DEFAULT_SETTINGS, new Date(2026, 0, 1))).toBe(dayFromIso('2025-12-31'));
    expect(asOfOf({ ...DEFAULT_SETTINGS, asOf: '2026-06-15' }, new Date())).toBe(dayFromIso('2026-06-15'));
    expect(() => asOfOf({ ...DEFAULT_SETTINGS, asOf: '15/06/2026' }, new Date())).toThrow(/not a date/);
  });

  test('the settings’ attribute columns join the mapping', () => {
    expect(effectiveMapping(null, DEFAULT_SETTINGS)).toBeUndefined();
    expect(effectiveMapping(null, { ...DEFAULT_SETTINGS, attributes: ['Gender'] })).toEqual({ version: 1, attributes: ['Gender'] });
  });
});

describe('the task pane’s actions', () => {
  test('load: a workbook with its inputs and a saved mapping opens on Refresh (one click for a sponsor)', async () => {
    const h = harness(stubWorkbook({ loadSetup: async () => ({ mapping: { version: 1 }, settings: null, problems: [] }) }));
    await h.actions.load();
    expect(h.state().view).toBe('refresh');
    expect(h.state().busy).toBeNull();
  });

  test('load: an empty workbook opens on Setup', async () => {
    const h = harness(stubWorkbook({ overview: async () => overviewWith([]) }));
    await h.actions.load();
    expect(h.state().view).toBe('setup');
  });

  test('a failure becomes a message that says what happened and what to do, not a console log', async () => {
    const error = jest.spyOn(console, 'error');
    const h = harness(stubWorkbook({ insertSample: async () => Promise.reject(new OfficeAdapterError('ReadFailed', 'Excel could not read the sheet "X". Close other dialogs and try again.')) }));
    await h.actions.insertSample();
    expect(h.state().failure).toEqual({ title: 'Cadre could not read the workbook', message: 'Excel could not read the sheet "X". Close other dialogs and try again.' });
    expect(h.state().busy).toBeNull();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  test('an unexpected Excel error is named with Excel’s words and what to try', async () => {
    const h = harness(stubWorkbook({ selectCell: async () => Promise.reject(Object.assign(new Error('The requested resource doesn’t exist.'), { code: 'ItemNotFound' })) }));
    await h.actions.selectCell('Roster', 'A7');
    expect(h.state().failure!.title).toBe('Going to Roster!A7 failed');
    expect(h.state().failure!.message).toMatch(/^Excel reported: The requested resource doesn’t exist\. \(ItemNotFound\)\. .*Try again/);
  });

  test('refresh: the settings’ as-of, k, attributes and sheet names reach the workbook; progress and result are state', async () => {
    const result = { report: {} as never, written: [{ name: 'Board Dashboard', role: 'board' as const }], syncs: 6, readBlocks: 1, warnings: [] };
    const workbook = stubWorkbook({
      refresh: async (options) => {
        options.onProgress?.({ phase: 'computing' });
        return result;
      },
    });
    const h = harness(workbook);
    await h.actions.saveSettings({ ...DEFAULT_SETTINGS, minGroup: 7, attributes: ['Gender'], sheetNames: { board: 'Board' }, analystDetail: false });
    await h.actions.refresh();
    const options = workbook.refresh.mock.calls[0][0];
    expect(options).toMatchObject({ asOf: dayFromIso('2026-09-30'), minGroup: 7, mapping: { version: 1, attributes: ['Gender'] }, analystDetail: false, sheetNames: { board: 'Board' } });
    expect(h.seen.map((a) => a.type)).toEqual(expect.arrayContaining(['refreshStarted', 'refreshProgress', 'refreshed', 'overview']));
    expect(h.state().refresh).toEqual({ phase: 'done', result });
  });

  test('refresh: a failure part-way is shown with the sheets it left incomplete', async () => {
    const h = harness(stubWorkbook({ refresh: async () => Promise.reject(new OfficeAdapterError('WriteIncomplete', 'Cadre stopped writing at Metrics Detail: Excel said “The connection was lost” (GeneralException). Board Dashboard was written; Metrics Detail and Cadre History are incomplete. Press Refresh again to rewrite them.')) }));
    await h.actions.refresh();
    expect(h.state().refresh).toEqual({ phase: 'failed', failure: { title: 'Writing the dashboards stopped part-way', message: expect.stringMatching(/Metrics Detail and Cadre History are incomplete/) } });
  });

  test('inserting the sample looks at the workbook again and says what was added', async () => {
    const workbook = stubWorkbook({ overview: async () => overviewWith([]) });
    const h = harness(workbook);
    await h.actions.load();
    workbook.overview.mockResolvedValue(overviewWith(['Participants', 'Mentors']));
    await h.actions.insertSample();
    expect(h.state().overview!.inputs[0].sheet).toBe('Participants');
    expect(h.state().notice).toEqual({ view: 'setup', text: expect.stringMatching(/^Inserted the sample program: Participants, Mentors, Pairings, Rotations, Surveys\.$/) });
    expect(visibleNotice(h.state())).toMatch(/^Inserted the sample program: /);
  });

  test('the notice of an insertion belongs to the Setup view: not shown on the other tabs, shown again on Setup', async () => {
    const workbook = stubWorkbook({ overview: async () => overviewWith([]) });
    const h = harness(workbook);
    await h.actions.load();
    await h.actions.insertSample();
    for (const view of ['mapping', 'validation', 'settings', 'refresh'] as const) {
      h.actions.show(view);
      expect([view, visibleNotice(h.state())]).toEqual([view, null]);
    }
    h.actions.show('setup');
    expect(visibleNotice(h.state())).toMatch(/^Inserted the sample program: /);
    h.actions.dismiss();
    expect(visibleNotice(h.state())).toBeNull();
  });

  test('a notice belongs to the view where its operation started, even if the user moved on while it ran', async () => {
    let finish: () => void = () => undefined;
    const workbook = stubWorkbook({ overview: async () => overviewWith([]), saveSettings: () => new Promise<void>((resolve) => (finish = resolve)) });
    const h = harness(workbook);
    await h.actions.load();
    h.actions.show('settings');
    const saving = h.actions.saveSettings(DEFAULT_SETTINGS);
    h.actions.show('refresh');
    finish();
    await saving;
    expect(h.state().notice).toEqual({ view: 'settings', text: 'Saved the settings in this workbook.' });
    expect(visibleNotice(h.state())).toBeNull();
    h.actions.show('settings');
    expect(visibleNotice(h.state())).toBe('Saved the settings in this workbook.');
  });

  test('suggest: the use case with the settings (as-of, k, mapping; the sheet written only with Analyst Detail on), its result kept for the view', async () => {
    const result = { document: { role: 'Coach' }, written: [], syncs: 3, warnings: [] } as unknown as SuggestInExcelResult;
    const h = harness(stubWorkbook({ suggest: async () => result }));
    await h.actions.saveSettings({ ...DEFAULT_SETTINGS, analystDetail: false, minGroup: 7 });
    await h.actions.suggest({ role: 'Coach', weights: { preference: 5 }, fairnessFloor: null });
    expect(h.workbook.suggest).toHaveBeenCalledWith(expect.objectContaining({ asOf: dayFromIso('2026-09-30'), role: 'Coach', minGroup: 7, weights: { preference: 5 }, fairnessFloor: null, writeSheet: false }));
    expect(h.state().suggest).toEqual({ phase: 'done', result, added: [] });
  });

  test('suggest: a failure is the view’s message, not a console log', async () => {
    const h = harness(stubWorkbook({ suggest: async () => Promise.reject(new OfficeAdapterError('CannotCompute', 'Nothing can be computed, and nothing was written: Participants!A2: no PersonID.')) }));
    await h.actions.suggest({ role: 'Mentor', weights: {}, fairnessFloor: null });
    expect(h.state().suggest).toEqual({ phase: 'failed', failure: { title: 'Nothing can be computed yet', message: 'Nothing can be computed, and nothing was written: Participants!A2: no PersonID.' } });
  });

  test('add to Pairings: today as the Start, then a notice on the Suggest view saying what was done; the pairs are marked added', async () => {
    const result = { document: { role: 'Mentor' }, written: [], syncs: 3, warnings: [] } as unknown as SuggestInExcelResult;
    const h = harness(stubWorkbook({ suggest: async () => result, appendPairings: async () => ({ sheet: 'Pairings', table: null, rows: 2, firstRow: 1235, lastRow: 1236, syncs: 4 }) }));
    h.actions.show('suggest');
    await h.actions.suggest({ role: 'Mentor', weights: {}, fairnessFloor: null });
    const pairs = [
      { personId: 'P1', mentorId: 'M1', role: 'Mentor' as const },
      { personId: 'P2', mentorId: 'M2', role: 'Mentor' as const },
    ];
    await h.actions.addPairings(pairs);
    // the harness's today is 23 November 2026
    expect(h.workbook.appendPairings).toHaveBeenCalledWith({ pairs, start: dayFromIso('2026-11-23'), mapping: undefined });
    expect(visibleNotice(h.state())).toBe('Added 2 rows to the end of Pairings (rows 1,235–1,236), Start today. No existing row changed.');
    expect(h.state().suggest).toMatchObject({ phase: 'done', added: ['P1\u0000M1', 'P2\u0000M2'] });
    expect(h.state().busy).toBeNull();
  });

  test('add to Pairings: a refusal reaches the user as a message, the pairs stay to be added', async () => {
    const message = 'Nothing was added: Cadre finds no Pairings sheet in this workbook. Choose the sheet in Mapping (or insert the templates in Setup), then try again.';
    const h = harness(stubWorkbook({ appendPairings: async () => Promise.reject(new OfficeAdapterError('AppendFailed', message)) }));
    await h.actions.addPairings([{ personId: 'P1', mentorId: 'M1', role: 'Mentor' }]);
    expect(h.state().failure).toEqual({ title: 'Adding the accepted pairs to Pairings failed', message });
    expect(h.state().busy).toBeNull();
    expect(addedNotice({ sheet: 'Matches', table: 'Table1', rows: 1, firstRow: 7, lastRow: 7 })).toBe('Added 1 row to the end of Matches (row 7, table Table1), Start today. No existing row changed.');
  });
});
