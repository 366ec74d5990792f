/**
 * Results of equity.md: access equity tests, outcome equity, mentor load and conflicts of interest,
 * shaped as the `equity`, `load` and `conflicts` parts of the `cadre refresh --json` document (cli.md).
 * Every group carries its n; small-group suppression is applied afterwards, in one place
 * (src/privacy), never here.
 */

export type EquityStatus = 'suppressed' | 'reference' | 'adverse' | 'watch' | 'ok';

/** One access test: a resource, an attribute, one group of it (equity.md, Access equity). */
export interface AccessTest {
  readonly resource: string;
  readonly attribute: string;
  readonly group: string;
  /** n_g: the group's population for this resource */
  readonly n: number;
  /** x_g: how many of them have the resource */
  readonly count: number;
  /** r_g = x_g / n_g, with its Wilson 95% interval */
  readonly rate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** the reference group: the highest rate among groups with n ≥ k; null when no group qualifies */
  readonly reference: string | null;
  readonly referenceRate: number | null;
  /** IR_g = r_g / r_ref */
  readonly impactRatio: number | null;
  /** Fisher's exact two-sided p against the reference group (R's convention) */
  readonly p: number | null;
  /** Benjamini–Hochberg adjusted p over all the tests of the refresh */
  readonly pAdjusted: number | null;
  /** n_g · r_ref − x_g: people who would have the resource at the reference rate */
  readonly shortfall: number | null;
  readonly status: EquityStatus;
  /** plain-language reason, e.g. "rate 21% vs 48% for Man; 6 fewer people than at the reference rate; significant after adjustment" */
  readonly reason: string;
}

/** One outcome for one group (equity.md, Outcome equity). */
export interface OutcomeEquity {
  readonly outcome: 'Retention at 12 months' | 'Ready by 24 months' | 'Mentee satisfaction';
  readonly attribute: string;
  readonly group: string;
  readonly n: number;
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** the best group's value minus this group's (0 for the best group); null when undefined */
  readonly gapToBest: number | null;
  readonly best: string | null;
  readonly reason?: string;
}

/** The log-rank test of 12-month retention across the groups of one attribute. */
export interface OutcomeLogRank {
  readonly attribute: string;
  readonly groups: number;
  readonly chi2: number;
  readonly df: number;
  readonly p: number | null;
}

/** A mentor's load at A (equity.md, Mentor load): a row of `load.overCapacity` or `load.overHours`. */
export interface MentorLoad {
  readonly mentorId: string;
  readonly mentorType: string;
  /** distinct mentees of the mentor's pairings active at A */
  readonly activeMentees: number;
  readonly capacity: number | null;
  /** hours per month over the active pairings (Hours over each pairing's months active) */
  readonly hoursPerMonth: number | null;
  readonly capacityHours: number | null;
}

/** Share of senior-mentor pairings going to one group of one attribute. */
export interface SeniorShare {
  readonly attribute: string;
  readonly group: string;
  /** participants of the group */
  readonly n: number;
  /** senior-mentor pairings of the group's participants */
  readonly seniorPairings: number;
  /** the group's share of all senior-mentor pairings */
  readonly share: number | null;
  /** the group's share of participants, to compare with */
  readonly populationShare: number | null;
}

export interface LoadResult {
  /** Mentors rows (distinct MentorIDs, any type): the population the over-capacity count is of */
  readonly mentors: number;
  /** mentors of any type with more active mentees than their Capacity: over capacity */
  readonly overCapacity: readonly MentorLoad[];
  /** mentors whose hours per month exceed their CapacityHours: hour overruns, apart from over capacity */
  readonly overHours: readonly MentorLoad[];
  /** Gini coefficient of active mentees across internal mentors; null without internal mentors */
  readonly gini: number | null;
  readonly internalMentors: number;
  readonly activeMentees: number;
  readonly seniorShare: readonly SeniorShare[];
}

export type ConflictKind =
  | 'reporting-chain'
  | 'mentee-above-mentor'
  | 'mentor-and-sponsor'
  | 'self-pairing'
  | 'vendor-double-billing';

/** A conflict of interest, with the pairing it concerns (equity.md). */
export interface Conflict {
  readonly kind: ConflictKind;
  readonly personId: string;
  readonly mentorId: string;
  /** 1-based row of the pairing on its sheet, to find it */
  readonly pairingRow: number | null;
  readonly detail: string;
}
