/**
 * Text longer than an Excel cell holds (32,767 characters), written into the workbook through
 * Office.js (`writePlan` on the Excel fake): every string goes through `textForRangeValues`, which
 * cuts it with a visible marker so that Excel's text prefix and the text fit in one cell.
 */
import { EXCEL_CELL_CHARACTERS, cutMarker } from '../../../excel/cellText';
import { emptySheet, type WorkbookPlan } from '../../../dashboard/plan';
import type { CellValue } from '../../../model/cell';
import { generateSample } from '../../../sample/generateSample';
import { createExcelFake } from '../../excelFake';
import { rangeValue } from './cellWrites';
import { fakeSheets, refreshOptions } from '../office.test-helpers';
import { refreshWorkbook } from '../../../taskpane/workbook/officeUseCases';
import { writePlan } from './writePlan';

const NAME = 'N'.repeat(40_000);
const FORMULA = '=HYPERLINK("http://example.com","' + 'y'.repeat(40_000) + '")';
const FITS = 'f'.repeat(EXCEL_CELL_CHARACTERS - 1);

function plan(): WorkbookPlan {
  return {
    sheets: [
      {
        ...emptySheet('dataQuality', 'Data Quality'),
        blocks: [{ at: 'A1', values: [['Problem', 'Value'], [`The name "${NAME}" is too long`, NAME], ['formula-looking', FORMULA], ['fits', FITS], ['short', 'Woman']] }],
        tables: [{ name: 'CadreProblems', range: 'A1:B5' }],
      },
    ],
    names: [],
  };
}

describe('writePlan (Office.js): text longer than 32,767 characters', () => {
  test('what Range.values receives is at most 32,767 characters, apostrophe included', () => {
    for (const v of [NAME, FORMULA, FITS, 'f'.repeat(EXCEL_CELL_CHARACTERS), 'x'.repeat(EXCEL_CELL_CHARACTERS + 1)]) {
      const written = rangeValue(v) as string;
      expect(written.startsWith("'")).toBe(true);
      expect(written.length).toBeLessThanOrEqual(EXCEL_CELL_CHARACTERS);
    }
    expect(rangeValue(FITS)).toBe(`'${FITS}`);
  });

  test('the cells hold the beginning and the marker; formula-looking text stays text', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Participants', values: [['PersonID'], ['P1']] }] });
    await writePlan(fake.run, plan(), { isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v) });
    expect(fake.workbook.formulasCreated()).toEqual([]);
    const cells = fake.workbook.sheet('Data Quality').values('A2:B5') as string[][];
    for (const row of cells) for (const v of row) expect(v.length).toBeLessThanOrEqual(EXCEL_CELL_CHARACTERS);
    expect(cells[0][1]).toBe(NAME.slice(0, EXCEL_CELL_CHARACTERS - 1 - cutMarker(40_000).length) + '… [cut: the text has 40,000 characters; an Excel cell holds 32,767]');
    expect(cells[0][0].startsWith('The name "NNN')).toBe(true);
    expect(cells[1][1].startsWith('=HYPERLINK("http://example.com","yyy')).toBe(true);
    expect(cells[1][1].endsWith(cutMarker(FORMULA.length))).toBe(true);
    expect(cells[2][1]).toBe(FITS);
    expect(cells[3][1]).toBe('Woman');
  });
});

describe('refreshWorkbook (the task pane): a 40,000-character group name in the input', () => {
  test('no cell of Cadre’s sheets holds more than 32,767 characters; a second refresh reads History back', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const participants = sample.sheets.find((s) => s.name === 'Participants')!;
    const header = participants.values[0] as string[];
    const inProgram = (participants.values.slice(1) as CellValue[][]).filter((r) => r[header.indexOf('InProgram')] === 'Y');
    inProgram.slice(0, 6).forEach((r) => (r[header.indexOf('Gender')] = 'Woman, ' + 'x'.repeat(40_000 - 7)));
    const fake = createExcelFake({ sheets: fakeSheets(sample.sheets) });
    const first = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const longCells = () =>
      first.written.flatMap(({ name }) =>
        fake.workbook
          .sheet(name)
          .values()
          .flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' && v.length > 1_000 ? [{ where: `${name}!R${r + 1}C${c + 1}`, text: v }] : []))),
      );
    const cells = longCells();
    expect(cells.length).toBeGreaterThan(0);
    for (const { where, text } of cells) {
      expect({ where, fits: text.length <= EXCEL_CELL_CHARACTERS }).toEqual({ where, fits: true });
      expect({ where, end: text.slice(-80) }).toEqual({ where, end: expect.stringMatching(/… \[cut: the text has 4\d,\d{3} characters; an Excel cell holds 32,767\]$/) });
    }
    expect(fake.workbook.formulasCreated()).toEqual([]);
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(longCells()).toEqual(cells);
  });
});
