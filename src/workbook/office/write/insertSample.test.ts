import { generateSample } from '../../../sample/generateSample';
import { createExcelFake } from '../../excelFake';
import { InsertIncompleteError } from '../officeAdapterError';
import { insertSample } from './insertSample';
import { mappingForSheets } from '../../../taskpane/workbook/mappingForSheets';
import { NOW, peakBytes, snapshots } from '../office.test-helpers';
import { MIB } from '../batchBudget';
import ExcelJS from 'exceljs';
import { writeSheetsXlsxBuffer } from '../../xlsx/write/xlsxWrite';
import { DEFAULT_COLUMN_WIDTH } from '../../excelFake/cells';
import { columnWidthPoints } from './cellWrites';
import { asExcelHolds, rejectionOf, syncsOf, taskpaneOn } from '../../../taskpane/workbook/taskpane.test-helpers';

const sample = generateSample({ size: 'standard', seed: 42 });
const CANONICAL = ['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences'];
/** what each sample sheet must hold, as Excel gives values back */
const expected = Object.fromEntries(asExcelHolds(sample.sheets).map((s) => [s.name, s.values]));

/** a small roster of the user's own */
const OWN_ROSTER = [['PersonID', 'ProgramStart', 'Gender'], ['U1', 45292, 'Woman'], ['U2', 45292, 'Man']];

describe('insertSample()', () => {
  it('adds the five sheets under their canonical names in 2 syncs, every request under 4 MB, text kept as text', async () => {
    const fake = createExcelFake();
    const { result: inserted, syncs } = await syncsOf(fake, () => taskpaneOn(fake).insertSample());
    expect(syncs).toBe(2);
    expect(peakBytes(fake).request).toBeLessThan(4 * MIB);
    expect(inserted).toEqual({ sheets: Object.fromEntries(CANONICAL.map((n) => [n, n])), warnings: [] });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', ...CANONICAL]);
    for (const name of CANONICAL) expect(fake.workbook.sheet(name).values()).toEqual(expected[name]);
    expect(fake.workbook.formulasCreatedFromValues()).toEqual([]);
    expect(fake.workbook.activeSheet()).toBe('Participants');
  });

  it('formats the date columns yyyy-mm-dd below the header, makes the header bold and freezes it', async () => {
    const fake = createExcelFake();
    await taskpaneOn(fake).insertSample();
    for (const s of sample.sheets) {
      const sheet = fake.workbook.sheet(s.name);
      const formats = sheet.numberFormats();
      const dateColumns = sample.numberFormats[s.name]!.flatMap((f, j) => (f === 'yyyy-mm-dd' ? [j] : []));
      expect(formats[0]!.every((f) => f === 'General')).toBe(true);
      for (const row of formats.slice(1)) expect(row.flatMap((f, j) => (f === 'yyyy-mm-dd' ? [j] : []))).toEqual(dateColumns);
      expect(sheet.formatOf('A1', 'bold')).toBe(true);
      expect(sheet.formatOf('A2', 'bold')).toBe(false);
      expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
    }
    expect(sample.numberFormats.Participants!.filter((f) => f !== null)).toHaveLength(6); // the five dates of the program and HireDate
  });

  it('sizes every column as cadre sample sizes it in its .xlsx file (no column left at the default width)', async () => {
    const fake = createExcelFake();
    await taskpaneOn(fake).insertSample();
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await writeSheetsXlsxBuffer(sample.sheets, sample.numberFormats)) as unknown as ExcelJS.Buffer);
    for (const s of sample.sheets) {
      const sheet = fake.workbook.sheet(s.name);
      const columns = s.values[0]!.length;
      const inExcel = Array.from({ length: columns }, (_, j) => sheet.columnWidth(j));
      const inFile = Array.from({ length: columns }, (_, j) => columnWidthPoints(file.getWorksheet(s.name)!.getColumn(j + 1).width!));
      expect({ sheet: s.name, widths: inExcel }).toEqual({ sheet: s.name, widths: inFile });
      expect(inExcel.filter((w) => w === DEFAULT_COLUMN_WIDTH)).toEqual([]);
    }
    // sized to their content: Level narrower than PersonID, TargetRole (long role titles) wider than both
    const participants = fake.workbook.sheet('Participants');
    const header = sample.sheets[0]!.values[0]!;
    const width = (name: string) => participants.columnWidth(header.indexOf(name));
    expect(width('Level')).toBeLessThan(width('PersonID'));
    expect(width('TargetRole')).toBeGreaterThan(2 * width('PersonID'));
  });

  it('next to sheets that hold the names, adds "(sample)", "(sample 2)"… and changes nothing else; the mapping of the new names reads the sample, and refresh works', async () => {
    const fake = createExcelFake({
      sheets: [
        { name: 'Participants', values: OWN_ROSTER },
        { name: 'PARTICIPANTS (Sample)', values: [['notes'], ['call Bob']] },
        { name: 'pairings', values: [['my pairs'], ['later']] },
      ],
    });
    const before = snapshots(fake);
    const workbook = taskpaneOn(fake);
    const inserted = await workbook.insertSample();
    expect(inserted.sheets).toEqual({
      Participants: 'Participants (sample 2)',
      Mentors: 'Mentors',
      Pairings: 'Pairings (sample)',
      Rotations: 'Rotations',
      Surveys: 'Surveys',
      Measures: 'Measures',
      Preferences: 'Preferences',
    });
    expect(snapshots(fake, Object.keys(before))).toEqual(before);
    expect(fake.workbook.sheet('Participants (sample 2)').values()).toEqual(expected.Participants);

    // without a mapping, the sheets that hold the canonical names are taken by name first (and "pairings" has no header row)
    const plain = await workbook.overview();
    expect(plain.inputs.map((s) => s.sheet)).toEqual(['Participants', 'Mentors', null, 'Rotations', 'Surveys', 'Measures', 'Preferences']);
    expect(plain.problems.map((p) => [p.sheet, p.code])).toEqual([['pairings', 'no-header-row']]);
    // the mapping of the returned names (what the task pane saves) reads the whole sample
    const mapping = mappingForSheets(inserted.sheets);
    const mapped = await workbook.overview(mapping);
    expect(mapped.inputs.map((s) => [s.sheet, s.how, s.rows])).toEqual([
      ['Participants (sample 2)', 'mapped', sample.counts.people],
      ['Mentors', 'mapped', sample.counts.mentors],
      ['Pairings (sample)', 'mapped', sample.counts.pairings],
      ['Rotations', 'mapped', sample.counts.rotations],
      ['Surveys', 'mapped', sample.counts.surveyAnswers],
      ['Measures', 'mapped', sample.counts.measures],
      ['Preferences', 'mapped', sample.counts.preferences],
    ]);
    expect(mapped.problems).toEqual([]);
    const result = await workbook.refresh({ asOf: sample.asOf, minGroup: 5, analystDetail: true, now: NOW, mapping });
    expect(result.report.counts.participants).toBe(sample.counts.participants);
    expect(snapshots(fake, Object.keys(before))).toEqual(before);
  });

  it('sheets under other names are recognised by their headers once no sheet holds the canonical name', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Participants', values: OWN_ROSTER }] });
    const workbook = taskpaneOn(fake);
    await workbook.insertSample();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Participants').name = 'Old roster';
      await context.sync();
    });
    const overview = await workbook.overview();
    expect(overview.inputs.map((s) => [s.canonical, s.sheet, s.how])).toEqual([
      ['Participants', 'Participants (sample)', 'headers'],
      ['Mentors', 'Mentors', 'name'],
      ['Pairings', 'Pairings', 'name'],
      ['Rotations', 'Rotations', 'name'],
      ['Surveys', 'Surveys', 'name'],
      ['Measures', 'Measures', 'name'],
      ['Preferences', 'Preferences', 'name'],
    ]);
    const result = await workbook.refresh({ asOf: sample.asOf, minGroup: 5, analystDetail: false, now: NOW });
    expect(result.report.counts.participants).toBe(sample.counts.participants);
  });

  it('writes dates as serials of a 1904 workbook, so they show the same days', async () => {
    const fake = createExcelFake(undefined, { dateSystem: '1904' });
    await taskpaneOn(fake).insertSample();
    const start = sample.sheets[2]!.values[0]!.indexOf('Start');
    const serial1900 = sample.sheets[2]!.values[1]![start] as number;
    expect(fake.workbook.sheet('Pairings').values()[1]![start]).toBe(serial1900 - 1462);
    // the check then reads the sample as it is: no date problem
    const validation = await taskpaneOn(fake).validate({ asOf: sample.asOf });
    expect(validation.problems).toEqual([]);
  });

  it('reports what an old Excel could not do (frozen panes need ExcelApi 1.7) and does the rest', async () => {
    const fake = createExcelFake(undefined, { maxExcelApi: '1.6' });
    const inserted = await taskpaneOn(fake).insertSample();
    expect(inserted.warnings).toContain('frozen panes need ExcelApi 1.7; not applied (Participants, Mentors, Pairings, Rotations, Surveys, Measures and Preferences)');
    expect(fake.workbook.sheet('Participants').frozen).toBeNull();
    expect(fake.workbook.sheet('Surveys').values()).toEqual(expected.Surveys);
  });

  it('writes in batches under the budget when asked, one sync each', async () => {
    const fake = createExcelFake();
    const { syncs } = await syncsOf(fake, () => insertSample(fake.run, (n, v) => fake.isSetSupported(n, v), { batchBytes: 0.5 * MIB }));
    expect(syncs).toBeGreaterThanOrEqual(1 + 5);
    expect(peakBytes(fake).request).toBeLessThan(0.6 * MIB);
    for (const name of CANONICAL) expect(fake.workbook.sheet(name).values()).toEqual(expected[name]);
  });

  it('a connection lost mid-write names the sheets added and the incomplete ones, and asks to delete them and insert again', async () => {
    const fake = createExcelFake();
    const isSet = (n: string, v?: string) => fake.isSetSupported(n, v);
    // batches of 0.5 MB: the write takes several syncs; the third sync (the second write batch) is lost
    fake.failSync({ skip: 2 });
    const error = await rejectionOf(insertSample(fake.run, isSet, { batchBytes: 0.5 * MIB }));
    expect(error).toBeInstanceOf(InsertIncompleteError);
    expect(error.code).toBe('InsertFailed');
    const { addedSheets, incompleteSheets } = error as InsertIncompleteError;
    expect(addedSheets).toEqual(fake.workbook.sheetNames().filter((n) => n !== 'Sheet1'));
    expect(addedSheets.length).toBeGreaterThan(0);
    expect(addedSheets.length).toBeLessThan(5);
    expect(incompleteSheets.every((n) => addedSheets.includes(n))).toBe(true);
    expect(error.message).toMatch(
      /^Cadre stopped adding the sheets: Excel said “The connection to Excel was lost \(a failure injected by the Excel fake\)” \(GeneralException\)\. .* added.*; the others were not\. Delete (it|them) and insert the sample program again\.$/,
    );
    for (const name of addedSheets) expect(error.message).toContain(`"${name}"`);
    // the sheets added and not incomplete hold all their values
    for (const name of addedSheets.filter((n) => !incompleteSheets.includes(n))) expect(fake.workbook.sheet(name).values()).toEqual(expected[name]);
    expect((error.cause as { code?: string }).code).toBe('GeneralException');
  });

  it('a sheet added without its content is named incomplete', async () => {
    const fake = createExcelFake();
    // the write batch applies the two pauses and the first add, then the connection drops
    fake.failSync({ skip: 1, applied: 3 });
    const error = (await rejectionOf(taskpaneOn(fake).insertSample())) as InsertIncompleteError;
    expect([error.addedSheets, error.incompleteSheets]).toEqual([['Participants'], ['Participants']]);
    expect(error.message).toMatch(/\. "Participants" was added but is incomplete; the others were not\. Delete it and insert the sample program again\.$/);
    expect(fake.workbook.sheet('Participants').values()).toEqual([]);
  });

  it('when the look at the workbook after a lost connection fails too, names the sheets that may be there', async () => {
    const fake = createExcelFake();
    // every sync after the first failure fails as well: the connection stays down
    const run: typeof fake.run = (batch) =>
      fake.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = (async () => sync().catch((e: unknown) => (fake.failSync(), Promise.reject(e)))) as typeof context.sync;
        return batch(context);
      });
    fake.failSync({ skip: 1, applied: 3 });
    const error = (await rejectionOf(insertSample(run, (n, v) => fake.isSetSupported(n, v)))) as InsertIncompleteError;
    expect(error.message).toBe(
      'Cadre stopped adding the sheets: Excel said “The connection to Excel was lost (a failure injected by the Excel fake)” (GeneralException), and cannot tell which were added: ' +
        '"Participants", "Mentors", "Pairings", "Rotations", "Surveys", "Measures" and "Preferences" may be there. Delete those that are, then insert the sample program again.',
    );
  });

  it('a failure before any sheet is added says so', async () => {
    const fake = createExcelFake();
    fake.failSync({ skip: 1 });
    const error = await rejectionOf(taskpaneOn(fake).insertSample());
    expect(error).toMatchObject({ code: 'InsertFailed' });
    expect(error.message).toBe('Cadre could not add the sheets: Excel said “The connection to Excel was lost (a failure injected by the Excel fake)” (GeneralException). No sheet was added. Try again.');
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1']);
  });
});
