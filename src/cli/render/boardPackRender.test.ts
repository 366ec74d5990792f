import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartSpec } from '../../dashboard/chartPlan';
import type { SheetPlan, WorkbookPlan } from '../../dashboard/plan';
import { renderFirstPage, renderFirstSheetPng, RenderToolMissingError } from './renderPng';
import type { RgbImage } from './rgbImage';
import { inkShare } from './rgbImage';
import { samplePlan } from '../../workbook/xlsx/write/samplePlan.test-helpers';
import { writePlanXlsx } from '../../workbook/xlsx/write/writePlanXlsx';

const renderIt = process.env.CADRE_LIBREOFFICE === '1' ? test : test.skip;
const DPI = 72; // one pixel a point

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

describe('the sample board pack in LibreOffice (CADRE_LIBREOFFICE=1)', () => {
  renderIt(
    'converts; page 1 is the Board Dashboard on one landscape page, each of its charts drawn where its anchor says',
    async () => {
      const dir = process.env.CADRE_CHART_RENDER_DIR ?? mkdtempSync(join(tmpdir(), 'cadre-board-render-'));
      mkdirSync(dir, { recursive: true });
      const plan = samplePlan();
      const board = plan.sheets[0]!;
      expect(board.role).toBe('board');
      expect(board.print).toMatchObject({ orientation: 'landscape', fitToOnePage: true });
      expect(board.charts.length).toBeGreaterThanOrEqual(4);
      const withoutCharts: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, charts: [] })) };
      const packPath = join(dir, 'board-pack.xlsx');
      const plainPath = join(dir, 'board-pack-without-charts.xlsx');
      writeFileSync(packPath, await writePlanXlsx(plan, { refreshedAt: '2026-10-01T08:30:00Z' }));
      writeFileSync(plainPath, await writePlanXlsx(withoutCharts, { refreshedAt: '2026-10-01T08:30:00Z' }));

      const { image, png } = await renderFirstPage(packPath, { dpi: DPI, pngPath: join(dir, 'board-dashboard.png') });
      const { image: plain } = await renderFirstPage(plainPath, { dpi: DPI });
      expect(readFileSync(png!).subarray(1, 4).toString()).toBe('PNG');
      expect(image.width).toBeGreaterThan(image.height); // landscape
      expect([image.width, image.height]).toEqual([plain.width, plain.height]);
      // the title and tiles are there in both
      expect(inkShare(image, 0, 0, image.width, image.height * 0.25)).toBeGreaterThan(0.01);

      // Map the sheet to the page: the charts' union, in sheet points, onto the box of pixels the charts changed.
      const boxes = board.charts.map((c) => anchorBox(board, c));
      const union = { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
      const seen = diffBox(image, plain);
      const sx = (seen.x1 - seen.x0) / (union.x1 - union.x0);
      const sy = (seen.y1 - seen.y0) / (union.y1 - union.y0);
      console.log(`charts' box on the page: ${JSON.stringify(seen)}; scale ${sx.toFixed(3)} across, ${sy.toFixed(3)} down`);
      // one page scale both ways (within 10%): the charts sit where the widths and heights put them, none missing at an edge
      expect(Math.abs(sx / sy - 1)).toBeLessThan(0.1);
      expect(sx).toBeLessThanOrEqual(1.01); // fitted (scaled down), never enlarged

      board.charts.forEach((chart, i) => {
        const b = boxes[i]!;
        const px = (x: number) => seen.x0 + (x - union.x0) * sx;
        const py = (y: number) => seen.y0 + (y - union.y0) * sy;
        const w = px(b.x1) - px(b.x0);
        const h = py(b.y1) - py(b.y0);
        // the middle of the chart (10% in from each side), whatever the exact geometry
        const inner = [px(b.x0) + 0.1 * w, py(b.y0) + 0.1 * h, px(b.x1) - 0.1 * w, py(b.y1) - 0.1 * h] as const;
        const ink = inkShare(image, ...inner);
        const before = inkShare(plain, ...inner);
        const changed = diffShare(image, plain, ...inner);
        console.log(`${chart.kind} "${chart.title}": ink ${(ink * 100).toFixed(1)}% (without charts ${(before * 100).toFixed(1)}%), changed ${(changed * 100).toFixed(1)}%`);
        expect({ chart: chart.title, drawn: ink > 0.03 && changed > 0.03, emptyBefore: before < 0.005 }).toEqual({ chart: chart.title, drawn: true, emptyBefore: true });
      });
      if (process.env.CADRE_CHART_RENDER_DIR === undefined) rmSync(dir, { recursive: true, force: true });
    },
    300_000,
  );

  renderIt('renderFirstSheetPng writes the PNG and returns its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-board-png-'));
    try {
      const xlsx = join(dir, 'pack.xlsx');
      writeFileSync(xlsx, await writePlanXlsx(samplePlan()));
      const png = await renderFirstSheetPng(xlsx, join(dir, 'board.png'), { dpi: 30 });
      expect(png).toBe(join(dir, 'board.png'));
      expect(existsSync(png)).toBe(true);
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
