import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs, { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, isCadrePng, markPng, pngChunk } from './render/pngMarker';
import { BOARD_PACK_KEYWORD, SAMPLE_KEYWORD, openPackage, sheetNamesOf } from '../workbook/xlsx/boardPackMarker';
import { type Output, checkOutputs, fileErrorMessage, isCadreJson, outputFolder, replaceOutputFile, systemErrorMessage, writeOutputFile } from './outputFiles';
import { UsageError } from './usageError';

const dir = mkdtempSync(join(tmpdir(), 'cadre-outputs-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (path: string): Output => ({ path, kind: 'json', option: '--json' });
const systemError = (code: string, syscall: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });

/** A 1×1 PNG as a PNG writer would make it (signature, IHDR, IDAT, IEND with correct CRCs). */
function tinyPng(): Buffer {
  const chunk = pngChunk;
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = Buffer.from('789c63f8cfc0000003010100', 'hex');
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

async function workbook(keywords: string | undefined, sheets: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (keywords !== undefined) wb.keywords = keywords;
  for (const s of sheets) wb.addWorksheet(s).addRow(['x']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('pngMarker', () => {
  test('crc32 is the CRC of PNG and zlib', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  test('a marked PNG is recognised, keeps every chunk, and has its text right after IHDR; an unmarked one is not', () => {
    const png = tinyPng();
    expect(isCadrePng(png)).toBe(false);
    const marked = markPng(png);
    expect(isCadrePng(marked)).toBe(true);
    expect(marked.length).toBe(png.length + 12 + 'Software\0Cadre'.length);
    expect(marked.toString('latin1', 33 + 4, 33 + 8)).toBe('tEXt');
    expect(marked.subarray(marked.length - 12).equals(png.subarray(png.length - 12))).toBe(true);
    expect(isCadrePng(Buffer.from('not a png'))).toBe(false);
    expect(() => markPng(Buffer.from('not a png'))).toThrow('not a PNG picture');
  });

  test('a Software text of another program, or a damaged CRC, is not the marker', () => {
    const marked = markPng(tinyPng());
    const other = Buffer.from(marked.toString('latin1').replace('Software\0Cadre', 'Software\0Gimp!'), 'latin1');
    expect(isCadrePng(other)).toBe(false);
    const damaged = Buffer.from(marked);
    damaged[33 + 12 + 14 - 1] ^= 0xff; // the CRC's last byte
    expect(isCadrePng(damaged)).toBe(false);
  });
});

describe('sheetNamesOf', () => {
  test('every sheet, in order, with XML entities decoded', async () => {
    const zip = (await openPackage(await workbook(undefined, ['Board Dashboard', 'R&D "notes"', "O'Brien <1>"])))!;
    expect(await sheetNamesOf(zip)).toEqual(['Board Dashboard', 'R&D "notes"', "O'Brien <1>"]);
    expect(await sheetNamesOf((await openPackage(await new JSZip().generateAsync({ type: 'nodebuffer' })))!)).toEqual([]);
    expect(await openPackage(Buffer.from('not a zip'))).toBeUndefined();
  });
});

describe('isCadreJson', () => {
  test.each([
    [{ schemaVersion: 1, asOf: '2026-09-30', minGroup: 5, inputFingerprint: 'sha256:ab', counts: {} }, true],
    [{ schemaVersion: 1, file: 'BOOK.xlsx', asOf: '2026-09-30', canCompute: true, sheets: [] }, true],
    [{ schemaVersion: 1, asOf: '2026-09-30' }, false],
    [{ name: 'cadre', version: '0.1.0' }, false],
    [[1, 2], false],
    ['text', false],
  ])('%j → %p', (doc, expected) => {
    expect(isCadreJson(Buffer.from(JSON.stringify(doc)))).toBe(expected);
  });

  test('not JSON at all', () => {
    expect(isCadreJson(Buffer.from('quarter,metric\n'))).toBe(false);
  });
});

describe('checkOutputs', () => {
  test('recognises each kind by its marker and refuses the same files without it', async () => {
    const cases: [Output['kind'], Buffer, Buffer, RegExp][] = [
      ['json', Buffer.from(JSON.stringify({ schemaVersion: 1, file: 'b.xlsx', canCompute: false, sheets: [] })), Buffer.from('{"a":1}'), /is not a JSON document written by Cadre/],
      ['png', markPng(tinyPng()), tinyPng(), /is not a picture written by Cadre/],
      ['sample', await workbook(SAMPLE_KEYWORD, ['Participants']), await workbook(BOARD_PACK_KEYWORD, ['Participants']), /was not written by cadre sample/],
      ['boardPack', await workbook(BOARD_PACK_KEYWORD, ['Board Dashboard', 'Cadre History']), await workbook(SAMPLE_KEYWORD, ['Cadre History']), /was not written by cadre refresh/],
    ];
    for (const [kind, ours, theirs, refusal] of cases) {
      const path = join(dir, `kind-${kind}`);
      writeFileSync(path, ours);
      await expect(checkOutputs([{ path, kind, option: '--out' }])).resolves.toBeUndefined();
      writeFileSync(path, theirs);
      await expect(checkOutputs([{ path, kind, option: '--out' }])).rejects.toThrow(refusal);
    }
  });

  test('a board pack with a sheet added by hand, or without its History, is refused and the sheet named', async () => {
    const path = join(dir, 'added.xlsx');
    writeFileSync(path, await workbook(BOARD_PACK_KEYWORD, ['Board Dashboard', 'Cadre History', 'My notes', 'Budget']));
    await expect(checkOutputs([{ path, kind: 'boardPack', option: '--out' }])).rejects.toThrow(
      `--out ${path} has sheets Cadre did not write ("My notes", "Budget"), which a refresh would delete; move them to another workbook, or choose another --out file`,
    );
    writeFileSync(path, await workbook(BOARD_PACK_KEYWORD, ['Board Dashboard', 'Old history']));
    await expect(checkOutputs([{ path, kind: 'boardPack', option: '--out' }])).rejects.toThrow(/has no sheet named "Cadre History"/);
  });

  test('an empty file may be replaced, whatever the kind', async () => {
    const path = join(dir, 'empty.xlsx');
    writeFileSync(path, '');
    for (const kind of ['json', 'png', 'sample', 'boardPack'] as const) await expect(checkOutputs([{ path, kind, option: '--out' }])).resolves.toBeUndefined();
  });

  test('the input, by name, through .., a symbolic link or a hard link', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, 'input');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(input, join(dir, 'soft.json'));
    linkSync(input, join(dir, 'hard.json'));
    const inputs = [{ path: input, what: 'the input workbook' }];
    for (const path of [input, `${dir}/sub/../in.xlsx`, join(dir, 'soft.json'), join(dir, 'hard.json')]) {
      await expect(checkOutputs([json(path)], inputs)).rejects.toThrow(`--json ${path} is the input workbook, which Cadre never modifies; choose another --json file`);
    }
  });

  test('two outputs naming one file, existing or not', async () => {
    const path = join(dir, 'twice.xlsx');
    await expect(checkOutputs([{ path, kind: 'boardPack', option: '--out' }, json(`${dir}/sub/../twice.xlsx`)])).rejects.toThrow(
      `--json ${dir}/sub/../twice.xlsx is the same file as --out ${path}; give each output its own file`,
    );
  });

  test('a folder, a missing folder, a file as folder, a link to nothing, an empty name', async () => {
    await expect(checkOutputs([json(join(dir, 'sub'))])).rejects.toThrow(`--json ${join(dir, 'sub')} is a folder; name a file in it, e.g. ${join(dir, 'sub', 'results.json')}`);
    await expect(checkOutputs([json(join(dir, 'nowhere', 'r.json'))])).rejects.toThrow(`--json ${join(dir, 'nowhere', 'r.json')}: there is no folder ${join(dir, 'nowhere')}; create it first, or choose another --json file`);
    writeFileSync(join(dir, 'plain'), 'x');
    await expect(checkOutputs([json(join(dir, 'plain', 'r.json'))])).rejects.toThrow(/part of its path is a file, not a folder/);
    symlinkSync(join(dir, 'gone.json'), join(dir, 'dangling.json'));
    await expect(checkOutputs([json(join(dir, 'dangling.json'))])).rejects.toThrow(/is a link to .*gone\.json, which does not exist/);
    await expect(checkOutputs([json('')])).rejects.toThrow('--json needs a file name');
  });

  test('a stream (/dev/null) is accepted; a folder Cadre may not write into is refused before anything is read', async () => {
    await expect(checkOutputs([json('/dev/null')])).resolves.toBeUndefined();
    const access = jest.spyOn(fs, 'accessSync').mockImplementation((p) => {
      throw systemError('EACCES', 'access', String(p));
    });
    try {
      await expect(checkOutputs([json(join(dir, 'new.json'))])).rejects.toThrow(`cannot write ${join(dir, 'new.json')}: permission denied; choose a folder you can write to`);
    } finally {
      access.mockRestore();
    }
  });

  test('a demo file is named with its folder', async () => {
    const path = join(dir, 'sub', 'cadre-results.json');
    writeFileSync(path, '{}');
    await expect(checkOutputs([{ path, kind: 'json', option: '--out', folder: join(dir, 'sub') }])).rejects.toThrow(
      `${path} (in --out ${join(dir, 'sub')}) is not a JSON document written by Cadre; choose another --out folder`,
    );
  });
});

describe('outputFolder', () => {
  test('made when missing, kept when there, refused when a file', () => {
    outputFolder(join(dir, 'made', 'deep'), '--out');
    expect(statSync(join(dir, 'made', 'deep')).isDirectory()).toBe(true);
    outputFolder(join(dir, 'made', 'deep'), '--out');
    writeFileSync(join(dir, 'afile'), 'x');
    expect(() => outputFolder(join(dir, 'afile'), '--out')).toThrow(`--out ${join(dir, 'afile')} is a file, not a folder; give a folder to write into`);
  });
});

describe('replaceOutputFile and writeOutputFile', () => {
  const temporaries = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

  test('replaces the file, keeps its permissions, and leaves no temporary file', async () => {
    const path = join(dir, 'kept-mode.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeOutputFile(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(temporaries(dir)).toEqual([]);
  });

  test('a symbolic link stays a link; the file it points to is replaced', async () => {
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'results.json');
    writeFileSync(target, 'old');
    const link = join(dir, 'latest.json');
    symlinkSync(target, link);
    await writeOutputFile(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(temporaries(join(dir, 'real'))).toEqual([]);
  });

  test('a stream is written straight into', async () => {
    await expect(writeOutputFile('/dev/null', 'nothing')).resolves.toBeUndefined();
  });

  test.each([
    ['EPERM', 'permission denied; choose a folder you can write to'],
    ['ENOSPC', 'the disk is full; free some space or choose another disk'],
    ['EROFS', 'the disk is read-only; choose a folder on another disk'],
    ['EBUSY', 'the file is in use (open in Excel?); close it and run again'],
    ['EXDEV', 'it could not be moved into place from its temporary file; choose a folder on a local disk'],
  ])('%s on rename: one sentence naming the user\'s path, not the temporary file, which is removed', async (code, reason) => {
    const path = join(dir, `failing-${code}.json`);
    writeFileSync(path, 'old');
    const rename = jest.spyOn(fs, 'renameSync').mockImplementationOnce((from) => {
      throw systemError(code, 'rename', String(from));
    });
    try {
      const failure = await writeOutputFile(path, 'new').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(UsageError);
      expect((failure as Error).message).toBe(`cannot write ${path}: ${reason}`);
      expect((failure as Error).message).not.toMatch(/\.tmp/);
    } finally {
      rename.mockRestore();
    }
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(temporaries(dir)).toEqual([]);
  });

  test('a failure that is not a system error is passed on as it is, and the temporary file removed', async () => {
    const path = join(dir, 'half.xlsx');
    const failure = new Error('a table row has 18 cells for 17 columns');
    await expect(
      replaceOutputFile(path, (temporary) => {
        writeFileSync(temporary, 'half');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(() => statSync(path)).toThrow();
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('system error messages', () => {
  test('reading and writing, by syscall; an unknown code still names the path', () => {
    expect(systemErrorMessage(systemError('EACCES', 'open', 'BOOK.xlsx'))).toBe('cannot read BOOK.xlsx: permission denied; check that you may open it');
    expect(systemErrorMessage(systemError('EISDIR', 'read', 'BOOK.xlsx'))).toBe('cannot read BOOK.xlsx: it is a folder; give the path of a file');
    expect(systemErrorMessage(systemError('ENOSPC', 'write', 'out.json'))).toBe('cannot write out.json: the disk is full; free some space or choose another disk');
    expect(fileErrorMessage(systemError('EWEIRD', 'open', 'x'), 'report.json', 'write')).toBe('cannot write report.json: the system reports EWEIRD; check the path and the disk');
  });
});
