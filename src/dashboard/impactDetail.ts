import type { BalanceFigure, BalanceRow, ImpactResult, MatchingSummary, MeasureEffect, PromotionEffect, PromotionSide, RetentionEffect } from '../impact/impactResults';
import type { Estimate, NotAvailable, SurvivalSummary } from '../metrics/metricResults';
import { IMPACT_NOTE, impactSummary } from '../report/impactSummary';
import type { RefreshReport } from '../report/refreshReport';
import type { PlanValue } from './plan';
import { fewerThan, isShown, reasonOf } from './reportValues';
import type { SheetBuilder } from './sheetBuilder';

const PCT = '0.0%';
/** a difference of two shares, in points: +2.6%, -3.1% */
const SIGNED_PCT = '+0.0%;-0.0%;0.0%';
const MONTHS = '0.0';
const P = '0.0000';
const SMD = '+0.000;-0.000;0.000';
const CHANGE = '+0.00;-0.00;0.00';

/** The two sides of every effect, as the sheet names them. */
export const IMPACT_SIDES = { participants: 'Matched participants', controls: 'Matched colleagues', difference: 'Difference (participants − colleagues)' } as const;

/** The comparisons of the balance table. */
export const BALANCE_COMPARISONS = { before: 'Before matching: all participants vs comparison pool', after: 'After matching: matched participants vs matched colleagues' } as const;

/** The section headings of program impact on Metrics Detail (tests find the tables under them). */
export const IMPACT_SECTIONS = {
  impact: 'Program impact: matched participants compared with matched colleagues',
  balance: 'Balance of the matched comparison: standardised mean difference (SMD), |SMD| < 0.1 balanced',
  retention: 'Retention compared with matched colleagues (Kaplan–Meier from each participant’s start)',
  promotion: 'Promotion compared with matched colleagues (cumulative incidence; leaving first is a competing outcome)',
  measures: 'Other measures compared with matched colleagues: difference in differences (the year before the start vs 6 to 18 months after)',
} as const;

type Hidden = NotAvailable | { readonly suppressed: true; readonly reason: string };

const blanks = (n: number): PlanValue[] => Array<PlanValue>(n).fill(null);
const triple = (e: Estimate): PlanValue[] => [e.value, e.lower, e.upper];

/**
 * Metrics Detail's program impact (impact.md, "Where it shows": "Metrics Detail: the balance table
 * and every effect"): the matching summary (variables used and skipped, controls per participant,
 * matched participants, controls, unmatched), the balance table (each variable level, before and
 * after matching: SMD, balanced, n each side), and every effect of matched participants vs their
 * matched colleagues — retention (S at 12 and 24 months, their difference with its 95% interval,
 * RMST at 24 months, log-rank p), promotion (promoted by 12 and 24 months, the difference with its
 * interval, promotions per person-year and the rate ratio), each other measure's difference in
 * differences. An effect suppressed under k shows "fewer than k" and no figure; a part not computed,
 * its reason; matching not run at all, one line with the reason. Aggregates only: the unmatched
 * participants' combinations are on Analyst Detail.
 */
export function impactDetail(b: SheetBuilder, report: RefreshReport): void {
  const k = report.minGroup;
  const impact = report.impact;
  b.section(IMPACT_SECTIONS.impact);
  const matching = impact.matching;
  if (!isShown(matching)) {
    b.line(reasonOf(matching));
    return;
  }
  const matchedOn = impactSummary(report).matchedOn;
  b.line(
    `Matched participants are compared with matched colleagues${matchedOn ? ` (${matchedOn} at the participant’s start)` : ''}: up to ${matching.k} colleagues each, employed, eligible and not yet in the program on that day. ${IMPACT_NOTE}`,
    { italic: true, color: '595959' },
  );
  matchingSummary(b, matching);
  balanceTable(b, matching.balance, k);
  retentionTable(b, impact.retention, k);
  promotionTables(b, impact.promotion, k);
  measuresTable(b, impact.measures, k);
}

function matchingSummary(b: SheetBuilder, m: MatchingSummary): void {
  b.gap();
  b.pairs([
    ['Matching variables used (exact on each)', m.variables.length > 0 ? m.variables.join(', ') : 'none'],
    ['Matching variables skipped', m.skipped.length > 0 ? m.skipped.map((s) => `${s.variable} (${s.reason})`).join('; ') : 'none'],
    ['Controls per participant (1:k, nearest EligibleDate, without replacement)', m.k, '0'],
    ['Participants (in the program, started by the as-of date)', m.participants, '0'],
    ['Matched participants (at least one matched colleague)', m.matched, '0'],
    ['Matched colleagues (controls used)', m.controls, '0'],
    ['Unmatched participants (no candidate with the same values; combinations on Analyst Detail)', m.unmatched, '0'],
  ]);
}

/** One balance comparison: SMD, balanced, n each side; "fewer than k" and nothing else where suppressed. */
function balanceCells(f: BalanceFigure, k: number): PlanValue[] {
  if ('suppressed' in f && f.suppressed) return [fewerThan(k), null, null, null];
  return [f.smd, f.balanced === null ? null : f.balanced ? 'yes' : 'no', f.nParticipants, f.nComparison];
}

function balanceTable(b: SheetBuilder, rows: readonly BalanceRow[], k: number): void {
  b.section(IMPACT_SECTIONS.balance);
  const out: PlanValue[][] = [];
  for (const r of rows) {
    const labels: PlanValue[] = [r.variable, r.level ?? 'mean', r.matching ? 'matching variable' : 'demographic attribute'];
    out.push([...labels, BALANCE_COMPARISONS.before, ...balanceCells(r.before, k)]);
    out.push([...labels, BALANCE_COMPARISONS.after, ...balanceCells(r.after, k)]);
  }
  b.table({
    header: ['Variable', 'Level', 'Kind', 'Comparison', 'SMD', 'Balanced (|SMD| < 0.1)', 'n participants', 'n comparison'],
    rows: out,
    formats: [undefined, undefined, undefined, undefined, SMD, undefined, '0', '0'],
    tableName: 'CadreImpactBalance',
    empty: 'no balance rows',
  });
}

/** A part not computed: its reason on a line; suppressed under k: true (the caller writes its table). */
function hiddenLine(b: SheetBuilder, v: object): boolean {
  if ('available' in v && v.available === false) {
    b.line(reasonOf(v));
    return true;
  }
  return false;
}

function retentionTable(b: SheetBuilder, effect: RetentionEffect | Hidden, k: number): void {
  b.section(IMPACT_SECTIONS.retention);
  if (hiddenLine(b, effect)) return;
  const header = ['Side', 'n', 'Leavers', 'At 12 months', '12m lower', '12m upper', 'At 24 months', '24m lower', '24m upper', 'Mean months of first 24', 'Follow-up months', 'Note'];
  const formats = [undefined, '0', '0', PCT, PCT, PCT, PCT, PCT, PCT, MONTHS, MONTHS];
  if (!('differenceAt12' in effect)) {
    b.table({ header, rows: [suppressedRow(IMPACT_SIDES.participants, IMPACT_SIDES.controls, header.length, k, effect.reason)], formats, tableName: 'CadreImpactRetention' });
    return;
  }
  const side = (label: string, s: SurvivalSummary): PlanValue[] => [label, s.n, s.events, ...triple(s.at12), ...triple(s.at24), s.rmst24, s.followUpMonths, s.reason ?? null];
  const d12 = effect.differenceAt12;
  const d24 = effect.differenceAt24;
  const t = b.table({
    header,
    rows: [
      side(IMPACT_SIDES.participants, effect.participants),
      side(IMPACT_SIDES.controls, effect.controls),
      [IMPACT_SIDES.difference, null, null, ...triple(d12), ...triple(d24), effect.rmst24Difference, null, notes(d12.reason, d24.reason)],
    ],
    formats,
    tableName: 'CadreImpactRetention',
  });
  b.style(`D${t.last}:I${t.last}`, { numberFormat: SIGNED_PCT });
  b.style(`J${t.last}`, { numberFormat: '+0.0;-0.0;0.0' });
  b.pairs([
    ['Log-rank test, matched participants vs matched colleagues: χ²', effect.logRank.chi2, '0.00'],
    ['p', effect.logRank.p, P],
  ]);
}

function promotionTables(b: SheetBuilder, effect: PromotionEffect | Hidden, k: number): void {
  b.section(IMPACT_SECTIONS.promotion);
  if (hiddenLine(b, effect)) return;
  const header = ['Side', 'n', 'Promoted', 'Left before promotion', 'Neither yet', 'By 12 months', '12m lower', '12m upper', 'By 24 months', '24m lower', '24m upper', 'Promotions in first 24 months', 'Person-years in first 24 months', 'Promotions per person-year', 'Note'];
  const formats = [undefined, '0', '0', '0', '0', PCT, PCT, PCT, PCT, PCT, PCT, '0', '0.0', '0.000'];
  if (!('differenceAt24' in effect)) {
    b.table({ header, rows: [suppressedRow(IMPACT_SIDES.participants, IMPACT_SIDES.controls, header.length, k, effect.reason)], formats, tableName: 'CadreImpactPromotion' });
    return;
  }
  const side = (label: string, s: PromotionSide): PlanValue[] => [label, s.n, s.promoted, s.leftBeforePromotion, s.censored, ...triple(s.at12), ...triple(s.at24), s.promotions24, s.personYears24, s.ratePerPersonYear, notes(s.at12.reason, s.at24.reason)];
  const d12 = effect.differenceAt12;
  const d24 = effect.differenceAt24;
  const t = b.table({
    header,
    rows: [
      side(IMPACT_SIDES.participants, effect.participants),
      side(IMPACT_SIDES.controls, effect.controls),
      [IMPACT_SIDES.difference, null, null, null, null, ...triple(d12), ...triple(d24), null, null, null, notes(d12.reason, d24.reason)],
    ],
    formats,
    tableName: 'CadreImpactPromotion',
  });
  b.style(`F${t.last}:K${t.last}`, { numberFormat: SIGNED_PCT });
  b.gap();
  const rr = effect.rateRatio;
  b.table({
    header: ['Promotions per person-year in the first 24 months', 'Rate ratio (participants ÷ colleagues)', 'Lower', 'Upper', 'Note'],
    rows: [[`${IMPACT_SIDES.participants} vs ${IMPACT_SIDES.controls.toLowerCase()}`, rr.value, rr.lower, rr.upper, rr.reason ?? null]],
    formats: [undefined, '0.00', '0.00', '0.00'],
  });
}

type MeasureRow = MeasureEffect | (Hidden & { readonly measure: string });

function measuresTable(b: SheetBuilder, measures: readonly MeasureRow[] | NotAvailable, k: number): void {
  b.section(IMPACT_SECTIONS.measures);
  if (!Array.isArray(measures)) {
    b.line(reasonOf(measures));
    return;
  }
  const header = [
    'Measure',
    'n participants',
    'Mean change, participants',
    'Participants lower',
    'Participants upper',
    'n colleagues',
    'Mean change, colleagues',
    'Colleagues lower',
    'Colleagues upper',
    'Difference in differences',
    'DiD lower (Welch)',
    'DiD upper (Welch)',
    'p (Welch)',
    'Note',
  ];
  const rows = (measures as readonly MeasureRow[]).map((m): PlanValue[] => {
    if ('suppressed' in m && m.suppressed) return [m.measure, fewerThan(k), ...blanks(11), m.reason];
    if (!('difference' in m)) return [m.measure, ...blanks(12), m.reason];
    const d = m.difference;
    return [m.measure, m.participants.n, m.participants.meanChange, m.participants.lower, m.participants.upper, m.controls.n, m.controls.meanChange, m.controls.lower, m.controls.upper, d.value, d.lower, d.upper, d.p, d.reason ?? null];
  });
  b.table({
    header,
    rows,
    formats: [undefined, '0', CHANGE, CHANGE, CHANGE, '0', CHANGE, CHANGE, CHANGE, CHANGE, CHANGE, CHANGE, P],
    tableName: 'CadreImpactMeasures',
    empty: 'no measures',
  });
}

/**
 * An effect suppressed under k (on one side or both: the result does not say which): one row that
 * says "fewer than k" where n would be, no figure, and the reason.
 */
function suppressedRow(participants: string, controls: string, width: number, k: number, reason: string): PlanValue[] {
  return [`${participants} and ${controls.toLowerCase()}`, fewerThan(k), ...blanks(width - 3), `${reason} (on one side or both)`];
}

const notes = (...reasons: (string | undefined)[]): string | null => {
  const shown = [...new Set(reasons.filter((r): r is string => typeof r === 'string' && r !== ''))];
  return shown.length > 0 ? shown.join('; ') : null;
};
