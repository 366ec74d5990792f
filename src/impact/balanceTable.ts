import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { meanAndVariance } from '../stats/meanAndVariance';
import { standardizedMeanDifference } from '../stats/standardizedMeanDifference';
import type { BalanceFigure, BalanceRow } from './impactResults';
import type { MatchedComparison } from './matchedComparison';

/** the level a blank value is reported under */
export const BLANK_LEVEL = '(blank)';

/**
 * The four groups of a balance row: each member's value of one variable, coded (`label` gives a
 * code's value, null a blank). participants: every participant; pool: the comparison pool; matched:
 * the matched participants; controls: their controls.
 */
interface Groups {
  readonly codeCount: number;
  label(code: number): string | null;
  readonly participants: Int32Array;
  readonly pool: Int32Array;
  readonly matched: Int32Array;
  readonly controls: Int32Array;
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
 * (tenure bands) or by name with numbers in numeric order, "(blank)" last. Values are counted by
 * their codes (`MatchingVariable.codeAt`; an attribute's values coded once per row). Each row comes
 * with the people its figures are about, for the privacy rule (`balancePrivacy`). O(N · v + levels).
 */
export function balanceTable(comparison: MatchedComparison, people: readonly Participant[], attributes: readonly string[], asOf: Day): CountedBalanceRow[] {
  const poolRows: number[] = [];
  for (let i = 0; i < people.length; i++) {
    const c = people[i];
    if (!c.inProgram && c.eligibleDate !== undefined && c.eligibleDate <= asOf) poolRows.push(i);
  }
  const sets = comparison.sets;
  const matchedSets = sets.filter((s) => s.controls.length > 0);
  let controlCount = 0;
  for (const s of matchedSets) controlCount += s.controlRows.length;
  const rows: CountedBalanceRow[] = [];

  /** the four groups' codes, `at(row, day)` the code of a row at a day */
  const groupsOf = (codeCount: number, label: (code: number) => string | null, at: (i: number, day: Day) => number): Groups => {
    const participants = new Int32Array(sets.length);
    for (let j = 0; j < sets.length; j++) participants[j] = at(sets[j].row, sets[j].indexDate);
    const pool = new Int32Array(poolRows.length);
    for (let j = 0; j < poolRows.length; j++) pool[j] = at(poolRows[j], people[poolRows[j]].eligibleDate!);
    const matched = new Int32Array(matchedSets.length);
    const controls = new Int32Array(controlCount);
    for (let j = 0, c = 0; j < matchedSets.length; j++) {
      const s = matchedSets[j];
      matched[j] = at(s.row, s.indexDate);
      for (const row of s.controlRows) controls[c++] = at(row, s.indexDate);
    }
    return { codeCount, label, participants, pool, matched, controls };
  };

  for (const v of comparison.variables) {
    const groups = groupsOf(v.codeCount, (code) => v.label(code), (i, day) => v.codeAt(i, day));
    if (v.kind === 'numeric') rows.push(...numericRows(v.name, groups));
    else rows.push(...categoricalRows(v.name, true, groups, v.levels));
  }

  for (const a of attributes) {
    const labels: (string | null)[] = [];
    const codeOf = new Map<string | null, number>();
    const codes = new Int32Array(people.length);
    for (let i = 0; i < people.length; i++) {
      const value = blankToNull(people[i].attributes[a]);
      let code = codeOf.get(value);
      if (code === undefined) {
        codeOf.set(value, (code = labels.length));
        labels.push(value);
      }
      codes[i] = code;
    }
    rows.push(...categoricalRows(a, false, groupsOf(labels.length, (code) => labels[code], (i) => codes[i])));
  }
  return rows;
}

function categoricalRows(variable: string, matching: boolean, g: Groups, order?: readonly string[]): CountedBalanceRow[] {
  // the count of each level in each group; the levels in order of first appearance (participants, pool, matched, controls)
  const counts = new Map<string, number[]>();
  const byCode = [g.participants, g.pool, g.matched, g.controls].map((codes) => {
    const n = new Float64Array(g.codeCount);
    for (let i = 0; i < codes.length; i++) n[codes[i]]++;
    return n;
  });
  const marked = new Uint8Array(g.codeCount);
  for (const codes of [g.participants, g.pool, g.matched, g.controls]) {
    for (let i = 0; i < codes.length; i++) {
      if (marked[codes[i]]) continue;
      marked[codes[i]] = 1;
      const level = g.label(codes[i]) ?? BLANK_LEVEL;
      if (!counts.has(level)) counts.set(level, [0, 0, 0, 0]);
    }
  }
  for (let code = 0; code < g.codeCount; code++) {
    const level = counts.get(g.label(code) ?? BLANK_LEVEL);
    if (level) for (let group = 0; group < 4; group++) level[group] += byCode[group][code];
  }
  return sortLevels([...counts.keys()], order).map((level) => {
    const [participants, pool, matched, controls] = counts.get(level)!;
    return {
      row: {
        variable,
        level,
        kind: 'categorical' as const,
        matching,
        before: indicatorFigure(participants, g.participants.length, pool, g.pool.length),
        after: indicatorFigure(matched, g.matched.length, controls, g.controls.length),
      },
      people: [participants, pool, matched, controls] as const,
    };
  });
}

function numericRows(variable: string, g: Groups): CountedBalanceRow[] {
  const valueOf = Array.from({ length: g.codeCount }, (_, code) => {
    const label = g.label(code);
    return label === null ? null : Number(label);
  });
  const numbers = (codes: Int32Array): number[] => {
    const out: number[] = [];
    for (let i = 0; i < codes.length; i++) {
      const value = valueOf[codes[i]];
      if (value !== null) out.push(value);
    }
    return out;
  };
  const [participants, pool, matched, controls] = [g.participants, g.pool, g.matched, g.controls].map(numbers);
  const rows: CountedBalanceRow[] = [
    {
      row: { variable, level: null, kind: 'numeric', matching: true, before: numericFigure(participants, pool), after: numericFigure(matched, controls) },
      people: [participants.length, pool.length, matched.length, controls.length],
    },
  ];
  const blanks = [g.participants, g.pool, g.matched, g.controls].map((codes) => {
    let n = 0;
    for (let i = 0; i < codes.length; i++) if (valueOf[codes[i]] === null) n++;
    return n;
  });
  if (blanks.some((b) => b > 0)) {
    rows.push({
      row: {
        variable,
        level: BLANK_LEVEL,
        kind: 'categorical',
        matching: true,
        before: indicatorFigure(blanks[0], g.participants.length, blanks[1], g.pool.length),
        after: indicatorFigure(blanks[2], g.matched.length, blanks[3], g.controls.length),
      },
      people: [blanks[0], blanks[1], blanks[2], blanks[3]],
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

/** a balance row with the people its figures are about: before, participants and pool; after, matched participants and controls */
export interface CountedBalanceRow {
  readonly row: BalanceRow;
  readonly people: readonly [number, number, number, number];
}

const byName = new Intl.Collator('en', { numeric: true });

function sortLevels(levels: string[], order?: readonly string[]): string[] {
  const rank = (level: string) => (level === BLANK_LEVEL ? 2 : order && order.includes(level) ? 0 : 1);
  return levels.sort((a, b) => rank(a) - rank(b) || (order && rank(a) === 0 ? order.indexOf(a) - order.indexOf(b) : byName.compare(a, b)));
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
