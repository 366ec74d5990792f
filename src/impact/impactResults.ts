import type { Estimate, NotAvailable, SurvivalSummary } from '../metrics/metricResults';

/**
 * The results of impact.md, shaped for the JSON document's top-level `impact` object: camelCase,
 * rates as fractions, times in months (days / 30.4375), a figure that is undefined null with a
 * `reason`, a part whose input is missing `{ available: false, reason }` (`NotAvailable`), an effect
 * about fewer than k people on either side `{ suppressed: true, reason }` (the privacy shape of
 * src/privacy, labels kept).
 */

/** An effect about fewer than k people on either side (equity.md, Privacy): labels, `suppressed: true` and why. */
export interface SuppressedEffect {
  readonly suppressed: true;
  readonly reason: string;
}

/** One side of a balance comparison: the SMD and the n of each side; or the same suppressed. */
export type BalanceFigure = ShownBalanceFigure | SuppressedBalanceFigure;

/** A balance figure shown: the SMD and the n of each side. */
export interface ShownBalanceFigure {
  /** standardised mean difference, participants minus comparison; null where a side has nobody */
  readonly smd: number | null;
  /** participants counted (for a numeric variable: those with a value) */
  readonly nParticipants: number;
  /** comparison people counted: the whole pool before matching, the controls after */
  readonly nComparison: number;
  /** |SMD| < 0.1 (Austin 2009); null where the SMD is */
  readonly balanced: boolean | null;
}

/** A balance figure about 1 to k − 1 people on either side, or one that would give such a figure back (`balancePrivacy`). */
export interface SuppressedBalanceFigure {
  readonly smd: null;
  readonly nParticipants: number;
  readonly nComparison: number;
  readonly balanced: null;
  readonly suppressed: true;
  readonly reason: string;
}

/** One row of the balance table: a numeric variable, or one level of a categorical one. */
export interface BalanceRow {
  readonly variable: string;
  /** the level of a categorical variable ("(blank)" for a blank); null for a numeric variable's mean */
  readonly level: string | null;
  readonly kind: 'categorical' | 'numeric';
  /** a matching variable (true) or a demographic attribute (false) */
  readonly matching: boolean;
  /** all participants vs the whole comparison pool, the pool's values at its EligibleDate */
  readonly before: BalanceFigure;
  /** matched participants vs their controls, both at the participant's I_p */
  readonly after: BalanceFigure;
}

/** A combination of matching-variable values some participants found no candidate control with. */
export interface UnmatchedCombination {
  /** variable → value at I_p (null: blank), in the variables' order */
  readonly values: Readonly<Record<string, string | null>>;
  /** participants with this combination left unmatched */
  readonly participants: number;
}

export interface MatchingSummary {
  /** the matching variables used, in order */
  readonly variables: readonly string[];
  /** variables left out: absent, or blank for everyone */
  readonly skipped: readonly { readonly variable: string; readonly reason: string }[];
  /** controls per participant (1:k) */
  readonly k: number;
  /** participants (InProgram, ProgramStart ≤ A) */
  readonly participants: number;
  /** participants with at least one control */
  readonly matched: number;
  readonly unmatched: number;
  /** controls used */
  readonly controls: number;
  /** the combinations that had no candidate, most participants first */
  readonly unmatchedCombinations: readonly UnmatchedCombination[];
  readonly balance: readonly BalanceRow[];
}

/** A difference between participants and controls with its 95% interval (null with a reason where undefined). */
export type Difference = Estimate;

export interface RetentionEffect {
  readonly nParticipants: number;
  readonly nControls: number;
  /** Kaplan–Meier of the matched participants from ProgramStart */
  readonly participants: SurvivalSummary;
  /** Kaplan–Meier of their controls from the pseudo-origin (a control who joins later censored then) */
  readonly controls: SurvivalSummary;
  /** S₁ − S₀ at 12 months, ± z·√(V₁ + V₀), V Greenwood's */
  readonly differenceAt12: Difference;
  readonly differenceAt24: Difference;
  /** RMST over 24 months, participants minus controls (null where either side's follow-up is shorter) */
  readonly rmst24Difference: number | null;
  readonly logRank: { readonly chi2: number; readonly df: number; readonly p: number | null };
}

/** Promotion of one side: the Aalen–Johansen incidence and the rate in the first 24 months. */
export interface PromotionSide {
  readonly n: number;
  /** people whose first promotion came before leaving */
  readonly promoted: number;
  /** people who left before any promotion (the competing event) */
  readonly leftBeforePromotion: number;
  /** people followed to A (or to joining the program, for a control) without either */
  readonly censored: number;
  /** promoted by 12 and 24 months (cumulative incidence with its interval) */
  readonly at12: Estimate;
  readonly at24: Estimate;
  /** every promotion dated in the first 24 months of follow-up */
  readonly promotions24: number;
  /** person-years followed in the first 24 months */
  readonly personYears24: number;
  /** promotions24 / personYears24; null with nobody followed */
  readonly ratePerPersonYear: number | null;
}

export interface PromotionEffect {
  readonly nParticipants: number;
  readonly nControls: number;
  readonly participants: PromotionSide;
  readonly controls: PromotionSide;
  /** F₁ − F₀ at 12 and 24 months, ± z·√(V₁ + V₀), V the delta-method variance */
  readonly differenceAt12: Difference;
  readonly differenceAt24: Difference;
  /** rate₁ / rate₀ with exp(ln RR ± z·√(1/a + 1/b)); null with a reason when a or b is 0 */
  readonly rateRatio: Estimate;
}

/** The change of one side for one measure: people with a value both before and after. */
export interface MeasureSide {
  readonly n: number;
  /** mean of after − before, with its t-interval (null with n < 2) */
  readonly meanChange: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface MeasureEffect {
  /** the Measure as first written in the sheet */
  readonly measure: string;
  readonly nParticipants: number;
  readonly nControls: number;
  readonly participants: MeasureSide;
  readonly controls: MeasureSide;
  /** difference in differences: mean change₁ − mean change₀ with Welch's interval and p */
  readonly difference: Difference & { readonly p: number | null };
}

export interface ImpactResult {
  readonly matching: MatchingSummary | NotAvailable;
  readonly retention: RetentionEffect | SuppressedEffect | NotAvailable;
  readonly promotion: PromotionEffect | SuppressedEffect | NotAvailable;
  /** one effect per measure (other than Promotion), by name */
  readonly measures: readonly (MeasureEffect | (SuppressedEffect & { readonly measure: string }) | (NotAvailable & { readonly measure: string }))[] | NotAvailable;
}
