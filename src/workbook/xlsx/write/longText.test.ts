/**
 * Text longer than an Excel cell holds (32,767 characters), written through the board-pack writer:
 * cut with a visible marker (`fitCellText` of `cellText.ts`), in plain cells and in tables alike.
 */
import ExcelJS from 'exceljs';
import { EXCEL_CELL_CHARACTERS, cutMarker } from '../../../excel/cellText';
import { emptySheet, type WorkbookPlan } from '../../../dashboard/plan';
import { attr, cellXml, readParts } from './xlsxParts.test-helpers';
import { writePlanXlsx } from './writePlanXlsx';

const NAME = 'N'.repeat(40_000);
const FORMULA = '=HYPERLINK("http://example.com","' + 'y'.repeat(40_000) + '")';
const EXACT = 'e'.repeat(EXCEL_CELL_CHARACTERS);
const EMOJI = 'a'.repeat(EXCEL_CELL_CHARACTERS - cutMarker(40_000).length - 1) + '😀'.repeat(20_000);

function plan(): WorkbookPlan {
  return {
    sheets: [
      {
        ...emptySheet('dataQuality', 'Data Quality'),
        blocks: [
          { at: 'A1', values: [['Problem', 'Value']] },
          { at: 'A2', values: [[`The name "${NAME}" is too long`, NAME], ['formula-looking', FORMULA], ['exact', EXACT], ['emoji', EMOJI]] },
          { at: 'D1', values: [[NAME]] },
        ],
        tables: [{ name: 'CadreProblems', range: 'A1:B5' }],
      },
    ],
    names: [],
  };
}

describe('writePlanXlsx: text longer than 32,767 characters', () => {
  let buffer: Buffer;
  let cells: Map<string, string>;

  beforeAll(async () => {
    buffer = await writePlanXlsx(plan());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    cells = new Map();
    wb.getWorksheet('Data Quality')!.eachRow((row) => row.eachCell((c) => void cells.set(c.address, c.value as string)));
  });

  test('every cell holds at most 32,767 characters; cut text ends with the marker and keeps its beginning', () => {
    for (const [address, v] of cells) expect({ address, short: v.length <= EXCEL_CELL_CHARACTERS }).toEqual({ address, short: true });
    expect(cells.get('B2')).toBe(NAME.slice(0, EXCEL_CELL_CHARACTERS - cutMarker(40_000).length) + cutMarker(40_000));
    expect(cells.get('B2')!.endsWith('… [cut: the text has 40,000 characters; an Excel cell holds 32,767]')).toBe(true);
    expect(cells.get('A2')!.startsWith('The name "NNN')).toBe(true);
    expect(cells.get('A2')!.endsWith(cutMarker(40_000 + 'The name "" is too long'.length))).toBe(true);
    expect(cells.get('D1')).toBe(cells.get('B2')); // outside the table, the same cut
  });

  test('exactly 32,767 characters are unchanged; an emoji at the cut is not split', () => {
    expect(cells.get('B4')).toBe(EXACT);
    const emoji = cells.get('B5')!;
    expect(emoji.length).toBeLessThanOrEqual(EXCEL_CELL_CHARACTERS);
    expect(Buffer.from(emoji, 'utf8').toString('utf8')).toBe(emoji);
    expect(emoji.endsWith(cutMarker(EMOJI.length))).toBe(true);
  });

  test('a long formula-looking text is still text, with its quote prefix; no formula in the file', async () => {
    expect(cells.get('B3')!.startsWith('=HYPERLINK(')).toBe(true);
    expect(cells.get('B3')!.endsWith(cutMarker(FORMULA.length))).toBe(true);
    const parts = await readParts(buffer);
    const xml = parts.sheets.get('Data Quality')!;
    expect(xml).not.toMatch(/<f>/);
    const b3 = cellXml(xml, 'B3');
    expect(attr(b3, 't')).toBe('s');
    expect(parts.cellXfs[Number(attr(b3, 's') ?? 0)]).toMatch(/quotePrefix="1"/);
    for (const s of parts.sharedStrings) expect(s.length).toBeLessThanOrEqual(EXCEL_CELL_CHARACTERS);
  });
});
