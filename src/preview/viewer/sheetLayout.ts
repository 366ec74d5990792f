import { type Area, parseAddress, parseAreas } from '../../workbook/excelFake/address';
import type { CellValue } from '../../workbook/excelFake';
import type { BorderRecord, ConditionalFormatModel } from '../../workbook/excelFake/model';

/**
 * The pure parts of drawing a sheet: merged areas as table spans, border records as cell edges,
 * conditional formats resolved for a value, chart positions in pixels. Rows and columns are 0-based.
 */

/** the part of the sheet drawn: rows 0..rows-1, columns 0..columns-1 */
export interface GridWindow {
  readonly rows: number;
  readonly columns: number;
}

export interface MergeLayout {
  /** the top-left cell of each merged area in the window, by `row:column`, with its spans (clipped to the window) */
  readonly spans: ReadonlyMap<string, { readonly rowSpan: number; readonly colSpan: number }>;
  /** cells hidden under a merged area (not its top-left cell), by `row:column` */
  readonly covered: ReadonlySet<string>;
}

export const cellKey = (row: number, column: number): string => `${row}:${column}`;

/** Merged areas ("A5:C5") as spans of their top-left cells and the cells they cover, within the window. */
export function mergeLayout(merges: readonly string[], window: GridWindow): MergeLayout {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const address of merges) {
    const area = safeArea(address);
    if (!area || area.row >= window.rows || area.column >= window.columns) continue;
    const lastRow = Math.min(area.lastRow, window.rows - 1);
    const lastColumn = Math.min(area.lastColumn, window.columns - 1);
    const anchor = cellKey(area.row, area.column);
    // an overlap (the fake replaces overlapped merges, so only from bad input): the first wins
    if (covered.has(anchor) || spans.has(anchor)) continue;
    spans.set(anchor, { rowSpan: lastRow - area.row + 1, colSpan: lastColumn - area.column + 1 });
    for (let r = area.row; r <= lastRow; r++) {
      for (let c = area.column; c <= lastColumn; c++) if (r !== area.row || c !== area.column) covered.add(cellKey(r, c));
    }
  }
  return { spans, covered };
}

export interface CellEdge {
  /** CSS border: "1px solid #000000" */
  readonly css: string;
}

export interface CellEdges {
  top?: CellEdge;
  right?: CellEdge;
  bottom?: CellEdge;
  left?: CellEdge;
}

const WEIGHT_PX: Readonly<Record<string, number>> = { Hairline: 1, Thin: 1, Medium: 2, Thick: 3 };
const STYLE_CSS: Readonly<Record<string, string>> = {
  Continuous: 'solid',
  Dash: 'dashed',
  DashDot: 'dashed',
  DashDotDot: 'dashed',
  Dot: 'dotted',
  Double: 'double',
  SlantDashDot: 'dashed',
};

/**
 * The fake's border records (per range and side: style, colour, weight, in the order they were set)
 * as the edges of each cell in the window. `EdgeTop` is the top of the range's first row,
 * `InsideHorizontal` the bottom of every row but its last, and so on; a style `None` removes the edge.
 */
export function borderEdges(records: readonly BorderRecord[], window: GridWindow): Map<string, CellEdges> {
  // gather each (range, side)'s properties, in the order the ranges were first styled
  const groups = new Map<string, { address: string; side: string; style?: string; color?: string; weight?: string }>();
  for (const r of records) {
    const key = `${r.address}|${r.side}`;
    const group = groups.get(key) ?? { address: r.address, side: r.side };
    if (r.property === 'style' && typeof r.value === 'string') group.style = r.value;
    if (r.property === 'color' && typeof r.value === 'string') group.color = r.value;
    if (r.property === 'weight' && typeof r.value === 'string') group.weight = r.value;
    groups.delete(key);
    groups.set(key, group);
  }
  const edges = new Map<string, CellEdges>();
  const set = (row: number, column: number, side: keyof CellEdges, edge: CellEdge | undefined): void => {
    if (row < 0 || column < 0 || row >= window.rows || column >= window.columns) return;
    const key = cellKey(row, column);
    const cell = edges.get(key) ?? {};
    if (edge) cell[side] = edge;
    else delete cell[side];
    edges.set(key, cell);
  };
  for (const g of groups.values()) {
    if (g.style === undefined && g.weight === undefined && g.color === undefined) continue;
    const area = safeArea(g.address);
    if (!area) continue;
    const edge: CellEdge | undefined =
      g.style === 'None' ? undefined : { css: `${WEIGHT_PX[g.weight ?? 'Thin'] ?? 1}px ${STYLE_CSS[g.style ?? 'Continuous'] ?? 'solid'} ${g.color ?? '#000000'}` };
    const lastRow = Math.min(area.lastRow, window.rows - 1);
    const lastColumn = Math.min(area.lastColumn, window.columns - 1);
    for (let r = area.row; r <= lastRow; r++) {
      for (let c = area.column; c <= lastColumn; c++) {
        if (g.side === 'EdgeTop' && r === area.row) set(r, c, 'top', edge);
        if (g.side === 'EdgeBottom' && r === area.lastRow) set(r, c, 'bottom', edge);
        if (g.side === 'EdgeLeft' && c === area.column) set(r, c, 'left', edge);
        if (g.side === 'EdgeRight' && c === area.lastColumn) set(r, c, 'right', edge);
        if (g.side === 'InsideHorizontal' && r < area.lastRow) set(r, c, 'bottom', edge);
        if (g.side === 'InsideVertical' && c < area.lastColumn) set(r, c, 'right', edge);
      }
    }
  }
  return edges;
}

/** what a conditional format does to a cell it matches */
export interface ConditionalStyle {
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** One conditional format, ready to be tested against cells. */
export interface ConditionalRule {
  readonly areas: readonly Area[];
  readonly matches: (value: CellValue) => boolean;
  readonly style: ConditionalStyle;
}

/**
 * The conditional formats the preview can resolve from what the fake records: cell-value rules
 * (`EqualTo "adverse"`, `GreaterThan 0.8`, `Between`, …) and text comparisons (contains, begins
 * with, ends with). Formula rules, data bars, colour scales and icon sets are left out.
 */
export function conditionalRules(formats: readonly ConditionalFormatModel[]): ConditionalRule[] {
  const rules: ConditionalRule[] = [];
  for (const cf of formats) {
    const part = cf.type === 'CellValue' ? 'cellValue' : cf.type === 'TextComparison' ? 'textComparison' : null;
    if (part === null) continue;
    const p = cf.properties;
    const str = (key: string): string | undefined => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
    const style: ConditionalStyle = {
      fill: str(`${part}.format.fill.color`),
      color: str(`${part}.format.font.color`),
      bold: typeof p[`${part}.format.font.bold`] === 'boolean' ? (p[`${part}.format.font.bold`] as boolean) : undefined,
      italic: typeof p[`${part}.format.font.italic`] === 'boolean' ? (p[`${part}.format.font.italic`] as boolean) : undefined,
    };
    const matches = part === 'cellValue' ? cellValueTest(p['cellValue.rule']) : textTest(p['textComparison.rule']);
    let areas: Area[];
    try {
      areas = parseAreas(cf.address);
    } catch {
      continue;
    }
    if (matches) rules.push({ areas, matches, style });
  }
  return rules;
}

/** the style the first matching rule gives the cell, or null */
export function conditionalStyleAt(rules: readonly ConditionalRule[], row: number, column: number, value: CellValue): ConditionalStyle | null {
  for (const rule of rules) {
    if (!rule.areas.some((a) => row >= a.row && row <= a.lastRow && column >= a.column && column <= a.lastColumn)) continue;
    if (rule.matches(value)) return rule.style;
  }
  return null;
}

/** a rule operand: `="adverse"` → "adverse", `=0.8` or `0.8` → 0.8; null for a formula it cannot read */
export function operand(formula: unknown): string | number | null {
  if (typeof formula === 'number') return formula;
  if (typeof formula !== 'string') return null;
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const quoted = /^"((?:[^"]|"")*)"$/.exec(text);
  if (quoted) return quoted[1]!.replace(/""/g, '"');
  const n = Number(text);
  if (text.trim() !== '' && Number.isFinite(n)) return n;
  return formula.startsWith('=') ? null : text;
}

function compare(value: CellValue, target: string | number): number | null {
  if (typeof target === 'number') return typeof value === 'number' ? value - target : null;
  if (typeof value !== 'string') return null;
  const a = value.toLowerCase();
  const b = target.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

function cellValueTest(rule: unknown): ((value: CellValue) => boolean) | null {
  if (!rule || typeof rule !== 'object') return null;
  const { formula1, formula2, operator } = rule as { formula1?: unknown; formula2?: unknown; operator?: unknown };
  const a = operand(formula1);
  const b = operand(formula2);
  if (a === null) return null;
  const cmp = (v: CellValue, t: string | number | null): number | null => (t === null ? null : compare(v, t));
  switch (operator) {
    case 'EqualTo': return (v) => cmp(v, a) === 0;
    case 'NotEqualTo': return (v) => v !== '' && cmp(v, a) !== 0;
    case 'GreaterThan': return (v) => (cmp(v, a) ?? 0) > 0;
    case 'LessThan': return (v) => (cmp(v, a) ?? 0) < 0;
    case 'GreaterThanOrEqual': return (v) => { const c = cmp(v, a); return c !== null && c >= 0; };
    case 'LessThanOrEqual': return (v) => { const c = cmp(v, a); return c !== null && c <= 0; };
    case 'Between': return (v) => { const lo = cmp(v, a); const hi = cmp(v, b); return lo !== null && hi !== null && lo >= 0 && hi <= 0; };
    case 'NotBetween': return (v) => { const lo = cmp(v, a); const hi = cmp(v, b); return lo !== null && hi !== null && (lo < 0 || hi > 0); };
    default: return null;
  }
}

function textTest(rule: unknown): ((value: CellValue) => boolean) | null {
  if (!rule || typeof rule !== 'object') return null;
  const { operator, text } = rule as { operator?: unknown; text?: unknown };
  if (typeof text !== 'string') return null;
  const t = text.toLowerCase();
  const s = (v: CellValue): string => (typeof v === 'string' ? v.toLowerCase() : String(v).toLowerCase());
  switch (operator) {
    case 'Contains': return (v) => s(v).includes(t);
    case 'NotContains': return (v) => !s(v).includes(t);
    case 'BeginsWith': return (v) => s(v).startsWith(t);
    case 'EndsWith': return (v) => s(v).endsWith(t);
    default: return null;
  }
}

/** Excel's points to CSS pixels (96 per inch / 72 per inch) */
export const PX_PER_POINT = 4 / 3;
/** Excel's default chart size when a chart has no position, in pixels (480 × 288) */
export const DEFAULT_CHART_SIZE = { width: 480, height: 288 } as const;

export interface PixelRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a chart sits, in pixels from the top-left corner of A1: from the top-left of its `from` cell
 * to the bottom-right of its `to` cell (`setPosition(start, end)`: the chart covers the end cell),
 * or Excel's default size at `from` when there is no end cell. Widths and heights are in points.
 */
export function chartRect(position: { from: string; to: string | null } | null, columnWidth: (c: number) => number, rowHeight: (r: number) => number): PixelRect | null {
  const from = position ? safeArea(position.from) : { row: 0, column: 0, lastRow: 0, lastColumn: 0 };
  if (!from) return null;
  const to = position?.to ? safeArea(position.to) : null;
  const x = (column: number): number => {
    let sum = 0;
    for (let c = 0; c < column; c++) sum += columnWidth(c);
    return sum * PX_PER_POINT;
  };
  const y = (row: number): number => {
    let sum = 0;
    for (let r = 0; r < row; r++) sum += rowHeight(r);
    return sum * PX_PER_POINT;
  };
  const px = (n: number): number => Math.round(n * 100) / 100;
  const left = x(from.column);
  const top = y(from.row);
  if (!to) return { left: px(left), top: px(top), ...DEFAULT_CHART_SIZE };
  const right = x(Math.max(to.lastColumn, from.column) + 1);
  const bottom = y(Math.max(to.lastRow, from.row) + 1);
  return { left: px(left), top: px(top), width: px(right - left), height: px(bottom - top) };
}

/** a selection such as "B5" or "A1:C3" (or "Sheet!B5"), or null when it cannot be read */
export function selectionArea(selection: string | null | undefined): Area | null {
  if (!selection) return null;
  const local = selection.includes('!') ? selection.slice(selection.lastIndexOf('!') + 1) : selection;
  return safeArea(local.split(',')[0]!);
}

export function safeArea(address: string): Area | null {
  try {
    return parseAddress(address);
  } catch {
    return null;
  }
}
