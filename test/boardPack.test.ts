/**
 * `cadre refresh BOOK.xlsx --out OUT.xlsx` (cli.md; dashboards.md): the board pack, end to end
 * through the command line, read back from the file as a reader's Excel would.
 */
import { runCadre } from './runCadre.test-helpers';
import JSZip from 'jszip';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { historyFromValues } from '../src/dashboard/history';
import type { CellValue, SheetValues } from '../src/model/cell';
import { generateSample } from '../src/sample/generateSample';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { XlsxSource } from '../src/workbook/xlsx/read/xlsxSource';

const dir = mkdtempSync(join(tmpdir(), 'cadre-pack-'));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);

async function readPack(file: string): Promise<Map<string, SheetValues>> {
  const source = new XlsxSource(file);
  const outline = await source.describe();
  const sheets = await source.readSheets(outline.sheets);
  return new Map(sheets.map((s) => [s.name, s]));
}

const HOSTILE = ['=HYPERLINK("http://example.com","click")', '+1', '-2', '@SUM(A1)', '007'];

describe('cadre refresh --out on the sample program', () => {
  const book = join(dir, 'sample.xlsx');
  const pack = join(dir, 'pack.xlsx');
  let bookHash: string;

  beforeAll(async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    // user text Excel would read as a formula or a number, as Gender groups of 6 people each
    const participants = sample.sheets.find((s) => s.name === 'Participants')!;
    const header = participants.values[0] as string[];
    const inProgram = participants.values.slice(1).filter((r) => r[header.indexOf('InProgram')] === 'Y') as CellValue[][];
    HOSTILE.forEach((text, g) => inProgram.slice(g * 6, g * 6 + 6).forEach((r) => (r[header.indexOf('Gender')] = text)));
    await writeSheetsXlsx(book, sample.sheets, sample.numberFormats);
    bookHash = sha(book);
  });

  test('writes the seven sheets in order, with native charts, and leaves the input untouched', async () => {
    const r = await run('refresh', book, '--out', pack, '--as-of', '2026-06-30');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toMatch(/Board pack .*pack\.xlsx: Board Dashboard, Equity Detail, Metrics Detail, Analyst Detail, Cadre History, Definitions, Data Quality; History holds 5 quarters \(2025-Q2 to 2026-Q2\)/);
    expect(sha(book)).toBe(bookHash);
    const sheets = await readPack(pack);
    expect([...sheets.keys()]).toEqual(['Board Dashboard', 'Equity Detail', 'Metrics Detail', 'Analyst Detail', 'Cadre History', 'Definitions', 'Data Quality']);
    expect(sheets.get('Board Dashboard')!.values[0][0]).toBe('Executive mentorship program: Board Dashboard');
    const zip = await JSZip.loadAsync(readFileSync(pack));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(4);
  });

  test('user text stays text: no formula anywhere, "007" still reads 007', async () => {
    const zip = await JSZip.loadAsync(readFileSync(pack));
    for (const f of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
      expect(await zip.file(f)!.async('string')).not.toMatch(/<f[ >]/);
    }
    const equity = (await readPack(pack)).get('Equity Detail')!.values;
    const groups = new Set(equity.map((r) => r[2]));
    for (const text of HOSTILE) expect(groups).toContain(text);
  });

  test('a second refresh of the same quarter leaves one set of History rows; the next quarter adds its own', async () => {
    const historyOf = async () => historyFromValues((await readPack(pack)).get('Cadre History')!.values).rows;
    const first = await historyOf();
    // a new board pack: its quarter, and the four before it recomputed
    expect(new Set(first.map((h) => h.quarter))).toEqual(new Set(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']));
    expect(new Set(first.filter((h) => h.quarter !== '2026-Q2').map((h) => h.source))).toEqual(new Set(['recomputed']));
    expect((await run('refresh', book, '--out', pack, '--as-of', '2026-06-30')).code).toBe(0);
    const again = await historyOf();
    expect(again.map((h) => [h.metric, h.segment, h.value])).toEqual(first.map((h) => [h.metric, h.segment, h.value]));
    const r = await run('refresh', book, '--out', pack, '--as-of', '2026-09-30');
    expect(r.out).toMatch(/History holds 6 quarters \(2025-Q2 to 2026-Q3\)/);
    const both = await historyOf();
    expect(both.filter((h) => h.quarter === '2026-Q2').map((h) => h.value)).toEqual(first.filter((h) => h.quarter === '2026-Q2').map((h) => h.value));
    expect(both.filter((h) => h.quarter === '2026-Q3').length).toBeGreaterThan(10);
    // the tiles now compare with 2026-Q2
    const board = (await readPack(pack)).get('Board Dashboard')!.values.flat();
    expect(board.some((v) => typeof v === 'string' && / since 2026-Q2$/.test(v))).toBe(true);
  });

  test('--no-analyst-detail leaves the person-level sheet out', async () => {
    const shared = join(dir, 'shared.xlsx');
    expect((await run('refresh', book, '--out', shared, '--as-of', '2026-09-30', '--no-analyst-detail')).code).toBe(0);
    expect([...(await readPack(shared)).keys()]).not.toContain('Analyst Detail');
  });

  test('an OUT.xlsx not written by cadre refresh is refused (an output refused: exit 2) and left as it was', async () => {
    const foreign = join(dir, 'foreign.xlsx');
    copyFileSync(book, foreign);
    const before = sha(foreign);
    const r = await run('refresh', book, '--out', foreign, '--as-of', '2026-09-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/was not written by cadre refresh/);
    expect(sha(foreign)).toBe(before);
  });

  test('--out naming the input workbook is a usage error; nothing is written', async () => {
    const r = await run('refresh', book, '--out', book);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is the input workbook/);
    expect(sha(book)).toBe(bookHash);
    expect(existsSync(join(dir, `.sample.xlsx.${process.pid}.tmp`))).toBe(false);
  });
});
