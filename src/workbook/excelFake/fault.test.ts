import { createExcelFake } from './index';
import { rejectionCode } from './testUtil.test-helpers';

describe('failSync (fault injection)', () => {
  const fake = () => createExcelFake({ sheets: [{ name: 'Data', values: [['a'], ['b'], ['c']] }] });

  it('fails the next sync after applying the given number of actions; the ones before stay applied', async () => {
    const f = fake();
    f.failSync({ applied: 1 });
    const code = await rejectionCode(
      f.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data'); // action 1: the getItem
        sheet.getRange('A1').values = [['x']]; // actions 2 and 3: getRange, set
        await context.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(f.workbook.sheet('Data').values()).toEqual([['a'], ['b'], ['c']]);
    expect(f.stats.syncs).toBe(1);
  });

  it('skips the given number of syncs first, is one-shot, and can fail after every action (a lost response)', async () => {
    const f = fake();
    f.failSync({ skip: 1, applied: 99, code: 'InvalidOperation', message: 'boom' });
    await f.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['first']];
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A2').values = [['second']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation', message: 'boom' });
      context.workbook.worksheets.getItem('Data').getRange('A3').values = [['third']];
      await context.sync();
    });
    expect(f.workbook.sheet('Data').values()).toEqual([['first'], ['second'], ['third']]);
    expect(f.stats.syncs).toBe(3);
  });
});
