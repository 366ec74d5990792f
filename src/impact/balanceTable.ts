import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { meanAndVariance } from '../stats/meanAndVariance';
import { standardizedMeanDifference } from '../stats/standardizedMeanDifference';
import type { BalanceFigure, BalanceRow } from './impactResults';
import type { MatchedComparison } from './matchedComparison';

/** the level a blank value is reported under */
export const BLANK_LEVEL = '(blank)';

/** The four groups of a balance row: values of one variable. */
interface Groups {
  readonly participants: readonly (string | null)[];
  readonly pool: readonly (string | null)[];
  readonly matched: readonly (string | null)[];
  readonly controls: readonly (string | null)[];
}

/**
 * The balance table of impact.md: for each matching variable used and each demographic attribute
 * (`attributes`, a person's blank being the level "(blank)"), the standardised mean difference
 * (`standardizedMeanDifference`, variances with divisor n) **before** matching — every participant
 * (InProgram, ProgramStart ≤ A) at I_p vs the whole comparison pool of metrics.md (InProgram false
 * with an EligibleDate, here on or before A) at its EligibleDate — and **after** — the matched
 * participants vs their controls, both at the participant's I_p. A categorical variable has one row
 * per level (the 0/1 indicator: s² = p(1 − p)); the Performance rating (numeric) has one row for
 * its mean over the people with a rating and, where somebody has none, a "(blank)" indicator row.
 * Each figure has the n of each side and `balanced` = |SMD| < 0.1. Levels in the variable's order
 * (tenure bands) or by name with numbers in numeric order, "(blank)" last. O(N · v + levels).
 */
export function balanceTable(comparison: MatchedComparison, people: readonly Participant[], attributes: readonly string[], asOf: Day): BalanceRow[] {
  const pool = people.filter((c) => !c.inProgram && c.eligibleDate !== undefined && c.eligibleDate <= asOf);
  const matchedSets = comparison.sets.filter((s) => s.controls.length > 0);
  const rows: BalanceRow[] = [];

  comparison.variables.forEach((v, i) => {
    const groups: Groups = {
      participants: comparison.sets.map((s) => s.values[i]),
      pool: pool.map((c) => v.valueAt(c, c.eligibleDate!)),
      matched: matchedSets.map((s) => s.values[i]),
      controls: matchedSets.flatMap((s) => s.controls.map((c) => v.valueAt(c, s.indexDate))),
    };
    if (v.kind === 'numeric') rows.push(...numericRows(v.name, groups));
    else rows.push(...categoricalRows(v.name, true, groups, v.levels));
  });

  for (const a of attributes) {
    const of = (p: Participant) => blankToNull(p.attributes[a]);
    const groups: Groups = {
      participants: comparison.sets.map((s) => of(s.participant)),
      pool: pool.map(of),
      matched: matchedSets.map((s) => of(s.participant)),
      controls: matchedSets.flatMap((s) => s.controls.map(of)),
    };
    rows.push(...categoricalRows(a, false, groups));
  }
  return rows;
}

function categoricalRows(variable: string, matching: boolean, g: Groups, order?: readonly string[]): BalanceRow[] {
  const counts = [g.participants, g.pool, g.matched, g.controls].map(countLevels);
  const levels = new Set<string>();
  for (const c of counts) for (const level of c.keys()) levels.add(level);
  return sortLevels([...levels], order).map((level) => ({
    variable,
    level,
    kind: 'categorical' as const,
    matching,
    before: indicatorFigure(counts[0].get(level) ?? 0, g.participants.length, counts[1].get(level) ?? 0, g.pool.length),
    after: indicatorFigure(counts[2].get(level) ?? 0, g.matched.length, counts[3].get(level) ?? 0, g.controls.length),
  }));
}

function numericRows(variable: string, g: Groups): BalanceRow[] {
  const rows: BalanceRow[] = [
    {
      variable,
      level: null,
      kind: 'numeric',
      matching: true,
      before: numericFigure(numbers(g.participants), numbers(g.pool)),
      after: numericFigure(numbers(g.matched), numbers(g.controls)),
    },
  ];
  const blanks = [g.participants, g.pool, g.matched, g.controls].map((values) => values.filter((v) => v === null).length);
  if (blanks.some((b) => b > 0)) {
    rows.push({
      variable,
      level: BLANK_LEVEL,
      kind: 'categorical',
      matching: true,
      before: indicatorFigure(blanks[0], g.participants.length, blanks[1], g.pool.length),
      after: indicatorFigure(blanks[2], g.matched.length, blanks[3], g.controls.length),
    });
  }
  return rows;
}

/** the SMD of a 0/1 indicator with x₁ of n₁ and x₀ of n₀ people having it */
function indicatorFigure(x1: number, n1: number, x0: number, n0: number): BalanceFigure {
  if (n1 === 0 || n0 === 0) return { smd: null, nParticipants: n1, nComparison: n0, balanced: null };
  const p1 = x1 / n1;
  const p0 = x0 / n0;
  return figure(standardizedMeanDifference(p1, p1 * (1 - p1), p0, p0 * (1 - p0)), n1, n0);
}

/** the SMD of two lists of numbers, variances with divisor n */
function numericFigure(x1: readonly number[], x0: readonly number[]): BalanceFigure {
  if (x1.length === 0 || x0.length === 0) return { smd: null, nParticipants: x1.length, nComparison: x0.length, balanced: null };
  const a = populationMoments(x1);
  const b = populationMoments(x0);
  return figure(standardizedMeanDifference(a.mean, a.variance, b.mean, b.variance), x1.length, x0.length);
}

function figure(smd: number, n1: number, n0: number): BalanceFigure {
  return { smd, nParticipants: n1, nComparison: n0, balanced: Math.abs(smd) < 0.1 };
}

/** mean and variance with divisor n (impact.md), from `meanAndVariance`'s n − 1 */
function populationMoments(values: readonly number[]): { mean: number; variance: number } {
  const m = meanAndVariance(values);
  return { mean: m.mean!, variance: m.variance === null ? 0 : (m.variance * (m.n - 1)) / m.n };
}

function numbers(values: readonly (string | null)[]): number[] {
  const out: number[] = [];
  for (const v of values) if (v !== null) out.push(Number(v));
  return out;
}

function countLevels(values: readonly (string | null)[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) {
    const level = v ?? BLANK_LEVEL;
    out.set(level, (out.get(level) ?? 0) + 1);
  }
  return out;
}

const byName = new Intl.Collator('en', { numeric: true });

function sortLevels(levels: string[], order?: readonly string[]): string[] {
  const rank = (level: string) => (level === BLANK_LEVEL ? 2 : order && order.includes(level) ? 0 : 1);
  return levels.sort((a, b) => rank(a) - rank(b) || (order && rank(a) === 0 ? order.indexOf(a) - order.indexOf(b) : byName.compare(a, b)));
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
