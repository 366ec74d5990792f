import { createExcelFake } from './index';
import { rejectionCode } from './testUtil.test-helpers';

/** a sheet written the way Cadre writes a dashboard: values, formats, borders, merges, conditional formats, a table, a chart */
async function dressed(maxExcelApi = '1.12') {
  const fake = createExcelFake({ sheets: [{ name: 'Out', values: [] }] }, { maxExcelApi: '1.12' });
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Out');
    sheet.getRange('A1:D4').values = [['Title', null, null, null], ['a', 1, 2, 'x'], ['b', 3, 4, 'y'], ['c', 5, 6, 'z']];
    sheet.getRange('A1:D1').merge();
    sheet.getRange('A1').format.font.bold = true;
    sheet.getRange('B2:C4').numberFormat = [['0.0%', '0.0%'], ['0.0%', '0.0%'], ['0.0%', '0.0%']];
    sheet.getRange('B2:C4').format.fill.color = '#DDEBF7';
    sheet.getRange('B2:C4').format.borders.getItem('EdgeBottom').style = 'Continuous';
    sheet.getRange('A1:F9').format.borders.getItem('EdgeTop').style = 'Continuous';
    sheet.getRange('B2:C2').format.columnWidth = 70;
    const cf = sheet.getRange('D2:D4').conditionalFormats.add('CellValue');
    cf.cellValue.rule = { formula1: '="x"', operator: 'EqualTo' };
    sheet.getRange('F1:F40').conditionalFormats.add('CellValue').cellValue.rule = { formula1: '0', operator: 'LessThan' };
    sheet.tables.add('H1:I3', true);
    sheet.charts.add('Line', sheet.getRange('B2:B4'), 'Columns');
  });
  fake.setMaxExcelApi(maxExcelApi);
  return fake;
}

describe('Range.clear', () => {
  it('clear() of the whole sheet removes values, formats, number formats, borders, merges and conditional formats; keeps sizes, tables and charts', async () => {
    const fake = await dressed();
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange().clear());
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.values()).toEqual([]);
    expect([sheet.format('A1'), sheet.format('B2'), sheet.numberFormats('B2')]).toEqual([undefined, undefined, [['General']]]);
    expect([sheet.borders, sheet.merges, sheet.conditionalFormats]).toEqual([[], [], []]);
    expect(sheet.columnWidth(1)).toBe(70);
    expect([fake.workbook.tables().length, fake.workbook.charts().length]).toEqual([1, 1]);
    expect(sheet.usedRange()).toBeNull();
  });

  it('clear("Formats") keeps the values and removes merges, borders and conditional formats; clear("Contents") keeps all of those', async () => {
    const formats = await dressed();
    await formats.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('A1:F40').clear('Formats'));
    const f = formats.workbook.sheet('Out');
    expect(f.values('A1:D2')).toEqual([['Title', '', '', ''], ['a', 1, 2, 'x']]);
    expect([f.merges, f.borders, f.conditionalFormats, f.format('B2')]).toEqual([[], [], [], undefined]);

    const contents = await dressed();
    const before = contents.workbook.sheet('Out');
    await contents.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('A1:F40').clear('Contents'));
    const c = contents.workbook.sheet('Out');
    expect(c.values('A1:D2')).toEqual([['', '', '', ''], ['', '', '', '']]);
    expect([c.merges, c.borders, c.conditionalFormats.length, c.format('B2')]).toEqual([before.merges, before.borders, 2, before.format('B2')]);
  });

  it('cuts what straddles the range: a merged area is unmerged whole, a conditional format keeps its cells outside, a border record outside stays', async () => {
    const fake = await dressed();
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('A1:B20').clear());
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.merges).toEqual([]);
    expect(sheet.conditionalFormats.map((c) => c.address)).toEqual(['D2:D4', 'F1:F40']);
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('D3:F10').clear());
    expect(fake.workbook.sheet('Out').borders.map((b) => b.address)).toEqual(['B2:C4', 'A1:F9']);
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('B2:C9').clear());
    expect(fake.workbook.sheet('Out').borders.map((b) => b.address)).toEqual(['A1:F9']);
    // D2:D4 loses D3:D4; F1:F40 loses F3:F10
    expect(fake.workbook.sheet('Out').conditionalFormats.map((c) => c.address)).toEqual(['D2', 'F1:F2,F11:F40']);
  });

  it('checks applyTo and its requirement set, and protection', async () => {
    const fake = await dressed('1.6');
    const clear = (applyTo: string) => rejectionCode(fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('A1').clear(applyTo as Excel.ClearApplyTo)));
    expect(await clear('Everything')).toBe('InvalidArgument');
    expect(await clear('RemoveHyperlinks')).toBe('ApiNotFound');
    fake.workbook.protect('Out', { allowFormatCells: true });
    expect(await clear('Contents')).toBe('AccessDenied');
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('B2').clear('Formats'));
    expect(fake.workbook.sheet('Out').format('B2')).toBeUndefined();
  });
});

describe('Range.unmerge and merge', () => {
  it('unmerge() unmerges every merged area the range overlaps, whole; merge() replaces an area it overlaps', async () => {
    const fake = await dressed();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      sheet.getRange('A6:B7').merge();
      sheet.getRange('D6:E6').merge();
      sheet.getRange('B1').unmerge();
    });
    expect(fake.workbook.sheet('Out').merges).toEqual(['A6:B7', 'D6:E6']);
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('B7:D7').merge());
    expect(fake.workbook.sheet('Out').merges).toEqual(['D6:E6', 'B7:D7']);
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange().unmerge());
    expect(fake.workbook.sheet('Out').merges).toEqual([]);
  });

  it('unmerge needs ExcelApi 1.2 and an unprotected sheet', async () => {
    const fake = await dressed('1.1');
    expect(await rejectionCode(fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('A1').unmerge()))).toBe('ApiNotFound');
    fake.setMaxExcelApi('1.12');
    fake.workbook.protect('Out', { allowFormatCells: true });
    expect(await rejectionCode(fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange('A1').unmerge()))).toBe('AccessDenied');
    expect(fake.workbook.sheet('Out').merges).toEqual(['A1:D1']);
  });
});

describe('Range.conditionalFormats', () => {
  it('holds the conditional formats that intersect the range; clearAll removes them from its cells only', async () => {
    const fake = await dressed();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      const all = sheet.getRange().conditionalFormats.load('items/type');
      const some = sheet.getRange('D4:F4').conditionalFormats.load('items');
      const none = sheet.getRange('A1:C9').conditionalFormats.load('items');
      await context.sync();
      expect([all.items.length, some.items.length, none.items.length]).toEqual([2, 2, 0]);
      sheet.getRange('F30:F40').conditionalFormats.clearAll();
    });
    expect(fake.workbook.conditionalFormats().map((c) => c.address)).toEqual(['D2:D4', 'F1:F29']);
    await fake.run(async (context) => context.workbook.worksheets.getItem('Out').getRange().conditionalFormats.clearAll());
    expect(fake.workbook.conditionalFormats()).toEqual([]);
  });
});
