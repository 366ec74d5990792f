import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../../dashboard/plan';
import { PlanWriteError } from './planWriteError';

/**
 * The distinct cell styles of a workbook, numbered, so that a cell carries one small integer and
 * each distinct style becomes one ExcelJS style object, shared by every cell that has it.
 *
 * Style 0 is "no style". `merge(id, style)` gives the style of a cell styled `id` once `style` is
 * applied on top of it: property by property, later wins (a later `{ bold: true }` keeps an earlier
 * fill). Results are memoised per applied range, so styling a range of 100,000 cells costs 100,000
 * map look-ups, not 100,000 new objects.
 *
 * Quote prefix: ExcelJS 4.4 cannot write the `quotePrefix` attribute of a cell format (its style
 * model has no such field; exceljs/exceljs#2809 is an open pull request). A cell that needs it gets
 * its style with `alignment.readingOrder = 'ltr'` as a marker, which ExcelJS writes as
 * `readingOrder="1"` on the format's `<alignment>`; `applyQuotePrefix` (packagePatches.ts) then
 * swaps that marker for `quotePrefix="1"` in xl/styles.xml. Nothing else in a plan sets a reading
 * order, so the marker is unambiguous.
 */
export class StyleTable {
  private readonly styles: CellStyle[] = [{}];
  private readonly ids = new Map<string, number>([[styleKey({}), 0]]);
  private readonly excel = new Map<number, Partial<ExcelJS.Style>>();
  /** how many distinct quote-prefixed styles cells were given (the patch must find at least one format when this is not 0) */
  quotedStyles = 0;

  /** A memo for one applied style: previous style id → merged style id. */
  merger(style: CellStyle, where: string): (id: number) => number {
    checkStyle(style, where);
    const defined = definedProps(style);
    const memo = new Map<number, number>();
    return (id) => {
      let out = memo.get(id);
      if (out === undefined) {
        out = this.idOf({ ...this.styles[id], ...defined });
        memo.set(id, out);
      }
      return out;
    };
  }

  /** The ExcelJS style of a style id, with the quote-prefix marker or not (one shared object each). */
  excelStyle(id: number, quotePrefix: boolean): Partial<ExcelJS.Style> {
    const key = id * 2 + (quotePrefix ? 1 : 0);
    let out = this.excel.get(key);
    if (out === undefined) {
      out = toExcelStyle(this.styles[id], quotePrefix);
      this.excel.set(key, out);
      if (quotePrefix) this.quotedStyles++;
    }
    return out;
  }

  private idOf(style: CellStyle): number {
    const key = styleKey(style);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }
}

/** The reading-order value used as the quote-prefix marker (see StyleTable). */
export const QUOTE_PREFIX_MARKER = { readingOrder: 'ltr' } as const;

const HEX = /^[0-9A-Fa-f]{6}$/;

/** A colour of the plan (RRGGBB) as ExcelJS wants it (AARRGGBB); a plain error for anything else. */
export function argb(hex: string, where: string): string {
  if (!HEX.test(hex)) throw new PlanWriteError(`${where}: the colour "${hex}" is not hex RRGGBB.`);
  return `FF${hex.toUpperCase()}`;
}

function checkStyle(style: CellStyle, where: string): void {
  if (style.color !== undefined) argb(style.color, where);
  if (style.fill !== undefined) argb(style.fill, where);
  if (style.size !== undefined && !(Number.isFinite(style.size) && style.size > 0 && style.size <= 409)) {
    throw new PlanWriteError(`${where}: the font size ${style.size} is not between 1 and 409 points.`);
  }
}

function definedProps(style: CellStyle): CellStyle {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style)) if (v !== undefined) out[k] = v;
  return out as CellStyle;
}

function styleKey(style: CellStyle): string {
  return JSON.stringify(Object.keys(style).sort().map((k) => [k, style[k as keyof CellStyle]]));
}

/** ExcelJS's default font (Calibri 11, theme text colour), the base of every font Cadre sets. */
const BASE_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, scheme: 'minor', size: 11 };

function toExcelStyle(s: CellStyle, quotePrefix: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.bold !== undefined || s.italic !== undefined || s.size !== undefined || s.color !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...BASE_FONT, color: s.color !== undefined ? { argb: `FF${s.color.toUpperCase()}` } : { theme: 1 } };
    if (s.size !== undefined) font.size = s.size;
    if (s.bold) font.bold = true;
    if (s.italic) font.italic = true;
    out.font = font;
  }
  if (s.fill !== undefined) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill.toUpperCase()}` } };
  if (s.numberFormat !== undefined) out.numFmt = s.numberFormat;
  if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined || quotePrefix) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
    // ExcelJS spells vertical centring "middle"; "center" would be dropped silently
    if (s.vertical !== undefined) alignment.vertical = s.vertical === 'center' ? 'middle' : s.vertical;
    if (s.wrap) alignment.wrapText = true;
    if (quotePrefix) alignment.readingOrder = QUOTE_PREFIX_MARKER.readingOrder;
    out.alignment = alignment;
  }
  if (s.border === 'thin') {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  } else if (s.border === 'bottom') {
    out.border = { bottom: { style: 'thin' } };
  }
  return out;
}
