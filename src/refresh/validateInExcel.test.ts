import { MESSY_PROBLEMS, MESSY_SHEETS } from '../sample/messyWorkbook';
import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import { createExcelFake } from '../workbook/excelFake';
import { refreshOptions, sampleFake } from '../workbook/office/office.test-helpers';
import { refreshWorkbook } from '../taskpane/workbook/officeUseCases';
import { messyFake, rejectionOf, syncsOf, taskpaneOn } from '../taskpane/workbook/taskpane.test-helpers';

const asOf = dayFromIso('2026-09-30');

describe('validate()', () => {
  it('finds exactly the messy workbook’s planted problems (and the missing Rotations sheet), at their cells, in 2 syncs', async () => {
    const fake = messyFake();
    const { result, syncs } = await syncsOf(fake, () => taskpaneOn(fake).validate({ asOf }));
    // every sheet ends within its first 20 rows: the previews are the whole sheets
    expect(syncs).toBe(2);
    const found = result.problems.map((p) => [p.sheet, p.cell, p.code, p.severity]);
    expect(found.filter(([, , code]) => code !== 'missing-sheet')).toEqual(expect.arrayContaining(MESSY_PROBLEMS));
    expect(found).toHaveLength(MESSY_PROBLEMS.length + 1);
    expect(found).toContainEqual(['Rotations', '', 'missing-sheet', 'info']);
    // as the command line's intake sees the same sheets
    expect(result.problems).toEqual(intake(MESSY_SHEETS, { asOf }).problems);
    const count = (s: string) => MESSY_PROBLEMS.filter(([, , , severity]) => severity === s).length;
    expect([result.errors, result.warnings, result.notes]).toEqual([count('error'), count('warning'), 1]);
    expect(result.rows).toEqual({ Participants: 11, Mentors: 5, Pairings: 6, Surveys: 5 });
    expect(result.canCompute).toBe(true);
  });

  it('checks the standard sample in 3 syncs: no problem', async () => {
    const { fake, sample } = sampleFake();
    const { result, syncs } = await syncsOf(fake, () => taskpaneOn(fake).validate({ asOf: sample.asOf }));
    expect(syncs).toBe(3);
    expect(result).toEqual({
      problems: [],
      errors: 0,
      warnings: 0,
      notes: 0,
      rows: { Participants: 2000, Mentors: 80, Pairings: 600, Rotations: 500, Surveys: 20000, Measures: sample.counts.measures, Preferences: sample.counts.preferences },
      canCompute: true,
    });
  });

  it('reads through the mapping, and never reads Cadre’s own sheets', async () => {
    const { fake, sample } = sampleFake();
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const result = await taskpaneOn(fake).validate({ asOf: sample.asOf, mapping: { version: 1, sheets: { Rotations: { sheet: null } } } });
    expect(result.problems.map((p) => [p.sheet, p.code])).toEqual([['Rotations', 'missing-sheet']]);
    expect(result.rows).toEqual({ Participants: 2000, Mentors: 80, Pairings: 600, Surveys: 20000, Measures: sample.counts.measures, Preferences: sample.counts.preferences });
  });

  it('says when nothing can be computed, without throwing', async () => {
    const result = await taskpaneOn(createExcelFake({ sheets: [{ name: 'Participants', values: [['PersonID', 'ProgramStart']] }] })).validate({ asOf });
    expect(result.canCompute).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ sheet: 'Participants', code: 'headers-only', severity: 'error' }));
  });

  it('refuses an as-of date that is not one, and a read Excel refuses is a ReadFailed error', async () => {
    const fake = messyFake();
    expect(await rejectionOf(taskpaneOn(fake).validate({ asOf: Number.NaN }))).toMatchObject({ code: 'InvalidOption' });
    fake.failSync({ skip: 1 });
    const error = await rejectionOf(taskpaneOn(fake).validate({ asOf }));
    expect(error).toMatchObject({ code: 'ReadFailed' });
    expect(error.message).toMatch(/^Reading .* from the workbook failed: The connection to Excel was lost/);
  });
});
