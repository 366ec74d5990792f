import { DEFAULT_SHEET_NAMES } from '../dashboard/buildPlan';
import { SHEETS } from '../intake/schema';
import { createExcelFake } from '../workbook/excelFake';
import { refreshOptions, sampleFake } from '../workbook/office/office.test-helpers';
import { refreshWorkbook } from '../taskpane/workbook/officeUseCases';
import { messyFake, syncsOf, taskpaneOn } from '../taskpane/workbook/taskpane.test-helpers';

describe('overview()', () => {
  it('shows the sample: five sheets found by name, every column exact, the attributes, the rows below each header, in 2 syncs', async () => {
    const { fake, sample } = sampleFake();
    const { result: overview, syncs } = await syncsOf(fake, () => taskpaneOn(fake).overview());
    expect(syncs).toBe(2);
    expect(overview.sheetNames).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences']);
    expect(overview.ownedSheets).toEqual([]);
    expect(overview.problems).toEqual([]);
    expect(overview.inputs.map((s) => [s.canonical, s.sheet, s.how, s.headerRow, s.rows])).toEqual([
      ['Participants', 'Participants', 'name', 1, sample.counts.people],
      ['Mentors', 'Mentors', 'name', 1, sample.counts.mentors],
      ['Pairings', 'Pairings', 'name', 1, sample.counts.pairings],
      ['Rotations', 'Rotations', 'name', 1, sample.counts.rotations],
      ['Surveys', 'Surveys', 'name', 1, sample.counts.surveyAnswers],
      ['Measures', 'Measures', 'name', 1, sample.counts.measures],
      ['Preferences', 'Preferences', 'name', 1, sample.counts.preferences],
    ]);
    const participants = overview.inputs[0]!;
    // every column by its own name, HireDate (impact.md) included
    expect(participants.columns.filter((c) => c.how !== 'attribute')).toEqual(SHEETS[0]!.columns.map((c) => ({ canonical: c.name, header: c.name, how: 'exact', required: c.required })));
    expect(participants.columns.filter((c) => c.how === 'attribute')).toEqual([
      { canonical: null, header: 'Gender', how: 'attribute', required: false },
      { canonical: null, header: 'Ethnicity', how: 'attribute', required: false },
    ]);
    expect(participants.unmatchedHeaders).toEqual([]);
  });

  it('shows the messy workbook: a header on row 3, synonyms, a sheet found by its headers, a missing sheet', async () => {
    const fake = messyFake();
    const overview = await taskpaneOn(fake).overview();
    const by = Object.fromEntries(overview.inputs.map((s) => [s.canonical, s]));
    expect(by.Participants).toMatchObject({ sheet: 'Roster', how: 'name', headerRow: 3, rows: 12 });
    expect(by.Mentors).toMatchObject({ sheet: 'Coaches & Mentors', how: 'headers', headerRow: 1, rows: 5 });
    expect(by.Pairings).toMatchObject({ sheet: 'Matches', how: 'name', rows: 6 });
    expect(by.Surveys).toMatchObject({ sheet: 'Survey Responses', how: 'name', rows: 5 });
    expect(by.Rotations).toMatchObject({ sheet: null, how: null, headerRow: null, rows: 0, unmatchedHeaders: [] });
    expect(by.Rotations!.columns.every((c) => c.how === 'missing' && c.header === null)).toBe(true);
    expect(by.Rotations!.columns.filter((c) => c.required).map((c) => c.canonical)).toEqual(['PersonID', 'Function', 'Start']);
    const col = (name: string) => by.Participants!.columns.find((c) => c.canonical === name);
    expect(col('PersonID')).toEqual({ canonical: 'PersonID', header: 'Employee ID', how: 'synonym', required: true });
    expect(col('InProgram')).toEqual({ canonical: 'InProgram', header: 'In Program', how: 'exact', required: false });
    expect(col('Status')).toEqual({ canonical: 'Status', header: null, how: 'missing', required: false });
    expect(overview.problems.map((p) => [p.sheet, p.code, p.severity])).toEqual([['Rotations', 'missing-sheet', 'info']]);
  });

  it('applies a mapping: mapped columns, a mapped sheet, unmatched headers, and a mapped sheet that does not exist', async () => {
    const fake = createExcelFake({
      sheets: [
        { name: 'HR export', values: [['Emp #', 'Cohort', 'Notes', 'Pronouns'], ['E1', '2024', 'x', 'she'], ['E2', '2024', '', 'he']] },
        { name: 'Other', values: [['a']] },
      ],
    });
    const overview = await taskpaneOn(fake).overview({
      version: 1,
      attributes: ['Pronouns'],
      sheets: { Participants: { sheet: 'HR export', columns: { PersonID: 'Emp #' } }, Mentors: { sheet: 'Coaches' } },
    });
    const participants = overview.inputs[0]!;
    expect(participants).toMatchObject({ sheet: 'HR export', how: 'mapped', headerRow: 1, rows: 2, unmatchedHeaders: ['Notes'] });
    expect(participants.columns.find((c) => c.canonical === 'PersonID')).toEqual({ canonical: 'PersonID', header: 'Emp #', how: 'mapping', required: true });
    expect(participants.columns.find((c) => c.how === 'attribute')).toEqual({ canonical: null, header: 'Pronouns', how: 'attribute', required: false });
    expect(overview.problems.find((p) => p.code === 'unknown-mapping')).toMatchObject({ sheet: 'Coaches', severity: 'warning' });
  });

  it("lists Cadre's own sheets after a refresh, and never takes them for input", async () => {
    const { fake, sample } = sampleFake();
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const overview = await taskpaneOn(fake).overview();
    const outputs = Object.values(DEFAULT_SHEET_NAMES);
    expect(overview.ownedSheets).toEqual(outputs);
    expect(overview.sheetNames).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences', ...outputs]);
    expect(overview.inputs.map((s) => s.sheet)).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences']);
  });

  it('says what is missing in a workbook with one empty sheet: Participants is an error, the others notes (none for the optional Measures and Preferences)', async () => {
    const overview = await taskpaneOn(createExcelFake()).overview();
    expect(overview.sheetNames).toEqual(['Sheet1']);
    expect(overview.inputs.every((s) => s.sheet === null)).toBe(true);
    expect(overview.problems.map((p) => [p.sheet, p.severity])).toEqual([
      ['Participants', 'error'],
      ['Mentors', 'info'],
      ['Pairings', 'info'],
      ['Rotations', 'info'],
      ['Surveys', 'info'],
    ]);
  });
});
