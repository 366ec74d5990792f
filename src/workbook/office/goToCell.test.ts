import { dayFromIso } from '../../calendar/dayFromIso';
import { createExcelFake } from '../excelFake';
import { messyFake, rejectionOf, syncsOf, taskpaneOn } from '../../taskpane/workbook/taskpane.test-helpers';

describe('selectCell() and activateSheet()', () => {
  it('goes to the cell of a problem: activates its sheet and selects the cell, in 1 sync', async () => {
    const fake = messyFake();
    const workbook = taskpaneOn(fake);
    const { problems } = await workbook.validate({ asOf: dayFromIso('2026-09-30') });
    const problem = problems.find((p) => p.sheet === 'Matches' && p.code === 'negative')!;
    const { syncs } = await syncsOf(fake, () => workbook.selectCell(problem.sheet, problem.cell));
    expect(syncs).toBe(1);
    expect(fake.workbook.activeSheet()).toBe('Matches');
    expect(fake.workbook.selection()).toEqual({ sheet: 'Matches', address: 'E6' });
    // and to another sheet, whose name needs quoting
    await workbook.selectCell('Coaches & Mentors', 'C4');
    expect(fake.workbook.selection()).toEqual({ sheet: 'Coaches & Mentors', address: 'C4' });
  });

  it('a problem about a whole sheet (no cell) activates the sheet only', async () => {
    const fake = messyFake();
    await taskpaneOn(fake).selectCell('Matches', '');
    expect(fake.workbook.activeSheet()).toBe('Matches');
    expect(fake.workbook.selection()).toBeNull();
  });

  it('names a sheet that is no longer in the workbook, and asks to check again', async () => {
    const fake = messyFake();
    const error = await rejectionOf(taskpaneOn(fake).selectCell('Rotations', 'A1'));
    expect(error).toMatchObject({ name: 'OfficeAdapterError', code: 'SheetNotFound', message: 'The sheet "Rotations" is no longer in the workbook (renamed or deleted); check again.' });
    expect((error.cause as { code?: string }).code).toBe('ItemNotFound');
    expect(fake.workbook.activeSheet()).toBe('Roster');
  });

  it('says when the sheet is hidden, or the cell is not an address', async () => {
    const fake = messyFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Matches').visibility = 'Hidden';
      await context.sync();
    });
    const hidden = await rejectionOf(taskpaneOn(fake).selectCell('Matches', 'E6'));
    expect(hidden).toMatchObject({ code: 'SelectFailed' });
    expect(hidden.message).toMatch(/^Excel cannot show the sheet "Matches" \(.*\); it is probably hidden\. Unhide it/);
    const before = fake.stats.syncs;
    expect(await rejectionOf(taskpaneOn(fake).selectCell('Roster', 'not a cell'))).toMatchObject({ code: 'SelectFailed' });
    expect(fake.stats.syncs).toBe(before);
  });

  it('activateSheet() shows a sheet (1 sync) and names one that is gone', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'A', values: [] }, { name: 'Board Dashboard', values: [] }] });
    const { syncs } = await syncsOf(fake, () => taskpaneOn(fake).activateSheet('Board Dashboard'));
    expect(syncs).toBe(1);
    expect(fake.workbook.activeSheet()).toBe('Board Dashboard');
    expect(await rejectionOf(taskpaneOn(fake).activateSheet('Equity Detail'))).toMatchObject({ code: 'SheetNotFound' });
  });
});
