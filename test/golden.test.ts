import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCadre } from './runCadre.test-helpers';

/**
 * Golden outputs (issue 11): what `cadre refresh --out --json` writes, as of 2026-09-30 with the
 * clock fixed, for the sample program and for the outside workbook in ../shared/data, recorded before
 * the refresh was moved into src/refresh and kept here so that moving code changes no output: the
 * JSON document and every cell value of every sheet of the board pack.
 *
 * These are regression references, not correctness references: the figures themselves are checked
 * against hand-derived and published values elsewhere. `CADRE_UPDATE_GOLDEN=1 npx jest test/golden`
 * rewrites them, for a change that is meant to change an output (say which in the commit).
 */

const GOLDEN = join(__dirname, 'golden');
const SHARED_DATA = join(__dirname, '..', '..', 'shared', 'data');
const REFRESHED_AT = new Date(Date.UTC(2026, 9, 1, 6, 30, 0));
const dir = mkdtempSync(join(tmpdir(), 'cadre-golden-'));

type Cell = string | number | boolean | null;

/** Every sheet's cell values, as text-stable JSON (dates as ISO text, formulas as their text). */
async function cellValues(file: string): Promise<Record<string, Cell[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, Cell[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(plain(row.getCell(c).value));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    out[ws.name] = rows;
  }
  return out;
}

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('formula' in v) return `=${v.formula}`;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    return JSON.stringify(v);
  }
  return v;
}

async function refreshOutputs(name: string, book: string) {
  const out = join(dir, `${name}.xlsx`);
  const json = join(dir, `${name}.json`);
  jest.useFakeTimers({ now: REFRESHED_AT, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] });
  try {
    const run = await runCadre(new Date(Date.UTC(2026, 11, 4)), 'refresh', book, '--out', out, '--json', json, '--as-of', '2026-09-30');
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
  } finally {
    jest.useRealTimers();
  }
  return { document: JSON.parse(readFileSync(json, 'utf8')), cells: await cellValues(out) };
}

function golden(name: string, actual: unknown): unknown {
  const file = join(GOLDEN, `${name}.json`);
  if (process.env.CADRE_UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
  }
  if (!existsSync(file)) throw new Error(`no golden output ${file}: run CADRE_UPDATE_GOLDEN=1 npx jest test/golden once`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('golden outputs of cadre refresh (as of 2026-09-30, clock fixed)', () => {
  test('the sample program: the JSON document and every board-pack cell are as recorded', async () => {
    const book = join(dir, 'sample-in.xlsx');
    expect((await runCadre(new Date(Date.UTC(2026, 11, 4)), 'sample', '--out', book)).code).toBe(0);
    const actual = await refreshOutputs('sample', book);
    expect(actual.document.refreshedAt).toBe(REFRESHED_AT.toISOString());
    expect(actual).toEqual(golden('sample-refresh', actual));
  }, 60_000);

  test(`the IBM HR workbook (${join('..', 'shared', 'data', 'ibm-hr-attrition.xlsx')}): the same`, async () => {
    const book = join(SHARED_DATA, 'ibm-hr-attrition.xlsx');
    if (!existsSync(book)) throw new Error(`this test needs ${book}: the project's shared folder beside the checkout`);
    const actual = await refreshOutputs('ibm', book);
    expect(actual).toEqual(golden('ibm-refresh', actual));
  }, 60_000);
});
