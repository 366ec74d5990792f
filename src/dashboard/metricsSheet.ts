import { cellAddress } from '../excel/a1Address';
import type { Estimate, NotAvailable, SurvivalSummary } from '../metrics/metricResults';
import type { Suppressible } from '../privacy/protectedDocument';
import type { RefreshReport } from '../report/refreshReport';
import type { HistoryRow } from './history';
import { impactDetail } from './impactDetail';
import type { PlanValue, SheetPlan } from './plan';
import { WITHHELD, fewerThan, isShown, isSuppressed, reasonOf, shown } from './reportValues';
import { SheetBuilder, sheetRef } from './sheetBuilder';

/** Where the Board Dashboard's charts and the workbook names find their data on Metrics Detail. */
export interface MetricsRefs {
  /** monthly retention curve: months, participants, comparison (sheet-qualified ranges) */
  readonly retentionCurve: { readonly months: string; readonly participants: string; readonly comparison: string | null } | null;
  /** the 12- and 24-month points of participants: months and values */
  readonly retentionPoints: { readonly months: string; readonly values: string } | null;
  /** ready by 12 and 24 months by track: track names and the two value columns */
  readonly readinessByTrack: { readonly tracks: string; readonly at12: string; readonly at24: string } | null;
  /** satisfaction means by quarter: quarters, and one range per instrument */
  readonly satisfactionByQuarter: { readonly quarters: string; readonly series: readonly { readonly name: string; readonly values: string }[] } | null;
  /** lowest impact ratio by resource: labels, ratios, the 0.80 line */
  readonly impactRatios: { readonly labels: string; readonly ratios: string; readonly line: string } | null;
  /** A1 cells (on Metrics Detail) of single key figures, for workbook names, when they hold a number */
  readonly cells: Readonly<Record<string, string>>;
}

const PCT = '0.0%';
const MONTHS = '0.0';
const P = '0.0000';
const FRACTION_FORMATS = (n: number) => Array<string>(n).fill(PCT);

/** The longest a monthly curve table runs, in months. */
export const CURVE_MONTHS_MAX = 60;

/** An estimate's value, lower, upper. */
const triple = (e: Estimate): PlanValue[] => [e.value, e.lower, e.upper];

/** `n` nulls: the empty cells of a row that shows no figures. */
const blanks = (n: number): PlanValue[] => Array<PlanValue>(n).fill(null);

/** The fields of a curve's points that hold a number (or null). */
type PointField<P> = { [K in keyof P]-?: P[K] extends number | null ? K : never }[keyof P];

/** Survival (or cumulative incidence) at whole months 0..max: the step curve's value at each month. */
export function monthlySteps<P extends { readonly months: number }>(curve: readonly P[], key: PointField<P>, start: number, until: number, max: number): (number | null)[] {
  const out: (number | null)[] = [];
  let i = 0;
  let value = start;
  for (let m = 0; m <= max; m++) {
    while (i < curve.length && curve[i].months <= m) {
      const v = curve[i][key];
      if (typeof v === 'number') value = v;
      i += 1;
    }
    out.push(m <= until ? value : null);
  }
  return out;
}

/**
 * Metrics Detail (dashboards.md, 3): the full tables behind each Board Dashboard tile — retention
 * (summaries, log-rank, period figures, segments, the monthly curves), readiness (summary, segments,
 * bench, the monthly cumulative incidence), program impact against matched colleagues (`impactDetail`:
 * the matching, the balance table and every effect), satisfaction per instrument and role (with the previous
 * quarter and the test of the change, by support type, by quarter from History), program operations
 * and rotations, mentor load — and the chart data of the Board Dashboard. Aggregates only; a
 * suppressed group shows "fewer than k" and no figure.
 */
export function metricsSheet(report: RefreshReport, history: readonly HistoryRow[], name = 'Metrics Detail'): { sheet: SheetPlan; refs: MetricsRefs } {
  const k = report.minGroup;
  const b = new SheetBuilder('metrics', name);
  const cells: Record<string, string> = {};
  b.title(`Metrics detail as of ${report.asOf} (${report.quarter}): the tables behind the Board Dashboard`);
  b.line('Rates are fractions shown as percentages; Lower and Upper bound the 95% interval; months are days ÷ 30.4375. Definitions: see the Definitions sheet.', { italic: true, color: '595959' });
  b.line(`"${fewerThan(k)}": a group of fewer than ${k} people, not shown; "${WITHHELD}": an exact count not shown because, with the others, it would give such a group away by subtraction.`, { italic: true, color: '595959' });

  // ----- retention -------------------------------------------------------------------------------
  // not computed at all: every row says "not available" (the tables keep their shape)
  const retention = isShown(report.retention) ? report.retention : null;
  b.section('Retention (Kaplan–Meier): share still employed');
  const survivalRow = (label: string, s: Suppressible<SurvivalSummary> | NotAvailable | null): PlanValue[] => {
    if (s === null || !isShown(s)) return [label, s !== null && isSuppressed(s) ? fewerThan(k) : null, ...blanks(10), reasonOf(s)];
    return [label, s.n, s.events, ...triple(s.at12), ...triple(s.at24), s.medianMonths, s.rmst24, s.followUpMonths, s.reason ?? null];
  };
  const regrettable = retention && isShown(retention.regrettable) ? retention.regrettable : null;
  const summary = b.table({
    header: ['Population', 'n', 'Leavers', 'At 12 months', '12m lower', '12m upper', 'At 24 months', '24m lower', '24m upper', 'Median months', 'Mean months of first 24', 'Follow-up months', 'Note'],
    rows: [
      survivalRow('Participants', retention?.participants ?? null),
      survivalRow('Comparison pool', retention?.comparison ?? null),
      ...(regrettable
        ? [survivalRow('Participants: regrettable leaving only', regrettable.participants), survivalRow('Comparison pool: regrettable leaving only', regrettable.comparison)]
        : [['Regrettable leaving', ...blanks(11), reasonOf(retention?.regrettable ?? null)]]),
    ],
    formats: [undefined, '0', '0', PCT, PCT, PCT, PCT, PCT, PCT, MONTHS, MONTHS, MONTHS],
    tableName: 'CadreRetention',
  });
  const parts = retention && isShown(retention.participants) ? retention.participants : null;
  const comp = retention && isShown(retention.comparison) ? retention.comparison : null;
  // workbook names of figures the Board Dashboard's tiles do not carry (only where a number is shown)
  if (parts && parts.at24.value !== null) cells.Retention24m = cellAddress(summary.first, 7);
  if (comp && comp.at12.value !== null) cells.Retention12mComparison = cellAddress(summary.first + 1, 4);
  const logRank = retention?.logRank ?? null;
  const logRankShown = logRank && isShown(logRank) ? logRank : null;
  b.pairs([
    ['Log-rank test, participants vs comparison pool: χ²', logRankShown ? logRankShown.chi2 : reasonOf(logRank), '0.00'],
    ['p', logRankShown ? logRankShown.p : null, P],
  ]);

  const periodRows: PlanValue[][] = [];
  for (const [label, key] of [['Participants', 'participants'], ['Comparison pool', 'comparison']] as const) {
    for (const f of retention?.period[key] ?? []) {
      periodRows.push([label, f.period, f.start, f.end, f.employedAtStart, f.employedAtEnd, f.exits, f.retentionRate, f.turnoverRate, f.annualisedTurnover]);
    }
  }
  b.section('Period retention and turnover (the standard HR form)');
  b.table({
    header: ['Population', 'Period', 'Start', 'End', 'Employed at start', 'Employed at end', 'Exits', 'Retention rate', 'Turnover rate', 'Annualised turnover'],
    rows: periodRows,
    formats: [undefined, undefined, undefined, undefined, '0', '0', '0', PCT, PCT, PCT],
    tableName: 'CadrePeriodRetention',
  });

  b.section('Retention of participants by segment');
  b.table({
    header: ['Attribute', 'Group', 'n', 'Leavers', 'At 12 months', '12m lower', '12m upper', 'At 24 months', '24m lower', '24m upper', 'Median months', 'Mean months of first 24'],
    rows: (retention?.segments ?? []).map((s) =>
      s.suppressed
        ? [s.attribute, s.group, fewerThan(k), ...blanks(9)]
        : [s.attribute, s.group, shown(s, 'n', k), shown(s, 'events', k), ...triple(s.at12), ...triple(s.at24), s.medianMonths, s.rmst24],
    ),
    formats: [undefined, undefined, '0', '0', PCT, PCT, PCT, PCT, PCT, PCT, MONTHS, MONTHS],
    tableName: 'CadreRetentionSegments',
    empty: 'no segments',
  });

  // monthly curves (the Board Dashboard's retention chart)
  let retentionCurve: MetricsRefs['retentionCurve'] = null;
  let retentionPoints: MetricsRefs['retentionPoints'] = null;
  if (parts) {
    const until = Math.min(CURVE_MONTHS_MAX, Math.floor(Math.max(parts.followUpMonths, comp?.followUpMonths ?? 0)));
    const pCurve = parts.curve;
    const cCurve = comp ? comp.curve : [];
    const pUntil = parts.followUpMonths;
    const cUntil = comp?.followUpMonths ?? 0;
    const series = [monthlySteps(pCurve, 'survival', 1, pUntil, until), monthlySteps(pCurve, 'lower', 1, pUntil, until), monthlySteps(pCurve, 'upper', 1, pUntil, until)];
    const cSeries = comp ? [monthlySteps(cCurve, 'survival', 1, cUntil, until), monthlySteps(cCurve, 'lower', 1, cUntil, until), monthlySteps(cCurve, 'upper', 1, cUntil, until)] : [];
    b.section('Retention curves by month (the Board Dashboard chart; the full step curves are in the JSON output)');
    const rows: PlanValue[][] = [];
    for (let m = 0; m <= until; m++) rows.push([m, ...series.map((s) => s[m]), ...(comp ? cSeries.map((s) => s[m]) : [null, null, null])]);
    const t = b.table({
      header: ['Month', 'Participants', 'Participants lower', 'Participants upper', 'Comparison pool', 'Comparison lower', 'Comparison upper'],
      rows,
      formats: ['0', ...FRACTION_FORMATS(6)],
      tableName: 'CadreRetentionCurve',
    });
    retentionCurve = {
      months: sheetRef(name, t.first, 1, t.last, 1),
      participants: sheetRef(name, t.first, 2, t.last, 2),
      comparison: comp ? sheetRef(name, t.first, 5, t.last, 5) : null,
    };
    b.gap();
    const points = b.table({
      header: ['Point', 'Month', 'Participants retained'],
      rows: [
        ['12 months', 12, parts.at12.value],
        ['24 months', 24, parts.at24.value],
      ],
      formats: [undefined, '0', PCT],
    });
    retentionPoints = { months: sheetRef(name, points.first, 2, points.last, 2), values: sheetRef(name, points.first, 3, points.last, 3) };
  }

  // ----- readiness -------------------------------------------------------------------------------
  const readiness = report.readiness;
  b.section('Time to readiness (cumulative incidence; leaving before ready is a competing outcome)');
  let readinessByTrack: MetricsRefs['readinessByTrack'] = null;
  if (isShown(readiness)) {
    const r = b.table({
      header: ['n', 'Ready', 'Left before ready', 'In development', 'Ready by 12 months', '12m lower', '12m upper', 'Ready by 24 months', '24m lower', '24m upper', 'Median months to ready', 'Follow-up months'],
      rows: [[readiness.n, readiness.ready, readiness.leftBeforeReady, readiness.inDevelopment, ...triple(readiness.at12), ...triple(readiness.at24), readiness.medianMonths, readiness.followUpMonths]],
      formats: ['0', '0', '0', '0', PCT, PCT, PCT, PCT, PCT, PCT, MONTHS, MONTHS],
      tableName: 'CadreReadiness',
    });
    if (readiness.at12.value !== null) cells.ReadyBy12m = cellAddress(r.first, 5);
    b.section('Readiness by segment (track, cohort, support type, rotations)');
    const segments = readiness.segments;
    b.table({
      header: ['Attribute', 'Group', 'n', 'Ready', 'Left before ready', 'Ready by 12 months', '12m lower', '12m upper', 'Ready by 24 months', '24m lower', '24m upper', 'Median months to ready'],
      rows: segments.map((s) =>
        s.suppressed
          ? [s.attribute, s.group, fewerThan(k), ...blanks(9)]
          : [s.attribute, s.group, shown(s, 'n', k), shown(s, 'ready', k), shown(s, 'leftBeforeReady', k), ...triple(s.at12), ...triple(s.at24), s.medianMonths],
      ),
      formats: [undefined, undefined, '0', '0', '0', PCT, PCT, PCT, PCT, PCT, PCT, MONTHS],
      tableName: 'CadreReadinessSegments',
      empty: 'no segments',
    });
    const tracks = segments.filter((s) => s.attribute === 'Track');
    if (tracks.length > 0) {
      b.section('Ready by 12 and 24 months, by track (the Board Dashboard chart)');
      const t = b.table({
        header: ['Track', 'By 12 months', 'By 24 months'],
        rows: tracks.map((s) => [s.group, s.suppressed ? null : s.at12.value, s.suppressed ? null : s.at24.value]),
        formats: [undefined, PCT, PCT],
      });
      readinessByTrack = { tracks: sheetRef(name, t.first, 1, t.last, 1), at12: sheetRef(name, t.first, 2, t.last, 2), at24: sheetRef(name, t.first, 3, t.last, 3) };
    }
    const bench = readiness.bench;
    b.section('Succession bench');
    b.table({ header: ['Readiness rating', 'People'], rows: bench.byRating.map((r) => [r.rating, r.suppressed ? fewerThan(k) : shown(r, 'n', k)]), formats: [undefined, '0'], empty: 'no readiness ratings' });
    b.gap();
    b.table({
      header: ['Target role', 'Candidates', 'Ready now', 'Ready 1-2 years', 'Ready 3+ years', 'Not ready', 'No ready-now successor'],
      rows: bench.byTargetRole.map((r) =>
        r.suppressed
          ? [r.targetRole, fewerThan(k), null, null, null, null, null]
          : [r.targetRole, shown(r, 'n', k), shown(r, 'readyNow', k), shown(r, 'ready1to2', k), shown(r, 'ready3plus', k), shown(r, 'notReady', k), r.noReadyNowSuccessor ? 'yes' : 'no'],
      ),
      formats: [undefined, '0', '0', '0', '0', '0'],
      empty: 'no target roles',
    });
  } else {
    b.line(reasonOf(readiness));
  }

  // ----- program impact against matched colleagues (impact.md, "Where it shows") --------------------
  impactDetail(b, report);

  // ----- satisfaction ----------------------------------------------------------------------------
  b.section(`Satisfaction in ${report.quarter} (up to the as-of date), with the previous quarter and the test of the change`);
  const satisfaction = isShown(report.satisfaction) ? report.satisfaction : [];
  const satRows: PlanValue[][] = satisfaction.map((s) => {
    const labels: PlanValue[] = [s.instrument, s.role, s.scaleMax];
    if (s.suppressed) return [...labels, fewerThan(k), ...blanks(13)];
    const prev = s.previous;
    const rr = s.responseRate;
    return [
      ...labels,
      shown(s, 'respondents', k),
      shown(s, 'n', k),
      s.mean,
      s.lower,
      s.upper,
      ...triple(s.top2),
      s.enps ? s.enps.value : null,
      s.withheld?.includes('responseRate') ? WITHHELD : rr ? rr.value : null,
      rr && rr.low ? 'below 60%' : null,
      prev && !prev.suppressed ? prev.mean : null,
      s.change ? s.change.difference : null,
      s.changeP,
    ];
  });
  if (!isShown(report.satisfaction)) satRows.push([reasonOf(report.satisfaction), ...blanks(16)]);
  b.table({
    header: ['Instrument', 'Role', 'Scale max', 'Respondents', 'Answers', 'Mean', 'Mean lower', 'Mean upper', 'Top-2-box', 'Top-2 lower', 'Top-2 upper', 'eNPS', 'Response rate', 'Response flag', 'Previous quarter mean', 'Change', 'p (Welch)'],
    rows: satRows,
    formats: [undefined, undefined, '0', '0', '0', '0.00', '0.00', '0.00', PCT, PCT, PCT, '0', PCT, undefined, '0.00', '+0.00;-0.00;0.00', P],
    tableName: 'CadreSatisfaction',
    empty: 'no answers in the quarter',
  });
  b.section('Mentee satisfaction by support type (answers about internal mentors vs external coaches)');
  b.table({
    header: ['Instrument', 'Support type', 'Respondents', 'Answers', 'Mean', 'Lower', 'Upper'],
    rows: (isShown(report.satisfactionBySupport) ? report.satisfactionBySupport : []).map((s) =>
      s.suppressed
        ? [s.instrument, s.supportType, fewerThan(k), null, null, null, null]
        : [s.instrument, s.supportType, shown(s, 'respondents', k), shown(s, 'n', k), s.mean, s.lower, s.upper],
    ),
    formats: [undefined, undefined, '0', '0', '0.00', '0.00', '0.00'],
    empty: 'no answers about mentors or coaches',
  });

  // satisfaction by quarter: History rows (instrument means, every role) plus this report's two quarters
  let satisfactionByQuarter: MetricsRefs['satisfactionByQuarter'] = null;
  const instruments = satisfaction.filter((s) => s.role === 'All' && s.scaleMax <= 7).map((s) => s.instrument);
  if (instruments.length > 0) {
    const byQuarter = new Map<string, Map<string, number>>();
    const put = (quarter: string, instrument: string, value: number | null) => {
      if (value === null) return;
      if (!byQuarter.has(quarter)) byQuarter.set(quarter, new Map());
      byQuarter.get(quarter)!.set(instrument, value);
    };
    for (const h of history) {
      const instrument = h.segment === 'All' && h.metric.endsWith(': mean') ? h.metric.slice(0, -': mean'.length) : null;
      if (instrument !== null && instruments.includes(instrument)) put(h.quarter, instrument, h.value);
    }
    for (const s of satisfaction) {
      if (s.role !== 'All' || !instruments.includes(s.instrument) || s.suppressed) continue;
      const prev = s.previous;
      if (prev && !prev.suppressed && !byQuarter.get(prev.quarter)?.has(s.instrument)) put(prev.quarter, s.instrument, prev.mean);
      put(s.quarter, s.instrument, s.mean);
    }
    const quarters = [...byQuarter.keys()].filter((q) => q <= report.quarter).sort().slice(-8);
    b.section('Satisfaction means by quarter (the Board Dashboard chart; earlier quarters from History)');
    const t = b.table({
      header: ['Quarter', ...instruments],
      rows: quarters.map((q) => [q, ...instruments.map((i) => byQuarter.get(q)?.get(i) ?? null)]),
      formats: [undefined, ...instruments.map(() => '0.00')],
    });
    if (quarters.length > 0) {
      satisfactionByQuarter = { quarters: sheetRef(name, t.first, 1, t.last, 1), series: instruments.map((i, j) => ({ name: i, values: sheetRef(name, t.first, 2 + j, t.last, 2 + j) })) };
    }
  }

  // ----- operations ------------------------------------------------------------------------------
  const ops = report.operations;
  const match = isShown(ops.matchRate) ? ops.matchRate : null;
  const sessions = isShown(ops.sessionsPerActivePairing) ? ops.sessionsPerActivePairing : null;
  const hours = isShown(ops.hoursPerActivePairing) ? ops.hoursPerActivePairing : null;
  b.section('Program operations');
  b.pairs([
    ['Active participants', ops.activeParticipants, '0'],
    ['Match rate (active participants with an active pairing)', match?.value ?? null, PCT],
    ['  95% interval', match && match.lower !== null ? `${pct(match.lower)} to ${pct(match.upper)}` : reasonOf(ops.matchRate)],
    ['Active pairings', ops.activePairings, '0'],
    ['Inactive pairings (no meeting in the 90 days before the as-of date)', ops.inactivePairingsReason ?? ops.inactivePairings, '0'],
    ['Sessions per active pairing: mean', sessions?.mean ?? null, '0.0'],
    ['Sessions per active pairing: median', sessions?.median ?? null, '0.0'],
    ['Hours per active pairing: mean', hours?.mean ?? null, '0.0'],
    ['Hours per active pairing: median', hours?.median ?? null, '0.0'],
  ]);
  const rotations = ops.rotations;
  b.section('Rotations');
  if (isShown(rotations)) {
    b.pairs([
      ['Participants with a completed rotation', rotations.participantsWithCompleted, '0'],
      ['Share of participants', rotations.share, PCT],
      ['Checkpoints due by the as-of date', rotations.checkpointsDue, '0'],
      ['Share of due checkpoints rated', rotations.checkpointRatedShare, PCT],
    ]);
    b.gap();
    b.table({
      header: ['Function', 'Participants', 'Coverage', 'People rated', 'Checkpoint ratings', 'Mean checkpoint rating'],
      rows: rotations.byFunction.map((f) =>
        f.suppressed
          ? [f.function, fewerThan(k), null, null, null, null]
          : [f.function, shown(f, 'participants', k), shown(f, 'coverage', k), shown(f, 'ratedParticipants', k), shown(f, 'checkpointRatings', k), shown(f, 'meanCheckpointRating', k)],
      ),
      formats: [undefined, '0', PCT, '0', '0', '0.00'],
      tableName: 'CadreRotations',
      empty: 'no rotations',
    });
  } else {
    b.line(reasonOf(rotations));
  }

  // ----- mentor load -----------------------------------------------------------------------------
  const load = report.load;
  b.section('Mentor load');
  b.pairs([
    ['Mentors and coaches (every type)', load.mentors, '0'],
    ['Mentors over capacity (more active mentees than their Capacity, any type)', load.overCapacity.length, '0'],
    ['Hour overruns (more hours per month than CapacityHours; not over capacity)', load.overHours.length, '0'],
    ['Internal mentors', load.internalMentors, '0'],
    ['Active mentees of internal mentors', load.activeMentees, '0'],
    ['Concentration of mentees across internal mentors (Gini, 0 = even)', load.gini, '0.00'],
  ]);
  b.gap();
  b.table({
    header: ['Attribute', 'Group', 'Participants', 'Pairings with senior mentors', 'Share of senior pairings', 'Share of participants'],
    rows: load.seniorShare.map((s) => (s.suppressed ? [s.attribute, s.group, fewerThan(k), null, null, null] : [s.attribute, s.group, shown(s, 'n', k), shown(s, 'seniorPairings', k), shown(s, 'share', k), shown(s, 'populationShare', k)])),
    formats: [undefined, undefined, '0', '0', PCT, PCT],
    empty: 'no senior-mentor figures',
  });

  // ----- impact ratios (the Board Dashboard chart) -------------------------------------------------
  let impactRatios: MetricsRefs['impactRatios'] = null;
  const lowest = lowestImpactRatios(report);
  if (lowest.length > 0) {
    b.section('Lowest impact ratio by resource (the Board Dashboard chart; every test is on Equity Detail)');
    const t = b.table({
      header: ['Resource', 'Lowest impact ratio', 'Group', 'Four-fifths line'],
      rows: lowest.map((l) => [l.resource, l.ratio, l.group, 0.8]),
      formats: [undefined, '0.00', undefined, '0.00'],
    });
    impactRatios = { labels: sheetRef(name, t.first, 1, t.last, 1), ratios: sheetRef(name, t.first, 2, t.last, 2), line: sheetRef(name, t.first, 4, t.last, 4) };
  }

  const sheet = b.build({ columnWidths: [44, 16, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 14, 12, 12, 10, 10], freeze: { rows: 1, columns: 0 }, tabColor: '0F6E5A' });
  return { sheet, refs: { retentionCurve, retentionPoints, readinessByTrack, satisfactionByQuarter, impactRatios, cells } };
}

const pct = (v: number | null): string => (v === null ? '' : `${(v * 100).toFixed(1)}%`);

/** Per resource, the lowest impact ratio of a group that is shown (not the reference, not suppressed). */
export function lowestImpactRatios(report: RefreshReport): { resource: string; ratio: number; group: string }[] {
  const out = new Map<string, { resource: string; ratio: number; group: string }>();
  for (const t of report.equity.tests) {
    if (t.suppressed || t.status === 'reference' || t.impactRatio === null) continue;
    const ratio = t.impactRatio;
    const current = out.get(t.resource);
    if (!current || ratio < current.ratio) out.set(t.resource, { resource: t.resource, ratio, group: `${t.attribute}: ${t.group}` });
  }
  return [...out.values()];
}
