/**
 * Long text in the board pack, printed by LibreOffice (CADRE_LIBREOFFICE=1): every text of the
 * Board Dashboard, the Equity Detail's header and first rows, and the Definitions table must be on
 * the PDF page complete — every word, inside the printable area, and drawn, not cut by its row.
 *
 * How each text is checked, on `cadre refresh`'s board pack converted by `soffice --convert-to pdf`:
 * - **complete**: its characters (whitespace aside) follow one another among the page's words as
 *   `pdftotext -bbox` reads them. LibreOffice leaves out the letters a cell cuts at its right edge
 *   ("no access tests: the inputs they need are mis").
 * - **on the page**: the middle of each of those words lies inside the page less the sheet's margins
 *   (Excel's defaults, 0.7 inch left and right and 0.75 top and bottom, unless the sheet sets its own
 *   as the Board Dashboard does). LibreOffice
 *   keeps the words it pushes past the margin in the PDF's text ("How to read this page" ran on below
 *   the margin).
 * - **drawn**: in the page's picture (216 dpi), the band of each word where every letter has ink (the
 *   middle of its x-height) holds glyph pixels in at least half its pixel rows, and for a word of
 *   three letters or more, near its end too. A second line cut off by a row too short for it is in
 *   the PDF's text, but not on the page ("Impact" / "ratio" in a one-line header).
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findSoffice } from '../src/cli/render/renderPng';
import { parsePpm, type RgbImage } from '../src/cli/render/rgbImage';
import { runCadre } from './runCadre.test-helpers';

const run = promisify(execFile);
const renderIt = process.env.CADRE_LIBREOFFICE === '1' ? test : test.skip;
const IBM = join(__dirname, '..', '..', 'shared', 'data', 'ibm-hr-attrition.xlsx');
const TODAY = new Date(Date.UTC(2026, 11, 4));
const DPI = 216;
/** a sheet's page margins in points: Excel's defaults (0.7 inch left and right, 0.75 top and bottom) unless the sheet sets its own */
type Margins = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
const DEFAULT_MARGINS: Margins = { left: 0.7 * 72, right: 0.7 * 72, top: 0.75 * 72, bottom: 0.75 * 72 };

interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}
interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

/**
 * Text as compared: whitespace aside, compatibility forms folded (ligatures), and without the
 * subscript letters (ₙ, ⱼ …), which LibreOffice draws from a fallback font whose glyphs pdftotext
 * cannot turn back into characters (they are on the page, not in the PDF's text).
 */
const plain = (s: string) => s.replace(/[\u2090-\u209c\u2c7c]/gu, '').normalize('NFKC').replace(/\s+/g, '');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The PDF LibreOffice prints of an .xlsx file, with its own profile in a temporary folder. */
async function printPdf(xlsx: string, dir: string): Promise<string> {
  const profile = `file://${resolve(dir, 'lo-profile')}`;
  await run(findSoffice(), [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, resolve(xlsx)], { timeout: 180_000 });
  const pdf = join(dir, `${basename(xlsx, '.xlsx')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF of ${xlsx}`);
  return pdf;
}

/**
 * Every page's words with their boxes (points from the top-left corner), as pdftotext -bbox gives
 * them, in the order they are drawn (-raw): LibreOffice draws a cell's lines together, where reading
 * order would interleave them with the cells beside.
 */
async function pdfWords(pdf: string): Promise<Page[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-raw', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((chunk) => ({
      width: Number(/width="([\d.]+)"/.exec(chunk)![1]),
      height: Number(/height="([\d.]+)"/.exec(chunk)![1]),
      words: [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: unescape(m[5]!),
      })),
    }));
}

/** A PDF's pages as pictures, made when first asked for. */
function pictures(pdf: string, dir: string): (page: number) => Promise<RgbImage> {
  const made = new Map<number, RgbImage>();
  return async (page) => {
    const done = made.get(page);
    if (done) return done;
    const stem = join(dir, `page-${page}`);
    await run('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-singlefile', pdf, stem], { timeout: 120_000 });
    const image = parsePpm(readFileSync(`${stem}.ppm`));
    made.set(page, image);
    return image;
  };
}

/** Pixel rows of a box that hold glyph pixels: some pixel far (in brightness) from the row's median, the background. */
function glyphRows(img: RgbImage, x0: number, x1: number, y0: number, y1: number): { rows: number; withGlyphs: number } {
  const k = DPI / 72;
  let rows = 0;
  let withGlyphs = 0;
  for (let y = Math.round(y0 * k); y < Math.round(y1 * k); y++) {
    const lum: number[] = [];
    for (let x = Math.floor(x0 * k); x < Math.ceil(x1 * k); x++) {
      const o = (y * img.width + x) * 3;
      lum.push(img.rgb[o]! + img.rgb[o + 1]! + img.rgb[o + 2]!);
    }
    const median = [...lum].sort((a, b) => a - b)[Math.floor(lum.length / 2)]!;
    rows++;
    if (lum.some((l) => Math.abs(l - median) > 150)) withGlyphs++;
  }
  return { rows, withGlyphs };
}

/**
 * Is the word on the page drawn in full: glyphs across the middle of its x-height, and near its end
 * when it ends in a letter or digit? (A word of dashes, quotes or dots alone is not judged: such marks
 * may sit above or below that band.)
 */
function drawn(img: RgbImage, w: Word): boolean {
  if (!/[\p{L}\p{N}]/u.test(w.text)) return true;
  const h = w.y1 - w.y0;
  const band = [w.y0 + 0.4 * h, w.y0 + 0.58 * h] as const;
  const all = glyphRows(img, w.x0, w.x1, ...band);
  if (all.withGlyphs * 2 < all.rows) return false;
  if (w.text.length < 3 || !/[A-Za-z0-9]$/.test(w.text)) return true;
  const end = glyphRows(img, w.x1 - 0.3 * (w.x1 - w.x0), w.x1, ...band);
  return end.withGlyphs > 0;
}

/** Where `text` is printed in full (page number from 1, its words), or what is wrong with each place it is found. */
async function printed(pages: readonly Page[], picture: (page: number) => Promise<RgbImage>, text: string, margin: Margins): Promise<{ page: number } | { problems: string[] }> {
  const want = plain(text);
  const problems: string[] = [];
  for (const [p, page] of pages.entries()) {
    // the page's characters, each with the word it belongs to
    let chars = '';
    const owner: number[] = [];
    page.words.forEach((w, i) => {
      const t = plain(w.text);
      chars += t;
      for (let c = 0; c < t.length; c++) owner.push(i);
    });
    for (let at = chars.indexOf(want); at >= 0; at = chars.indexOf(want, at + 1)) {
      const words = page.words.slice(owner[at], owner[at + want.length - 1]! + 1);
      // a word's middle inside the margins (a large title's box may reach a little above its row)
      const off = words.filter((w) => {
        const [x, y] = [(w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2];
        return x < margin.left || x > page.width - margin.right || y < margin.top || y > page.height - margin.bottom;
      });
      if (off.length > 0) {
        problems.push(`page ${p + 1}: past the printable area: ${off.map((w) => w.text).join(' ')}`);
        continue;
      }
      const img = await picture(p + 1);
      const cut = words.filter((w) => !drawn(img, w));
      if (cut.length > 0) {
        problems.push(`page ${p + 1}: not drawn (cut): ${cut.map((w) => w.text).join(' ')}`);
        continue;
      }
      return { page: p + 1 };
    }
  }
  return { problems: problems.length > 0 ? problems : ['not found complete on any page'] };
}

/** The text cells of a sheet of the file (a merged area once), in reading order, with their addresses; and the sheet's page margins. */
async function texts(xlsx: string, sheet: string, rows?: (row: number) => boolean): Promise<{ cells: { address: string; text: string }[]; margins: Margins }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${xlsx}`);
  const out: { address: string; text: string }[] = [];
  ws.eachRow((row, r) => {
    if (rows && !rows(r)) return;
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value === 'string' && cell.value.trim() !== '') out.push({ address: cell.address, text: cell.value });
    });
  });
  const m = ws.pageSetup.margins;
  const margins = m ? { left: m.left * 72, right: m.right * 72, top: m.top * 72, bottom: m.bottom * 72 } : DEFAULT_MARGINS;
  return { cells: out, margins };
}

/** Checks every text of the selection; returns what is not printed in full, and how many were checked. */
async function check(xlsx: string, selection: readonly { sheet: string; rows?: (row: number) => boolean; expect?: readonly string[] }[], dir: string) {
  const pdf = await printPdf(xlsx, dir);
  const pages = await pdfWords(pdf);
  const picture = pictures(pdf, dir);
  const wrong: string[] = [];
  let checked = 0;
  for (const { sheet, rows, expect: expected = [] } of selection) {
    const { cells, margins } = await texts(xlsx, sheet, rows);
    for (const text of expected) if (!cells.some((c) => c.text === text)) wrong.push(`${sheet}: no cell holds ${JSON.stringify(text)}`);
    for (const { address, text } of cells) {
      const result = await printed(pages, picture, text, margins);
      checked++;
      if ('problems' in result) wrong.push(`${sheet}!${address} ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}: ${result.problems.join('; ')}`);
    }
  }
  return { wrong, checked, pages: pages.length };
}

describe('long text in the board pack is printed in full by LibreOffice (CADRE_LIBREOFFICE=1)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-long-text-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  renderIt(
    'the IBM HR workbook: the board’s "no access tests" row and its note on method, the Equity Detail’s headers, the Definitions',
    async () => {
      if (!existsSync(IBM)) throw new Error(`this test needs ${IBM}: the project's shared folder beside the checkout`);
      const pack = join(dir, 'ibm-pack.xlsx');
      const r = await runCadre(TODAY, 'refresh', IBM, '--out', pack, '--as-of', '2026-09-30');
      expect(r.code).toBe(0);
      const { wrong, checked } = await check(
        pack,
        [
          { sheet: 'Board Dashboard', expect: ['no access tests: the inputs they need are missing'] },
          { sheet: 'Equity Detail', expect: ['Impact ratio', 'Gap to best', 'no access test: the inputs they need are missing'] },
          { sheet: 'Definitions', rows: (row) => row >= 2 && row <= 20 },
        ],
        dir,
      );
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    },
    300_000,
  );

  renderIt(
    'the sample program: the Board Dashboard, the Equity Detail’s header and first rows, the Definitions',
    async () => {
      const book = join(dir, 'sample.xlsx');
      expect((await runCadre(TODAY, 'sample', '--out', book)).code).toBe(0);
      const pack = join(dir, 'sample-pack.xlsx');
      expect((await runCadre(TODAY, 'refresh', book, '--out', pack, '--as-of', '2026-09-30')).code).toBe(0);
      const { wrong, checked } = await check(
        pack,
        [
          { sheet: 'Board Dashboard', expect: [] },
          { sheet: 'Equity Detail', rows: (row) => row <= 12, expect: ['Impact ratio'] },
          { sheet: 'Definitions', rows: (row) => row >= 2 && row <= 20 },
        ],
        dir,
      );
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(150);
    },
    300_000,
  );
});
