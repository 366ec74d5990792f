import { TILE_DEFINITIONS } from './tileDefinitions';
import { BENCH_HEADER, BENCH_SHARE_FORMAT, boardBench } from './boardBench';
import { cellAddress } from '../excel/a1Address';
import type { Estimate } from '../metrics/metricResults';
import type { SatisfactionRow } from '../privacy/protectedDocument';
import type { RefreshReport } from '../report/refreshReport';
import type { ChartSpec } from './chartPlan';
import { STATUS_COLOURS } from './equitySheet';
import { type HistoryRow, IMPACT_HISTORY } from './history';
import type { MetricsRefs } from './metricsSheet';
import type { CellBlock, NamePlan, PlanValue, SheetPlan, StyleRange } from './plan';
import { emptySheet } from './plan';
import { fewerThan, isShown, reasonOf } from './reportValues';
import { NOTHING_TO_ACT_ON } from '../report/boardFindings';
import { CADRE_TEAL, HEADER_STYLE } from './styles';

/** The Board Dashboard's grid: 15 columns of 10 characters (about 1,100 pixels: one screen wide). */
export const BOARD_COLUMNS = 15;
const COLUMN_WIDTH = 10;
const TILES_PER_ROW = 5;
const TILE_WIDTH = 3;
const TILE_ROWS = 4;
/**
 * Printed, the page is two landscape pages at 88%: the title, the attention block and the tiles on the
 * first, the charts, the equity summary and the note on method on the second. Fifteen columns of 10
 * characters are 844 points wide; with margins of a quarter inch left and right, 88% fits Letter (756
 * points between the margins) and A4 (806). Fitting one page would print at about 64%.
 */
export const BOARD_PRINT_SCALE = 88;
export const BOARD_PRINTED_PAGES = 2;
const BOARD_MARGINS = { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 } as const;
const TILE_FILL = 'EEF5F3';

/** One KPI tile: a label, a value (a number with its format, or text saying why there is none), a detail line, the change. */
export interface Tile {
  readonly label: string;
  readonly value: number | string;
  readonly format: string;
  readonly detail: string;
  readonly change: string;
  /** the workbook name of the value, when it is a number (e.g. Cadre.Retention12m) */
  readonly name?: string;
}

/** "2026-Q3" → "2026-Q2"; "2026-Q1" → "2025-Q4". */
export function previousQuarter(label: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!m) throw new RangeError(`not a quarter label: ${label}`);
  const [year, q] = [Number(m[1]), Number(m[2])];
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

const pct = (v: number | null, digits = 1) => (v === null ? '–' : `${(v * 100).toFixed(digits)}%`);
const interval = (e: Estimate | null) => (e && e.lower !== null && e.upper !== null ? `95% CI ${pct(e.lower)}–${pct(e.upper)}` : 'no interval');
const count = (v: number) => v.toLocaleString('en-US');
const pValue = (p: number | null) => (p === null ? '' : p < 0.0001 ? 'p < 0.0001' : `p = ${p.toFixed(p < 0.01 ? 4 : 2)}`);

/**
 * The retention tile's gap: "−3.1 pts vs comparison pool (95% CI −6.0 to −0.2)", or the pool's figure
 * alone where the gap is not estimated.
 */
function gapText(gap: Estimate | null, comparison: number | null, against = 'comparison pool'): string {
  if (gap && gap.value !== null && gap.lower !== null && gap.upper !== null) return `${points(gap.value)} pts vs ${against} (95% CI ${points(gap.lower)} to ${points(gap.upper)})`;
  return `${against} ${pct(comparison)}`;
}

/** a difference of two shares in signed points: +2.6, −3.1, ±0.0 */
const points = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v * 100).toFixed(1)}`;

/**
 * The change of a figure since the previous quarter, from History: "+1.2 pts since 2026-Q2" for rates,
 * "+3 since 2026-Q2" for counts, "+0.36 since 2026-Q2" for means; says so when History has no figure.
 * Against a quarter the first refresh recomputed from today's data, it says so: "+1.2 pts since
 * 2026-Q2 (recomputed)".
 */
export function changeText(history: readonly HistoryRow[], quarter: string, metric: string, segment: string, value: number | null, kind: 'rate' | 'count' | 'mean' | 'months', fallback?: number | null): string {
  const prevQuarter = previousQuarter(quarter);
  const row = history.find((h) => h.quarter === prevQuarter && h.metric === metric && h.segment === segment);
  const prev = row?.value ?? fallback ?? null;
  if (value === null) return '';
  const recomputed = row?.source === 'recomputed' ? ' (recomputed)' : '';
  if (row !== undefined && row.value === null && kind === 'months') return `not reached in ${prevQuarter}${recomputed}`;
  if (prev === null || prev === undefined) return `no ${prevQuarter} figure in History yet`;
  const d = value - prev;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const a = Math.abs(d);
  const text = kind === 'rate' ? `${(a * 100).toFixed(1)} pts` : kind === 'count' ? count(Math.round(a)) : kind === 'months' ? `${a.toFixed(1)} months` : a.toFixed(2);
  return `${sign}${text} since ${prevQuarter}${recomputed}`;
}

/** The mentee-satisfaction figure of the report: the first instrument whose name or role says mentee, all roles together. */
function menteeSatisfaction(report: RefreshReport): SatisfactionRow | null {
  if (!isShown(report.satisfaction)) return null;
  return report.satisfaction.filter((s) => s.role === 'All').find((s) => /mentee/i.test(s.instrument)) ?? null;
}

/** The ten KPI tiles of dashboards.md and the KPI-impact tile of impact.md, in reading order. */
export function boardTiles(report: RefreshReport, history: readonly HistoryRow[]): Tile[] {
  const k = report.minGroup;
  const q = report.quarter;
  const tiles: Tile[] = [];
  const ops = report.operations;
  const notShown = (v: object) => ('suppressed' in v && v.suppressed === true ? fewerThan(k) : reasonOf(v));

  tiles.push({
    label: TILE_DEFINITIONS.active.label,
    value: ops.activeParticipants,
    format: '#,##0',
    detail: 'in the program at the as-of date: started, not left, not withdrawn or completed',
    change: changeText(history, q, 'Active participants', 'All', ops.activeParticipants, 'count'),
    name: 'Cadre.ActiveParticipants',
  });

  // retention not computed at all: the tiles say "not available" (its reason is on Metrics Detail)
  const retention = isShown(report.retention) ? report.retention : null;
  const at12 = retention && isShown(retention.participants) ? retention.participants.at12 : null;
  const compAt12 = retention && isShown(retention.comparison) ? retention.comparison.at12.value : null;
  const logRank = retention && isShown(retention.logRank) ? retention.logRank : null;
  const gap = retention && isShown(retention.gapAt12) ? retention.gapAt12 : null;
  // against matched colleagues where matching ran (impact.md): that gap first, the pool's after it
  const matched = report.impact.retention;
  const matchedGap = 'differenceAt12' in matched && matched.differenceAt12.value !== null ? matched.differenceAt12 : null;
  tiles.push({
    label: TILE_DEFINITIONS.retention.label,
    value: at12?.value ?? (at12 ? reasonOf(at12) : retention ? notShown(retention.participants) : 'not available'),
    format: '0.0%',
    detail: matchedGap
      ? `${gapText(matchedGap, null, 'matched colleagues')}; ${gapText(gap, compAt12)}`
      : `${gapText(gap, compAt12)}${logRank && logRank.p !== null ? `; log-rank ${pValue(logRank.p)}` : ''}`,
    change: changeText(history, q, 'Retention at 12 months', 'Participants', at12?.value ?? null, 'rate'),
    name: 'Cadre.Retention12m',
  });

  const regrettable = retention ? retention.regrettable : null;
  const regAt12 = regrettable && isShown(regrettable) && isShown(regrettable.participants) ? regrettable.participants.at12 : null;
  const regValue = regAt12 && regAt12.value !== null ? 1 - regAt12.value : null;
  tiles.push({
    label: TILE_DEFINITIONS.regrettable.label,
    value: regValue ?? reasonOf(regrettable),
    format: '0.0%',
    detail: `participants who left regrettably within 12 months${regAt12 && regAt12.lower !== null && regAt12.upper !== null ? `; 95% CI ${pct(1 - regAt12.upper)}–${pct(1 - regAt12.lower)}` : ''}`,
    change: changeText(history, q, 'Regrettable attrition at 12 months', 'Participants', regValue, 'rate'),
    name: 'Cadre.RegrettableAttrition12m',
  });

  const readiness = report.readiness;
  const rd = isShown(readiness) ? readiness : null;
  const median = rd ? rd.medianMonths : null;
  tiles.push({
    label: TILE_DEFINITIONS.medianReady.label,
    value: median ?? (rd ? 'not reached yet' : notShown(readiness)),
    format: '0.0',
    detail: rd ? `participants, from program start to ready for a critical role${median === null ? '; fewer than half are ready so far' : ''}` : '',
    change: changeText(history, q, 'Median months to ready', 'Participants', median, 'months'),
    name: 'Cadre.MedianMonthsToReady',
  });
  const at24 = rd ? rd.at24 : null;
  tiles.push({
    label: TILE_DEFINITIONS.ready24.label,
    value: at24?.value ?? (rd ? 'not estimated' : notShown(readiness)),
    format: '0.0%',
    detail: rd ? `of participants; ${interval(at24)}; ${count(rd.ready)} ready so far, any time` : '',
    change: changeText(history, q, 'Ready by 24 months', 'Participants', at24?.value ?? null, 'rate'),
    name: 'Cadre.ReadyBy24m',
  });

  // KPI impact: promotion by 24 months, matched participants vs matched colleagues (impact.md)
  const promotion = report.impact.promotion;
  const promoted = 'differenceAt24' in promotion ? promotion : null;
  const promotedAt24 = promoted ? promoted.participants.at24.value : null;
  tiles.push({
    label: TILE_DEFINITIONS.promotion.label,
    value: promotedAt24 ?? (promoted ? reasonOf(promoted.participants.at24) : notShown(promotion)),
    format: '0.0%',
    detail: promoted
      ? `of ${count(promoted.nParticipants)} matched participants; matched colleagues ${pct(promoted.controls.at24.value)}: ${gapText(promoted.differenceAt24, null, 'matched colleagues')}`
      : '',
    change: changeText(history, q, IMPACT_HISTORY.promoted24, 'Matched participants', promotedAt24, 'rate'),
    name: 'Cadre.PromotedBy24m',
  });

  const sat = menteeSatisfaction(report);
  const satOk = sat && !sat.suppressed ? sat : null;
  const prev = satOk?.previous ?? null;
  const satChange = satOk ? changeText(history, q, `${satOk.instrument}: mean`, 'All', satOk.mean, 'mean', prev && !prev.suppressed ? prev.mean : null) : '';
  tiles.push({
    label: TILE_DEFINITIONS.satisfaction.label,
    value: satOk ? (satOk.mean ?? 'not available') : sat ? fewerThan(k) : 'no mentee answers this quarter',
    format: '0.00',
    // the "All" row is the total of its table: its respondents are never withheld
    detail: satOk ? `mean of ${satOk.scaleMax} among ${count(satOk.respondents ?? 0)} mentees answering this quarter; top-2-box ${pct(satOk.top2.value, 0)}` : '',
    change: satChange + (satOk && satOk.changeP !== null && !satChange.startsWith('no ') ? ` (${pValue(satOk.changeP)})` : ''),
    name: 'Cadre.MenteeSatisfaction',
  });

  const match = ops.matchRate;
  const matchShown = isShown(match) ? match : null;
  tiles.push({
    label: TILE_DEFINITIONS.match.label,
    value: matchShown?.value ?? reasonOf(match),
    format: '0.0%',
    detail: matchShown && matchShown.value !== null ? `of active participants, with an active mentor, coach or sponsor: ${count(matchShown.matched)} of ${count(matchShown.n)}` : '',
    change: changeText(history, q, 'Match rate', 'All', matchShown?.value ?? null, 'rate'),
    name: 'Cadre.MatchRate',
  });

  const tests = report.equity.tests;
  const adverse = tests.filter((t) => t.status === 'adverse').length;
  const watch = tests.filter((t) => t.status === 'watch').length;
  tiles.push({
    label: TILE_DEFINITIONS.equity.label,
    value: adverse,
    format: '0',
    detail: `of ${count(tests.length)} group rows tested (resource × attribute × group); ${watch} watch`,
    change: changeText(history, q, 'Equity flags: adverse', 'All', adverse, 'count'),
    name: 'Cadre.EquityAdverse',
  });

  const load = report.load;
  const over = load.overCapacity.length;
  tiles.push({
    label: TILE_DEFINITIONS.overCapacity.label,
    value: over,
    format: '0',
    detail: `of ${count(load.mentors)} mentors of any type: more active mentees than their Capacity`,
    change: changeText(history, q, 'Mentors over capacity', 'All', over, 'count'),
    name: 'Cadre.MentorsOverCapacity',
  });

  const conflicts = report.conflicts;
  const kinds = new Map<string, number>();
  for (const c of conflicts) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  tiles.push({
    label: TILE_DEFINITIONS.conflicts.label,
    value: conflicts.length,
    format: '0',
    detail: `pairings with a conflict of interest${conflicts.length === 0 ? '' : `: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`}`,
    change: changeText(history, q, 'Conflicts of interest', 'All', conflicts.length, 'count'),
    name: 'Cadre.Conflicts',
  });
  return tiles;
}

const STATUS_ORDER = ['adverse', 'watch', 'ok', 'reference', 'suppressed'];

/** Resource × attribute → the worst status among its groups (adverse, watch, ok; reference or suppressed only when nothing else). */
export function equitySummary(report: RefreshReport): { resources: string[]; attributes: string[]; worst: Map<string, string> } {
  const resources: string[] = [];
  const attributes: string[] = [];
  const worst = new Map<string, string>();
  for (const { resource, attribute, status } of report.equity.tests) {
    if (!resources.includes(resource)) resources.push(resource);
    if (!attributes.includes(attribute)) attributes.push(attribute);
    const key = `${resource}\u0000${attribute}`;
    const current = worst.get(key);
    if (current === undefined || STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(current)) worst.set(key, status);
  }
  return { resources, attributes, worst };
}

export interface BoardOptions {
  readonly name: string;
  readonly programName: string;
  readonly sheetNames: { readonly equity: string; readonly metrics: string; readonly definitions: string };
}

/**
 * The Board Dashboard (dashboards.md, 1): for the governance board, aggregates only (no names, no
 * ids), one screen wide (15 columns of 10 characters), printed on two landscape pages at 88% (the
 * attention block and the tiles on the first). Title and
 * context lines; the findings for the board's attention; eleven KPI tiles (with program impact: promotion, and retention vs matched colleagues) with the change since the
 * previous quarter (from History); bench strength for critical roles (`boardBench`); four native
 * charts drawn from Metrics Detail (retention curves with the 12/24-month points, readiness by track,
 * satisfaction by quarter, impact ratios with the 0.80 line); the equity summary (resource ×
 * attribute, worst status, coloured); a note on method. The tiles' numbers are also workbook names.
 */
export function boardSheet(report: RefreshReport, history: readonly HistoryRow[], refs: MetricsRefs, options: BoardOptions): { sheet: SheetPlan; names: NamePlan[] } {
  const name = options.name;
  const blocks: CellBlock[] = [];
  const styles: StyleRange[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const names: NamePlan[] = [];
  const lastCol = BOARD_COLUMNS;
  const line = (row: number, text: string, style: StyleRange['style'], height?: number) => {
    blocks.push({ at: `A${row}`, values: [[text, ...Array<PlanValue>(lastCol - 1).fill(null)]] });
    merges.push(`A${row}:${cellAddress(row, lastCol)}`);
    styles.push({ range: `A${row}:${cellAddress(row, lastCol)}`, style });
    if (height) rowHeights.push({ row, height });
  };
  const c = report.counts;
  line(1, `${options.programName}: Board Dashboard`, { bold: true, size: 18, color: CADRE_TEAL, vertical: 'center' }, 28);
  line(2, `As of ${report.asOf} · reporting quarter ${report.quarter} · refreshed ${report.refreshedAt.slice(0, 16).replace('T', ' ')} UTC · groups under ${report.minGroup} people are not shown`, { size: 10, color: '404040' });
  line(3, `Input rows: ${count(c.participants)} participants, ${count(c.comparison)} comparison pool, ${count(c.mentors)} mentors and coaches, ${count(c.pairings)} pairings, ${count(c.rotations)} rotations, ${count(c.surveyAnswers)} survey answers`, { size: 10, color: '404040' });

  // ----- for the board's attention -------------------------------------------------------------------
  const ATTENTION_ROW = 5;
  blocks.push({ at: `A${ATTENTION_ROW}`, values: [['For the board’s attention', ...Array<PlanValue>(lastCol - 1).fill(null)]] });
  merges.push(`A${ATTENTION_ROW}:${cellAddress(ATTENTION_ROW, lastCol)}`);
  styles.push({ range: `A${ATTENTION_ROW}`, style: { bold: true, size: 12, color: CADRE_TEAL } });
  const findings = report.findings.length > 0 ? report.findings.map((f, i) => `${i + 1}. ${f.text}`) : [NOTHING_TO_ACT_ON];
  findings.forEach((text, i) => line(ATTENTION_ROW + 1 + i, text, { size: 10, color: '262626', wrap: true, vertical: 'top' }));
  const FIRST_TILE_ROW = ATTENTION_ROW + findings.length + 2;

  // ----- KPI tiles ----------------------------------------------------------------------------------
  const tiles = boardTiles(report, history);
  tiles.forEach((tile, i) => {
    const top = FIRST_TILE_ROW + Math.floor(i / TILES_PER_ROW) * (TILE_ROWS + 1);
    const left = 1 + (i % TILES_PER_ROW) * TILE_WIDTH;
    const right = left + TILE_WIDTH - 1;
    const span = (r: number) => `${cellAddress(r, left)}:${cellAddress(r, right)}`;
    const pad = Array<PlanValue>(TILE_WIDTH - 1).fill(null);
    blocks.push({ at: cellAddress(top, left), values: [[tile.label, ...pad], [tile.value, ...pad], [tile.detail, ...pad], [tile.change, ...pad]] });
    for (let r = top; r < top + TILE_ROWS; r++) merges.push(span(r));
    styles.push({ range: `${cellAddress(top, left)}:${cellAddress(top + TILE_ROWS - 1, right)}`, style: { fill: TILE_FILL, horizontal: 'left', vertical: 'center' } });
    styles.push({ range: span(top), style: { bold: true, size: 10, color: '404040' } });
    const isNumber = typeof tile.value === 'number';
    styles.push({ range: span(top + 1), style: isNumber ? { bold: true, size: 22, color: CADRE_TEAL, numberFormat: tile.format } : { italic: true, size: 10, color: '7F7F7F', wrap: true } });
    styles.push({ range: span(top + 2), style: { size: 9, color: '404040', wrap: true, vertical: 'top' } });
    styles.push({ range: span(top + 3), style: { italic: true, size: 9, color: '595959' } });
    styles.push({ range: span(top + 3), style: { border: 'bottom' } });
    if (isNumber && tile.name) names.push({ name: tile.name, sheet: name, ref: cellAddress(top + 1, left), comment: `${tile.label} as of ${report.asOf}` });
  });
  const tileRowCount = Math.ceil(tiles.length / TILES_PER_ROW);
  for (let t = 0; t < tileRowCount; t++) {
    const top = FIRST_TILE_ROW + t * (TILE_ROWS + 1);
    rowHeights.push({ row: top + 1, height: 30 }, { row: top + 2, height: 24 }, { row: top + TILE_ROWS, height: 6 });
  }
  rowHeights.push({ row: FIRST_TILE_ROW - 1, height: 6 });
  const afterTiles = FIRST_TILE_ROW + tileRowCount * (TILE_ROWS + 1);
  rowHeights.push({ row: afterTiles, height: 6 });

  // ----- bench strength for critical roles (page 1, under the tiles) -----------------------------------
  const benchTitle = afterTiles + 1;
  blocks.push({ at: `A${benchTitle}`, values: [['Bench strength for critical roles', ...Array<PlanValue>(lastCol - 1).fill(null)]] });
  merges.push(`A${benchTitle}:${cellAddress(benchTitle, lastCol)}`);
  styles.push({ range: `A${benchTitle}`, style: { bold: true, size: 12, color: CADRE_TEAL } });
  const bench = boardBench(report);
  let benchEnd: number;
  if ('reason' in bench) {
    line(benchTitle + 1, bench.reason, { italic: true, size: 10, color: '7F7F7F' });
    benchEnd = benchTitle + 1;
  } else {
    // the role over columns A–C, each figure over two columns
    const spread = (cells: readonly PlanValue[]): PlanValue[] => [cells[0]!, null, null, ...cells.slice(1).flatMap((v) => [v, null])];
    const header = benchTitle + 1;
    const table = [spread([...BENCH_HEADER]), ...bench.rows.map(spread)];
    blocks.push({ at: `A${header}`, values: table });
    for (let r = header; r < header + table.length; r++) {
      merges.push(`A${r}:C${r}`);
      for (let c = 4; c < lastCol; c += 2) merges.push(`${cellAddress(r, c)}:${cellAddress(r, c + 1)}`);
    }
    const last = header + table.length - 1;
    styles.push({ range: `A${header}:${cellAddress(header, lastCol)}`, style: { ...HEADER_STYLE, size: 9 } });
    if (last > header) {
      styles.push({ range: `A${header + 1}:${cellAddress(last, lastCol)}`, style: { size: 9, border: 'thin' } });
      styles.push({ range: `D${header + 1}:${cellAddress(last, lastCol)}`, style: { horizontal: 'center' } });
      styles.push({ range: `D${header + 1}:E${last}`, style: { numberFormat: '#,##0' } });
      styles.push({ range: `F${header + 1}:M${last}`, style: { numberFormat: BENCH_SHARE_FORMAT } });
    }
    line(last + 1, bench.summary, { size: 9, color: '404040', wrap: true, vertical: 'top' });
    benchEnd = last + 1;
  }
  const gapBeforeCharts = benchEnd + 1;
  rowHeights.push({ row: gapBeforeCharts, height: 6 });

  // ----- charts ---------------------------------------------------------------------------------------
  const chartTop = gapBeforeCharts + 1;
  const chartRows = 12;
  const half = Math.floor(BOARD_COLUMNS / 2);
  const slots = [
    { from: { col: 0, row: chartTop - 1 }, to: { col: half, row: chartTop - 1 + chartRows } },
    { from: { col: half, row: chartTop - 1 }, to: { col: BOARD_COLUMNS, row: chartTop - 1 + chartRows } },
    { from: { col: 0, row: chartTop + chartRows }, to: { col: half, row: chartTop + 2 * chartRows } },
    { from: { col: half, row: chartTop + chartRows }, to: { col: BOARD_COLUMNS, row: chartTop + 2 * chartRows } },
  ];
  const charts: ChartSpec[] = [];
  const noChart = (slot: (typeof slots)[number], text: string) => {
    const row = slot.from.row + 1;
    blocks.push({ at: cellAddress(row, slot.from.col + 1), values: [[text]] });
    styles.push({ range: cellAddress(row, slot.from.col + 1), style: { italic: true, color: '7F7F7F' } });
  };
  const retention = isShown(report.retention) ? report.retention : null;
  if (refs.retentionCurve) {
    const lows = (retention ? [retention.participants, retention.comparison] : []).filter(isShown).map((p) => p.curve[p.curve.length - 1]?.survival ?? 1);
    const yMin = Math.max(0, Math.floor(Math.min(...lows, 1) * 10 - 1) / 10);
    charts.push({
      sheet: name,
      kind: 'scatterLines',
      title: 'Retention: participants vs comparison pool',
      xTitle: 'Months since start',
      yTitle: 'Still employed',
      yMin,
      yMax: 1,
      yFormat: '0%',
      series: [
        { name: 'Participants', x: refs.retentionCurve.months, values: refs.retentionCurve.participants, color: CADRE_TEAL },
        ...(refs.retentionCurve.comparison ? [{ name: 'Comparison pool', x: refs.retentionCurve.months, values: refs.retentionCurve.comparison, color: '7F7F7F', dash: true }] : []),
        ...(refs.retentionPoints ? [{ name: 'At 12 and 24 months', x: refs.retentionPoints.months, values: refs.retentionPoints.values, color: 'C55A11', line: false, marker: true }] : []),
      ],
      anchor: slots[0],
    });
  } else noChart(slots[0], `No retention chart: ${reasonOf(retention ? retention.participants : null)}`);
  if (refs.readinessByTrack) {
    charts.push({
      sheet: name,
      kind: 'column',
      title: 'Ready for a critical role by 12 and 24 months, by track',
      categories: refs.readinessByTrack.tracks,
      yTitle: 'Ready',
      yMin: 0,
      yFormat: '0%',
      series: [
        { name: 'By 12 months', values: refs.readinessByTrack.at12, color: '9DC3B8' },
        { name: 'By 24 months', values: refs.readinessByTrack.at24, color: CADRE_TEAL },
      ],
      anchor: slots[1],
    });
  } else noChart(slots[1], `No readiness chart: ${isShown(report.readiness) ? 'no Track column' : reasonOf(report.readiness)}`);
  if (refs.satisfactionByQuarter) {
    charts.push({
      sheet: name,
      kind: 'line',
      title: 'Satisfaction by quarter (mean score)',
      categories: refs.satisfactionByQuarter.quarters,
      yTitle: 'Mean score',
      series: refs.satisfactionByQuarter.series.map((s) => ({ name: s.name, values: s.values, marker: true })),
      anchor: slots[2],
    });
  } else noChart(slots[2], 'No satisfaction chart: no survey answers in this or earlier quarters');
  if (refs.impactRatios) {
    charts.push({
      sheet: name,
      kind: 'column',
      title: 'Lowest impact ratio by resource (below 0.80: the four-fifths screen)',
      categories: refs.impactRatios.labels,
      yTitle: 'Impact ratio',
      yMin: 0,
      yMax: 1.2,
      yFormat: '0.00',
      series: [
        { name: 'Lowest impact ratio', values: refs.impactRatios.ratios, color: CADRE_TEAL },
        { name: 'Four-fifths screen (0.80)', values: refs.impactRatios.line, color: 'C00000', dash: true, asLine: true },
      ],
      anchor: slots[3],
    });
  } else noChart(slots[3], 'No impact-ratio chart: no access test had a group to compare');

  // ----- equity summary (left) and the note on method (right) -----------------------------------------
  const titleRow = chartTop + 2 * chartRows + 1;
  const { resources, attributes, worst } = equitySummary(report);
  const labelWidth = 3;
  // one column per attribute; with more than six the note on method goes below instead of beside
  const shownAttributes = attributes.slice(0, lastCol - labelWidth);
  const usedRight = Math.max(labelWidth + shownAttributes.length, labelWidth + 1);
  const methodBeside = shownAttributes.length <= 6;
  const equityRight = methodBeside ? usedRight : lastCol;
  const sectionTitle = (row: number, left: number, right: number, text: string) => {
    blocks.push({ at: cellAddress(row, left), values: [[text, ...Array<PlanValue>(right - left).fill(null)]] });
    merges.push(`${cellAddress(row, left)}:${cellAddress(row, right)}`);
    styles.push({ range: cellAddress(row, left), style: { bold: true, size: 11, color: CADRE_TEAL, wrap: true, vertical: 'bottom' } });
  };
  sectionTitle(titleRow, 1, equityRight, 'Pairing equity: worst status by resource and attribute');
  const headerRow = titleRow + 1;
  const summaryRows: PlanValue[][] = [['Resource', null, null, ...shownAttributes]];
  for (const r of resources) summaryRows.push([r, null, null, ...shownAttributes.map((a) => worst.get(`${r}\u0000${a}`) ?? null)]);
  if (resources.length === 0) summaryRows.push(['no access tests: the inputs they need are missing', null, null, ...shownAttributes.map(() => null)]);
  const width = Math.max(...summaryRows.map((r) => r.length), labelWidth + 1);
  blocks.push({ at: `A${headerRow}`, values: summaryRows.map((r) => [...r, ...Array<PlanValue>(width - r.length).fill(null)]) });
  for (let r = headerRow; r < headerRow + summaryRows.length; r++) merges.push(`A${r}:${cellAddress(r, labelWidth)}`);
  styles.push({ range: `A${headerRow}:${cellAddress(headerRow, usedRight)}`, style: { ...HEADER_STYLE, size: 9 } });
  const bottom = headerRow + summaryRows.length - 1;
  const statusRange = `${cellAddress(headerRow + 1, labelWidth + 1)}:${cellAddress(bottom, usedRight)}`;
  styles.push({ range: statusRange, style: { horizontal: 'center', border: 'thin', size: 9 } });
  styles.push({ range: `A${headerRow + 1}:${cellAddress(bottom, labelWidth)}`, style: { border: 'thin', size: 9 } });

  const method = [
    'Retention and time to readiness are survival estimates: people who joined recently count for the time observed so far (censoring), and leaving before being ready is a competing outcome. Intervals are 95%.',
    `Equity: each group's rate of getting a resource is compared with the group with the highest rate. An impact ratio below 0.80 (the four-fifths screen) is a screening rule, not a legal finding. "Adverse": below 0.80, significant after Benjamini–Hochberg adjustment and at least one person short; "watch": one of these.`,
    `Privacy: a group of fewer than ${report.minGroup} people shows no figures ("fewer than ${report.minGroup}"), groups under ${report.minGroup} that together reach ${report.minGroup} are combined, and counts that would give a hidden group away by subtraction show "withheld"; rates and flags stay. This page names no one. Definitions: ${options.sheetNames.definitions}; tables behind the tiles: ${options.sheetNames.metrics}; every equity test: ${options.sheetNames.equity}.`,
  ].join('\n\n');
  let lastRow: number;
  if (methodBeside) {
    const left = usedRight + 2;
    sectionTitle(titleRow, left, lastCol, 'How to read this page');
    const methodBottom = Math.max(bottom, headerRow + 11);
    blocks.push({ at: cellAddress(headerRow, left), values: [[method, ...Array<PlanValue>(lastCol - left).fill(null)]] });
    merges.push(`${cellAddress(headerRow, left)}:${cellAddress(methodBottom, lastCol)}`);
    styles.push({ range: cellAddress(headerRow, left), style: { size: 9, color: '404040', wrap: true, vertical: 'top' } });
    // a line under the note: LibreOffice fits the page to the last row holding a value or a border
    // (not a white fill), and without one cut the note's empty last rows off the page
    styles.push({ range: `${cellAddress(methodBottom, left)}:${cellAddress(methodBottom, lastCol)}`, style: { border: 'bottom' } });
    lastRow = methodBottom;
  } else {
    sectionTitle(bottom + 2, 1, lastCol, 'How to read this page');
    line(bottom + 3, method, { size: 9, color: '404040', wrap: true, vertical: 'top' }, 110);
    lastRow = bottom + 3;
  }

  const sheet: SheetPlan = {
    ...emptySheet('board', name),
    blocks,
    styles,
    merges,
    columnWidths: Array<number>(BOARD_COLUMNS).fill(COLUMN_WIDTH),
    rowHeights,
    showGridlines: false,
    tabColor: CADRE_TEAL,
    conditionalFormats: resources.length > 0 ? [{ range: statusRange, rules: Object.entries(STATUS_COLOURS).map(([equals, colours]) => ({ equals, ...colours })) }] : [],
    charts,
    print: { orientation: 'landscape', fitToOnePageWide: false, scale: BOARD_PRINT_SCALE, margins: BOARD_MARGINS, breaksBefore: [chartTop], area: `A1:${cellAddress(lastRow, lastCol)}` },
  };
  return { sheet, names };
}

