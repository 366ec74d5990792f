import type { EquityStatus } from './equityResults';

/**
 * The plain-language reasons of the access tests (equity.md, Access equity, "status"), one for every
 * status, so that the Equity Detail sheet can say why a group is flagged or not.
 */

/** A rate as a whole percentage: 0.4783 → "48%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** `suppressed`: "fewer than 5 people: suppressed". */
export function suppressedReason(k: number): string {
  return `fewer than ${k} people: suppressed`;
}

/** The reference group: "reference group: highest rate (48%)". */
export function referenceReason(rate: number): string {
  return `reference group: highest rate (${percent(rate)})`;
}

/** An attribute with fewer than two groups of at least k people has no reference. */
export const NO_COMPARISON = 'no other group to compare with';

/** What a compared (not suppressed, not reference) group's reason is built from. */
export interface ComparisonFacts {
  readonly status: Exclude<EquityStatus, 'suppressed' | 'reference'>;
  readonly rate: number;
  readonly reference: string;
  readonly referenceRate: number;
  /** null when the reference rate is 0 (nobody compared has the resource) */
  readonly impactRatio: number | null;
  /** below the four-fifths screen (IR < 0.80) */
  readonly belowScreen: boolean;
  /** BH-adjusted p < 0.05 */
  readonly significant: boolean;
  /** null: withheld by the privacy pass (an exact count that would give a small group away) */
  readonly shortfall: number | null;
}

/**
 * A compared group's reason:
 * - adverse: "rate 21% vs 48% for Man; 6 fewer people than at the reference rate; significant after adjustment";
 * - watch: "rate 30% vs 48% for Man (ratio 0.63): below the four-fifths screen; not significant",
 *   "rate 43% vs 48% for Man (ratio 0.90): within the four-fifths screen; significant after adjustment",
 *   or, below the screen and significant but short of less than one person, "…; significant after
 *   adjustment; less than one person short";
 * - ok: "rate 41% vs 48% for Man (ratio 0.85): within the four-fifths screen; not significant";
 *   where nobody in the compared groups has the resource: "rate 0% vs 0% for Man: nobody compared has it".
 * The shortfall is written in whole people (rounded); where the privacy pass withholds it, an
 * adverse reason says "at least one person fewer than at the reference rate (exact count withheld)".
 */
export function comparisonReason(f: ComparisonFacts): string {
  const rates = `rate ${percent(f.rate)} vs ${percent(f.referenceRate)} for ${f.reference}`;
  if (f.impactRatio === null) return `${rates}: nobody compared has it`;
  if (f.status === 'adverse') {
    const fewer = f.shortfall === null ? 'at least one person fewer (exact count withheld)' : people(f.shortfall);
    return `${rates}; ${fewer} than at the reference rate; significant after adjustment`;
  }
  const screen = f.belowScreen ? 'below the four-fifths screen' : 'within the four-fifths screen';
  const test = f.significant ? 'significant after adjustment' : 'not significant';
  const short = f.belowScreen && f.significant && f.status === 'watch' ? '; less than one person short' : '';
  return `${rates} (ratio ${f.impactRatio.toFixed(2)}): ${screen}; ${test}${short}`;
}

function people(shortfall: number): string {
  const n = Math.round(shortfall);
  return `${n} fewer ${n === 1 ? 'person' : 'people'}`;
}
