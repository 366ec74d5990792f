import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromDate } from '../../../calendar/dayFromDate';
import { excelSerialFromDay } from '../../../calendar/dayFromExcelSerial';
import { dayFromIso } from '../../../calendar/dayFromIso';
import type { SheetValues } from '../../../model/cell';
import { generateSample } from '../../../sample/generateSample';
import { SAMPLE_KEYWORD, hasKeyword, openPackage } from '../boardPackMarker';
import { writeSheetsXlsx, writeSheetsXlsxBuffer } from './xlsxWrite';

const dir = mkdtempSync(join(tmpdir(), 'cadre-xlsx-write-'));
const serial = (iso: string): number => excelSerialFromDay(dayFromIso(iso), '1900');

const PEOPLE: SheetValues = {
  name: 'Participants',
  values: [
    ['PersonID', 'Name', 'ProgramStart', 'Level', 'Score', 'InProgram', 'Note'],
    ['E1', 'Ann', serial('2025-01-01'), 7, 4.5, 'Y', null],
    ['E2', null, serial('2024-02-29'), 9, 0, 'N', '=1+1'],
    ['E3', 'Cy', null, null, -1.25, true, { error: '#N/A' }],
  ],
};
const FORMATS = { Participants: [null, null, 'yyyy-mm-dd', null, '0.00', null, null] };

async function load(path: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof path === 'string') await wb.xlsx.readFile(path);
  else await wb.xlsx.load(path as unknown as ArrayBuffer);
  return wb;
}

describe('writeSheetsXlsx', () => {
  test('headers, dates as real dates, numbers, text, blanks, booleans and errors round-trip', async () => {
    const path = join(dir, 'people.xlsx');
    await writeSheetsXlsx(path, [PEOPLE, { name: 'Second', values: [['a', 'b'], [1, 2]] }], FORMATS);
    const wb = await load(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Participants', 'Second']);
    const ws = wb.getWorksheet('Participants')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'PersonID', 'Name', 'ProgramStart', 'Level', 'Score', 'InProgram', 'Note']);
    const start = ws.getCell('C2').value;
    expect(start).toBeInstanceOf(Date);
    expect(dayFromDate(start as Date)).toBe(dayFromIso('2025-01-01'));
    expect((start as Date).getTime() % 86_400_000).toBe(0); // UTC midnight
    expect(ws.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    expect(dayFromDate(ws.getCell('C3').value as Date)).toBe(dayFromIso('2024-02-29'));
    expect(ws.getCell('D2').value).toBe(7);
    expect(ws.getCell('E2').value).toBe(4.5);
    expect(ws.getCell('E2').numFmt).toBe('0.00');
    expect(ws.getCell('E4').value).toBe(-1.25);
    expect(ws.getCell('B3').value).toBeNull(); // blank stays blank
    expect(ws.getCell('C4').value).toBeNull();
    expect(ws.getCell('G2').value).toBeNull();
    expect(ws.getCell('G3').value).toBe('=1+1'); // text, never a formula
    expect(ws.getCell('G3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('F4').value).toBe(true);
    expect(ws.getCell('G4').value).toEqual({ error: '#N/A' });
    expect(ws.rowCount).toBe(4);
  });

  test('the header row is bold, frozen and filtered; columns have widths', async () => {
    const path = join(dir, 'styled.xlsx');
    await writeSheetsXlsx(path, [PEOPLE], FORMATS);
    const ws = (await load(path)).getWorksheet('Participants')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:G1');
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(12);
  });

  test('a title row above the data is left plain; firstRow and firstColumn place the values', async () => {
    const sheet: SheetValues = {
      name: 'Roster',
      firstRow: 3,
      firstColumn: 2,
      values: [
        ['Talent pool export', null],
        ['ID', 'Start'],
        ['E1', serial('2026-09-30')],
      ],
    };
    const buffer = await writeSheetsXlsxBuffer([sheet], { Roster: [null, 'yyyy-mm-dd'] });
    const ws = (await load(buffer)).getWorksheet('Roster')!;
    expect(ws.getCell('B3').value).toBe('Talent pool export');
    expect(ws.getCell('B3').font?.bold).toBeFalsy();
    expect(ws.getCell('B4').value).toBe('ID');
    expect(dayFromDate(ws.getCell('C5').value as Date)).toBe(dayFromIso('2026-09-30'));
    expect(ws.getCell('A1').value).toBeNull();
  });

  test('Date values are written as dates wherever they are', async () => {
    const sheet: SheetValues = { name: 'S', values: [['When', 'Other'], [new Date(Date.UTC(2024, 0, 10)), 'x']] };
    const ws = (await load(await writeSheetsXlsxBuffer([sheet]))).getWorksheet('S')!;
    expect(dayFromDate(ws.getCell('A2').value as Date)).toBe(dayFromIso('2024-01-10'));
  });

  test('the 1904 date system: serials read as 1904 serials, the workbook marked 1904', async () => {
    const path = join(dir, 'mac.xlsx');
    const sheet: SheetValues = { name: 'P', values: [['ID', 'Start'], ['E1', excelSerialFromDay(dayFromIso('2025-01-01'), '1904')]] };
    await writeSheetsXlsx(path, [sheet], { P: [null, 'yyyy-mm-dd'] }, { dateSystem: '1904' });
    const wb = await load(path);
    expect(wb.properties.date1904).toBe(true);
    expect(dayFromDate(wb.getWorksheet('P')!.getCell('B2').value as Date)).toBe(dayFromIso('2025-01-01'));
  });

  test('the standard sample round-trips (every sheet, every row, dates as dates)', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const path = join(dir, 'sample.xlsx');
    await writeSheetsXlsx(path, sample.sheets, sample.numberFormats);
    expect(statSync(path).size).toBeGreaterThan(100_000);
    const wb = await load(path);
    for (const sheet of sample.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.rowCount).toBe(sheet.values.length);
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(sheet.values[0]);
    }
    const P = sample.sheets[0];
    const col = (P.values[0] as string[]).indexOf('ProgramStart');
    const row = P.values.findIndex((r) => typeof r[col] === 'number');
    const cell = wb.getWorksheet('Participants')!.getRow(row + 1).getCell(col + 1).value as Date;
    expect(excelSerialFromDay(dayFromDate(cell), '1900')).toBe(P.values[row][col]);
    const last = sample.sheets[4].values.at(-1)!;
    const ws = wb.getWorksheet('Surveys')!;
    const back = (ws.getRow(sample.sheets[4].values.length).values as unknown[]).slice(1);
    expect(back[0]).toBe(last[0]);
    expect(back[5]).toBe(last[5]);
    expect(back[7] ?? null).toBe(last[7]); // an id, or a blank AboutID that stays blank
  });

  test('keywords mark the workbook (the sample\'s cadre-sample tag), with either writer; none by default', async () => {
    for (const dateSystem of ['1900', '1904'] as const) {
      const marked = await writeSheetsXlsxBuffer([PEOPLE], FORMATS, { dateSystem, keywords: SAMPLE_KEYWORD });
      expect(await hasKeyword((await openPackage(marked))!, SAMPLE_KEYWORD)).toBe(true);
      expect((await load(marked)).creator).toBe('Cadre');
      const plain = await writeSheetsXlsxBuffer([PEOPLE], FORMATS, { dateSystem });
      expect(await hasKeyword((await openPackage(plain))!, SAMPLE_KEYWORD)).toBe(false);
    }
    const path = join(dir, 'marked.xlsx');
    await writeSheetsXlsx(path, [PEOPLE], FORMATS, { keywords: SAMPLE_KEYWORD });
    expect(await hasKeyword((await openPackage(readFileSync(path)))!, SAMPLE_KEYWORD)).toBe(true);
  });
});
