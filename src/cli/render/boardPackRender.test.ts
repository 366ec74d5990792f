import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { ChartSpec } from '../../dashboard/chartPlan';
import type { SheetPlan, WorkbookPlan } from '../../dashboard/plan';
import { findSoffice, renderFirstPage, renderFirstSheetPng, renderPages, RenderToolMissingError } from './renderPng';
import { encodePng, stackImages } from './pngEncode';
import { BOARD_PRINT_SCALE } from '../../dashboard/boardSheet';
import type { RgbImage } from './rgbImage';
import { inkShare } from './rgbImage';
import { samplePlan } from '../../workbook/xlsx/write/samplePlan.test-helpers';
import { writePlanXlsx } from '../../workbook/xlsx/write/writePlanXlsx';

const renderIt = process.env.CADRE_LIBREOFFICE === '1' ? test : test.skip;
const DPI = 72; // one pixel a point
const run = promisify(execFile);

/** Share of pixels that differ between two renders of the same page, in a rectangle (pixels). */
function diffShare(a: RgbImage, b: RgbImage, x0: number, y0: number, x1: number, y1: number): number {
  let diff = 0;
  let all = 0;
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(a.height, Math.round(y1)); y++) {
    for (let x = Math.max(0, Math.round(x0)); x < Math.min(a.width, Math.round(x1)); x++) {
      const o = (y * a.width + x) * 3;
      if (Math.abs(a.rgb[o]! - b.rgb[o]!) + Math.abs(a.rgb[o + 1]! - b.rgb[o + 1]!) + Math.abs(a.rgb[o + 2]! - b.rgb[o + 2]!) > 30) diff++;
      all++;
    }
  }
  return all === 0 ? 0 : diff / all;
}

/** The bounding box of the pixels that differ between two renders. */
function diffBox(a: RgbImage, b: RgbImage): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const o = (y * a.width + x) * 3;
      if (Math.abs(a.rgb[o]! - b.rgb[o]!) + Math.abs(a.rgb[o + 1]! - b.rgb[o + 1]!) + Math.abs(a.rgb[o + 2]! - b.rgb[o + 2]!) > 30) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + 1);
        y1 = Math.max(y1, y + 1);
      }
    }
  }
  return { x0, y0, x1, y1 };
}

/**
 * Where a chart's anchor lies on the sheet, in points from A1's top-left corner: columns from the
 * plan's widths (a character of Calibri 11 is 7 pixels, 5.25 points), rows from its heights (15 points
 * unless planned). Only the proportions matter: the page's scale and offset are measured.
 */
function anchorBox(sheet: SheetPlan, chart: ChartSpec): { x0: number; y0: number; x1: number; y1: number } {
  const colLeft = (col: number) => {
    let x = 0;
    for (let c = 0; c < col; c++) x += (sheet.columnWidths[c] ?? 9.140625) * 5.25;
    return x;
  };
  const heights = new Map((sheet.rowHeights ?? []).map((r) => [r.row, r.height]));
  const rowTop = (row: number) => {
    let y = 0;
    for (let r = 1; r <= row; r++) y += heights.get(r) ?? 15;
    return y;
  };
  return { x0: colLeft(chart.anchor.from.col), y0: rowTop(chart.anchor.from.row), x1: colLeft(chart.anchor.to.col), y1: rowTop(chart.anchor.to.row) };
}

/** Each page's text and words (points from the page's top-left corner), as `pdftotext -bbox` reads the PDF LibreOffice prints of an .xlsx file. */
async function printedPages(xlsx: string, dir: string): Promise<{ text: string; words: { text: string; x0: number; y0: number }[] }[]> {
  const profile = `file://${resolve(dir, 'lo-profile')}`;
  await run(findSoffice(), [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, resolve(xlsx)], { timeout: 180_000 });
  const pdf = join(dir, `${basename(xlsx, '.xlsx')}.pdf`);
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!.replace(/&amp;/g, '&'), x0: Number(m[1]), y0: Number(m[2]) }));
      return { text: words.map((w) => w.text).join(' '), words };
    });
}

/** The board pack with the Board Dashboard's page setup changed (the first sheet's XML, edited in the zip). */
async function withPageSetup(xlsx: Buffer, change: (pageSetup: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  const setup = /<pageSetup [^>]*\/>/.exec(xml)![0];
  zip.file(path, xml.replace(setup, change(setup)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('the sample board pack in LibreOffice (CADRE_LIBREOFFICE=1)', () => {
  renderIt(
    'the Board Dashboard prints on two landscape pages: page 1 the title, the attention block and the tiles; page 2 each chart where its anchor says, at 88%',
    async () => {
      const dir = process.env.CADRE_CHART_RENDER_DIR ?? mkdtempSync(join(tmpdir(), 'cadre-board-render-'));
      mkdirSync(dir, { recursive: true });
      const plan = samplePlan();
      const board = plan.sheets[0]!;
      expect(board.role).toBe('board');
      expect(board.print).toMatchObject({ orientation: 'landscape', scale: BOARD_PRINT_SCALE });
      expect(board.charts.length).toBeGreaterThanOrEqual(4);
      const withoutCharts: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) };
      const packPath = join(dir, 'board-pack.xlsx');
      const plainPath = join(dir, 'board-pack-without-charts.xlsx');
      writeFileSync(packPath, await writePlanXlsx(plan, { refreshedAt: '2026-10-01T08:30:00Z' }));
      writeFileSync(plainPath, await writePlanXlsx(withoutCharts, { refreshedAt: '2026-10-01T08:30:00Z' }));

      const [page1, page2] = await renderPages(packPath, 2, { dpi: DPI });
      const [plain1, plain2] = await renderPages(plainPath, 2, { dpi: DPI });
      writeFileSync(join(dir, 'board-dashboard.png'), encodePng(stackImages([page1!, page2!], 4)));
      for (const [image, plain] of [[page1!, plain1!], [page2!, plain2!]] as const) {
        expect(image.width).toBeGreaterThan(image.height); // landscape
        expect([image.width, image.height]).toEqual([plain.width, plain.height]);
      }
      // page 1: the title, attention block and tiles, and no chart (the same with and without charts)
      expect(inkShare(page1!, 0, 0, page1!.width, page1!.height * 0.25)).toBeGreaterThan(0.01);
      expect(diffShare(page1!, plain1!, 0, 0, page1!.width, page1!.height)).toBeLessThan(0.001);

      // Map the sheet to page 2: the charts' union, in sheet points, onto the box of pixels the charts changed.
      const boxes = board.charts.map((c) => anchorBox(board, c));
      const union = { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
      const seen = diffBox(page2!, plain2!);
      const sx = (seen.x1 - seen.x0) / (union.x1 - union.x0);
      const sy = (seen.y1 - seen.y0) / (union.y1 - union.y0);
      console.log(`charts' box on page 2: ${JSON.stringify(seen)}; scale ${sx.toFixed(3)} across, ${sy.toFixed(3)} down`);
      // one scale both ways (within 10%), the charts where the widths and heights put them, none missing at an edge
      expect(Math.abs(sx / sy - 1)).toBeLessThan(0.1);
      // rows are exact in points (the widths are estimated): printed at 88%, one pixel a point
      expect(sy).toBeGreaterThan(0.85);
      expect(sy).toBeLessThan(0.91);

      board.charts.forEach((chart, i) => {
        const b = boxes[i]!;
        const px = (x: number) => seen.x0 + (x - union.x0) * sx;
        const py = (y: number) => seen.y0 + (y - union.y0) * sy;
        const w = px(b.x1) - px(b.x0);
        const h = py(b.y1) - py(b.y0);
        // the middle of the chart (10% in from each side), whatever the exact geometry
        const inner = [px(b.x0) + 0.1 * w, py(b.y0) + 0.1 * h, px(b.x1) - 0.1 * w, py(b.y1) - 0.1 * h] as const;
        const ink = inkShare(page2!, ...inner);
        const before = inkShare(plain2!, ...inner);
        const changed = diffShare(page2!, plain2!, ...inner);
        console.log(`${chart.kind} "${chart.title}": ink ${(ink * 100).toFixed(1)}% (without charts ${(before * 100).toFixed(1)}%), changed ${(changed * 100).toFixed(1)}%`);
        expect({ chart: chart.title, drawn: ink > 0.03 && changed > 0.03, emptyBefore: before < 0.005 }).toEqual({ chart: chart.title, drawn: true, emptyBefore: true });
      });
      if (process.env.CADRE_CHART_RENDER_DIR === undefined) rmSync(dir, { recursive: true, force: true });
    },
    300_000,
  );

  renderIt(
    'on Letter and on A4 the Board Dashboard is two pages, everything of it on them, at 85% or more (measured against the same page printed at 100%)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cadre-board-paper-'));
      try {
        const pack = await writePlanXlsx(samplePlan(), { refreshedAt: '2026-10-01T08:30:00Z' });
        const papers = { Letter: '1', A4: '9' } as const;
        for (const [paper, code] of Object.entries(papers)) {
          const file = join(dir, `${paper}.xlsx`);
          const at100 = join(dir, `${paper}-100.xlsx`);
          const setPaper = (setup: string) => setup.replace('<pageSetup ', `<pageSetup paperSize="${code}" `);
          writeFileSync(file, await withPageSetup(pack, setPaper));
          writeFileSync(at100, await withPageSetup(pack, (setup) => setPaper(setup).replace(`scale="${BOARD_PRINT_SCALE}"`, 'scale="100"')));
          const pages = await printedPages(file, dir);
          const says = `${paper}: ${pages.slice(0, 3).map((p, i) => `page ${i + 1}: ${p.text.slice(0, 80)}`).join(' | ')}`;
          // page 1: title, attention block, the tiles, the rightmost tile's label whole; page 2: the rest; page 3: the next sheet
          expect({ says, ok: pages[0]!.text.includes('Board Dashboard') && pages[0]!.text.includes('For the board’s attention') && pages[0]!.text.includes('Conflicts of interest found') && pages[0]!.text.includes('Bench strength for critical roles') }).toEqual({ says, ok: true });
          expect({ says, ok: pages[1]!.text.includes('Pairing equity: worst status') && pages[1]!.text.includes('How to read this page') && !pages[1]!.text.includes('Board Dashboard') }).toEqual({ says, ok: true });
          expect({ says, ok: pages[2]!.text.startsWith('Pairing equity as of') }).toEqual({ says, ok: true });
          // the scale: the title's top to the first tile's label, printed as planned and at 100% (both column A of page 1)
          const drop = (p: { words: { text: string; y0: number }[] }) => p.words.find((w) => w.text === 'Participants')!.y0 - p.words.find((w) => w.text === 'Executive')!.y0;
          const scale = drop(pages[0]!) / drop((await printedPages(at100, dir))[0]!);
          console.log(`${paper}: printed at ${(scale * 100).toFixed(1)}%`);
          expect(scale).toBeGreaterThanOrEqual(0.85);
          expect(scale).toBeLessThan(0.9);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );

  renderIt('renderFirstSheetPng writes both pages into one PNG and returns its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-board-png-'));
    try {
      const xlsx = join(dir, 'pack.xlsx');
      writeFileSync(xlsx, await writePlanXlsx(samplePlan()));
      const png = await renderFirstSheetPng(xlsx, join(dir, 'board.png'), 2, { dpi: 30 });
      expect(png).toBe(join(dir, 'board.png'));
      // IHDR's width and height: two landscape Letter pages at 30 dpi (330 × 255) and the band between them (a twelfth of an inch: 3 pixels)
      const bytes = readFileSync(png);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([330, 255 * 2 + 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('renderFirstPage without its tools', () => {
  const saved = { PATH: process.env.PATH, CADRE_SOFFICE: process.env.CADRE_SOFFICE };
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.CADRE_SOFFICE === undefined) delete process.env.CADRE_SOFFICE;
    else process.env.CADRE_SOFFICE = saved.CADRE_SOFFICE;
  });

  test('a plain error naming the missing tool', async () => {
    process.env.CADRE_SOFFICE = '/nowhere/soffice';
    await expect(renderFirstPage('pack.xlsx')).rejects.toThrow(new RenderToolMissingError('CADRE_SOFFICE names /nowhere/soffice, which does not exist.'));
    delete process.env.CADRE_SOFFICE;
    process.env.PATH = '';
    // LibreOffice may still be found where it is usually installed; pdftoppm is looked for on PATH only
    await expect(renderFirstPage('pack.xlsx')).rejects.toThrow(RenderToolMissingError);
    await expect(renderFirstPage('pack.xlsx')).rejects.toThrow(/(LibreOffice \(soffice\)|pdftoppm) was not found on PATH/);
  });

  test('a picture name that is not .png is refused before anything runs', async () => {
    await expect(renderFirstPage('pack.xlsx', { pngPath: 'board.jpg' })).rejects.toThrow("The picture's file name must end in .png: board.jpg");
  });
});
