import { randomBytes } from 'node:crypto';
import { type Stats, accessSync, chmodSync, constants, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CADRE_SHEET_NAMES, DEFAULT_SHEET_NAMES } from '../dashboard/buildPlan';
import { isCadrePng } from './render/pngMarker';
import { TEMPLATE_SHEETS } from '../workbook/templateSheets';
import { SAMPLE_KEYWORD, SUGGESTIONS_KEYWORD, TEMPLATES_KEYWORD, hasBoardPackMarker, hasKeyword, openPackage, sheetNamesOf } from '../workbook/xlsx/boardPackMarker';
import { XlsxSource } from '../workbook/xlsx/read/xlsxSource';
import { UsageError } from './usageError';

/**
 * Every file the command line writes goes through here (issue 10: nothing lost). Before a command
 * reads its input, `checkOutputs` refuses (a UsageError, exit 2, one line naming the option and the
 * path, nothing touched) an output that
 * - is an input (the workbook, the mapping file), found by device and inode when the file exists, so
 *   `dir/../BOOK.xlsx`, a symbolic link and a hard link to it are all caught;
 * - names the same file as another output (the same test);
 * - is a folder, is in a folder that does not exist, or is a link to nothing;
 * - is an existing file Cadre did not write. What Cadre wrote is recognised by kind: a board pack by
 *   its `cadre-refresh` tag (and then every sheet must be one Cadre writes, so a sheet added by hand
 *   is never deleted), a sample workbook by its `cadre-sample` tag, the empty templates by their
 *   `cadre-templates` tag while they are still empty (only their own sheets, nothing below a header
 *   row: templates someone has filled in are that person's work), a JSON document by the shape of
 *   the documents of `cadre refresh --json`, `cadre validate --json` and `cadre suggest --json` (any
 *   may replace another),
 *   the suggestions workbook by its `cadre-suggest` tag (its one sheet, Cadre Suggestions, only),
 *   a picture by its Software = Cadre text chunk (pngMarker.ts). An empty file (0 bytes) may be
 *   replaced: it holds nothing to lose, and `mktemp` makes one for a script to write into.
 *
 * `replaceOutputFile` then writes to a temporary file beside the real file (a symbolic link is
 * followed, so the link stays and the file it points to is replaced) and renames it over, so a
 * failure never leaves half a file; on failure the temporary file is removed and the system error
 * becomes one sentence naming the user's path and what to do. A character device or a pipe
 * (`/dev/stdout`, `/dev/null`, a named pipe) is written straight into.
 */

export type OutputKind = 'boardPack' | 'suggestions' | 'sample' | 'templates' | 'json' | 'png';

export interface Output {
  /** the path as the user gave it (or, for `cadre demo`, joined to the --out folder) */
  readonly path: string;
  readonly kind: OutputKind;
  /** the option that names it: `--out`, `--json` */
  readonly option: string;
  /** for `cadre demo`: the --out folder the file is written into */
  readonly folder?: string;
}

export interface Input {
  readonly path: string;
  /** how a message names it: "the input workbook", "the --mapping file" */
  readonly what: string;
}

/** The sheets `cadre refresh` writes into a board pack (the command line uses the default names). */
export const BOARD_PACK_SHEETS: readonly string[] = Object.values(DEFAULT_SHEET_NAMES);

const label = (o: Output): string => (o.folder === undefined ? `${o.option} ${o.path}` : `${o.path} (in ${o.option} ${o.folder})`);
const remedy = (o: Output): string => `choose another ${o.option} ${o.folder === undefined ? 'file' : 'folder'}`;
const EXAMPLE_NAME: Record<OutputKind, string> = { boardPack: 'board-pack.xlsx', suggestions: 'suggestions.xlsx', sample: 'sample.xlsx', templates: 'templates.xlsx', json: 'results.json', png: 'board-dashboard.png' };

/**
 * A stream (a terminal, a pipe, /dev/null; /dev/stdout when it is one of these): written straight
 * into. Decided by what the path is, never by its name: /dev/shm/… and /proc/self/cwd/… are folders
 * of ordinary files, and /dev/stdout redirected to a file is that file, checked like any other.
 */
const isStream = (st: Stats): boolean => st.isCharacterDevice() || st.isFIFO();

/** Names the same file on a file system that ignores case (macOS, Windows) whatever the case. */
const foldCase = (path: string): string => (process.platform === 'darwin' || process.platform === 'win32' ? path.toLowerCase() : path);

const fileKey = (st: Stats): string => `${st.dev}:${st.ino}`;

/**
 * Refuses, before anything is read or written, every output that would lose or overwrite something
 * (see the top of this file). Throws a UsageError naming the option and the path.
 */
export async function checkOutputs(outputs: readonly Output[], inputs: readonly Input[] = []): Promise<void> {
  const inputKeys = new Map<string, Input>();
  for (const input of inputs) {
    try {
      inputKeys.set(fileKey(statSync(input.path)), input);
    } catch {
      // an input that cannot be found is reported when it is read
    }
  }
  const seen = new Map<string, Output>();
  for (const o of outputs) {
    if (o.path === '') throw new UsageError(`${o.option} needs a file name`);
    const found = locate(o, inputKeys);
    if (found === undefined) continue;
    const other = seen.get(found.key);
    if (other !== undefined) throw new UsageError(`${label(o)} is the same file as ${label(other)}; give each output its own file`);
    seen.set(found.key, o);
    if (found.existing !== undefined) await checkContent(o, found.existing);
  }
}

/**
 * Where an output goes: the key that identifies its file (device and inode when it exists) and, for
 * an existing non-empty file, its real path; undefined for a stream. Refuses a folder, an input, a
 * link to nothing, a missing folder.
 */
function locate(o: Output, inputKeys: ReadonlyMap<string, Input>): { key: string; existing?: string } | undefined {
  let st: Stats;
  try {
    st = statSync(o.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new UsageError(code === 'ENOTDIR' ? `${label(o)}: part of its path is a file, not a folder; check the path` : fileErrorMessage(e, o.path, 'write'));
    return { key: checkNewFile(o) };
  }
  if (st.isDirectory()) throw new UsageError(`${label(o)} is a folder; name a file in it, e.g. ${join(o.path, EXAMPLE_NAME[o.kind])}`);
  if (isStream(st)) return undefined;
  if (!st.isFile()) throw new UsageError(`${label(o)} is not a file; ${remedy(o)}`);
  const key = fileKey(st);
  const input = inputKeys.get(key);
  if (input !== undefined) throw new UsageError(`${label(o)} is ${input.what}, which Cadre never modifies; ${remedy(o)}`);
  const real = realpathSync(o.path);
  checkWritable(dirname(real), o.path);
  return st.size > 0 ? { key, existing: real } : { key };
}

/** An existing, non-empty file: replaced only when Cadre wrote it (recognised by the output's kind). */
async function checkContent(o: Output, real: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(real);
  } catch (e) {
    throw new UsageError(fileErrorMessage(e, o.path, 'read'));
  }
  const refusal = await refusalOf(o, bytes);
  if (refusal !== undefined) throw new UsageError(refusal);
}

/** An output that does not exist yet: its folder must, and be writable; a link to nothing is refused. */
function checkNewFile(o: Output): string {
  let link: Stats | undefined;
  try {
    link = lstatSync(o.path);
  } catch {
    // no link either
  }
  if (link?.isSymbolicLink()) throw new UsageError(`${label(o)} is a link to ${readlinkSync(o.path)}, which does not exist; remove the link or ${remedy(o)}`);
  const folder = dirname(o.path);
  let dir: Stats;
  try {
    dir = statSync(folder);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${label(o)}: there is no folder ${folder}; create it first, or ${remedy(o)}`);
    if (code === 'ENOTDIR') throw new UsageError(`${label(o)}: part of its path is a file, not a folder; check the path`);
    throw new UsageError(fileErrorMessage(e, o.path, 'write'));
  }
  if (!dir.isDirectory()) throw new UsageError(`${label(o)}: ${folder} is a file, not a folder; check the path`);
  checkWritable(folder, o.path);
  return `new:${foldCase(join(realpathSync(folder), basename(o.path)))}`;
}

/** A folder the new file (and its temporary file) cannot be created in, found before the long work. */
function checkWritable(folder: string, path: string): void {
  try {
    accessSync(folder, constants.W_OK);
  } catch (e) {
    throw new UsageError(fileErrorMessage(e, path, 'write'));
  }
}

/**
 * A folder to write into (`cadre demo --out DIR`): made when it does not exist (an empty folder
 * loses nothing); a file at that path is refused.
 */
export function outputFolder(dir: string, option: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
    throw new UsageError(`${option} ${dir} is a file, not a folder; give a folder to write into`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(fileErrorMessage(e, dir, 'write'));
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(fileErrorMessage(e, dir, 'write'));
  }
}

/** Why an existing, non-empty file must not be replaced by this output; undefined when Cadre wrote it. */
async function refusalOf(o: Output, bytes: Buffer): Promise<string | undefined> {
  switch (o.kind) {
    case 'json':
      return isCadreJson(bytes) ? undefined : `${label(o)} is not a JSON document written by Cadre; ${remedy(o)}`;
    case 'png':
      return isCadrePng(bytes) ? undefined : `${label(o)} is not a picture written by Cadre; ${remedy(o)}`;
    case 'sample': {
      const zip = await openPackage(bytes);
      return zip !== undefined && (await hasKeyword(zip, SAMPLE_KEYWORD)) ? undefined : `${label(o)} was not written by cadre sample; ${remedy(o)}`;
    }
    case 'templates': {
      const zip = await openPackage(bytes);
      if (zip === undefined || !(await hasKeyword(zip, TEMPLATES_KEYWORD))) return `${label(o)} was not written by cadre templates; ${remedy(o)}`;
      const added = (await sheetNamesOf(zip)).filter((n) => !TEMPLATE_SHEETS.some((t) => t.name === n));
      if (added.length > 0) return `${label(o)} has ${added.length === 1 ? 'a sheet' : 'sheets'} Cadre did not write (${added.map((n) => `"${n}"`).join(', ')}); ${remedy(o)}`;
      if (await hasDataRows(bytes)) return `${label(o)} has data typed into the templates, which new templates would replace; ${remedy(o)}`;
      return undefined;
    }
    case 'suggestions': {
      const zip = await openPackage(bytes);
      if (zip === undefined || !(await hasKeyword(zip, SUGGESTIONS_KEYWORD))) return `${label(o)} was not written by cadre suggest; ${remedy(o)}`;
      const added = (await sheetNamesOf(zip)).filter((n) => n !== CADRE_SHEET_NAMES.suggestions);
      if (added.length === 0) return undefined;
      return `${label(o)} has ${added.length === 1 ? 'a sheet' : 'sheets'} Cadre did not write (${added.map((n) => `"${n}"`).join(', ')}), which new suggestions would delete; move ${added.length === 1 ? 'it' : 'them'} to another workbook, or ${remedy(o)}`;
    }
    case 'boardPack': {
      const zip = await openPackage(bytes);
      if (zip === undefined || !(await hasBoardPackMarker(zip))) return `${label(o)} was not written by cadre refresh; ${remedy(o)}`;
      const names = await sheetNamesOf(zip);
      const history = DEFAULT_SHEET_NAMES.history;
      if (!names.includes(history)) {
        return `${label(o)} has no sheet named "${history}", so its history cannot be carried forward; rename its history sheet back, or ${remedy(o)}`;
      }
      const added = names.filter((n) => !BOARD_PACK_SHEETS.includes(n));
      if (added.length === 0) return undefined;
      const list = added.map((n) => `"${n}"`).join(', ');
      return `${label(o)} has ${added.length === 1 ? 'a sheet' : 'sheets'} Cadre did not write (${list}), which a refresh would delete; move ${added.length === 1 ? 'it' : 'them'} to another workbook, or ${remedy(o)}`;
    }
  }
}

/** Whether any worksheet of the package has a value or formula below its first row (read by the one .xlsx reader). */
async function hasDataRows(bytes: Buffer): Promise<boolean> {
  const source = new XlsxSource(bytes);
  let sheets;
  try {
    sheets = await source.readSheets((await source.describe()).sheets);
  } catch {
    return true; // a file that cannot be read whole is not replaced
  }
  return sheets.some((sheet) => sheet.values.slice(1).some((row) => row.some((v) => v !== null && v !== undefined && v !== '')));
}

/**
 * Whether the bytes are a JSON document Cadre writes: `cadre refresh --json` (schemaVersion, asOf,
 * minGroup, inputFingerprint), `cadre validate --json` (schemaVersion, file, canCompute, sheets) or
 * `cadre suggest --json` (schemaVersion, asOf, role, suggestions, unmatched).
 */
export function isCadreJson(bytes: Buffer): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    return false;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  if (typeof d.schemaVersion !== 'number') return false;
  const refresh = typeof d.asOf === 'string' && typeof d.minGroup === 'number' && typeof d.inputFingerprint === 'string';
  const validate = typeof d.file === 'string' && typeof d.canCompute === 'boolean' && Array.isArray(d.sheets);
  const suggest = typeof d.asOf === 'string' && typeof d.role === 'string' && Array.isArray(d.suggestions) && Array.isArray(d.unmatched);
  return refresh || validate || suggest;
}

/**
 * Writes a file Cadre makes: `write` writes it to a temporary file beside the real file (`path`, or
 * the file a link at `path` points to), which is then renamed over it; the old file's permissions are
 * kept. On failure the temporary file is removed and a system error becomes a UsageError naming
 * `path` (never the temporary name) and what to do.
 */
export async function replaceOutputFile(path: string, write: (file: string) => Promise<void> | void): Promise<void> {
  let target = path;
  let mode: number | undefined;
  let direct = false;
  try {
    const st = statSync(path);
    direct = isStream(st);
    if (!direct) {
      target = realpathSync(path);
      mode = st.mode & 0o7777;
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(fileErrorMessage(e, path, 'write'));
  }
  if (direct) {
    try {
      await write(path);
    } catch (e) {
      throw isSystemError(e) ? new UsageError(fileErrorMessage(e, path, 'write')) : e;
    }
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temporary);
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (e) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing more can be done; the message below says what failed
    }
    throw isSystemError(e) ? new UsageError(fileErrorMessage(e, path, 'write')) : e;
  }
}

/** `replaceOutputFile` with the bytes to write. */
export function writeOutputFile(path: string, bytes: string | Uint8Array): Promise<void> {
  // a temporary file is new ('wx': never through a link someone left there); a stream is written into
  return replaceOutputFile(path, (file) => writeFileSync(file, bytes, { flag: file === path ? 'w' : 'wx' }));
}

export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
}

/** What a system error means, and what to do, by its code; `path` is the user's. */
const REASONS: Record<string, { read: string; write: string }> = {
  EACCES: { read: 'permission denied; check that you may open it', write: 'permission denied; choose a folder you can write to' },
  EPERM: { read: 'permission denied; check that you may open it', write: 'permission denied; choose a folder you can write to' },
  EROFS: { read: 'the disk is read-only', write: 'the disk is read-only; choose a folder on another disk' },
  ENOSPC: { read: 'the disk is full', write: 'the disk is full; free some space or choose another disk' },
  EDQUOT: { read: 'the disk quota is used up', write: 'your disk quota is used up; free some space or choose another disk' },
  EISDIR: { read: 'it is a folder; give the path of a file', write: 'it is a folder; give the path of a file' },
  ENOENT: { read: 'no such file; check the path', write: 'its folder does not exist; create the folder first or choose another' },
  ENOTDIR: { read: 'part of its path is a file, not a folder; check the path', write: 'part of its path is a file, not a folder; check the path' },
  EBUSY: { read: 'the file is in use; close it in the program that has it open and run again', write: 'the file is in use (open in Excel?); close it and run again' },
  ETXTBSY: { read: 'the file is in use; close it and run again', write: 'the file is in use; close it and run again' },
  EXDEV: { read: 'it is on another disk', write: 'it could not be moved into place from its temporary file; choose a folder on a local disk' },
  ENAMETOOLONG: { read: 'the name is too long; choose a shorter path', write: 'the name is too long; choose a shorter path' },
  ELOOP: { read: 'its links point at each other in a circle; remove the link', write: 'its links point at each other in a circle; remove the link' },
  EMFILE: { read: 'too many files are open; close some programs and run again', write: 'too many files are open; close some programs and run again' },
  ENFILE: { read: 'too many files are open; close some programs and run again', write: 'too many files are open; close some programs and run again' },
  EIO: { read: 'the disk reported an error; check the disk', write: 'the disk reported an error; check the disk or choose another' },
  EPIPE: { read: 'the program at the other end stopped', write: 'the program reading it stopped before the end' },
  EAGAIN: { read: 'the file is busy; run again', write: 'the file is busy; run again' },
};

/** One sentence for a system error on the user's `path`: "cannot write report.json: permission denied; choose a folder you can write to". */
export function fileErrorMessage(e: unknown, path: string, action: 'read' | 'write'): string {
  const code = (e as NodeJS.ErrnoException).code ?? 'an error';
  const reason = REASONS[code]?.[action] ?? `the system reports ${code}; check the path and the disk`;
  return `cannot ${action} ${path}: ${reason}`;
}

const WRITING_CALLS = new Set(['write', 'rename', 'mkdir', 'unlink', 'rmdir', 'rm', 'copyfile', 'symlink', 'link', 'chmod', 'chown', 'utime', 'ftruncate', 'fsync', 'close']);

/**
 * The message for a system error that reached the command line's last resort (main.ts): every file
 * Cadre writes goes through `replaceOutputFile`, so what is left is mostly reading ("cannot read
 * BOOK.xlsx: permission denied; …"); a writing call (by its syscall) says "cannot write".
 */
export function systemErrorMessage(e: NodeJS.ErrnoException): string {
  const action = e.syscall !== undefined && WRITING_CALLS.has(e.syscall) ? 'write' : 'read';
  return fileErrorMessage(e, e.path ?? 'a file', action);
}
