/**
 * Text longer than an Excel cell holds (32,767 characters) in the input workbook, through
 * `cadre refresh --out` end to end: the board pack opens in ExcelJS, no cell holds more than
 * 32,767 characters, and the cut text ends with a visible marker (dashboards.md, "Rules that keep the
 * user's data safe"; `fitCellText` in src/excel/cellText.ts).
 */
import { runCadre } from './runCadre.test-helpers';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXCEL_CELL_CHARACTERS } from '../src/excel/cellText';
import type { CellValue, SheetValues } from '../src/model/cell';
import { generateSample } from '../src/sample/generateSample';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';

const dir = mkdtempSync(join(tmpdir(), 'cadre-long-'));
const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);
const MARKER = /… \[cut: the text has 4\d,\d{3} characters; an Excel cell holds 32,767\]$/;

/** 40,000 characters starting with `start` (a user's pasted essay, a runaway formula result). */
const long = (start: string) => start + 'x'.repeat(40_000 - start.length);

/** The sample program with 40,000-character text where it is echoed on the board pack. */
function sampleWithLongText(): SheetValues[] {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const sheet = (name: string) => sample.sheets.find((s) => s.name === name)!;
  const participants = sheet('Participants');
  const header = participants.values[0] as string[];
  const rows = participants.values.slice(1) as CellValue[][];
  const inProgram = rows.filter((r) => r[header.indexOf('InProgram')] === 'Y');
  // a Gender group of 6 (above k = 5): named on Equity Detail, Metrics Detail and History
  inProgram.slice(0, 6).forEach((r) => (r[header.indexOf('Gender')] = long('Woman, ')));
  // a person's name, and a date cell holding a long formula-looking text (Data Quality)
  inProgram[10]![header.indexOf('Name')] = long('Ada ');
  inProgram[11]![header.indexOf('ProgramStart')] = long('=HYPERLINK("http://example.com","');
  // a rotation function used 7 times: Metrics Detail and Equity Detail
  const rotations = sheet('Rotations');
  const function_ = (rotations.values[0] as string[]).indexOf('Function');
  rotations.values.slice(1, 8).forEach((r) => ((r as CellValue[])[function_] = long('Legal ')));
  return sample.sheets;
}

async function longestCells(file: string): Promise<{ where: string; length: number; text: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const found: { where: string; length: number; text: string }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula !== undefined && cell.formula !== null) throw new Error(`${ws.name}!${cell.address} holds a formula`);
        const v = cell.value;
        if (typeof v === 'string' && v.length > 1_000) found.push({ where: `${ws.name}!${cell.address}`, length: v.length, text: v });
      }),
    ),
  );
  return found;
}

describe('cadre refresh --out with 40,000-character text in the input', () => {
  const book = join(dir, 'long.xlsx');
  const pack = join(dir, 'pack.xlsx');

  beforeAll(async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    await writeSheetsXlsx(book, sampleWithLongText(), sample.numberFormats);
  });

  test('the board pack ExcelJS reads has no cell over 32,767 characters; each cut one ends with the marker', async () => {
    const r = await run('refresh', book, '--out', pack, '--as-of', '2026-09-30');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const long = await longestCells(pack);
    // the long group and function are echoed on several sheets (Board Dashboard, Equity Detail, Metrics Detail, History)
    expect(new Set(long.map((c) => c.where.split('!')[0])).size).toBeGreaterThanOrEqual(2);
    for (const c of long) {
      expect({ where: c.where, fits: c.length <= EXCEL_CELL_CHARACTERS }).toEqual({ where: c.where, fits: true });
      expect({ where: c.where, end: c.text.slice(-80) }).toEqual({ where: c.where, end: expect.stringMatching(MARKER) });
    }
    expect(long.some((c) => c.text.includes('Woman, xxx'))).toBe(true);
    expect(long.some((c) => c.text.includes('Legal xxx'))).toBe(true);
  });

  test('a second refresh onto the same board pack reads its History back and writes the same cut text', async () => {
    const before = (await longestCells(pack)).filter((c) => c.where.startsWith('Cadre History'));
    const r = await run('refresh', book, '--out', pack, '--as-of', '2026-09-30');
    expect(r.code).toBe(0);
    const after = (await longestCells(pack)).filter((c) => c.where.startsWith('Cadre History'));
    expect(after.map((c) => [c.where, c.text])).toEqual(before.map((c) => [c.where, c.text]));
  });
});
