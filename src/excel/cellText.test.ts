import { createExcelFake } from '../workbook/excelFake';
import { EXCEL_CELL_CHARACTERS, cutMarker, fitCellText, isFormulaLike, textForRangeValues, textForTextCell } from './cellText';

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

describe('text longer than an Excel cell holds (32,767 characters)', () => {
  const MARKER_40K = '… [cut: the text has 40,000 characters; an Excel cell holds 32,767]';

  test('fitCellText: 40,000 characters become 32,767 ending with the marker; the beginning is kept', () => {
    const text = 'A'.repeat(40_000);
    const fitted = fitCellText(text);
    expect(fitted.length).toBe(EXCEL_CELL_CHARACTERS);
    expect(fitted.endsWith(MARKER_40K)).toBe(true);
    expect(fitted).toBe('A'.repeat(EXCEL_CELL_CHARACTERS - MARKER_40K.length) + MARKER_40K);
    expect(cutMarker(40_000)).toBe(MARKER_40K);
  });

  test('exactly 32,767 characters, or fewer, are unchanged; 32,768 are cut', () => {
    const exact = 'x'.repeat(EXCEL_CELL_CHARACTERS);
    expect(fitCellText(exact)).toBe(exact);
    expect(textForTextCell(exact)).toBe(exact);
    expect(fitCellText('Woman')).toBe('Woman');
    const over = fitCellText('x'.repeat(EXCEL_CELL_CHARACTERS + 1));
    expect(over.length).toBe(EXCEL_CELL_CHARACTERS);
    expect(over.endsWith('… [cut: the text has 32,768 characters; an Excel cell holds 32,767]')).toBe(true);
  });

  test('a surrogate pair (an emoji) at the cut is kept whole or left out whole, never split', () => {
    const marker = cutMarker(40_000);
    const keep = EXCEL_CELL_CHARACTERS - marker.length;
    for (const shift of [0, 1, 2]) {
      // the emoji's two halves straddle the cut (shift 1), or end at it (shift 0), or start at it (shift 2)
      const text = 'a'.repeat(keep - 2 + shift) + '😀' + 'b'.repeat(40_000 - keep - shift);
      expect(text.length).toBe(40_000);
      const fitted = fitCellText(text);
      expect(fitted.length).toBeLessThanOrEqual(EXCEL_CELL_CHARACTERS);
      expect(fitted.endsWith(marker)).toBe(true);
      const body = fitted.slice(0, -marker.length);
      expect(body).toBe(text.slice(0, body.length));
      // no lone surrogate anywhere: the text round-trips through UTF-8 unchanged
      expect(Buffer.from(fitted, 'utf8').toString('utf8')).toBe(fitted);
    }
    expect(fitCellText('a'.repeat(keep - 1) + '😀'.repeat(5_000)).slice(0, -marker.length)).toBe('a'.repeat(keep - 1));
  });

  test('through Range.values: prefix and text are at most 32,767 characters; a long formula-looking text stays text', async () => {
    const formula = '=HYPERLINK("http://x","' + 'y'.repeat(40_000) + '")';
    const texts = ['N'.repeat(40_000), formula, 'e'.repeat(EXCEL_CELL_CHARACTERS - 1), 'f'.repeat(EXCEL_CELL_CHARACTERS)];
    const written = texts.map(textForRangeValues);
    for (const w of written) expect(w.length).toBeLessThanOrEqual(EXCEL_CELL_CHARACTERS);
    expect(written[2]).toBe(`'${texts[2]}`); // 32,766 characters fit beside the apostrophe
    const fake = createExcelFake({ sheets: [{ name: 'Out', values: [] }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Out').getRange('A1:A4').values = written.map((w) => [w]);
      await context.sync();
    });
    expect(fake.workbook.formulasCreated()).toEqual([]);
    const cells = fake.workbook.sheet('Out').values().map((r) => r[0] as string);
    expect(cells[0].length).toBe(EXCEL_CELL_CHARACTERS - 1);
    expect(cells[0].endsWith(MARKER_40K)).toBe(true);
    expect(cells[1].startsWith('=HYPERLINK("http://x","yyy')).toBe(true);
    expect(cells[1].endsWith(cutMarker(formula.length))).toBe(true);
    expect(isFormulaLike(fitCellText(formula))).toBe(true); // the board pack still sets its quote prefix
    expect(cells[2]).toBe(texts[2]);
    expect(cells[3].endsWith(cutMarker(EXCEL_CELL_CHARACTERS))).toBe(true);
  });
});
