/**
 * Nothing lost (issue 10): every file the command line writes is checked like --out. An output that
 * is the input (by name, through .., a link or a hard link), that names another output's file, or
 * that is an existing file Cadre did not write is refused with one message and exit 2, before the
 * input is read, and nothing is written; a sheet added by hand to a board pack is never deleted;
 * system errors name the user's path and say what to do.
 */
import { runCadre } from './runCadre.test-helpers';
import ExcelJS from 'exceljs';
import fs, { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSample } from '../src/sample/generateSample';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { hasBoardPackMarker, hasKeyword, openPackage, SAMPLE_KEYWORD } from '../src/workbook/xlsx/boardPackMarker';

const root = mkdtempSync(join(tmpdir(), 'cadre-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);
const temporaries = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

let counter = 0;
/** A fresh folder per test, holding a copy of the small sample workbook as BOOK. */
function folder(): { dir: string; book: string } {
  const dir = join(root, `case-${++counter}`);
  mkdirSync(dir);
  const book = join(dir, 'book.xlsx');
  copyFileSync(join(root, 'book.xlsx'), book);
  return { dir, book };
}

/** Refused: exit 2, one line matching `message`, every file in `unchanged` byte for byte as before, none of `absent` written. */
async function expectRefused(argv: string[], message: RegExp, unchanged: string[], absent: string[] = []): Promise<void> {
  const before = unchanged.map(sha);
  const r = await run(...argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(unchanged.map(sha)).toEqual(before);
  for (const file of absent) expect(existsSync(file)).toBe(false);
}

beforeAll(async () => {
  const sample = generateSample({ size: 200, seed: 42 });
  await writeSheetsXlsx(join(root, 'book.xlsx'), sample.sheets, sample.numberFormats);
});

describe('refresh --json and --out: checked before the input is read', () => {
  test('--json naming the input workbook', async () => {
    const { dir, book } = folder();
    await expectRefused(['refresh', book, '--out', join(dir, 'pack.xlsx'), '--json', book, '--as-of', '2026-09-30'], /^cadre refresh: --json .*book\.xlsx is the input workbook, which Cadre never modifies; choose another --json file$/m, [book], [join(dir, 'pack.xlsx')]);
  });

  test('--json naming the input through dir/../', async () => {
    const { dir, book } = folder();
    mkdirSync(join(dir, 'sub'));
    await expectRefused(['refresh', book, '--json', `${dir}/sub/../book.xlsx`, '--as-of', '2026-09-30'], /is the input workbook/, [book]);
  });

  test('--json and --out naming the input through a symbolic link', async () => {
    const { dir, book } = folder();
    symlinkSync(book, join(dir, 'link.json'));
    symlinkSync(book, join(dir, 'link.xlsx'));
    await expectRefused(['refresh', book, '--json', join(dir, 'link.json'), '--as-of', '2026-09-30'], /--json .*link\.json is the input workbook/, [book]);
    await expectRefused(['refresh', book, '--out', join(dir, 'link.xlsx'), '--as-of', '2026-09-30'], /--out .*link\.xlsx is the input workbook/, [book]);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
  });

  test('--json naming the input through a hard link', async () => {
    const { dir, book } = folder();
    linkSync(book, join(dir, 'hard.json'));
    await expectRefused(['refresh', book, '--out', join(dir, 'pack.xlsx'), '--json', join(dir, 'hard.json'), '--as-of', '2026-09-30'], /--json .*hard\.json is the input workbook/, [book, join(dir, 'hard.json')], [join(dir, 'pack.xlsx')]);
  });

  test('--json naming the input through /proc/self/cwd or in /dev/shm: ordinary files, checked like any other', async () => {
    const { dir, book } = folder();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expectRefused(['refresh', book, '--json', '/proc/self/cwd/book.xlsx', '--as-of', '2026-09-30'], /--json \/proc\/self\/cwd\/book\.xlsx is the input workbook/, [book]);
      await expectRefused(['validate', book, '--json', '/proc/self/cwd/book.xlsx', '--as-of', '2026-09-30'], /is the input workbook/, [book]);
    } finally {
      process.chdir(cwd);
    }
    if (existsSync('/dev/shm')) {
      const shm = mkdtempSync('/dev/shm/cadre-');
      const shmBook = join(shm, 'book.xlsx');
      copyFileSync(book, shmBook);
      writeFileSync(join(shm, 'theirs.json'), '{"mine": true}');
      await expectRefused(['validate', shmBook, '--json', shmBook, '--as-of', '2026-09-30'], /is the input workbook/, [shmBook]);
      await expectRefused(['validate', shmBook, '--json', join(shm, 'theirs.json'), '--as-of', '2026-09-30'], /is not a JSON document written by Cadre/, [join(shm, 'theirs.json')]);
    }
  });

  test('a --mapping file that cannot be read: one sentence saying why, naming it', async () => {
    const { dir, book } = folder();
    const missing = await run('validate', book, '--mapping', join(dir, 'none.json'), '--as-of', '2026-09-30');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^cadre validate: cannot read .*none\.json: .+ \(the --mapping file\)\n$/);
    const folderAsMapping = await run('validate', book, '--mapping', dir, '--as-of', '2026-09-30');
    expect(folderAsMapping.err).toMatch(/^cadre validate: cannot read .+: .+ \(the --mapping file\)\n$/);
    expect(folderAsMapping.err).not.toMatch(/EISDIR|ENOENT/);
  });

  test('--json naming the --mapping file', async () => {
    const { dir, book } = folder();
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ version: 1 }));
    await expectRefused(['refresh', book, '--json', mapping, '--mapping', mapping, '--as-of', '2026-09-30'], /--json .*mapping\.json is the --mapping file, which Cadre never modifies/, [book, mapping]);
  });

  test('--json naming the --out file, new or an existing board pack', async () => {
    const { dir, book } = folder();
    const pack = join(dir, 'pack.xlsx');
    await expectRefused(['refresh', book, '--out', pack, '--json', pack, '--as-of', '2026-09-30'], /--json .*pack\.xlsx is the same file as --out .*pack\.xlsx; give each output its own file/, [book], [pack]);
    expect((await run('refresh', book, '--out', pack, '--as-of', '2026-09-30')).code).toBe(0);
    await expectRefused(['refresh', book, '--out', pack, '--json', pack, '--as-of', '2026-09-30'], /is the same file as --out/, [book, pack]);
  });

  test('--json onto a foreign .xlsx (a workbook --out would refuse): refused, and no board pack written', async () => {
    const { dir, book } = folder();
    const theirs = join(dir, 'theirs.xlsx');
    copyFileSync(book, theirs);
    await expectRefused(['refresh', book, '--out', join(dir, 'pack.xlsx'), '--json', theirs, '--as-of', '2026-09-30'], /--json .*theirs\.xlsx is not a JSON document written by Cadre; choose another --json file/, [book, theirs], [join(dir, 'pack.xlsx')]);
  });

  test('--out onto a foreign workbook: exit 2 now (an output refused), the workbook as it was', async () => {
    const { dir, book } = folder();
    const theirs = join(dir, 'theirs.xlsx');
    copyFileSync(book, theirs);
    await expectRefused(['refresh', book, '--out', theirs, '--json', join(dir, 'r.json'), '--as-of', '2026-09-30'], /--out .*theirs\.xlsx was not written by cadre refresh; choose another --out file/, [theirs], [join(dir, 'r.json')]);
  });

  test('--out or --json naming a folder, or a file in a folder that does not exist', async () => {
    const { dir, book } = folder();
    mkdirSync(join(dir, 'reports.xlsx'));
    await expectRefused(['refresh', book, '--out', join(dir, 'reports.xlsx'), '--as-of', '2026-09-30'], /--out .*reports\.xlsx is a folder; name a file in it, e\.g\. .*reports\.xlsx\/board-pack\.xlsx/, [book]);
    await expectRefused(['refresh', book, '--json', join(dir, 'reports.xlsx'), '--as-of', '2026-09-30'], /--json .*reports\.xlsx is a folder/, [book]);
    await expectRefused(['refresh', book, '--json', join(dir, 'missing', 'r.json'), '--as-of', '2026-09-30'], /--json .*r\.json: there is no folder .*missing; create it first/, [book]);
  });

  test('Cadre JSON may be replaced, either kind by the other; so may an empty file; a link to one is followed', async () => {
    const { dir, book } = folder();
    const doc = join(dir, 'results.json');
    expect((await run('validate', book, '--json', doc, '--as-of', '2026-09-30')).code).toBe(0);
    expect(JSON.parse(readFileSync(doc, 'utf8')).canCompute).toBe(true);
    expect((await run('refresh', book, '--json', doc, '--as-of', '2026-09-30')).code).toBe(0);
    expect(JSON.parse(readFileSync(doc, 'utf8')).minGroup).toBe(5);
    expect((await run('validate', book, '--json', doc, '--as-of', '2026-09-30')).code).toBe(0);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '');
    expect((await run('refresh', book, '--json', empty, '--as-of', '2026-09-30')).code).toBe(0);
    expect(JSON.parse(readFileSync(empty, 'utf8')).asOf).toBe('2026-09-30');
    symlinkSync(doc, join(dir, 'latest.json'));
    expect((await run('refresh', book, '--json', join(dir, 'latest.json'), '--as-of', '2026-06-30')).code).toBe(0);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(doc, 'utf8')).asOf).toBe('2026-06-30');
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('an empty file, as mktemp makes for a script: nothing to lose, so it may be replaced', () => {
  test('refresh --out onto an empty .xlsx writes the board pack', async () => {
    const { dir, book } = folder();
    const pack = join(dir, 'empty.xlsx');
    writeFileSync(pack, '');
    const r = await run('refresh', book, '--out', pack, '--as-of', '2026-09-30');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/History holds 5 quarters \(2025-Q3 to 2026-Q3\)/);
    expect(await hasBoardPackMarker((await openPackage(readFileSync(pack)))!)).toBe(true);
  });
});

describe('validate --json', () => {
  test('naming the input workbook, or a file Cadre did not write', async () => {
    const { dir, book } = folder();
    await expectRefused(['validate', book, '--json', book], /^cadre validate: --json .*book\.xlsx is the input workbook, which Cadre never modifies/, [book]);
    const notes = join(dir, 'notes.json');
    writeFileSync(notes, JSON.stringify({ mine: true }));
    await expectRefused(['validate', book, '--json', notes], /--json .*notes\.json is not a JSON document written by Cadre/, [book, notes]);
    symlinkSync(book, join(dir, 'link.json'));
    await expectRefused(['validate', book, '--json', join(dir, 'link.json')], /is the input workbook/, [book]);
  });
});

describe('a sheet added to a board pack by hand', () => {
  test('the refresh refuses and names it; the board pack is left as it was', async () => {
    const { dir, book } = folder();
    const pack = join(dir, 'pack.xlsx');
    expect((await run('refresh', book, '--out', pack, '--as-of', '2026-06-30')).code).toBe(0);
    // a board member adds a sheet and saves the workbook (the tag stays)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(pack);
    wb.addWorksheet('My notes').addRow(['Ask about the coaching budget']);
    await wb.xlsx.writeFile(pack);
    expect(await hasBoardPackMarker((await openPackage(readFileSync(pack)))!)).toBe(true);
    await expectRefused(
      ['refresh', book, '--out', pack, '--json', join(dir, 'r.json'), '--as-of', '2026-09-30'],
      /^cadre refresh: --out .*pack\.xlsx has a sheet Cadre did not write \("My notes"\), which a refresh would delete; move it to another workbook, or choose another --out file$/m,
      [pack, book],
      [join(dir, 'r.json')],
    );
  });
});

describe('system errors: one sentence naming the user\'s path', () => {
  afterEach(() => jest.restoreAllMocks());

  const failRename = (code: string) =>
    jest.spyOn(fs, 'renameSync').mockImplementation((from) => {
      throw Object.assign(new Error(`${code}: failed, rename '${String(from)}'`), { code, syscall: 'rename', path: String(from) });
    });

  test.each([
    ['EPERM', 'permission denied; choose a folder you can write to'],
    ['ENOSPC', 'the disk is full; free some space or choose another disk'],
    ['EISDIR', 'it is a folder; give the path of a file'],
  ])('%s while writing --json: the --json path, never the temporary file, and no temporary file left', async (code, reason) => {
    const { dir, book } = folder();
    const json = join(dir, 'report.json');
    failRename(code);
    const r = await run('refresh', book, '--json', json, '--as-of', '2026-09-30');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`cadre refresh: cannot write ${json}: ${reason}\n`);
    expect(existsSync(json)).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  test('ENOSPC while writing the board pack over an earlier one: that one is kept', async () => {
    const { dir, book } = folder();
    const pack = join(dir, 'pack.xlsx');
    expect((await run('refresh', book, '--out', pack, '--as-of', '2026-06-30')).code).toBe(0);
    const before = sha(pack);
    failRename('ENOSPC');
    const r = await run('refresh', book, '--out', pack, '--as-of', '2026-09-30');
    expect(r.err).toBe(`cadre refresh: cannot write ${pack}: the disk is full; free some space or choose another disk\n`);
    expect(r.code).toBe(2);
    expect(sha(pack)).toBe(before);
    expect(temporaries(dir)).toEqual([]);
  });

  test('EBUSY while cadre sample writes: the --out path', async () => {
    const { dir } = folder();
    const out = join(dir, 'sample.xlsx');
    failRename('EBUSY');
    const r = await run('sample', '--size', '60', '--out', out);
    expect(r.err).toBe(`cadre sample: cannot write ${out}: the file is in use (open in Excel?); close it and run again\n`);
    expect(r.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx']);
  });

  test('a folder Cadre may not write into: refused before the input is read', async () => {
    const { dir, book } = folder();
    const json = join(dir, 'report.json');
    const access = jest.spyOn(fs, 'accessSync').mockImplementation((p) => {
      throw Object.assign(new Error(`EACCES: permission denied, access '${String(p)}'`), { code: 'EACCES', syscall: 'access', path: String(p) });
    });
    const r = await run('refresh', book, '--json', json, '--as-of', '2026-09-30');
    expect(access).toHaveBeenCalled();
    expect(r.err).toBe(`cadre refresh: cannot write ${json}: permission denied; choose a folder you can write to\n`);
    expect(r.code).toBe(2);
  });

  // the real thing, where the tests do not run as root (root may write anywhere)
  const asUser = typeof process.getuid === 'function' && process.getuid() !== 0 ? test : test.skip;
  asUser('a read-only folder, for real', async () => {
    const { dir, book } = folder();
    const locked = join(dir, 'locked');
    mkdirSync(locked, 0o555);
    const r = await run('refresh', book, '--json', join(locked, 'r.json'), '--as-of', '2026-09-30');
    expect(r.err).toBe(`cadre refresh: cannot write ${join(locked, 'r.json')}: permission denied; choose a folder you can write to\n`);
    expect(r.code).toBe(2);
  });

  test('an input that cannot be read: "cannot read", not "cannot write" or "unexpected failure"', async () => {
    const { book } = folder();
    const real = fs.promises.open;
    jest.spyOn(fs.promises, 'open').mockImplementation(((path: fs.PathLike, ...rest: unknown[]) => {
      if (String(path) === book) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${book}'`), { code: 'EACCES', syscall: 'open', path: book }));
      return (real as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof fs.promises.open);
    const r = await run('validate', book);
    expect(r.err).toBe(`cadre validate: cannot read ${book}: permission denied; check that you may open it\n`);
    expect(r.code).toBe(2);
  });
});

describe('cadre sample --out and cadre demo --out', () => {
  test('sample onto a workbook it did not write is refused; onto its own earlier sample, or an empty file, it writes', async () => {
    const { dir, book } = folder();
    const theirs = join(dir, 'theirs.xlsx');
    await writeSheetsXlsx(theirs, [{ name: 'Budget', values: [['Cost centre', 'Amount'], ['A', 1]] }]);
    await expectRefused(['sample', '--size', '60', '--out', theirs], /^cadre sample: --out .*theirs\.xlsx was not written by cadre sample; choose another --out file$/m, [theirs]);
    // the input workbook of these tests was written without the tag, as a user's would be
    await expectRefused(['sample', '--size', '60', '--out', book], /was not written by cadre sample/, [book]);

    const out = join(dir, 'sample.xlsx');
    expect((await run('sample', '--size', '60', '--out', out)).code).toBe(0);
    expect(await hasKeyword((await openPackage(readFileSync(out)))!, SAMPLE_KEYWORD)).toBe(true);
    const again = await run('sample', '--size', '80', '--seed', '3', '--out', out);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Participants 80/);
    const empty = join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    expect((await run('sample', '--size', '60', '--out', empty)).code).toBe(0);
    expect(temporaries(dir)).toEqual([]);
  });

  test('demo into a folder with someone else\'s cadre-results.json: refused, nothing written', async () => {
    const { dir } = folder();
    const out = join(dir, 'demo');
    mkdirSync(out);
    const theirs = join(out, 'cadre-results.json');
    writeFileSync(theirs, JSON.stringify({ budget: 1200 }));
    await expectRefused(['demo', '--out', out], /^cadre demo: .*cadre-results\.json \(in --out .*demo\) is not a JSON document written by Cadre; choose another --out folder$/m, [theirs], [
      join(out, 'cadre-sample.xlsx'),
      join(out, 'cadre-board-pack.xlsx'),
      join(out, 'board-dashboard.png'),
    ]);
  });

  test('demo into a folder with a foreign picture, or onto a file: refused', async () => {
    const { dir, book } = folder();
    const out = join(dir, 'demo');
    mkdirSync(out);
    writeFileSync(join(out, 'board-dashboard.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    await expectRefused(['demo', '--out', out], /board-dashboard\.png \(in --out .*demo\) is not a picture written by Cadre/, [join(out, 'board-dashboard.png')], [join(out, 'cadre-sample.xlsx')]);
    await expectRefused(['demo', '--out', book], /--out .*book\.xlsx is a file, not a folder/, [book]);
  });
});
