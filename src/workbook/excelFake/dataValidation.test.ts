import { createExcelFake } from './index';
import { rejectionCode } from './testUtil.test-helpers';

const book = (maxExcelApi = '1.12') =>
  createExcelFake({ sheets: [{ name: 'Roster', values: [['id', 'status', 'start'], ['E1', 'Active', 45292]] }, { name: 'Lists', values: [['Active'], ['Completed']] }] }, { maxExcelApi });

type Batch = (context: Excel.RequestContext) => void;
const run = (fake: ReturnType<typeof book>, batch: Batch) =>
  fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
const roster = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Roster');

describe('Range.dataValidation (ExcelApi 1.8)', () => {
  it('records list, date, whole-number and custom rules on their ranges, inspectable and loadable', async () => {
    const fake = book();
    await run(fake, (context) => {
      const ws = roster(context);
      ws.getRange('B2:B9').dataValidation.rule = { list: { inCellDropDown: true, source: 'Active,Completed,Withdrawn' } };
      ws.getRange('C2:C9').dataValidation.rule = { date: { operator: 'Between', formula1: '1950-01-01', formula2: '2099-12-31' } };
      ws.getRange('D2:D9').dataValidation.rule = { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } };
      ws.getRange('E2:E9').dataValidation.rule = { custom: { formula: '=LEN(E2)<10' } };
      ws.getRange('F2:F9').dataValidation.rule = { list: { inCellDropDown: false, source: context.workbook.worksheets.getItem('Lists').getRange('A1:A2') } };
    });
    const sheet = fake.workbook.sheet('Roster');
    expect(sheet.dataValidations.map((v) => [v.address, v.rule])).toEqual([
      ['B2:B9', { list: { source: 'Active,Completed,Withdrawn', inCellDropDown: true } }],
      ['C2:C9', { date: { operator: 'Between', formula1: '1950-01-01', formula2: '2099-12-31' } }],
      ['D2:D9', { wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 } }],
      ['E2:E9', { custom: { formula: '=LEN(E2)<10' } }],
      ['F2:F9', { list: { source: '=Lists!$A$1:$A$2', inCellDropDown: false } }],
    ]);
    expect(sheet.dataValidation('B5')?.rule).toEqual({ list: { source: 'Active,Completed,Withdrawn', inCellDropDown: true } });
    expect(sheet.dataValidation('A2')).toBeNull();
    expect(fake.workbook.dataValidations().map((v) => v.sheet)).toEqual(Array(5).fill('Roster'));

    const loaded = await fake.run(async (context) => {
      const ws = roster(context);
      const ranges = ['B2:B9', 'B3', 'A2', 'B1:B9', 'B2:C9', 'C2:C9'].map((a) => ws.getRange(a).dataValidation.load('type, rule, ignoreBlanks, errorAlert'));
      await context.sync();
      return ranges.map((dv) => [dv.type, dv.rule === null ? null : Object.keys(dv.rule), dv.ignoreBlanks]);
    });
    expect(loaded).toEqual([
      ['List', ['list'], true],
      ['List', ['list'], true], // one cell inside the record
      ['None', [], true],
      ['MixedCriteria', null, null], // B1 has none
      ['Inconsistent', null, null], // a list and a date
      ['Date', ['date'], true],
    ]);
  });

  it('sets the error alert, prompt and ignoreBlanks of a range, and splits a range off the record holding it', async () => {
    const fake = book();
    await run(fake, (context) => {
      const dv = roster(context).getRange('B2:B9').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: 'Active,Completed' } };
      dv.errorAlert = { showAlert: true, style: 'Warning', title: 'Status', message: 'Cadre reads Active or Completed.' };
      dv.prompt = { showPrompt: true, title: 'Status', message: 'Pick one' };
      dv.ignoreBlanks = false;
      roster(context).getRange('B5').dataValidation.rule = { list: { inCellDropDown: true, source: 'Other' } };
    });
    const records = fake.workbook.sheet('Roster').dataValidations;
    expect(records.map((v) => v.address)).toEqual(['B2:B4,B6:B9', 'B5']);
    expect(records[0]).toMatchObject({ ignoreBlanks: false, errorAlert: { style: 'Warning', title: 'Status' }, prompt: { showPrompt: true } });
    // the split-off range keeps the record's alert and prompt, with its own rule
    expect(records[1]).toMatchObject({ rule: { list: { source: 'Other' } }, errorAlert: { style: 'Warning' }, ignoreBlanks: false });
  });

  it('clear() cuts the range out of every record; Range.clear() leaves data validation alone', async () => {
    const fake = book();
    await run(fake, (context) => {
      roster(context).getRange('B2:B9').dataValidation.rule = { decimal: { operator: 'Between', formula1: 1, formula2: 5 } };
      roster(context).getRange('C2:C3').dataValidation.rule = { decimal: { operator: 'GreaterThan', formula1: '0' } };
    });
    await run(fake, (context) => {
      roster(context).getRange('A1:Z3').clear();
      roster(context).getRange('B1:C3').dataValidation.clear();
    });
    expect(fake.workbook.sheet('Roster').dataValidations.map((v) => v.address)).toEqual(['B4:B9']);
    await run(fake, (context) => context.workbook.worksheets.getItem('Roster').delete());
    expect(fake.workbook.dataValidations()).toEqual([]);
  });

  it.each([
    ['two rule kinds at once', { list: { source: 'a,b' }, date: { operator: 'GreaterThan', formula1: '2020-01-01' } }],
    ['no rule kind', {}],
    ['an unknown kind', { regex: { pattern: 'x' } }],
    ['an unknown operator', { wholeNumber: { operator: 'Above', formula1: 0 } }],
    ['Between without formula2', { decimal: { operator: 'Between', formula1: 0 } }],
    ['a number on a date rule', { date: { operator: 'GreaterThan', formula1: 45000 } }],
    ['a date that is not ISO', { date: { operator: 'GreaterThan', formula1: '1/2/2020' } }],
    ['a blank list', { list: { source: ' ' } }],
    ['a list over 255 characters', { list: { source: 'x,'.repeat(128) } }],
    ['a custom rule without "="', { custom: { formula: 'LEN(A1)<3' } }],
  ])('refuses %s with InvalidArgument, leaving the sheet as it was', async (_why, rule) => {
    const fake = book();
    const code = await rejectionCode(run(fake, (context) => void (roster(context).getRange('B2:B9').dataValidation.rule = rule as Excel.DataValidationRule)));
    expect(code).toBe('InvalidArgument');
    expect(fake.workbook.dataValidations()).toEqual([]);
  });

  it('refuses alerts and prompts Excel could not show: an unknown style, a title over 32 characters', async () => {
    const fake = book();
    const set = (alert: object) => run(fake, (context) => void (roster(context).getRange('B2').dataValidation.errorAlert = alert as Excel.DataValidationErrorAlert));
    expect(await rejectionCode(set({ showAlert: true, style: 'Loud', title: '', message: '' }))).toBe('InvalidArgument');
    expect(await rejectionCode(set({ showAlert: true, style: 'Stop', title: 'x'.repeat(33), message: '' }))).toBe('InvalidArgument');
    expect(fake.workbook.dataValidations()).toEqual([]);
  });

  it('refuses a range whose cells are only partly validated (OfficeDev/office-js#2594): clear it first', async () => {
    const fake = book();
    await run(fake, (context) => void (roster(context).getRange('B5:B9').dataValidation.prompt = { showPrompt: true, title: 'Status', message: 'Pick one' }));
    const rule = { list: { inCellDropDown: true, source: 'a,b' } };
    expect(await rejectionCode(run(fake, (context) => void (roster(context).getRange('B1:B9').dataValidation.rule = rule)))).toBe('InvalidArgument');
    await run(fake, (context) => {
      const dv = roster(context).getRange('B1:B9').dataValidation;
      dv.clear();
      dv.rule = rule;
    });
    expect(fake.workbook.sheet('Roster').dataValidations.map((v) => [v.address, v.prompt.showPrompt])).toEqual([['B1:B9', false]]);
  });

  it('is refused on a protected sheet with AccessDenied, whatever the protection allows', async () => {
    const fake = book();
    fake.workbook.protect('Roster', { allowFormatCells: true, allowEditObjects: true });
    const rule = { list: { inCellDropDown: true, source: 'a,b' } };
    expect(await rejectionCode(run(fake, (context) => void (roster(context).getRange('B2:B9').dataValidation.rule = rule)))).toBe('AccessDenied');
    expect(await rejectionCode(run(fake, (context) => roster(context).getRange('B2:B9').dataValidation.clear()))).toBe('AccessDenied');
    expect(fake.workbook.dataValidations()).toEqual([]);
  });

  it('is ExcelApi 1.8: an older host fails with ApiNotFound, on sets, clear and loads', async () => {
    const fake = book('1.7');
    const rule = { list: { inCellDropDown: true, source: 'a,b' } };
    expect(await rejectionCode(run(fake, (context) => void (roster(context).getRange('B2').dataValidation.rule = rule)))).toBe('ApiNotFound');
    expect(await rejectionCode(run(fake, (context) => roster(context).getRange('B2').dataValidation.clear()))).toBe('ApiNotFound');
    expect(await rejectionCode(run(fake, (context) => void roster(context).getRange('B2').dataValidation.load('type')))).toBe('ApiNotFound');
    expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(false);
  });

  it('does not evaluate rules: loading `valid` is NotImplemented, and load() leaves it out', async () => {
    const fake = book();
    expect(await rejectionCode(run(fake, (context) => void roster(context).getRange('B2').dataValidation.load('valid')))).toBe('NotImplemented');
    const type = await fake.run(async (context) => {
      const dv = roster(context).getRange('B2').dataValidation.load();
      await context.sync();
      return dv.type;
    });
    expect(type).toBe('None');
  });

  it('is part of the sheet snapshot', async () => {
    const fake = book();
    const before = fake.workbook.sheet('Roster').snapshot();
    await run(fake, (context) => void (roster(context).getRange('B2').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } }));
    expect(fake.workbook.sheet('Roster').snapshot()).not.toBe(before);
  });
});

describe('the active sheet and the selection', () => {
  it('starts on the first visible sheet, with no selection; activate() and select() change them', async () => {
    const fake = book();
    expect(fake.workbook.activeSheet()).toBe('Roster');
    expect(fake.workbook.selection()).toBeNull();
    await run(fake, (context) => {
      const lists = context.workbook.worksheets.getItem('Lists');
      lists.activate();
      lists.getRange('A2').select();
    });
    expect(fake.workbook.activeSheet()).toBe('Lists');
    expect(fake.workbook.selection()).toEqual({ sheet: 'Lists', address: 'A2' });
  });

  it('select() alone does not activate the sheet (OfficeDev/office-js#5118)', async () => {
    const fake = book();
    await run(fake, (context) => context.workbook.worksheets.getItem('Lists').getRange('A1:A2').select());
    expect(fake.workbook.activeSheet()).toBe('Roster');
    expect(fake.workbook.selection()).toBeNull();
    expect(fake.workbook.sheet('Lists').selection).toBe('Lists!A1:A2');
  });

  it('a hidden sheet cannot be activated (InvalidOperation); a deleted active sheet hands over to the first visible one', async () => {
    const fake = book();
    await run(fake, (context) => void (context.workbook.worksheets.getItem('Lists').visibility = 'Hidden'));
    expect(await rejectionCode(run(fake, (context) => context.workbook.worksheets.getItem('Lists').activate()))).toBe('InvalidOperation');
    await run(fake, (context) => {
      const lists = context.workbook.worksheets.getItem('Lists');
      lists.visibility = 'Visible';
      lists.activate();
    });
    expect(fake.workbook.activeSheet()).toBe('Lists');
    await run(fake, (context) => context.workbook.worksheets.getItem('Lists').delete());
    expect(fake.workbook.activeSheet()).toBe('Roster');
  });
});
