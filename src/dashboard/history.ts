import type { CellValue } from '../model/cell';
import type { RefreshReport } from '../report/refreshReport';
import { isShown } from './reportValues';

/** A cell's number (a finite one), else null. */
const numberIn = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The History sheet (dashboards.md, 5): one row per (quarter, metric, segment) with value, lower,
 * upper, n and refreshed-at. A refresh for a quarter replaces that quarter's rows and keeps every
 * other (idempotent), so a quarterly refresh builds the history the Board Dashboard compares with.
 * Rows are built from the report after suppression: a suppressed group has no row.
 */
export interface HistoryRow {
  readonly quarter: string;
  readonly metric: string;
  /** "All", or "Attribute: group" */
  readonly segment: string;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly n: number | null;
  /** ISO date-time of the refresh that wrote the row */
  readonly refreshedAt: string;
  /**
   * `refresh`: written by a refresh as of that quarter; `recomputed`: figured by a later refresh, as of
   * the quarter's end with that refresh's data, because History had no earlier quarter (a later real
   * refresh of the quarter replaces it; a recomputed row never replaces a refresh row)
   */
  readonly source: HistorySource;
}

export type HistorySource = 'refresh' | 'recomputed';

export const HISTORY_HEADER = ['Quarter', 'Metric', 'Segment', 'Value', 'Lower', 'Upper', 'N', 'Refreshed at', 'Source'] as const;

type Estimate = { readonly value: number | null; readonly lower: number | null; readonly upper: number | null };

/** The rows of this refresh's quarter: the board's key figures, and 12-month retention by segment. */
export function historyRowsOf(report: RefreshReport, source: HistorySource = 'refresh'): HistoryRow[] {
  const rows: HistoryRow[] = [];
  const add = (metric: string, segment: string, e: Estimate | null, n: number | null) => {
    if (!e || e.value === null) return;
    rows.push({ quarter: report.quarter, metric, segment, value: e.value, lower: e.lower, upper: e.upper, n, refreshedAt: report.refreshedAt, source });
  };
  const r = report.retention;
  if (isShown(r)) {
    const p = r.participants;
    if (isShown(p)) add('Retention at 12 months', 'Participants', p.at12, p.n);
    const c = r.comparison;
    if (isShown(c)) add('Retention at 12 months', 'Comparison pool', c.at12, c.n);
    const reg = r.regrettable;
    if (isShown(reg) && isShown(reg.participants)) {
      const rp = reg.participants;
      const at12 = rp.at12;
      // regrettable attrition = 1 − regrettable retention
      add('Regrettable attrition at 12 months', 'Participants', at12.value === null ? null : { value: 1 - at12.value, lower: at12.upper === null ? null : 1 - at12.upper, upper: at12.lower === null ? null : 1 - at12.lower }, rp.n);
    }
    for (const s of r.segments) {
      if (isShown(s)) add('Retention at 12 months', `${s.attribute}: ${s.group}`, s.at12, s.n);
    }
  }
  const rd = report.readiness;
  if (isShown(rd)) {
    add('Ready by 24 months', 'Participants', rd.at24, rd.n);
    // a median not reached is a row too (value blank): the next quarter's tile says "not reached in …"
    if (rd.medianMonths === null) rows.push({ quarter: report.quarter, metric: 'Median months to ready', segment: 'Participants', value: null, lower: null, upper: null, n: rd.n, refreshedAt: report.refreshedAt, source });
    else add('Median months to ready', 'Participants', { value: rd.medianMonths, lower: null, upper: null }, rd.n);
  }
  if (Array.isArray(report.satisfaction)) {
    for (const s of report.satisfaction) {
      if (!isShown(s) || s.role !== 'All') continue;
      add(`${s.instrument}: mean`, 'All', { value: s.mean, lower: s.lower, upper: s.upper }, s.respondents);
      add(`${s.instrument}: top-2-box`, 'All', s.top2, s.respondents);
    }
  }
  const ops = report.operations;
  if (isShown(ops.matchRate)) add('Match rate', 'All', ops.matchRate, ops.matchRate.n);
  add('Active participants', 'All', { value: ops.activeParticipants, lower: null, upper: null }, null);
  const tests = report.equity.tests;
  add('Equity flags: adverse', 'All', { value: tests.filter((t) => t.status === 'adverse').length, lower: null, upper: null }, null);
  add('Equity flags: watch', 'All', { value: tests.filter((t) => t.status === 'watch').length, lower: null, upper: null }, null);
  add('Mentors over capacity', 'All', { value: report.load.overCapacity.length, lower: null, upper: null }, null);
  add('Conflicts of interest', 'All', { value: report.conflicts.length, lower: null, upper: null }, null);
  // program impact against matched colleagues (impact.md, "History: the effects per quarter"): a
  // difference's n is the smaller side's, so History's k rule drops it as the engine would
  const { retention, promotion, measures } = report.impact;
  if ('differenceAt12' in retention) add(IMPACT_HISTORY.retentionDifference, 'Difference', retention.differenceAt12, Math.min(retention.nParticipants, retention.nControls));
  if ('differenceAt24' in promotion) {
    add(IMPACT_HISTORY.promoted24, 'Matched participants', promotion.participants.at24, promotion.nParticipants);
    add(IMPACT_HISTORY.promoted24, 'Matched colleagues', promotion.controls.at24, promotion.nControls);
    add(IMPACT_HISTORY.promotedDifference, 'Difference', promotion.differenceAt24, Math.min(promotion.nParticipants, promotion.nControls));
  }
  if (Array.isArray(measures)) {
    for (const m of measures) if ('difference' in m) add(`${m.measure}: change vs matched colleagues`, 'Difference', m.difference, Math.min(m.nParticipants, m.nControls));
  }
  return rows;
}

/** History's metric names for program impact (the Board Dashboard's tiles read their change from them). */
export const IMPACT_HISTORY = {
  retentionDifference: 'Retention at 12 months vs matched colleagues',
  promoted24: 'Promoted by 24 months',
  promotedDifference: 'Promoted by 24 months vs matched colleagues',
} as const;

/**
 * The History after a refresh: every existing row of another quarter, then this refresh's rows for
 * its quarter (replacing that quarter's old rows; incoming recomputed rows of a quarter a refresh
 * wrote are left out), sorted by quarter, metric and segment. Running it
 * twice with the same rows gives the same history.
 *
 * The k of this refresh applies to every row kept (equity.md, Privacy: "History applies the k of the
 * current refresh to every row it keeps"), whatever k wrote it: a kept row about 1 to k − 1 people
 * is dropped, and where a segment of an attribute is dropped (or missing: the whole, "Participants"
 * or "All", minus the segments shown is 1 to k − 1 people) the other segments of that attribute, in
 * that quarter and metric, keep their value (rounded to two decimals, with its interval) and lose
 * their N, so the missing one cannot be worked out by subtraction. This refresh's own rows come from the report after the privacy pass.
 */
export function mergeHistory(existing: readonly HistoryRow[], incomingRows: readonly HistoryRow[], k: number): HistoryRow[] {
  // a recomputed quarter never replaces a quarter a refresh wrote
  const refreshed = new Set(existing.filter((r) => r.source === 'refresh').map((r) => r.quarter));
  const incoming = incomingRows.filter((r) => r.source === 'refresh' || !refreshed.has(r.quarter));
  const replaced = new Set(incoming.map((r) => r.quarter));
  const kept = protectHistory(
    existing.filter((r) => !replaced.has(r.quarter)),
    k,
  );
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...kept, ...incoming].sort((a, b) => cmp(a.quarter, b.quarter) || cmp(a.metric, b.metric) || cmp(a.segment, b.segment));
}

/** History rows with the privacy rule of k applied (see `mergeHistory`). */
function protectHistory(rows: readonly HistoryRow[], k: number): HistoryRow[] {
  const under = (n: number | null) => n !== null && n > 0 && n < k;
  const attributeOf = (segment: string): string | null => (segment.includes(': ') ? segment.slice(0, segment.indexOf(': ')) : null);
  const key = (r: HistoryRow, attribute: string) => `${r.quarter}\u0000${r.metric}\u0000${attribute}`;
  const totals = new Map<string, number>();
  for (const r of rows) if ((r.segment === 'Participants' || r.segment === 'All') && r.n !== null) totals.set(`${r.quarter}\u0000${r.metric}`, r.n);
  const families = new Map<string, { dropped: boolean; shown: number; unknown: boolean }>();
  for (const r of rows) {
    const attribute = attributeOf(r.segment);
    if (attribute === null) continue;
    let f = families.get(key(r, attribute));
    if (!f) families.set(key(r, attribute), (f = { dropped: false, shown: 0, unknown: false }));
    if (under(r.n)) f.dropped = true;
    else if (r.n === null) f.unknown = true;
    else f.shown += r.n;
  }
  const hides = (r: HistoryRow, attribute: string): boolean => {
    const f = families.get(key(r, attribute))!;
    const total = totals.get(`${r.quarter}\u0000${r.metric}`);
    return f.dropped || (!f.unknown && total !== undefined && under(total - f.shown));
  };
  const out: HistoryRow[] = [];
  for (const r of rows) {
    if (under(r.n)) continue;
    const attribute = attributeOf(r.segment);
    // the N goes, and the estimate is rounded: an exact value with its interval would give N back
    const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    out.push(attribute !== null && r.n !== null && hides(r, attribute) ? { ...r, n: null, value: round(r.value), lower: round(r.lower), upper: round(r.upper) } : r);
  }
  return out;
}

/** History rows as sheet values, header first. */
export function historyToValues(rows: readonly HistoryRow[]): (string | number | null)[][] {
  return [[...HISTORY_HEADER], ...rows.map((r) => [r.quarter, r.metric, r.segment, r.value, r.lower, r.upper, r.n, r.refreshedAt, r.source])];
}

/**
 * History rows read back from an existing History sheet (a board pack or a workbook refreshed
 * before), given the sheet's used-range values from A1. The header (HISTORY_HEADER) is looked for in
 * the first five rows (the sheet has a title line above its table); a row whose quarter is not
 * "YYYY-Qn" or whose metric is blank is not history and is reported (by its 1-based row in `values`),
 * never silently dropped.
 */
export function historyFromValues(values: readonly (readonly CellValue[])[]): { rows: HistoryRow[]; skipped: { row: number; reason: string }[] } {
  const rows: HistoryRow[] = [];
  const skipped: { row: number; reason: string }[] = [];
  if (values.length === 0) return { rows, skipped };
  // History sheets written before the Source column have the first eight columns: their rows were all refreshes
  const cell = (r: readonly CellValue[] | undefined, i: number) => (typeof r?.[i] === 'string' ? (r[i] as string).trim() : r?.[i]);
  const isHeader = (r: readonly CellValue[] | undefined) => HISTORY_HEADER.slice(0, 8).every((h, i) => cell(r, i) === h);
  const headerAt = values.slice(0, 5).findIndex(isHeader);
  if (headerAt < 0) {
    return { rows, skipped: [{ row: 1, reason: `no header row ${HISTORY_HEADER.join(', ')} in the first five rows` }] };
  }
  const hasSource = cell(values[headerAt], 8) === 'Source';
  for (let i = headerAt + 1; i < values.length; i++) {
    const [quarter, metric, segment, value, lower, upper, n, refreshedAt, sourceCell] = values[i] ?? [];
    if (values[i].every((v) => v === null || v === undefined || v === '')) continue;
    if (typeof quarter !== 'string' || !/^\d{4}-Q[1-4]$/.test(quarter.trim())) {
      skipped.push({ row: i + 1, reason: 'the quarter is not written YYYY-Qn' });
      continue;
    }
    if (typeof metric !== 'string' || metric.trim() === '') {
      skipped.push({ row: i + 1, reason: 'the metric is blank' });
      continue;
    }
    const source = hasSource ? (typeof sourceCell === 'string' ? sourceCell.trim() : sourceCell) : 'refresh';
    if (source !== 'refresh' && source !== 'recomputed') {
      skipped.push({ row: i + 1, reason: 'the Source is neither refresh nor recomputed' });
      continue;
    }
    rows.push({
      quarter: quarter.trim(),
      metric: metric.trim(),
      segment: typeof segment === 'string' && segment.trim() !== '' ? segment.trim() : 'All',
      value: numberIn(value),
      lower: numberIn(lower),
      upper: numberIn(upper),
      n: numberIn(n),
      refreshedAt: typeof refreshedAt === 'string' ? refreshedAt : refreshedAt instanceof Date ? refreshedAt.toISOString() : '',
      source,
    });
  }
  return { rows, skipped };
}
