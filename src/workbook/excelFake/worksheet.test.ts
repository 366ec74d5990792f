import { createExcelFake } from './index';
import { rejectionCode, thrownCode } from './testUtil.test-helpers';

const book = () => createExcelFake({ sheets: [{ name: 'Roster', values: [['id'], [1]] }] });

async function addSheet(fake: ReturnType<typeof book>, name: string): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

describe('worksheet names', () => {
  it.each([
    ['too long', 'x'.repeat(32)],
    ['blank', ''],
    ['spaces only', '   '],
    ['[', 'a[b'],
    [']', 'a]b'],
    [':', 'a:b'],
    ['*', 'a*b'],
    ['?', 'a?b'],
    ['/', 'a/b'],
    ['\\', 'a\\b'],
    ['leading apostrophe', "'quoted"],
    ['trailing apostrophe', "quoted'"],
    ['duplicate ignoring case', 'ROSTER'],
    ['reserved by Excel', 'History'],
  ])('rejects %s with InvalidArgument', async (_why, name) => {
    const fake = book();
    expect(await rejectionCode(addSheet(fake, name))).toBe('InvalidArgument');
    expect(fake.workbook.sheetNames()).toEqual(['Roster']);
  });

  it('accepts 31 characters, inner apostrophes, spaces and punctuation Excel allows', async () => {
    const fake = book();
    for (const name of ['x'.repeat(31), "Mentor's view", 'Board Dashboard', 'Q1 (2025) - draft.v2', 'Historyx']) await addSheet(fake, name);
    expect(fake.workbook.sheetNames()).toHaveLength(6);
  });

  it('renaming follows the same rules', async () => {
    const fake = book();
    await addSheet(fake, 'Two');
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Two').name = 'roster';
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('finding worksheets', () => {
  it('getItem of a missing sheet rejects the sync with ItemNotFound', async () => {
    const fake = book();
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Board Dashboard');
        await context.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('getItem finds a sheet ignoring case', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('roster').load('name');
      await context.sync();
      expect(sheet.name).toBe('Roster');
    });
  });

  it('getItemOrNullObject gives isNullObject true after load + sync, and it is unreadable before', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Board Dashboard');
      const present = context.workbook.worksheets.getItemOrNullObject('Roster');
      missing.load('name');
      present.load('name');
      expect(thrownCode(() => missing.isNullObject)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Roster');
    });
  });

  it('loads items of the collection with id, name, position and visibility', async () => {
    const fake = book();
    await addSheet(fake, 'Board Dashboard');
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrownCode(() => sheets.items)).toBe('PropertyNotLoaded');
      sheets.load('items/name, items/position');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([['Roster', 0], ['Board Dashboard', 1]]);
      expect(thrownCode(() => sheets.items[0]!.id)).toBe('PropertyNotLoaded');
    });
  });

  it('an added sheet can be used in the same batch; delete removes it; the last visible sheet cannot go', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Out');
      sheet.getRange('A1').values = [['x']];
      sheet.load('id');
      await context.sync();
      expect(sheet.id).toMatch(/sheet/);
    });
    expect(fake.workbook.sheet('Out').values('A1')).toEqual([['x']]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Out').delete();
    });
    expect(fake.workbook.sheetNames()).toEqual(['Roster']);
    const code = await rejectionCode(fake.run(async (context) => context.workbook.worksheets.getItem('Roster').delete()));
    expect(code).toBe('InvalidOperation');
  });

  it('freezes panes and sets visibility', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Out');
      sheet.freezePanes.freezeRows(2);
      context.workbook.worksheets.add('Hidden').visibility = 'Hidden';
    });
    expect(fake.workbook.sheet('Out').frozen).toEqual({ rows: 2, columns: 0 });
    expect(fake.workbook.sheet('Hidden').visibility).toBe('Hidden');
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').freezePanes.freezeAt('B3'));
    expect(fake.workbook.sheet('Out').frozen).toEqual({ rows: 3, columns: 2 });
  });
});

describe('protection', () => {
  it('a protected sheet rejects value writes with AccessDenied until unprotected', async () => {
    const fake = book();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Roster').protection.protect();
    });
    const before = fake.workbook.sheet('Roster').snapshot();
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Roster').getRange('A3').values = [[2]];
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(fake.workbook.sheet('Roster').snapshot()).toBe(before);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Roster');
      sheet.protection.unprotect();
      sheet.getRange('A3').values = [[2]];
      sheet.protection.protect();
      sheet.protection.load('protected');
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
    });
    expect(fake.workbook.sheet('Roster').values('A3')).toEqual([[2]]);
  });

  it.each<[string, (sheet: Excel.Worksheet) => void]>([
    ['formats', (s) => void (s.getRange('A1').format.font.bold = true)],
    ['number formats', (s) => void (s.getRange('A1').numberFormat = [['0']])],
    ['column widths', (s) => void (s.getRange('A1').format.columnWidth = 10)],
    ['clear', (s) => s.getRange('A1').clear()],
    ['merge', (s) => s.getRange('A1:B1').merge()],
    ['unmerge', (s) => s.getRange('A1:B1').unmerge()],
    ['clearing conditional formats', (s) => s.getRange('A1:A2').conditionalFormats.clearAll()],
    ['tables', (s) => void s.tables.add('A1:A2', true)],
    ['charts', (s) => void s.charts.add('Line', s.getRange('A1:A2'), 'Auto')],
    ['conditional formats', (s) => void s.getRange('A1:A2').conditionalFormats.add('CellValue')],
  ])('a protected sheet rejects %s with AccessDenied', async (_what, change) => {
    const fake = book();
    fake.workbook.protect('Roster');
    expect(await rejectionCode(fake.run(async (context) => change(context.workbook.worksheets.getItem('Roster'))))).toBe('AccessDenied');
  });

  it('protection options can allow formatting, but never values', async () => {
    const fake = book();
    fake.workbook.protect('Roster', { allowFormatCells: true });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Roster').getRange('A1').format.font.bold = true;
    });
    expect(fake.workbook.sheet('Roster').formatOf('A1', 'bold')).toBe(true);
    const code = await rejectionCode(fake.run(async (context) => void (context.workbook.worksheets.getItem('Roster').getRange('A1').values = [['x']])));
    expect(code).toBe('AccessDenied');
  });

  it('a password-protected sheet needs its password to unprotect', async () => {
    const fake = book();
    fake.workbook.protect('Roster', {}, 'secret');
    expect(await rejectionCode(fake.run(async (context) => context.workbook.worksheets.getItem('Roster').protection.unprotect()))).toBe('AccessDenied');
    await fake.run(async (context) => context.workbook.worksheets.getItem('Roster').protection.unprotect('secret'));
    expect(fake.workbook.sheet('Roster').protected).toBe(false);
  });
});
