import { columnLetters } from '../../../excel/a1Address';
import { SHEETS } from '../../../intake/schema';
import { inputHeader } from '../../../sample/sampleHeader';
import { createExcelFake } from '../../excelFake';
import { syncsOf, taskpaneOn } from '../../../taskpane/workbook/taskpane.test-helpers';
import { TEMPLATE_SHEETS, templateValidation } from '../../templateSheets';
import { columnWidthPoints } from './cellWrites';

const CANONICAL = SHEETS.map((s) => s.name);

/** each validated cell of a template sheet's data row: header → [kind of rule, alert style] */
function validationsOf(fake: ReturnType<typeof createExcelFake>, sheetName: string, canonical: string): Record<string, [string, string]> {
  const headers = inputHeader(SHEETS.find((s) => s.name === canonical)!);
  const sheet = fake.workbook.sheet(sheetName);
  const out: Record<string, [string, string]> = {};
  headers.forEach((h, j) => {
    const v = sheet.dataValidation(`${columnLetters(j + 1)}2`);
    if (v) out[h] = [Object.keys(v.rule ?? {})[0]!, v.errorAlert.style];
  });
  return out;
}

describe('insertTemplates()', () => {
  it('adds seven empty tables (the five, Measures and Preferences) with the canonical headers in 2 syncs, recognised by name with 0 rows', async () => {
    const fake = createExcelFake();
    const workbook = taskpaneOn(fake);
    const { result: inserted, syncs } = await syncsOf(fake, () => workbook.insertTemplates());
    expect(syncs).toBe(2);
    expect(inserted).toEqual({ sheets: Object.fromEntries(CANONICAL.map((n) => [n, n])), warnings: [] });
    expect(fake.workbook.sheetNames()).toEqual(['Sheet1', ...CANONICAL]);
    const tables = fake.workbook.tables();
    expect(tables.map((t) => t.name)).toEqual(CANONICAL);
    for (const spec of SHEETS) {
      const headers = inputHeader(spec);
      const sheet = fake.workbook.sheet(spec.name);
      // the table: the header row and one empty data row
      expect(tables.find((t) => t.sheetId === sheet.id)!.area).toEqual({ row: 0, column: 0, lastRow: 1, lastColumn: headers.length - 1 });
      expect(sheet.usedRange(true)).toBe(`A1:${columnLetters(headers.length)}1`);
      expect(sheet.values(`A1:${columnLetters(headers.length)}2`)).toEqual([headers, headers.map(() => '')]);
      expect(headers.filter((h) => !['Gender', 'Ethnicity'].includes(h))).toEqual(spec.columns.map((c) => c.name));
      expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
      // date columns shown as ISO dates in the data row
      const formats = sheet.numberFormats(`A2:${columnLetters(headers.length)}2`)[0]!;
      expect(headers.filter((_, j) => formats[j] === 'yyyy-mm-dd')).toEqual(spec.columns.filter((c) => c.type === 'date').map((c) => c.name));
    }
    expect(fake.workbook.formulasCreatedFromValues()).toEqual([]);
    expect(fake.workbook.activeSheet()).toBe('Participants');
    // columns as wide as their headers, as in cadre templates' file: PersonID 12 characters, ReadinessRating 19
    const participants = fake.workbook.sheet('Participants');
    const columns = TEMPLATE_SHEETS[0]!.columns;
    expect(columns.map((_, j) => participants.columnWidth(j))).toEqual(columns.map((c) => columnWidthPoints(c.width)));
    expect([columns.find((c) => c.header === 'PersonID')!.width, columns.find((c) => c.header === 'ReadinessRating')!.width]).toEqual([12, 19]);

    const overview = await workbook.overview();
    expect(overview.inputs.map((s) => [s.sheet, s.how, s.headerRow, s.rows])).toEqual(CANONICAL.map((n) => [n, 'name', 1, 0]));
    expect(overview.inputs.every((s) => s.columns.every((c) => c.how === 'exact' || c.how === 'attribute'))).toBe(true);
    expect(overview.problems).toEqual([]);
  });

  it('puts data validation on the right columns of the data body: drop-downs for enums and yes/no, dates, numbers', async () => {
    const fake = createExcelFake();
    await taskpaneOn(fake).insertTemplates();
    expect(validationsOf(fake, 'Participants', 'Participants')).toEqual({
      InProgram: ['list', 'Warning'],
      HighPotential: ['list', 'Warning'],
      EligibleDate: ['date', 'Stop'],
      ProgramStart: ['date', 'Stop'],
      ProgramEnd: ['date', 'Stop'],
      Status: ['list', 'Warning'],
      ExitDate: ['date', 'Stop'],
      ExitType: ['list', 'Warning'],
      Regrettable: ['list', 'Warning'],
      ReadyDate: ['date', 'Stop'],
      ReadinessRating: ['list', 'Warning'],
      HireDate: ['date', 'Stop'],
    });
    expect(validationsOf(fake, 'Mentors', 'Mentors')).toEqual({ MentorType: ['list', 'Warning'], Capacity: ['wholeNumber', 'Stop'], CapacityHours: ['decimal', 'Stop'] });
    expect(validationsOf(fake, 'Pairings', 'Pairings')).toEqual({
      Role: ['list', 'Warning'],
      Start: ['date', 'Stop'],
      End: ['date', 'Stop'],
      Sessions: ['wholeNumber', 'Stop'],
      Hours: ['decimal', 'Stop'],
      LastMeeting: ['date', 'Stop'],
    });
    expect(validationsOf(fake, 'Rotations', 'Rotations')).toEqual({
      Start: ['date', 'Stop'],
      End: ['date', 'Stop'],
      CheckpointDate: ['date', 'Stop'],
      CheckpointRating: ['decimal', 'Stop'],
      Status: ['list', 'Warning'],
    });
    expect(validationsOf(fake, 'Surveys', 'Surveys')).toEqual({
      RespondentRole: ['list', 'Warning'],
      Date: ['date', 'Stop'],
      Score: ['decimal', 'Stop'],
      ScaleMax: ['wholeNumber', 'Stop'],
    });
    // Value is any number (a KPI may be negative); intake checks a promotion's value
    expect(validationsOf(fake, 'Measures', 'Measures')).toEqual({ Date: ['date', 'Stop'] });
    expect(validationsOf(fake, 'Preferences', 'Preferences')).toEqual({ Rank: ['wholeNumber', 'Stop'] });
    const rank = fake.workbook.sheet('Preferences').dataValidation('C2')!;
    expect(rank.rule).toEqual({ wholeNumber: { operator: 'Between', formula1: 1, formula2: 5 } });
    const participants = fake.workbook.sheet('Participants');
    const cell = (h: string) => `${columnLetters(inputHeader(SHEETS[0]!).indexOf(h) + 1)}2`;
    expect(participants.dataValidation(cell('ReadinessRating'))!.rule).toEqual({
      list: { source: 'Ready now,Ready 1-2 years,Ready 3+ years,Not ready', inCellDropDown: true },
    });
    expect(participants.dataValidation(cell('ProgramStart'))!.rule).toEqual({ date: { operator: 'Between', formula1: '1950-01-01', formula2: '2099-12-31' } });
    expect(fake.workbook.sheet('Rotations').dataValidation('F2')!.rule).toEqual({ decimal: { operator: 'Between', formula1: 1, formula2: 5 } });
    // one record per validated column, each on the single data row
    expect(fake.workbook.dataValidations().every((v) => /^[A-Z]+2$/.test(v.address))).toBe(true);
  });

  it('next to sheets and tables that hold the names, uses free ones', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'participants', values: [['x', 'y'], [1, 2]] }, { name: 'Participants (template)', values: [] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('participants').tables.add('A1:B2', true).name = 'Mentors';
      await context.sync();
    });
    const inserted = await taskpaneOn(fake).insertTemplates();
    expect(inserted.sheets).toEqual({ Participants: 'Participants (template 2)', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys', Measures: 'Measures', Preferences: 'Preferences' });
    expect(fake.workbook.tables().map((t) => t.name)).toEqual(['Mentors', 'Participants', 'Mentors2', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences']);
    expect(fake.workbook.sheet('participants').values()).toEqual([['x', 'y'], [1, 2]]);
  });

  it('on Excel without ExcelApi 1.8, adds the tables without data validation and says so', async () => {
    const fake = createExcelFake(undefined, { maxExcelApi: '1.7' });
    const inserted = await taskpaneOn(fake).insertTemplates();
    expect(inserted.warnings).toContain('data validation needs ExcelApi 1.8; not applied (Participants, Mentors, Pairings, Rotations, Surveys, Measures and Preferences)');
    expect(fake.workbook.dataValidations()).toEqual([]);
    expect(fake.workbook.tables()).toHaveLength(7);
  });
});

describe('templateValidation', () => {
  it("gives every enum and yes/no column a list Excel accepts, and leaves ids, text, levels and Measures' Value free", () => {
    for (const spec of SHEETS) {
      for (const c of spec.columns) {
        const v = templateValidation(c);
        if (['id', 'text', 'level'].includes(c.type) || (spec.name === 'Measures' && c.name === 'Value')) expect(v).toBeNull();
        else expect(v).not.toBeNull();
        if (!v) continue;
        expect(v.errorAlert.title.length).toBeLessThanOrEqual(32);
        expect(v.errorAlert.message.length).toBeLessThanOrEqual(255);
        if ('list' in v.rule) {
          expect(v.rule.list.source.length).toBeLessThanOrEqual(255);
          if (c.type === 'enum') expect(v.rule.list.source.split(',')).toEqual(Object.keys(c.values!));
        }
      }
    }
  });
});
