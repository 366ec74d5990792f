import type { Mapping } from '../../model/mapping';
import { createExcelFake } from '../../workbook/excelFake';
import { SettingsError, parseSettings } from './cadreSettings';
import { MAPPING_SETTING, SETTINGS_SETTING } from './setupStore';
import { rejectionOf, syncsOf, taskpaneOn } from './taskpane.test-helpers';
import { type CadreSettings, DEFAULT_SETTINGS } from './taskpaneWorkbook';

const MAPPING: Mapping = {
  version: 1,
  dateOrder: 'DMY',
  attributes: ['Gender', 'Pronouns'],
  sheets: { Participants: { sheet: 'HR export', headerRow: 3, columns: { PersonID: 'Emp #', ExitDate: null } }, Rotations: { sheet: null } },
};
const SETTINGS: CadreSettings = {
  version: 1,
  asOf: '2026-06-30',
  minGroup: 7,
  attributes: ['Gender'],
  sheetNames: { board: 'Board', history: 'Quarterly history' },
  analystDetail: false,
  programName: 'Emerging leaders',
};

/** a fake whose settings hold `values` (as Excel stores them: JSON) */
async function fakeWithSettings(values: Record<string, unknown>) {
  const fake = createExcelFake();
  await fake.run(async (context) => {
    for (const [key, value] of Object.entries(values)) context.workbook.settings.add(key, value);
    await context.sync();
  });
  return fake;
}

describe('loadSetup(), saveMapping(), saveSettings()', () => {
  it('a new workbook has none saved (1 sync)', async () => {
    const fake = createExcelFake();
    const { result, syncs } = await syncsOf(fake, () => taskpaneOn(fake).loadSetup());
    expect(result).toEqual({ mapping: null, settings: null, problems: [] });
    expect(syncs).toBe(1);
  });

  it('round-trips the mapping and the settings through the workbook settings, one sync each', async () => {
    const fake = createExcelFake();
    const workbook = taskpaneOn(fake);
    expect((await syncsOf(fake, () => workbook.saveMapping(MAPPING))).syncs).toBe(1);
    expect((await syncsOf(fake, () => workbook.saveSettings(SETTINGS))).syncs).toBe(1);
    expect(fake.workbook.settings()).toEqual({ [MAPPING_SETTING]: MAPPING, [SETTINGS_SETTING]: SETTINGS });
    expect(await workbook.loadSetup()).toEqual({ mapping: MAPPING, settings: SETTINGS, problems: [] });
    // saving again replaces
    await workbook.saveSettings(DEFAULT_SETTINGS);
    expect((await workbook.loadSetup()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads values stored as JSON text too', async () => {
    const fake = await fakeWithSettings({ [MAPPING_SETTING]: JSON.stringify(MAPPING), [SETTINGS_SETTING]: JSON.stringify(SETTINGS) });
    expect(await taskpaneOn(fake).loadSetup()).toEqual({ mapping: MAPPING, settings: SETTINGS, problems: [] });
  });

  it('reports an unreadable stored value as a plain problem, reads the other, and leaves both in the workbook', async () => {
    const badMapping = { version: 1, sheets: { Participants: { columns: { PersonId: 'Emp #' } } } };
    const fake = await fakeWithSettings({ [MAPPING_SETTING]: badMapping, [SETTINGS_SETTING]: SETTINGS });
    const setup = await taskpaneOn(fake).loadSetup();
    expect(setup.mapping).toBeNull();
    expect(setup.settings).toEqual(SETTINGS);
    expect(setup.problems).toEqual([
      'The mapping saved in this workbook (the setting Cadre.mapping) cannot be read: mapping.sheets.Participants.columns.PersonId: no such column (did you mean PersonID?). It is left in the workbook as it is; saving the mapping replaces it.',
    ]);
    expect(fake.workbook.settings()[MAPPING_SETTING]).toEqual(badMapping);
  });

  it.each([
    ['k below 3', { ...SETTINGS, minGroup: 2 }, 'settings.minGroup: expected a whole number, 3 or more, found 2'],
    ['an as-of date that does not exist', { ...SETTINGS, asOf: '2026-02-30' }, 'settings.asOf: expected "lastQuarter" or a date written YYYY-MM-DD, found "2026-02-30"'],
    ['text that is not JSON', '{"version": 1,', null],
  ])('reports settings with %s', async (_why, stored, detail) => {
    const fake = await fakeWithSettings({ [SETTINGS_SETTING]: stored });
    const setup = await taskpaneOn(fake).loadSetup();
    expect(setup.settings).toBeNull();
    expect(setup.problems).toHaveLength(1);
    expect(setup.problems[0]).toMatch(/^The settings saved in this workbook \(the setting Cadre\.settings\) (cannot be read|is not JSON)/);
    if (detail) expect(setup.problems[0]).toContain(detail);
    expect(setup.problems[0]).toContain('It is left in the workbook as it is; saving the settings replaces it.');
    expect(fake.workbook.settings()[SETTINGS_SETTING]).toEqual(stored);
  });

  it('refuses to save a mapping or settings of the wrong shape (InvalidOption), leaving what was saved', async () => {
    const fake = await fakeWithSettings({ [MAPPING_SETTING]: MAPPING, [SETTINGS_SETTING]: SETTINGS });
    const workbook = taskpaneOn(fake);
    const badMapping = await rejectionOf(workbook.saveMapping({ version: 1, sheets: { Participant: {} } } as unknown as Mapping));
    expect(badMapping).toMatchObject({ code: 'InvalidOption' });
    expect(badMapping.message).toMatch(/^The mapping was not saved: mapping\.sheets\.Participant: no such sheet; expected one of Participants, .*\. Correct it and save again\.$/);
    const badSettings = await rejectionOf(workbook.saveSettings({ ...SETTINGS, minGroup: 2.5 }));
    expect(badSettings).toMatchObject({ code: 'InvalidOption', message: 'The settings were not saved: settings.minGroup: expected a whole number, 3 or more, found 2.5. Correct them and save again.' });
    expect(fake.workbook.settings()).toEqual({ [MAPPING_SETTING]: MAPPING, [SETTINGS_SETTING]: SETTINGS });
  });

  it('a save that Excel refuses is a SaveFailed error with Excel’s words', async () => {
    const fake = createExcelFake();
    fake.failSync();
    const error = await rejectionOf(taskpaneOn(fake).saveMapping(MAPPING));
    expect(error).toMatchObject({ code: 'SaveFailed' });
    expect(error.message).toMatch(/^Saving the mapping in the workbook failed: The connection to Excel was lost.*Nothing else was changed; try again\.$/);
  });

  it('needs ExcelApi 1.4 (workbook settings): an older Excel gets UnsupportedHost', async () => {
    const fake = createExcelFake(undefined, { maxExcelApi: '1.3' });
    expect(await rejectionOf(taskpaneOn(fake).loadSetup())).toMatchObject({ code: 'UnsupportedHost' });
    expect(fake.stats.syncs).toBe(0);
  });
});

describe('parseSettings', () => {
  it('fills absent fields with the defaults and trims names', () => {
    expect(parseSettings({ version: 1 })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ version: 1, sheetNames: { board: '  Board  ' }, attributes: [' Gender '] })).toMatchObject({ sheetNames: { board: 'Board' }, attributes: ['Gender'] });
  });

  it.each([
    [null, 'settings: expected a JSON object'],
    [{ version: 2 }, 'settings.version: expected 1, found 2'],
    [{ version: 1, colour: 'red' }, 'settings.colour: unknown field'],
    [{ version: 1, asOf: 'yesterday' }, 'settings.asOf: expected "lastQuarter" or a date written YYYY-MM-DD, found "yesterday"'],
    [{ version: 1, minGroup: '5' }, 'settings.minGroup: expected a whole number, 3 or more, found "5"'],
    [{ version: 1, attributes: 'Gender' }, 'settings.attributes: expected null or a list of column headers'],
    [{ version: 1, sheetNames: { boardroom: 'B' } }, 'settings.sheetNames.boardroom: no such sheet of Cadre\'s'],
    [{ version: 1, sheetNames: { history: 'History' } }, 'settings.sheetNames.history: Excel reserves the name "History"'],
    [{ version: 1, sheetNames: { board: 'a/b' } }, 'settings.sheetNames.board: Excel sheet names cannot contain'],
    [{ version: 1, sheetNames: { board: 'x'.repeat(32) } }, 'settings.sheetNames.board: Excel sheet names have at most 31 characters'],
    [{ version: 1, analystDetail: 'yes' }, 'settings.analystDetail: expected true or false, found "yes"'],
    [{ version: 1, programName: 3 }, 'settings.programName: expected null or text, found 3'],
  ])('refuses %j: %s', (json, message) => {
    expect(() => parseSettings(json)).toThrow(SettingsError);
    expect(() => parseSettings(json)).toThrow(message);
  });
});
