import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { encodePng, stackImages } from './pngEncode';
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
 * Renders the first `pages` pages of an .xlsx file as LibreOffice prints it: `soffice --headless
 * --convert-to pdf` into a temporary folder (with its own LibreOffice profile there, so it runs beside
 * another LibreOffice), then `pdftoppm -f 1 -l pages`. The first pages are the first sheet's: the
 * Board Dashboard of a board pack, which prints on two landscape pages. Returns each page as RGB
 * pixels (for `inkShare`). The temporary folder is removed.
 *
 * Throws RenderToolMissingError when soffice (LibreOffice) or pdftoppm (poppler-utils) cannot be
 * found, RenderError when one of them fails or the file prints on fewer pages.
 */
export async function renderPages(xlsxPath: string, pages: number, options: { readonly dpi?: number } = {}): Promise<RgbImage[]> {
  const dpi = options.dpi ?? 96;
  if (!(Number.isFinite(dpi) && dpi >= 10 && dpi <= 1200)) throw new RenderError(`The resolution ${dpi} dpi is not between 10 and 1200.`);
  if (!(Number.isInteger(pages) && pages >= 1 && pages <= 100)) throw new RenderError(`The number of pages ${pages} is not from 1 to 100.`);
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
    const images: RgbImage[] = [];
    for (let page = 1; page <= pages; page++) {
      const stem = join(dir, `page-${page}`);
      await tool(pdftoppm, ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, stem], 'pdftoppm');
      if (!existsSync(`${stem}.ppm`)) throw new RenderError(`${xlsxPath} prints on fewer than ${pages} pages in LibreOffice.`);
      images.push(parsePpm(await readFile(`${stem}.ppm`)));
    }
    return images;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders page 1 of an .xlsx file (the Board Dashboard's first page), as `renderPages`; also writes it as a PNG file when `pngPath` is given. */
export async function renderFirstPage(xlsxPath: string, options: RenderOptions = {}): Promise<{ image: RgbImage; png?: string }> {
  if (options.pngPath !== undefined && extname(options.pngPath).toLowerCase() !== '.png') throw new RenderError(`The picture's file name must end in .png: ${options.pngPath}`);
  const [image] = await renderPages(xlsxPath, 1, options);
  if (options.pngPath === undefined) return { image: image! };
  const png = resolve(options.pngPath);
  await writeFile(png, encodePng(image!));
  return { image: image!, png };
}

/** Renders the first `pages` pages of an .xlsx file (the Board Dashboard's) to one PNG file, one page below the other; returns its path. */
export async function renderFirstSheetPng(xlsxPath: string, outPngPath: string, pages: number, options: { readonly dpi?: number } = {}): Promise<string> {
  if (extname(outPngPath).toLowerCase() !== '.png') throw new RenderError(`The picture's file name must end in .png: ${outPngPath}`);
  const png = resolve(outPngPath);
  await writeFile(png, await renderFirstSheetPngBytes(xlsxPath, pages, options));
  return png;
}

/**
 * The PNG of the first `pages` pages of an .xlsx file (the Board Dashboard's), one below the other
 * with a grey band between, as bytes: the caller decides where and how the picture is written.
 */
export async function renderFirstSheetPngBytes(xlsxPath: string, pages: number, options: { readonly dpi?: number } = {}): Promise<Buffer> {
  const images = await renderPages(xlsxPath, pages, options);
  const dpi = options.dpi ?? 96;
  return encodePng(stackImages(images, Math.max(2, Math.round(dpi / 12)), [200, 200, 200]));
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
