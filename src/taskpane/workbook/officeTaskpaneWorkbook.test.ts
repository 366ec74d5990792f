import { createExcelFake } from '../../workbook/excelFake';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { freeSheetName, freeSheetNames } from '../../workbook/office/write/freeSheetName';
import type { ExcelRun } from '../../workbook/office/host';
import { mappingForSheets } from './mappingForSheets';
import { NOW, sampleFake } from '../../workbook/office/office.test-helpers';
import { officeTaskpaneWorkbook } from './officeTaskpaneWorkbook';
import { rejectionOf, syncsOf, taskpaneOn } from './taskpane.test-helpers';
import { DEFAULT_SETTINGS, type TaskpaneWorkbook } from './taskpaneWorkbook';

describe('officeTaskpaneWorkbook', () => {
  it('takes few syncs per call (the standard sample)', async () => {
    const { fake, sample } = sampleFake();
    const workbook = taskpaneOn(fake);
    const syncs = async (work: () => Promise<unknown>) => (await syncsOf(fake, work)).syncs;
    const counts = {
      loadSetup: await syncs(() => workbook.loadSetup()),
      overview: await syncs(() => workbook.overview()),
      saveMapping: await syncs(() => workbook.saveMapping({ version: 1 })),
      saveSettings: await syncs(() => workbook.saveSettings(DEFAULT_SETTINGS)),
      validate: await syncs(() => workbook.validate({ asOf: sample.asOf })),
      selectCell: await syncs(() => workbook.selectCell('Surveys', 'B7')),
      activateSheet: await syncs(() => workbook.activateSheet('Mentors')),
      refresh: await syncs(() => workbook.refresh({ asOf: sample.asOf, minGroup: 5, analystDetail: true, now: NOW })),
      insertTemplates: await syncs(() => workbook.insertTemplates()),
      insertSample: await syncs(() => workbook.insertSample()),
    };
    expect(counts).toEqual({ loadSetup: 1, overview: 2, saveMapping: 1, saveSettings: 1, validate: 3, selectCell: 1, activateSheet: 1, refresh: 6, insertTemplates: 2, insertSample: 2 });
  });

  it('refresh() is refreshWorkbook with the same options, and reports through its result', async () => {
    const { fake, sample } = sampleFake();
    const phases: string[] = [];
    const result = await taskpaneOn(fake).refresh({
      asOf: sample.asOf,
      minGroup: 7,
      analystDetail: false,
      sheetNames: { board: 'Board' },
      programName: 'Emerging leaders',
      now: NOW,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(result.written.map((w) => w.name)).toEqual(['Board', 'Equity Detail', 'Metrics Detail', 'Cadre History', 'Definitions', 'Data Quality']);
    expect(result.report.minGroup).toBe(7);
    expect(result.warnings).toEqual([]);
    expect(new Set(phases)).toEqual(new Set(['reading', 'computing', 'writing']));
    expect(fake.workbook.sheet('Board').values()[0]![0]).toBe('Emerging leaders: Board Dashboard');
  });

  it('every method needs ExcelApi 1.4: an older Excel gets UnsupportedHost, before any request', async () => {
    const fake = createExcelFake(undefined, { maxExcelApi: '1.3' });
    const workbook = taskpaneOn(fake);
    const calls: ((w: TaskpaneWorkbook) => Promise<unknown>)[] = [
      (w) => w.overview(),
      (w) => w.insertSample(),
      (w) => w.insertTemplates(),
      (w) => w.loadSetup(),
      (w) => w.saveMapping({ version: 1 }),
      (w) => w.saveSettings(DEFAULT_SETTINGS),
      (w) => w.validate({ asOf: 0 }),
      (w) => w.selectCell('Sheet1', 'A1'),
      (w) => w.activateSheet('Sheet1'),
      (w) => w.refresh({ asOf: 0, minGroup: 5, analystDetail: true, now: NOW }),
      (w) => w.appendPairings({ pairs: [{ personId: 'P-1', mentorId: 'M-1', role: 'Mentor' }], start: 0 }),
    ];
    for (const call of calls) {
      const error = await rejectionOf(call(workbook));
      expect(error).toBeInstanceOf(OfficeAdapterError);
      expect(error).toMatchObject({ code: 'UnsupportedHost' });
    }
    expect(fake.stats.syncs).toBe(0);
  });

  it('rejects only with OfficeAdapterError, Excel’s error kept as the cause', async () => {
    const fake = createExcelFake();
    const workbook = taskpaneOn(fake);
    const cases: [string, (w: TaskpaneWorkbook) => Promise<unknown>, string][] = [
      ['overview', (w) => w.overview(), 'ReadFailed'],
      ['insertSample', (w) => w.insertSample(), 'ReadFailed'],
      ['insertTemplates', (w) => w.insertTemplates(), 'InsertFailed'],
      ['loadSetup', (w) => w.loadSetup(), 'ReadFailed'],
      ['saveSettings', (w) => w.saveSettings(DEFAULT_SETTINGS), 'SaveFailed'],
      ['validate', (w) => w.validate({ asOf: 20000 }), 'ReadFailed'],
      ['selectCell', (w) => w.selectCell('Sheet1', 'A1'), 'SelectFailed'],
      ['refresh', (w) => w.refresh({ asOf: 20000, minGroup: 5, analystDetail: true, now: NOW }), 'ReadFailed'],
    ];
    for (const [, call, code] of cases) {
      fake.failSync();
      const error = await rejectionOf(call(workbook));
      expect(error).toBeInstanceOf(OfficeAdapterError);
      expect(error.code).toBe(code);
      expect(error.message).not.toBe('');
      expect((error.cause as { code?: string }).code).toBe('GeneralException');
    }
    // nothing computable: a plain CannotCompute, nothing written
    const empty = await rejectionOf(workbook.refresh({ asOf: 20000, minGroup: 5, analystDetail: true, now: NOW }));
    expect(empty).toMatchObject({ code: 'CannotCompute' });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1']);
  });

  it('wraps errors that are not Excel’s too: by the step that met them, else as Unexpected, keeping each as the cause', async () => {
    const broken = new TypeError('x is not a function');
    const throwing = officeTaskpaneWorkbook(() => Promise.reject(broken), () => true);
    expect(await rejectionOf(throwing.loadSetup())).toMatchObject({ code: 'ReadFailed', cause: broken });
    expect(await rejectionOf(throwing.selectCell('A', 'B2'))).toMatchObject({ code: 'SelectFailed', cause: broken });
    expect(await rejectionOf(throwing.insertTemplates())).toMatchObject({ code: 'InsertFailed', cause: broken });
    expect(await rejectionOf(throwing.validate({ asOf: 0 }))).toMatchObject({ code: 'ReadFailed', cause: broken });
    // a host answering nonsense: nothing foresaw it
    const nonsense = officeTaskpaneWorkbook((() => Promise.resolve(undefined)) as unknown as ExcelRun, () => true);
    const error = await rejectionOf(nonsense.overview());
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect(error.code).toBe('Unexpected');
    expect(error.message).toMatch(/^Looking at the workbook failed: .*\. Try again; if it keeps failing, reload the add-in\.$/);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('without Office (the preview, a test), takes every requirement set as supported', async () => {
    const fake = createExcelFake();
    const overview = await officeTaskpaneWorkbook(fake.run).overview();
    expect(overview.sheetNames).toEqual(['Sheet1']);
  });
});

describe('freeSheetName', () => {
  it('keeps a free name, else adds the label, then numbers it, ignoring case', () => {
    expect(freeSheetName('Participants', 'sample', ['Sheet1'])).toBe('Participants');
    expect(freeSheetName('Participants', 'sample', ['PARTICIPANTS'])).toBe('Participants (sample)');
    expect(freeSheetName('Participants', 'sample', ['participants', 'Participants (Sample)', 'Participants (sample 2)'])).toBe('Participants (sample 3)');
    expect(freeSheetNames(['A', 'a'], 'template', [])).toEqual(['A', 'a (template)']);
  });
});

describe('mappingForSheets', () => {
  it('maps the named sheets over a mapping, keeping its other choices', () => {
    expect(
      mappingForSheets(
        { Participants: 'Participants (sample)', Mentors: 'Mentors' },
        { version: 1, dateOrder: 'DMY', attributes: ['Gender'], sheets: { Participants: { sheet: 'Old', headerRow: 3 }, Rotations: { sheet: null } } },
      ),
    ).toEqual({
      version: 1,
      dateOrder: 'DMY',
      attributes: ['Gender'],
      sheets: { Participants: { sheet: 'Participants (sample)' }, Mentors: { sheet: 'Mentors' }, Rotations: { sheet: null } },
    });
  });
});
