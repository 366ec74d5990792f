/**
 * A future --as-of (issue 10, point 4): `cadre refresh` and `cadre validate` refuse it with one line
 * that says why and what to do, exit 2, and write nothing. Today is injected (runCadre).
 */
import { runCadre } from './runCadre.test-helpers';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSample } from '../src/sample/generateSample';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';

const dir = mkdtempSync(join(tmpdir(), 'cadre-asof-'));
// midnight UTC: the 23rd by UTC, and the 22nd or 23rd by the machine's clock, so today is the 23rd in every zone
const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);
const WHY = 'figures as of a date still to come would count planned dates as events that happened and everyone not yet gone as retained until then; give a date on or before today';

describe('--as-of after today', () => {
  const book = join(dir, 'book.xlsx');
  beforeAll(async () => {
    const sample = generateSample({ size: 60, seed: 3 });
    await writeSheetsXlsx(book, sample.sheets, sample.numberFormats);
  });

  test.each([
    [['refresh', 'BOOK', '--out', 'PACK', '--json', 'JSON', '--as-of', '2027-03-31'], `cadre refresh: --as-of 2027-03-31 is after today (2026-11-23): ${WHY}`],
    [['refresh', 'BOOK', '--out', 'PACK', '--as-of', '2026-11-24'], `cadre refresh: --as-of 2026-11-24 is after today (2026-11-23): ${WHY}`],
    [['refresh', 'BOOK', '--out', 'PACK', '--quarterly', '--as-of', '2026-12-31'], `cadre refresh: --as-of 2026-12-31 is after today (2026-11-23): ${WHY}`],
    [['validate', 'BOOK', '--json', 'JSON', '--as-of', '2026-12-01'], `cadre validate: --as-of 2026-12-01 is after today (2026-11-23): ${WHY}`],
  ])('%p: exit 2, one line, nothing written', async (argv, message) => {
    const pack = join(dir, `pack-${argv.join('-')}.xlsx`);
    const json = join(dir, `doc-${argv.join('-')}.json`);
    const r = await run(...argv.map((a) => (a === 'BOOK' ? book : a === 'PACK' ? pack : a === 'JSON' ? json : a)));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\n`);
    expect(r.out).toBe('');
    expect(existsSync(pack)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });

  test('today and earlier are accepted', async () => {
    const pack = join(dir, 'today.xlsx');
    const today = await run('refresh', book, '--out', pack, '--as-of', '2026-11-23');
    expect(today.err).toBe('');
    expect(today.code).toBe(0);
    expect(today.out).toMatch(/metrics as of 2026-11-23/);
    const validate = await run('validate', book, '--as-of', '2026-09-30');
    expect(validate.err).toBe('');
    expect([0, 1]).toContain(validate.code);
  });

  test('--help of refresh and validate says the date is today or earlier, and the default the last completed quarter', async () => {
    for (const command of ['refresh', 'validate']) {
      const { code, out } = await run(command, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(/--as-of DATE .*today or earlier \(default: the end\s+of\s+the last completed quarter/);
    }
  });

  test('without --as-of, refresh and validate are as of the last completed quarter (as the task pane), and say so', async () => {
    const json = join(dir, 'default.json');
    const refreshed = await run('refresh', book, '--json', json);
    expect(refreshed.code).toBe(0);
    expect(refreshed.out).toMatch(/metrics as of 2026-09-30 \(the last completed quarter; --as-of to choose\)/);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ asOf: '2026-09-30', quarter: '2026-Q3' });
    const validated = await run('validate', book);
    expect([0, 1]).toContain(validated.code);
    expect(validated.out).toMatch(/^Cadre validate: .*book\.xlsx \(as of 2026-09-30, the last completed quarter; --as-of to choose\)$/m);
    // a chosen date is printed as it is
    expect((await run('validate', book, '--as-of', '2026-06-30')).out).toMatch(/\(as of 2026-06-30\)$/m);
  });

  test('cadre sample still takes a later --as-of: it is where a synthetic history ends', async () => {
    const r = await run('sample', '--size', '60', '--as-of', '2027-06-30', '--out', join(dir, 'future-sample.xlsx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/as of 2027-06-30/);
  });
});
