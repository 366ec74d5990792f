import { FORMULA_VALUE_PREFIX, createExcelFake } from './index';
import { rejectionCode } from './testUtil.test-helpers';

const blank = () => createExcelFake({ sheets: [{ name: 'Out', values: [] }] });

async function write(fake: ReturnType<typeof blank>, address: string, values: unknown): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('Out').getRange(address).values = values as unknown[][];
    await context.sync();
  });
}

describe('Range.values size rules', () => {
  it('a 2D array whose size differs from the range is InvalidArgument at sync', async () => {
    const fake = blank();
    expect(await rejectionCode(write(fake, 'A1:B2', [[1, 2, 3], [4, 5, 6]]))).toBe('InvalidArgument');
    expect(await rejectionCode(write(fake, 'A1:B2', [[1, 2]]))).toBe('InvalidArgument');
    expect(await rejectionCode(write(fake, 'A1:B2', [[1, 2], [3]]))).toBe('InvalidArgument');
    expect(await rejectionCode(write(fake, 'A1', [1]))).toBe('InvalidArgument');
    expect(fake.workbook.sheet('Out').usedRange()).toBeNull();
  });

  it('a single value (not an array) is written to every cell of the range, as Office.js does at runtime', async () => {
    const fake = blank();
    await write(fake, 'A1:B2', 7);
    expect(fake.workbook.sheet('Out').values('A1:B2')).toEqual([[7, 7], [7, 7]]);
  });

  it('null in the array leaves that cell unchanged', async () => {
    const fake = blank();
    await write(fake, 'A1:B1', [['keep', 'old']]);
    await write(fake, 'A1:B1', [[null, 'new']]);
    expect(fake.workbook.sheet('Out').values('A1:B1')).toEqual([['keep', 'new']]);
  });

  it('rejects NaN, Infinity and objects', async () => {
    const fake = blank();
    expect(await rejectionCode(write(fake, 'A1', [[NaN]]))).toBe('InvalidArgument');
    expect(await rejectionCode(write(fake, 'A1', [[Infinity]]))).toBe('InvalidArgument');
    expect(await rejectionCode(write(fake, 'A1', [[{ a: 1 }]]))).toBe('InvalidArgument');
  });

  it('numberFormat follows the same size rule', async () => {
    const fake = blank();
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Out').getRange('A1:A2').numberFormat = [['0.0']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('strings written to values', () => {
  it('"=1+1", "+1" and "-2" become formulas; "1+1" stays text', async () => {
    const fake = blank();
    await write(fake, 'A1:D1', [['=1+1', '+1', '-2', '1+1']]);
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.formulas('A1:D1')).toEqual([['=1+1', '=+1', '=-2', '1+1']]);
    expect(sheet.values('A1:C1')[0]!.every((v) => String(v).startsWith(FORMULA_VALUE_PREFIX))).toBe(true);
    expect(sheet.values('D1')).toEqual([['1+1']]);
    expect(fake.workbook.formulasCreatedFromValues().map((f) => [f.address, f.written])).toEqual([
      ['A1', '=1+1'],
      ['B1', '+1'],
      ['C1', '-2'],
    ]);
  });

  it('records no formula for plain text, numbers, booleans and a lone "-"', async () => {
    const fake = blank();
    await write(fake, 'A1:E1', [['Ada', 3, true, '-', 'a=b']]);
    expect(fake.workbook.formulasCreated()).toEqual([]);
  });

  it("a leading apostrophe is Excel's text prefix: stored as text without it, no formula", async () => {
    const fake = blank();
    await write(fake, 'A1:B1', [["'=SUM(A1)", "'007"]]);
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.values('A1:B1')).toEqual([['=SUM(A1)', '007']]);
    expect(sheet.formulas('A1:B1')).toEqual([['=SUM(A1)', '007']]);
    expect(fake.workbook.formulasCreated()).toEqual([]);
  });

  it('unsigned number strings become numbers, unless the cell is formatted as text ("@")', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      sheet.getRange('A1:B1').values = [['007', '1.5']];
      sheet.getRange('C1:D1').numberFormat = [['@', '@']];
      sheet.getRange('C1:D1').values = [['007', '=1+1']];
      await context.sync();
    });
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.values('A1:D1')).toEqual([[7, 1.5, '007', '=1+1']]);
    expect(fake.workbook.formulasCreated()).toEqual([]);
  });

  it('formulas written through `formulas` are recorded with via "formulas"', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Out').getRange('A1:B1').formulas = [['=SUM(1,2)', 'text']];
    });
    expect(fake.workbook.formulasCreated().map((f) => f.via)).toEqual(['formulas']);
    expect(fake.workbook.formulasCreatedFromValues()).toEqual([]);
    expect(fake.workbook.sheet('Out').values('B1')).toEqual([['text']]);
  });
});

describe('addresses and derived ranges', () => {
  it('reports sheet-qualified addresses, quoting names that need it', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Board Dashboard', values: [] }, { name: 'Data', values: [] }] });
    await fake.run(async (context) => {
      const a = context.workbook.worksheets.getItem('Board Dashboard').getRange('b2:c3').load('address');
      const b = context.workbook.worksheets.getItem('Data').getRangeByIndexes(1, 1, 2, 3).load('address, rowCount, columnCount');
      const c = context.workbook.worksheets.getItem('Data').getRange('A:B').load('address');
      const d = context.workbook.worksheets.getItem('Data').getRange('A1:C3').getCell(1, 2).load('address');
      await context.sync();
      expect(a.address).toBe("'Board Dashboard'!B2:C3");
      expect([b.address, b.rowCount, b.columnCount]).toEqual(['Data!B2:D3', 2, 3]);
      expect(c.address).toBe('Data!A:B');
      expect(d.address).toBe('Data!C2');
    });
  });

  it('an invalid address or out-of-grid index is InvalidArgument at sync', async () => {
    const fake = blank();
    for (const address of ['A0', 'XFE1', 'A1:B2:C3', '', 'Sheet1!A1', 'A1048577']) {
      const code = await rejectionCode(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem('Out').getRange(address);
          await context.sync();
        }),
      );
      expect([address, code]).toEqual([address, 'InvalidArgument']);
    }
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Out').getRangeByIndexes(-1, 0, 1, 1);
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('getUsedRange is A1 on an empty sheet; getUsedRangeOrNullObject is a null object', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      const used = sheet.getUsedRange().load('address');
      const orNull = sheet.getUsedRangeOrNullObject().load('address');
      await context.sync();
      expect(used.address).toBe('Out!A1');
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it('getUsedRange(valuesOnly) ignores formatted empty cells', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Out', values: [['', 'x']] }] });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      sheet.getRange('D5').format.fill.color = '#FF0000';
      const all = sheet.getUsedRange().load('address');
      const values = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(all.address).toBe('Out!B1:D5');
      expect(values.address).toBe('Out!B1');
    });
  });
});

describe('formats', () => {
  it('applies font, fill, alignment, wrap, sizes and number formats at sync, and reads them back', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Out').getRange('A1:B2');
      r.format.font.bold = true;
      r.format.font.color = '#1F4E79';
      r.format.font.size = 14;
      r.format.font.name = 'Segoe UI';
      r.format.fill.color = '#DDEBF7';
      r.format.horizontalAlignment = 'Center';
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      r.format.rowHeight = 30;
      r.numberFormat = [['0.0%', '0.0%'], ['0', '0']];
      r.format.borders.getItem('EdgeBottom').style = 'Continuous';
      await context.sync();
      r.load('numberFormat, format/columnWidth, format/font/bold, format/font/size, format/fill/color, format/horizontalAlignment');
      await context.sync();
      expect(r.numberFormat).toEqual([['0.0%', '0.0%'], ['0', '0']]);
      expect([r.format.columnWidth, r.format.font.bold, r.format.font.size, r.format.fill.color, r.format.horizontalAlignment]).toEqual([120, true, 14, '#DDEBF7', 'Center']);
    });
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.format('B2')).toMatchObject({ bold: true, fontColor: '#1F4E79', fontSize: 14, fontName: 'Segoe UI', fillColor: '#DDEBF7', horizontalAlignment: 'Center', wrapText: true });
    expect([sheet.columnWidth(0), sheet.columnWidth(2), sheet.rowHeight(1)]).toEqual([120, 48, 30]);
    expect(sheet.borders).toEqual([{ address: 'A1:B2', side: 'EdgeBottom', property: 'style', value: 'Continuous' }]);
  });

  it('a format read over mixed cells is null, as Office.js', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      sheet.getRange('A1').format.font.bold = true;
      const both = sheet.getRange('A1:A2').load('format/font/bold');
      await context.sync();
      expect(both.format.font.bold).toBeNull();
    });
  });

  it('rejects invalid format values', async () => {
    const fake = blank();
    for (const apply of [
      (r: Excel.Range) => void (r.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment),
      (r: Excel.Range) => void (r.format.fill.color = 'rgb(1,2,3)'),
      (r: Excel.Range) => void (r.format.font.size = 0),
      (r: Excel.Range) => void (r.format.columnWidth = -1),
      (r: Excel.Range) => void (r.format.borders.getItem('Middle' as Excel.BorderIndex).style = 'Continuous'),
    ]) {
      const code = await rejectionCode(fake.run(async (context) => apply(context.workbook.worksheets.getItem('Out').getRange('A1'))));
      expect(code).toBe('InvalidArgument');
    }
  });

  it('clear("Formats") keeps values, clear("Contents") keeps formats, clear() removes both', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      const r = sheet.getRange('A1:C1');
      r.values = [['a', 'b', 'c']];
      r.format.font.bold = true;
      sheet.getRange('A1').clear('Formats');
      sheet.getRange('B1').clear('Contents');
      sheet.getRange('C1').clear();
    });
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.values('A1:C1')).toEqual([['a', '', '']]);
    expect([sheet.formatOf('A1', 'bold'), sheet.formatOf('B1', 'bold'), sheet.formatOf('C1', 'bold')]).toEqual([false, true, false]);
  });

  it('merge keeps the upper-left value and records the area; select records the selection', async () => {
    const fake = blank();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Out').getRange('A1:C1');
      r.values = [['Title', 'x', 'y']];
      r.merge();
      r.select();
    });
    const sheet = fake.workbook.sheet('Out');
    expect(sheet.values('A1:C1')).toEqual([['Title', '', '']]);
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(sheet.selection).toBe('Out!A1:C1');
  });
});
