import { createExcelFake } from '../workbook/excelFake';
import { isFormulaLike, textForRangeValues } from './cellText';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', '007', '1/2', 'TRUE', "'quoted", 'Woman'];

describe('the cell-text neutraliser', () => {
  test('isFormulaLike: = + - @ tab CR at the start, nothing else', () => {
    expect(HOSTILE.map(isFormulaLike)).toEqual([true, true, true, true, true, true, false, false, false, false, false]);
  });

  test('through Range.values (the Excel fake), user text stays exactly that text and creates no formula', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Out', values: [] }] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRange(`A1:A${HOSTILE.length}`);
      range.values = HOSTILE.map((t) => [textForRangeValues(t)]);
      await context.sync();
    });
    expect(fake.workbook.formulasCreated()).toEqual([]);
    expect(fake.workbook.sheet('Out').values().map((r) => r[0])).toEqual(HOSTILE);
  });

  test('without it, the fake shows what Excel would do: formulas and numbers', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Out', values: [] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Out').getRange('A1:A3').values = [['+1'], ['=1+1'], ['007']];
      await context.sync();
    });
    expect(fake.workbook.formulasCreated().length).toBe(2);
    expect(fake.workbook.sheet('Out').values()[2][0]).toBe(7);
  });
});
