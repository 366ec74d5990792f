import { columnLetters, parseA1Range, type CellRange } from '../excel/a1Address';
import type { CellStyle, PlanValue, SheetPlan } from './plan';

/*
 * Long text on a Cadre sheet must be readable in full wherever it is opened or printed. Excel and
 * LibreOffice wrap a cell's text only when the cell says so, and neither grows a row for the wrapped
 * lines of a merged area (Excel does not auto-fit rows of merged cells; a row whose height the file
 * states is never auto-fitted either). So the plan has to say how tall each row must be. This module
 * estimates it from the plan alone — there is no font engine here — and errs on the tall side.
 *
 * Measures:
 * - Column widths are Excel's character units as the plan gives them (and the writers store them): a
 *   width w is about 7·w pixels at 96 dpi (Calibri 11's digit is 7 pixels wide); a cell keeps
 *   5 pixels of it as margins. A column the plan gives no width has Excel's default, 8.43.
 * - Text widths come from Calibri's advance widths (Carlito, LibreOffice's stand-in, has the same
 *   metrics), taking for each character the widest of the regular, bold and italic faces, and then
 *   10% more. Characters outside the table count as wide as a capital M; CJK as a full em.
 * - One line of text takes 4/3 of its font size, rounded up to a whole pixel (0.75 point): Excel's
 *   row of Calibri 11 is 15 points, of 9 points 12.
 */

/** Excel's default row height (Calibri 11), points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** The tallest row Excel allows, points. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's default column width, characters (ExcelJS writes no width for such a column). */
export const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_FONT_SIZE = 11;
/** pixels of a column width unit (Calibri 11's digit at 96 dpi) */
const PIXELS_PER_WIDTH_UNIT = 7;
/** pixels of a cell (or merged area) that text cannot use: Excel's margins */
const CELL_MARGIN_PIXELS = 5;
/** the safety margin on measured text */
const TEXT_SAFETY = 1.1;

const UNITS_PER_EM = 2048;
/**
 * Calibri's advance widths in font units (2,048 to the em) for the characters U+0020–U+007E, the
 * widest of its regular, bold and italic faces (measured on Carlito, which is metric-compatible).
 */
const ASCII_UNITS = [
  463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880,
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
  1840, 1241, 1148, 1092, 1291, 1000, 941, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
  1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
  615, 1053, 1099, 866, 1099, 1031, 648, 1053, 1099, 503, 523, 983, 503, 1666, 1099, 1101,
  1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
];
/** a few characters Cadre's texts use outside ASCII (en and em dash, middle dot, quotes, ellipsis, χ, ², …) */
const OTHER_UNITS: Readonly<Record<string, number>> = {
  '–': 1020,
  '—': 1854,
  '−': 1020,
  '·': 548,
  '’': 528,
  '‘': 528,
  '“': 891,
  '”': 891,
  '…': 1457,
  'χ': 923,
  '²': 692,
  '±': 1020,
  '×': 1020,
  '≤': 1020,
  '≥': 1020,
  '→': 2048,
};

/**
 * Each UTF-16 code unit's width in font units: ASCII_UNITS and OTHER_UNITS, else as wide as a capital
 * M (1,856) below U+2E80 and a full em from there (CJK); each half of a surrogate pair half an em.
 */
const UNITS = (() => {
  const units = new Uint16Array(0x10000).fill(1856);
  units.fill(UNITS_PER_EM, 0x2e80);
  units.fill(UNITS_PER_EM / 2, 0xd800, 0xe000);
  ASCII_UNITS.forEach((u, i) => (units[0x20 + i] = u));
  for (const [ch, u] of Object.entries(OTHER_UNITS)) units[ch.charCodeAt(0)] = u;
  return units;
})();

/** the width of `text` in font units */
function textUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += UNITS[text.charCodeAt(i)]!;
  return units;
}

/** pixels (96 dpi) of one font unit at `size` points, with the safety margin */
const pixelsPerUnit = (size: number) => ((size * 96) / 72 / UNITS_PER_EM) * TEXT_SAFETY;

/**
 * The width of `text` on one line, in pixels at 96 dpi, at `size` points: by Calibri's widths,
 * plus 10%.
 *
 * @example Math.round(textPixels('0000000000', 11)) // 82: ten digits of 7.4 pixels, plus 10%
 */
export function textPixels(text: string, size = DEFAULT_FONT_SIZE): number {
  return textUnits(text) * pixelsPerUnit(size);
}

/**
 * The pixels a cell or merged area of these column widths (characters) offers its text: 7 pixels a
 * width unit, less the cell's 5 pixels of margins.
 *
 * @example areaPixels([10, 10, 10]) // 205
 */
export function areaPixels(widths: readonly number[]): number {
  return roomPixels(widths.reduce((sum, w) => sum + Math.max(0, w), 0));
}

/** the pixels for text in a cell or merged area `width` characters wide */
const roomPixels = (width: number) => Math.max(0, width * PIXELS_PER_WIDTH_UNIT - CELL_MARGIN_PIXELS);

/**
 * How many lines `text` takes when wrapped in `pixels` at `size` points: each paragraph (explicit
 * line breaks count) filled word by word, a word wider than the line broken where it no longer fits,
 * an empty paragraph one line.
 *
 * @example wrappedLines('Retention at 12 months', 80) // 3: "Retention" / "at 12" / "months"
 * @example wrappedLines('a\n\nb', 200) // 3
 */
export function wrappedLines(text: string, pixels: number, size = DEFAULT_FONT_SIZE): number {
  const unit = pixelsPerUnit(size);
  const room = Math.max(pixels, 1) / unit; // the line, in font units
  const space = UNITS[0x20]!;
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines += 1;
    let used = 0; // units on the current line
    for (const word of paragraph.split(' ')) {
      const w = textUnits(word);
      const gap = used > 0 ? space : 0;
      if (used + gap + w <= room) {
        used += gap + w;
        continue;
      }
      if (used > 0) {
        lines += 1;
        used = 0;
      }
      if (w <= room) {
        used = w;
        continue;
      }
      // a word longer than a line: broken character by character
      for (let i = 0; i < word.length; i++) {
        const c = UNITS[word.charCodeAt(i)]!;
        if (used > 0 && used + c > room) {
          lines += 1;
          used = 0;
        }
        used += c;
      }
    }
  }
  return lines;
}

/**
 * The height in points that `lines` lines of text at `size` points need: a line is 4/3 of the size,
 * rounded up to a whole pixel (0.75 point) — Excel's 15 points a line of Calibri 11, 12 of 9 points.
 *
 * @example linesHeight(1, 11) // 15
 * @example linesHeight(3, 10) // 40.5: 13.33 points a line, 13.5 in whole pixels
 */
export function linesHeight(lines: number, size = DEFAULT_FONT_SIZE): number {
  return lines * Math.ceil((size * 4) / 3 / 0.75 - 1e-9) * 0.75;
}

/** What one text cell needs: its rows, and the height in points its text takes. */
interface Need {
  readonly area: CellRange;
  readonly height: number;
}

/**
 * The sheet plan with every long text made fully visible: text that cannot spill into the cells
 * beside it (in a merged area, beside a cell that holds a value, or with line breaks) is wrapped,
 * and every row holding wrapped text is made tall enough for its lines.
 *
 * - Wrapped text: the width is its cell's, or its merged area's (the sum of the column widths);
 *   the lines are estimated as `wrappedLines` does; the height is `linesHeight` at the cell's font
 *   size (11 unless styled).
 * - A text cell whose style does not say `wrap` is wrapped (a style `{ wrap: true }` added for it)
 *   only when its one line would be cut: wider than its merged area, or wider than its cell and the
 *   empty cells it could spill into. A style that says `wrap: false` is left alone.
 * - Heights: a row too short for its text grows; a row already as tall (a height the plan set, or the
 *   default 15 points) keeps its height; nothing shrinks. A merged area over several rows grows
 *   only if all its rows together are too short; the extra is spread evenly over its rows that hold
 *   nothing else (over all its rows when each holds something), so a table beside it keeps its rows.
 *   No row grows past Excel's 409 points.
 *
 * Pure: the plan is not changed; a plan that needs nothing is returned as it is.
 *
 * @example
 * // the header "Impact ratio" (bold, wrapped) in a 10-character column: 83 pixels of text in 65,
 * // two lines of 15 points, so row 3 becomes 30 points tall
 * fitWrappedRows({ ...emptySheet('equity', 'E'), columnWidths: [10],
 *   blocks: [{ at: 'A3', values: [['Impact ratio']] }],
 *   styles: [{ range: 'A3', style: { bold: true, wrap: true } }] }).rowHeights // [{ row: 3, height: 30 }]
 */
export function fitWrappedRows(sheet: SheetPlan): SheetPlan {
  const cells = valuedCells(sheet);
  const texts: { row: number; column: number; text: string }[] = [];
  for (const [key, v] of cells) if (typeof v === 'string' && v !== '') texts.push({ row: Math.floor(key / COLUMNS), column: key % COLUMNS, text: v });
  if (texts.length === 0) return sheet;

  const widthOf = (column: number) => sheet.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
  const merges = sheet.merges.map((m) => parseA1Range(m)).filter((m) => m.row1 !== m.row2 || m.col1 !== m.col2);
  const mergeAt = new Map<number, CellRange>();
  const merged = new Set<number>();
  for (const m of merges) {
    mergeAt.set(keyOf(m.row1, m.col1), m);
    for (let r = m.row1; r <= m.row2; r++) for (let c = m.col1; c <= m.col2; c++) merged.add(keyOf(r, c));
  }
  const occupied = (row: number, column: number) => cells.has(keyOf(row, column)) || merged.has(keyOf(row, column));
  let lastColumn = Math.max(sheet.columnWidths.length, ...merges.map((m) => m.col2));
  for (const key of cells.keys()) lastColumn = Math.max(lastColumn, key % COLUMNS);

  const styleOf = cellStyles(sheet, new Set(texts.map((t) => t.row)));
  const wrapAdded: { row: number; column: number }[] = [];
  const needs: Need[] = [];

  for (const { row, column, text } of texts) {
    const key = keyOf(row, column);
    if (merged.has(key) && !mergeAt.has(key)) continue; // hidden under a merged area
    const area = mergeAt.get(key) ?? { row1: row, col1: column, row2: row, col2: column };
    const style = styleOf(row, column);
    const size = style.size ?? DEFAULT_FONT_SIZE;
    let width = 0;
    for (let c = area.col1; c <= area.col2; c++) width += Math.max(0, widthOf(c));
    const room = roomPixels(width);
    let wrap = style.wrap === true;
    if (style.wrap === undefined && (text.includes('\n') || text.includes('\r') || !oneLineFits(text, size, room, area, mergeAt.has(key), style.horizontal))) {
      wrap = true;
      wrapAdded.push({ row, column });
    }
    if (wrap) needs.push({ area, height: linesHeight(wrappedLines(text, room, size), size) });
  }

  function oneLineFits(text: string, size: number, room: number, area: CellRange, isMerged: boolean, horizontal: CellStyle['horizontal']): boolean {
    const excess = textPixels(text, size) - room;
    if (excess <= 0) return true;
    if (isMerged) return false; // a merged area's text never spills out of it
    const spill = (step: 1 | -1, need: number): boolean => {
      let got = 0;
      for (let c = area.col1 + step; ; c += step) {
        if (c < 1) return false;
        if (c > lastColumn) return true; // nothing further right
        if (occupied(area.row1, c)) return false;
        got += widthOf(c) * PIXELS_PER_WIDTH_UNIT;
        if (got >= need) return true;
      }
    };
    if (horizontal === 'right') return spill(-1, excess);
    if (horizontal === 'center') return spill(-1, excess / 2) && spill(1, excess / 2);
    return spill(1, excess);
  }

  const planned = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const heights = new Map(planned);
  const heightOf = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  const grow = (row: number, height: number) => {
    const h = Math.min(MAX_ROW_HEIGHT, Math.ceil(height * 4 - 1e-9) / 4);
    if (h > heightOf(row)) heights.set(row, h);
  };
  // one-row areas first, so a merged area over several rows sees the heights its rows already have
  for (const need of needs) if (need.area.row1 === need.area.row2) grow(need.area.row1, need.height);
  for (const need of needs) {
    const { row1, row2 } = need.area;
    if (row1 === row2) continue;
    let have = 0;
    for (let r = row1; r <= row2; r++) have += heightOf(r);
    if (need.height <= have) continue;
    const rows: number[] = [];
    for (let r = row1; r <= row2; r++) if (!holdsOtherThan(r, need.area)) rows.push(r);
    if (rows.length === 0) for (let r = row1; r <= row2; r++) rows.push(r);
    const extra = (need.height - have) / rows.length;
    for (const r of rows) grow(r, heightOf(r) + extra);
  }

  /** does the row hold a value, or a merged area, outside `area`? */
  function holdsOtherThan(row: number, area: CellRange): boolean {
    for (let c = 1; c <= lastColumn; c++) if ((c < area.col1 || c > area.col2) && occupied(row, c)) return true;
    return false;
  }

  const changedRows = [...heights].filter(([row, h]) => planned.get(row) !== h);
  if (changedRows.length === 0 && wrapAdded.length === 0) return sheet;
  const rowHeights = [...heights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row);
  return { ...sheet, styles: [...sheet.styles, ...wrapStyles(wrapAdded)], rowHeights };
}

/** Cell keys: row and column (1-based) in one number. */
const COLUMNS = 20_000;
const keyOf = (row: number, column: number) => row * COLUMNS + column;

/** The cells the plan's blocks give a value, by key (a later block wins; null empties a cell) — `planCells` without A1 text. */
function valuedCells(sheet: SheetPlan): Map<number, Exclude<PlanValue, null>> {
  const cells = new Map<number, Exclude<PlanValue, null>>();
  for (const block of sheet.blocks) {
    const { row1: top, col1: left } = parseA1Range(block.at);
    block.values.forEach((values, r) =>
      values.forEach((v, c) => {
        if (v === null) cells.delete(keyOf(top + r, left + c));
        else cells.set(keyOf(top + r, left + c), v);
      }),
    );
  }
  return cells;
}

/**
 * The style of each cell, merged from the plan's styles in order property by property (as the
 * writers apply them), for the rows asked for only.
 */
function cellStyles(sheet: SheetPlan, rows: ReadonlySet<number>): (row: number, column: number) => CellStyle {
  const byRow = new Map<number, { range: CellRange; style: CellStyle }[]>();
  for (const s of sheet.styles) {
    const range = parseA1Range(s.range);
    for (let r = range.row1; r <= range.row2; r++) {
      if (!rows.has(r)) continue;
      let list = byRow.get(r);
      if (list === undefined) byRow.set(r, (list = []));
      list.push({ range, style: s.style });
    }
  }
  return (row, column) => {
    let style: CellStyle = {};
    for (const s of byRow.get(row) ?? []) if (s.range.col1 <= column && column <= s.range.col2) style = { ...style, ...definedOnly(s.style) };
    return style;
  };
}

/** the properties a style sets (one written `wrap: undefined` does not unset an earlier one) */
function definedOnly(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as CellStyle;
}

/** `{ wrap: true }` styles for these cells, one range per run of consecutive rows in a column. */
function wrapStyles(cells: readonly { row: number; column: number }[]): { range: string; style: CellStyle }[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: { range: string; style: CellStyle }[] = [];
  let i = 0;
  while (i < sorted.length) {
    const { row, column } = sorted[i]!;
    let last = row;
    while (i + 1 < sorted.length && sorted[i + 1]!.column === column && sorted[i + 1]!.row === last + 1) last = sorted[++i]!.row;
    i += 1;
    const col = columnLetters(column);
    out.push({ range: last === row ? `${col}${row}` : `${col}${row}:${col}${last}`, style: { wrap: true } });
  }
  return out;
}
