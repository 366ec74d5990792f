import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkbookPlan, DEFAULT_SHEET_NAMES } from '../../../dashboard/buildPlan';
import { type HistoryRow, historyRowsOf, mergeHistory } from '../../../dashboard/history';
import { BoardPackError, readBoardPackHistory } from './boardPackHistory';
import { hasBoardPackMarker, openPackage } from '../boardPackMarker';
import { sampleReport } from '../write/samplePlan.test-helpers';
import { writePlanXlsx } from '../write/writePlanXlsx';

const HISTORY = DEFAULT_SHEET_NAMES.history;

describe('readBoardPackHistory', () => {
  let dir: string;
  const report = sampleReport();
  const earlier: HistoryRow[] = [
    { quarter: '2026-Q2', metric: 'Match rate', segment: 'All', value: 0.74, lower: 0.66, upper: 0.81, n: 110, refreshedAt: '2026-07-01T08:00:00.000Z', source: 'refresh' },
    { quarter: '2026-Q2', metric: 'Retention at 12 months', segment: 'Gender: Woman', value: 0.9, lower: null, upper: null, n: 61, refreshedAt: '2026-07-01T08:00:00.000Z', source: 'refresh' },
  ];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-pack-history-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('no file: null', async () => {
    expect(await readBoardPackHistory(join(dir, 'missing.xlsx'), HISTORY)).toBeNull();
  });

  test('an empty file (made by mktemp for the refresh to write into): no history, null', async () => {
    const path = join(dir, 'empty.xlsx');
    writeFileSync(path, '');
    expect(await readBoardPackHistory(path, HISTORY)).toBeNull();
  });

  test('a board pack written by writePlanXlsx: its History rows, every quarter, nothing skipped', async () => {
    const path = join(dir, 'pack.xlsx');
    writeFileSync(path, await writePlanXlsx(buildWorkbookPlan(report, { history: earlier, analystDetail: false }), { refreshedAt: report.refreshedAt }));
    const found = await readBoardPackHistory(path, HISTORY);
    expect(found).toEqual({ rows: mergeHistory(earlier, historyRowsOf(report), report.minGroup), skipped: [] });
    expect(new Set(found!.rows.map((r) => r.quarter))).toEqual(new Set(['2026-Q2', report.quarter]));
  });

  test("someone else's workbook is refused in plain words, even with a History sheet of the right name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Someone';
    wb.addWorksheet(HISTORY).addRow(['Quarter', 'Metric', 'Segment', 'Value', 'Lower', 'Upper', 'N', 'Refreshed at']);
    const path = join(dir, 'theirs.xlsx');
    writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
    const p = readBoardPackHistory(path, HISTORY);
    await expect(p).rejects.toThrow(BoardPackError);
    await expect(readBoardPackHistory(path, HISTORY)).rejects.toThrow(`${path} was not written by cadre refresh; choose another --out file`);
    await expect(readBoardPackHistory(path, HISTORY)).rejects.toMatchObject({ kind: 'foreign' });
  });

  test('a file that is not a workbook at all is refused the same way', async () => {
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, 'quarter,metric\n2026-Q3,x\n');
    await expect(readBoardPackHistory(path, HISTORY)).rejects.toMatchObject({ name: 'BoardPackError', kind: 'foreign', message: `${path} was not written by cadre refresh; choose another --out file` });
  });

  test('a board pack whose History sheet is gone is refused: its rows may be under another name', async () => {
    const path = join(dir, 'renamed.xlsx');
    writeFileSync(path, await writePlanXlsx(buildWorkbookPlan(report, { history: [], analystDetail: false, sheetNames: { history: 'Old history' } })));
    await expect(readBoardPackHistory(path, HISTORY)).rejects.toMatchObject({ name: 'BoardPackError', kind: 'noHistory', message: expect.stringContaining(`has no sheet named "${HISTORY}"`) });
  });

  test('a folder at that path is an error, not "no file"', async () => {
    const path = join(dir, 'folder.xlsx');
    mkdirSync(path);
    await expect(readBoardPackHistory(path, HISTORY)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('the board-pack marker', () => {
  const withKeywords = async (keywords: string | null) => {
    const zip = new JSZip();
    zip.file('_rels/.rels', '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>');
    const k = keywords === null ? '' : `<cp:keywords>${keywords}</cp:keywords>`;
    zip.file('docProps/core.xml', `<cp:coreProperties xmlns:cp="x"><dc:creator>Cadre</dc:creator>${k}</cp:coreProperties>`);
    return hasBoardPackMarker((await openPackage(await zip.generateAsync({ type: 'nodebuffer' })))!);
  };

  test('the keyword among others (a tag a user added in Excel) still marks the file; a creator alone does not', async () => {
    expect(await withKeywords('cadre-refresh')).toBe(true);
    expect(await withKeywords('board; cadre-refresh, Q3')).toBe(true);
    expect(await withKeywords('not-cadre-refresh')).toBe(false);
    expect(await withKeywords(null)).toBe(false);
    expect(await hasBoardPackMarker((await openPackage(await new JSZip().generateAsync({ type: 'nodebuffer' })))!)).toBe(false);
  });
});
