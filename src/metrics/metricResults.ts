/**
 * The engine's results, shaped as the JSON document of `cadre refresh --json` (cli.md): camelCase,
 * rates as fractions, times in months (days / 30.4375) unless a name says days. A figure that is
 * undefined is `null` with a `reason`; every result carries its n, so that the privacy pass
 * (equity.md, one place) can suppress small groups.
 */

/** A value with its 95% interval; null where undefined (see `reason`). */
export interface Estimate {
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** why the value is null, in plain words */
  readonly reason?: string;
}

/** A metric that could not be computed: why, in plain words (e.g. "not available: no Surveys sheet"). */
export interface NotAvailable {
  readonly available: false;
  readonly reason: string;
}

/** One step of a Kaplan–Meier curve. */
export interface SurvivalPoint {
  readonly months: number;
  readonly atRisk: number;
  readonly events: number;
  readonly survival: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Retention (or regrettable retention) of one population or group. */
export interface SurvivalSummary {
  readonly n: number;
  readonly events: number;
  readonly at12: Estimate;
  readonly at24: Estimate;
  readonly medianMonths: number | null;
  /** restricted mean months retained over the first 24 months; null when follow-up is shorter */
  readonly rmst24: number | null;
  /** longest follow-up in months */
  readonly followUpMonths: number;
  readonly reason?: string;
}

export interface SurvivalWithCurve extends SurvivalSummary {
  readonly curve: readonly SurvivalPoint[];
}

/** A figure for one group of one attribute: the shape every segment table shares. */
export interface Segment<T> {
  readonly attribute: string;
  readonly group: string;
  readonly n: number;
  readonly value: T;
}

export interface PeriodFigures {
  readonly period: 'quarter' | 'year';
  readonly start: string;
  readonly end: string;
  readonly employedAtStart: number;
  readonly employedAtEnd: number;
  readonly exits: number;
  readonly retentionRate: number | null;
  readonly turnoverRate: number | null;
  readonly annualisedTurnover: number | null;
}

/**
 * Retention of participants minus the comparison pool at 12 months, as a proportion (−0.031 is 3.1
 * points below), with a 95% interval: difference of the two Kaplan–Meier estimates, variance the sum
 * of their Greenwood variances (`survivalDifference`). Null with a reason when either population has
 * not been followed 12 months.
 */
export interface RetentionGap extends Estimate {
  /** the smaller of the two populations: the gap is a figure about both, hidden when either is under k */
  readonly n: number;
}

export interface RetentionResult {
  readonly participants: SurvivalWithCurve;
  readonly comparison: SurvivalWithCurve | NotAvailable;
  readonly logRank: { readonly chi2: number; readonly df: number; readonly p: number | null } | NotAvailable;
  /** participants minus comparison pool at 12 months (the Board Dashboard's gap) */
  readonly gapAt12: RetentionGap | NotAvailable;
  readonly regrettable: {
    readonly definition: 'Regrettable' | 'ExitType Voluntary';
    readonly participants: SurvivalSummary;
    readonly comparison: SurvivalSummary | NotAvailable;
  } | NotAvailable;
  readonly period: {
    readonly participants: readonly PeriodFigures[];
    readonly comparison: readonly PeriodFigures[];
  };
  readonly segments: readonly (SurvivalSummary & { readonly attribute: string; readonly group: string })[];
}

export interface IncidencePoint {
  readonly months: number;
  readonly atRisk: number;
  readonly ready: number;
  readonly left: number;
  readonly cumulative: number;
}

export interface ReadinessSummary {
  readonly n: number;
  readonly ready: number;
  readonly leftBeforeReady: number;
  readonly inDevelopment: number;
  readonly at12: Estimate;
  readonly at24: Estimate;
  readonly medianMonths: number | null;
  readonly followUpMonths: number;
}

export interface ReadinessResult extends ReadinessSummary {
  readonly curve: readonly IncidencePoint[];
  readonly segments: readonly (ReadinessSummary & { readonly attribute: string; readonly group: string })[];
  readonly bench: {
    readonly byRating: readonly { readonly rating: string; readonly n: number }[];
    /** per TargetRole: the people who target it, by current rating (a blank rating counted in n only) */
    readonly byTargetRole: readonly {
      readonly targetRole: string;
      readonly n: number;
      readonly readyNow: number;
      readonly ready1to2: number;
      readonly ready3plus: number;
      readonly notReady: number;
      /** the same as shares of n (they stay, rounded, where the privacy pass withholds the counts) */
      readonly readyNowShare: number;
      readonly ready1to2Share: number;
      readonly ready3plusShare: number;
      readonly notReadyShare: number;
      readonly noReadyNowSuccessor: boolean;
    }[];
  };
}

/** Satisfaction figures of one instrument (and role) in one quarter. */
export interface SatisfactionFigures {
  readonly quarter: string;
  readonly n: number;
  readonly respondents: number;
  readonly mean: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly sd: number | null;
  readonly top2: Estimate;
  readonly enps: { readonly value: number; readonly se: number; readonly lower: number; readonly upper: number } | null;
  readonly responseRate: { readonly value: number; readonly population: number; readonly low: boolean } | null;
  /** answers per score (score → count), for the charts */
  readonly distribution: readonly { readonly score: number; readonly count: number }[];
}

export interface SatisfactionResult extends SatisfactionFigures {
  readonly instrument: string;
  /** the RespondentRole, or "All" for every role together */
  readonly role: string;
  readonly scaleMax: number;
  readonly previous: SatisfactionFigures | null;
  /** Welch's t-test of the change in mean from the previous quarter */
  readonly change: { readonly difference: number; readonly t: number; readonly df: number; readonly p: number } | null;
  readonly changeP: number | null;
}

export interface OperationsResult {
  readonly matchRate: { readonly value: number | null; readonly matched: number; readonly n: number; readonly lower: number | null; readonly upper: number | null };
  readonly activeParticipants: number;
  readonly activePairings: number;
  readonly inactivePairings: number;
  /** active pairings that have a LastMeeting (the population of the inactive count) */
  readonly pairingsWithLastMeeting: number;
  readonly sessionsPerActivePairing: { readonly n: number; readonly mean: number | null; readonly median: number | null };
  readonly hoursPerActivePairing: { readonly n: number; readonly mean: number | null; readonly median: number | null };
  readonly rotations: {
    readonly participantsWithCompleted: number;
    readonly participants: number;
    readonly share: number | null;
    readonly byFunction: readonly {
      readonly function: string;
      readonly participants: number;
      readonly coverage: number | null;
      /** distinct participants with a checkpoint rating in the function (the people the ratings are about) */
      readonly ratedParticipants: number;
      readonly checkpointRatings: number;
      readonly meanCheckpointRating: number | null;
    }[];
    readonly checkpointsDue: number;
    readonly checkpointsRated: number;
    readonly checkpointRatedShare: number | null;
  } | NotAvailable;
}
