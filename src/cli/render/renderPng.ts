import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parsePpm, type RgbImage } from './rgbImage';

const run = promisify(execFile);

/** LibreOffice or pdftoppm failed, or the request was wrong; the message says which and what to do. */
export class RenderError extends Error {
  override readonly name: string = 'RenderError';
}

/** LibreOffice (soffice) or pdftoppm is not installed: a picture cannot be made on this machine. */
export class RenderToolMissingError extends RenderError {
  override readonly name = 'RenderToolMissingError';
}

export interface RenderOptions {
  /** resolution of the picture, dots per inch; default 96 */
  readonly dpi?: number;
  /** also write the page as a PNG file here (must end in .png) */
  readonly pngPath?: string;
}

/**
 * Renders page 1 of an .xlsx file as LibreOffice prints it: `soffice --headless --convert-to pdf`
 * into a temporary folder (with its own LibreOffice profile there, so it runs beside another
 * LibreOffice), then `pdftoppm -f 1 -l 1` for the first page. Page 1 is the first sheet's first page:
 * the Board Dashboard of a board pack, which prints on one landscape page. Returns the picture as RGB
 * pixels (for `inkShare`), and the PNG path when `pngPath` is given. The temporary folder is removed.
 *
 * Throws RenderToolMissingError when soffice (LibreOffice) or pdftoppm (poppler-utils) cannot be
 * found, RenderError when one of them fails.
 */
export async function renderFirstPage(xlsxPath: string, options: RenderOptions = {}): Promise<{ image: RgbImage; png?: string }> {
  const dpi = options.dpi ?? 96;
  if (!(Number.isFinite(dpi) && dpi >= 10 && dpi <= 1200)) throw new RenderError(`The resolution ${dpi} dpi is not between 10 and 1200.`);
  if (options.pngPath !== undefined && extname(options.pngPath).toLowerCase() !== '.png') throw new RenderError(`The picture's file name must end in .png: ${options.pngPath}`);
  const soffice = findSoffice();
  const pdftoppm = findOnPath(['pdftoppm']);
  if (pdftoppm === undefined) throw new RenderToolMissingError('pdftoppm was not found on PATH; install poppler-utils to render the board pack.');
  if (!existsSync(xlsxPath)) throw new RenderError(`There is no file ${xlsxPath} to render.`);

  const dir = await mkdtemp(join(tmpdir(), 'cadre-render-'));
  try {
    const profile = `file://${resolve(dir, 'lo-profile')}`;
    await tool(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, resolve(xlsxPath)], 'LibreOffice (soffice)');
    const pdf = join(dir, `${basename(xlsxPath, extname(xlsxPath))}.pdf`);
    if (!existsSync(pdf)) throw new RenderError(`LibreOffice did not convert ${xlsxPath} to PDF (no ${basename(pdf)} was written).`);
    const page = ['-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf];
    await tool(pdftoppm, [...page, join(dir, 'page')], 'pdftoppm');
    const image = parsePpm(await readFile(join(dir, 'page.ppm')));
    if (options.pngPath === undefined) return { image };
    const png = resolve(options.pngPath);
    await tool(pdftoppm, ['-png', ...page, png.slice(0, -'.png'.length)], 'pdftoppm');
    return { image, png };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders page 1 of an .xlsx file (the first sheet, the Board Dashboard) to a PNG file; returns its path. */
export async function renderFirstSheetPng(xlsxPath: string, outPngPath: string, options: { readonly dpi?: number } = {}): Promise<string> {
  const { png } = await renderFirstPage(xlsxPath, { dpi: options.dpi, pngPath: outPngPath });
  return png!;
}

/**
 * The PNG of page 1 of an .xlsx file (the Board Dashboard), as bytes: rendered into a temporary
 * folder that is then removed, so the caller decides where and how the picture is written.
 */
export async function renderFirstSheetPngBytes(xlsxPath: string, options: { readonly dpi?: number } = {}): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'cadre-png-'));
  try {
    const { png } = await renderFirstPage(xlsxPath, { dpi: options.dpi, pngPath: join(dir, 'page.png') });
    return await readFile(png!);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's command: `CADRE_SOFFICE`, else soffice or libreoffice on PATH, else the usual install places. */
export function findSoffice(): string {
  const fromEnv = process.env.CADRE_SOFFICE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new RenderToolMissingError(`CADRE_SOFFICE names ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found =
    findOnPath(['soffice', 'libreoffice']) ??
    ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'].find((p) =>
      existsSync(p),
    );
  if (found === undefined) throw new RenderToolMissingError('LibreOffice (soffice) was not found on PATH; install LibreOffice (or set CADRE_SOFFICE) to render the board pack.');
  return found;
}

function findOnPath(commands: readonly string[]): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const command of commands) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir === '') continue;
      for (const ext of exts) {
        const p = join(dir, command + ext);
        if (existsSync(p)) return p;
      }
    }
  }
  return undefined;
}

async function tool(command: string, args: readonly string[], what: string): Promise<void> {
  try {
    await run(command, args, { timeout: 180_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as Error & { stderr?: string; killed?: boolean; code?: unknown };
    const detail = err.killed ? 'it did not finish within 3 minutes' : (err.stderr ?? '').trim().split('\n')[0] || err.message;
    throw new RenderError(`${what} failed: ${detail}`);
  }
}
