/**
 * The .xlsx reader against workbooks written by other tools and by hand (test/fixtures/writers/,
 * described in its README.md). Each `NAME.expected.json` beside `NAME.xlsx` says what was written
 * into the file: its sheets in tab order, the date system and every non-blank cell; or, for a file
 * that is not a readable workbook, a pattern the reader's error message must match.
 *
 * Cell encoding in the expected JSON: a JSON string, number or boolean is itself; `{ "date":
 * "2023-03-15" }` or `{ "date": "2023-03-15T13:30:00" }` is a Date at UTC; `{ "error": "#N/A" }` an
 * error cell; `{ "unsaved": "A2*2" }` a formula saved without its result (the reader gives
 * `{ error, formula: 'A2*2' }`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellAddress, parseCellAddress } from '../src/excel/a1Address';
import type { CellValue, SheetValues } from '../src/model/cell';
import { WorkbookReadError, XlsxSource } from '../src/workbook/xlsx/read/xlsxSource';

const DIR = join(__dirname, 'fixtures', 'writers');
const CHECKOUT = join(__dirname, '..');

type Encoded = string | number | boolean | { date: string } | { error: string } | { unsaved: string } | { unexpected: string };

interface ExpectedSheet {
  name: string;
  cells: Record<string, Encoded>;
  /** only the cells listed are checked, with the count of non-blank cells and the bottom-right one */
  partial?: boolean;
  cellCount?: number;
  lastCell?: string;
  /** cells too many to list: on `row`, columns fromColumn..toColumn each hold their column number */
  series?: { row: number; fromColumn: number; toColumn: number; value: 'column number' }[];
}

interface Expected {
  writer: string;
  about: string;
  /** the workbook, relative to the checkout, when it is not NAME.xlsx beside the JSON */
  workbook?: string;
  dateSystem?: '1900' | '1904';
  sheets?: ExpectedSheet[];
  /** the source of a RegExp the error message must match (the file must not read) */
  error?: string;
}

/** Files whose reading must stop early: more time than the default, still bounded. */
const LARGE = new Set(['broken-zip-bomb']);

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
const workbookOf = (name: string, e: Expected) => (e.workbook ? join(CHECKOUT, e.workbook) : join(DIR, `${name}.xlsx`));

/** A Date as the expected JSON writes it: the date alone at midnight UTC, else date and time to the second. */
function isoOf(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  const iso = d.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, -1);
}

function encode(v: CellValue): Encoded | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { date: isoOf(v) };
  if (typeof v === 'object' && 'error' in v) {
    const formula = (v as { formula?: unknown }).formula;
    if (formula !== undefined) {
      // a formula saved without its result: the error must be a string, the formula the saved text
      return typeof v.error === 'string' && typeof formula === 'string' ? { unsaved: formula } : { unexpected: JSON.stringify(v) };
    }
    return { error: v.error };
  }
  return { unexpected: `${typeof v}: ${JSON.stringify(v)}` };
}

/** the expected encoding made canonical (dates re-rendered from the value they name) */
function canonical(e: Encoded): Encoded {
  if (typeof e === 'object' && 'date' in e) {
    const text = e.date.includes('T') ? `${e.date}Z` : `${e.date}T00:00:00Z`;
    return { date: isoOf(new Date(text)) };
  }
  return e;
}

/** The non-blank cells of a sheet as read, A1-keyed, with firstRow/firstColumn applied. */
function cellMap(sheet: SheetValues): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  const r0 = sheet.firstRow ?? 1;
  const c0 = sheet.firstColumn ?? 1;
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const e = encode(v);
      if (e !== undefined) out[cellAddress(r0 + r, c0 + c)] = e;
    }),
  );
  return out;
}

function expectedMap(s: ExpectedSheet): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [a1, e] of Object.entries(s.cells)) out[a1] = canonical(e);
  for (const run of s.series ?? []) for (let c = run.fromColumn; c <= run.toColumn; c++) out[cellAddress(run.row, c)] = c;
  return out;
}

function lastCellOf(cells: Record<string, Encoded>): string | undefined {
  let row = 0;
  let column = 0;
  for (const a1 of Object.keys(cells)) {
    const at = parseCellAddress(a1);
    if (!at) continue;
    row = Math.max(row, at.row);
    column = Math.max(column, at.column);
  }
  return row ? cellAddress(row, column) : undefined;
}

async function readWhole(file: string) {
  const source = new XlsxSource(file);
  const outline = await source.describe();
  const sheets = await source.readSheets(outline.sheets);
  return { outline, sheets };
}

/** Words that mean a library's or the runtime's own text reached the user instead of the reader's. */
const LEAKS = ['jszip', 'http', 'Cannot read prop', 'undefined'];

async function check(name: string) {
  const expected = expectedOf(name);
  const file = workbookOf(name, expected);

  if (expected.error !== undefined) {
    const pattern = new RegExp(expected.error);
    let thrown: unknown;
    try {
      await readWhole(file);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    const message = (thrown as Error).message;
    expect(message).toMatch(pattern);
    expect(thrown).toBeInstanceOf(WorkbookReadError);
    for (const leak of LEAKS) expect(message.toLowerCase()).not.toContain(leak.toLowerCase());
    return;
  }

  const { outline, sheets } = await readWhole(file);
  const want = expected.sheets ?? [];
  expect(outline.sheets).toEqual(want.map((s) => s.name));
  expect(outline.dateSystem).toBe(expected.dateSystem ?? '1900');
  expect(sheets.map((s) => s.name)).toEqual(want.map((s) => s.name));
  want.forEach((w, i) => {
    const got = cellMap(sheets[i]!);
    const expectedCells = expectedMap(w);
    if (w.partial) {
      const picked: Record<string, Encoded | undefined> = {};
      for (const a1 of Object.keys(expectedCells)) picked[a1] = got[a1];
      expect({ sheet: w.name, cells: picked }).toEqual({ sheet: w.name, cells: expectedCells });
      if (w.cellCount !== undefined) expect({ sheet: w.name, cellCount: Object.keys(got).length }).toEqual({ sheet: w.name, cellCount: w.cellCount });
      if (w.lastCell !== undefined) expect({ sheet: w.name, lastCell: lastCellOf(got) }).toEqual({ sheet: w.name, lastCell: w.lastCell });
    } else {
      expect({ sheet: w.name, cells: got }).toEqual({ sheet: w.name, cells: expectedCells });
    }
  });
}

describe('the .xlsx reader on workbooks from other writers (test/fixtures/writers)', () => {
  test('the corpus is there: every expected JSON names a workbook that exists (or one outside the checkout)', () => {
    expect(fixtures.length).toBeGreaterThan(30);
    for (const name of fixtures) {
      const e = expectedOf(name);
      expect(typeof e.writer).toBe('string');
      expect(e.error !== undefined || Array.isArray(e.sheets)).toBe(true);
      if (!e.workbook) expect(existsSync(workbookOf(name, e))).toBe(true);
    }
  });

  const available = (name: string) => existsSync(workbookOf(name, expectedOf(name)));
  const normal = fixtures.filter((f) => !LARGE.has(f) && available(f));
  const large = fixtures.filter((f) => LARGE.has(f) && available(f));
  const missing = fixtures.filter((f) => !available(f)); // a workbook outside the checkout, absent here

  test.each(normal)('%s', check);
  test.each(large)('%s (large: must fail fast)', check, 60_000);
  if (missing.length) test.skip.each(missing)('%s (workbook not present on this machine)', check);
});
