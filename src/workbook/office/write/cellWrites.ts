import { textForRangeValues } from '../../../excel/cellText';
import type { CellBlock, CellStyle, PlanValue } from '../../../dashboard/plan';
import { cellAddress, columnLetters, parseA1Range } from '../../../excel/a1Address';
import { jsonBytes } from '../batchBudget';
import { ACTION_BYTES, type WriteStep } from './stepRunner';

/** A value as it is written through `Range.values`. */
export type RangeValue = string | number | boolean | null;

/**
 * A plan value as `Range.values` must receive it: every string behind Excel's text prefix
 * (`textForRangeValues`, the one neutraliser), so `=…`, `+1`, `-2`, `@…` and `007` stay text;
 * numbers and yes/no as they are; null (and a number that is not finite) leaves the cell blank. The
 * empty string is the one string written as it is: Excel stores it as an empty cell.
 */
export function rangeValue(v: PlanValue): RangeValue {
  if (typeof v === 'string') return v === '' ? '' : textForRangeValues(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

/** An A1 range of `rows` × `columns` cells from 1-based (row, column). */
export function areaAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/**
 * One block of values as row chunks, each one `Range.values` write of at most `maxBytes` (a block
 * that fits is one write). A row is never split.
 */
export function valueSteps(sheet: string, ws: () => Excel.Worksheet, block: CellBlock, maxBytes: number): WriteStep[] {
  const width = block.values[0]?.length ?? 0;
  if (width === 0) return [];
  const { row1: top, col1: left } = parseA1Range(block.at);
  const steps: WriteStep[] = [];
  let chunk: RangeValue[][] = [];
  let bytes = 0;
  let first = 0;
  const push = (): void => {
    const rows = chunk;
    const address = areaAddress(top + first, left, rows.length, width);
    steps.push({ sheet, bytes: bytes + ACTION_BYTES, queue: () => void (ws().getRange(address).values = rows) });
  };
  block.values.forEach((planRow, i) => {
    const row = planRow.map(rangeValue);
    const rowBytes = jsonBytes(row) + 1;
    if (chunk.length > 0 && bytes + rowBytes > maxBytes) {
      push();
      chunk = [];
      bytes = 0;
      first = i;
    }
    chunk.push(row);
    bytes += rowBytes;
  });
  if (chunk.length > 0) push();
  return steps;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** "#RRGGBB" from the plan's "RRGGBB" */
export function hexColor(rrggbb: string): string {
  return rrggbb.startsWith('#') ? rrggbb : `#${rrggbb}`;
}

/**
 * One style range: font, fill, alignment, wrap and borders as one step (scalar sets apply to the
 * whole range); the number format as 2D arrays of the range's size, in row chunks of at most
 * `maxBytes` (Range.numberFormat takes one format per cell).
 */
export function styleSteps(sheet: string, ws: () => Excel.Worksheet, range: string, style: CellStyle, maxBytes: number): WriteStep[] {
  const steps: WriteStep[] = [];
  const sets: ((format: Excel.RangeFormat) => void)[] = [];
  if (style.bold !== undefined) sets.push((f) => void (f.font.bold = style.bold!));
  if (style.italic !== undefined) sets.push((f) => void (f.font.italic = style.italic!));
  if (style.size !== undefined) sets.push((f) => void (f.font.size = style.size!));
  if (style.color !== undefined) sets.push((f) => void (f.font.color = hexColor(style.color!)));
  if (style.fill !== undefined) sets.push((f) => void (f.fill.color = hexColor(style.fill!)));
  if (style.horizontal !== undefined) sets.push((f) => void (f.horizontalAlignment = HORIZONTAL[style.horizontal!]));
  if (style.vertical !== undefined) sets.push((f) => void (f.verticalAlignment = VERTICAL[style.vertical!]));
  if (style.wrap !== undefined) sets.push((f) => void (f.wrapText = style.wrap!));
  const box = parseA1Range(range);
  const rows = box.row2 - box.row1 + 1;
  const columns = box.col2 - box.col1 + 1;
  if (style.border !== undefined) {
    const edges: Edge[] =
      style.border === 'bottom'
        ? ['EdgeBottom']
        : ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...(rows > 1 ? (['InsideHorizontal'] as const) : []), ...(columns > 1 ? (['InsideVertical'] as const) : [])];
    for (const edge of edges) {
      sets.push((f) => {
        const border = f.borders.getItem(edge);
        border.style = 'Continuous';
        border.weight = 'Thin';
      });
    }
  }
  if (sets.length > 0) {
    steps.push({
      sheet,
      bytes: ACTION_BYTES * (sets.length + 1),
      queue: () => {
        const format = ws().getRange(range).format;
        for (const set of sets) set(format);
      },
    });
  }
  if (style.numberFormat !== undefined) {
    const format = style.numberFormat;
    const rowBytes = columns * (jsonBytes(format) + 1) + 2;
    const perChunk = Math.max(1, Math.floor(maxBytes / rowBytes));
    for (let first = 0; first < rows; first += perChunk) {
      const n = Math.min(perChunk, rows - first);
      const address = areaAddress(box.row1 + first, box.col1, n, columns);
      steps.push({
        sheet,
        bytes: ACTION_BYTES + n * rowBytes,
        queue: () => void (ws().getRange(address).numberFormat = Array.from({ length: n }, () => Array<string>(columns).fill(format))),
      });
    }
  }
  return steps;
}

/**
 * Column widths in points from the plan's characters: Excel's width of n characters of the default
 * font (Calibri 11: 7 pixels a character, plus 5 pixels of padding) at 0.75 points a pixel.
 */
export function columnWidthPoints(characters: number): number {
  return characters <= 0 ? 0 : Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
}

/**
 * Column widths (consecutive equal widths set together) and row heights (consecutive rows of one
 * height set together, `Range("5:9").format.rowHeight`), in steps of at most `maxBytes`: a sheet whose
 * long texts gave thousands of rows their own height is written over several batches, not one.
 */
export function sizeSteps(sheet: string, ws: () => Excel.Worksheet, widths: readonly number[], heights: readonly { row: number; height: number }[], maxBytes = Infinity): WriteStep[] {
  const runs: { from: number; to: number; points: number }[] = [];
  widths.forEach((w, i) => {
    const points = columnWidthPoints(w);
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.to === i) last.to = i + 1;
    else runs.push({ from: i + 1, to: i + 1, points });
  });
  const rowRuns: { from: number; to: number; height: number }[] = [];
  for (const h of [...heights].sort((a, b) => a.row - b.row)) {
    const last = rowRuns[rowRuns.length - 1];
    if (last && last.to === h.row) {
      // the same row twice: the later height wins
      if (last.from === last.to) last.height = h.height;
      else {
        last.to -= 1;
        rowRuns.push({ from: h.row, to: h.row, height: h.height });
      }
    } else if (last && last.height === h.height && last.to === h.row - 1) last.to = h.row;
    else rowRuns.push({ from: h.row, to: h.row, height: h.height });
  }
  const sets: { bytes: number; set: (w: Excel.Worksheet) => void }[] = [
    ...runs.map((r) => ({ bytes: ACTION_BYTES * 2, set: (w: Excel.Worksheet) => void (w.getRange(`${columnLetters(r.from)}:${columnLetters(r.to)}`).format.columnWidth = r.points) })),
    ...rowRuns.map((r) => ({ bytes: ACTION_BYTES * 2, set: (w: Excel.Worksheet) => void (w.getRange(`${r.from}:${r.to}`).format.rowHeight = r.height) })),
  ];
  const steps: WriteStep[] = [];
  for (let i = 0; i < sets.length; ) {
    const chunk: typeof sets = [];
    let bytes = 0;
    while (i < sets.length && (chunk.length === 0 || bytes + sets[i]!.bytes <= maxBytes)) {
      bytes += sets[i]!.bytes;
      chunk.push(sets[i++]!);
    }
    steps.push({
      sheet,
      bytes,
      queue: () => {
        const w = ws();
        for (const c of chunk) c.set(w);
      },
    });
  }
  return steps;
}
