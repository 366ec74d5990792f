import type { AccessTest, OutcomeEquity, SeniorShare } from '../equity/equityResults';
import type { OperationsFigures, OperationsRotations } from '../metrics/operations';
import type { SupportSatisfaction } from '../metrics/satisfaction';
import type { NotAvailable, ReadinessResult, RetentionGap, RetentionResult, SatisfactionFigures, SatisfactionResult, SurvivalSummary, SurvivalWithCurve } from '../metrics/metricResults';
import type { RefreshDocument } from '../report/refreshDocument';
import type { ROTATION_RATING_FIELDS, TABLE_COUNTS } from './disclosureTables';
import type { SUPPRESSED_ROW_LABELS } from './suppressSmallGroups';

/**
 * The refresh document after the privacy pass (`suppressSmallGroups`): what the JSON file holds and
 * what the dashboards read. It has the keys of `RefreshDocument`; what the pass can do to a figure is
 * in its type:
 *
 * - a row of a group table (`GroupRow`) is shown, possibly with exact counts withheld (null, named in
 *   its `withheld`) and, for rotations by function, the rating figures suppressed alone (null, named
 *   in its `suppressedFields`); or it is `Suppressed`: its labels, `suppressed: true` and a reason;
 * - a figure about the whole program or pool (`Suppressible`) is shown or `Suppressed` (a program of
 *   fewer than k people);
 * - a curve loses its tail (the points where fewer than k are at risk): same type, fewer points.
 *
 * The counts a row can withhold are `TABLE_COUNTS` of disclosureTables.ts, the list the pass works
 * from; the labels a suppressed row keeps are `SUPPRESSED_ROW_LABELS` of suppressSmallGroups.ts.
 */
export interface ProtectedDocument extends Omit<RefreshDocument, 'retention' | 'readiness' | 'satisfaction' | 'satisfactionBySupport' | 'operations' | 'equity' | 'load'> {
  readonly retention: ProtectedRetention | NotAvailable;
  readonly readiness: Suppressible<ProtectedReadiness> | NotAvailable;
  readonly satisfaction: readonly SatisfactionRow[] | NotAvailable;
  readonly satisfactionBySupport: readonly SupportSatisfactionRow[] | NotAvailable;
  readonly operations: ProtectedOperations;
  readonly equity: ProtectedEquity;
  readonly load: ProtectedLoad;
}

// ----- what the pass does to one object ------------------------------------------------------------

/** A label a suppressed row keeps (attribute, group, resource, …). */
export type SuppressedRowLabel = (typeof SUPPRESSED_ROW_LABELS)[number];

/**
 * An object the privacy pass suppressed (a group, or a whole population, of 1 to k − 1 people): its
 * labels, `suppressed: true` and why ("fewer than 5 people: suppressed"); every other field is null
 * (not declared here, so that nothing reads it), a status is "suppressed".
 */
export type Suppressed<T> = { readonly [K in keyof T as K extends SuppressedRowLabel ? K : never]: T[K] } & {
  readonly suppressed: true;
  readonly reason: string;
} & ('status' extends keyof T ? { readonly status: 'suppressed' } : unknown);

/** An object the pass left whole. */
export type Shown<T> = T & { readonly suppressed?: undefined };

/** A figure about a whole population: shown, or suppressed when the population is 1 to k − 1 people. */
export type Suppressible<T> = Shown<T> | Suppressed<T>;

/**
 * A row of a group table that is shown: an exact count of `Count` can be withheld (null, and named in
 * `withheld`) so that a suppressed row beside it cannot be worked out by subtraction; a figure of
 * `Part` can be suppressed alone (null, and named in `suppressedFields`) when it is about fewer than
 * k of the row's people.
 */
export type ShownRow<T, Count extends keyof T, Part extends keyof T = never> = {
  readonly [K in keyof T]: K extends Count | Part ? T[K] | null : T[K];
} & {
  readonly suppressed?: undefined;
  readonly withheld?: readonly Count[];
} & ([Part] extends [never] ? unknown : { readonly suppressedFields?: readonly Part[] });

/** A row of a group table after the pass: shown (some counts perhaps withheld) or suppressed. */
export type GroupRow<T, Count extends keyof T, Part extends keyof T = never> = ShownRow<T, Count, Part> | Suppressed<T>;

/** The counts of a table, checked to be fields of its rows. */
type CountsOf<T, C extends readonly (keyof T)[]> = C[number];

// ----- the protected parts -------------------------------------------------------------------------

type RetentionSegment = RetentionResult['segments'][number];
type ReadinessSegment = ReadinessResult['segments'][number];
type RatingRow = ReadinessResult['bench']['byRating'][number];
type TargetRoleRow = ReadinessResult['bench']['byTargetRole'][number];
type FunctionRow = OperationsRotations['byFunction'][number];

export type RetentionSegmentRow = GroupRow<RetentionSegment, CountsOf<RetentionSegment, typeof TABLE_COUNTS.retentionSegments>>;

export interface ProtectedRetention extends Omit<RetentionResult, 'participants' | 'comparison' | 'gapAt12' | 'regrettable' | 'segments'> {
  readonly participants: Suppressible<SurvivalWithCurve>;
  /** suppressed when either population is under k (its n is the smaller) */
  readonly gapAt12: Suppressible<RetentionGap> | NotAvailable;
  readonly comparison: Suppressible<SurvivalWithCurve> | NotAvailable;
  readonly regrettable:
    | {
        readonly definition: Exclude<RetentionResult['regrettable'], NotAvailable>['definition'];
        readonly participants: Suppressible<SurvivalSummary>;
        readonly comparison: Suppressible<SurvivalSummary> | NotAvailable;
      }
    | NotAvailable;
  readonly segments: readonly RetentionSegmentRow[];
}

export type ReadinessSegmentRow = GroupRow<ReadinessSegment, CountsOf<ReadinessSegment, typeof TABLE_COUNTS.readinessSegments>>;
export type RatingBenchRow = GroupRow<RatingRow, CountsOf<RatingRow, typeof TABLE_COUNTS.benchByRating>>;
export type TargetRoleBenchRow = GroupRow<TargetRoleRow, CountsOf<TargetRoleRow, typeof TABLE_COUNTS.benchByTargetRole>>;

export interface ProtectedReadiness extends Omit<ReadinessResult, 'segments' | 'bench'> {
  readonly segments: readonly ReadinessSegmentRow[];
  readonly bench: { readonly byRating: readonly RatingBenchRow[]; readonly byTargetRole: readonly TargetRoleBenchRow[] };
}

type SatisfactionCount = CountsOf<SatisfactionFigures, typeof TABLE_COUNTS.satisfaction>;

/** The previous quarter's figures of a satisfaction row: a row of a table of their own. */
export type PreviousSatisfaction = GroupRow<SatisfactionFigures, SatisfactionCount>;

export type SatisfactionRow = GroupRow<Omit<SatisfactionResult, 'previous'> & { readonly previous: PreviousSatisfaction | null }, SatisfactionCount>;

export type SupportSatisfactionRow = GroupRow<SupportSatisfaction, CountsOf<SupportSatisfaction, typeof TABLE_COUNTS.satisfactionBySupport>>;

export type RotationRow = GroupRow<FunctionRow, CountsOf<FunctionRow, typeof TABLE_COUNTS.rotationsByFunction>, CountsOf<FunctionRow, typeof ROTATION_RATING_FIELDS>>;

export interface ProtectedRotations extends Omit<OperationsRotations, 'byFunction'> {
  readonly byFunction: readonly RotationRow[];
}

export interface ProtectedOperations extends Omit<OperationsFigures, 'matchRate' | 'sessionsPerActivePairing' | 'hoursPerActivePairing' | 'rotations'> {
  readonly matchRate: Suppressible<OperationsFigures['matchRate']>;
  readonly sessionsPerActivePairing: Suppressible<OperationsFigures['sessionsPerActivePairing']>;
  readonly hoursPerActivePairing: Suppressible<OperationsFigures['hoursPerActivePairing']>;
  readonly rotations: ProtectedRotations | NotAvailable;
}

export type AccessTestRow = GroupRow<AccessTest, CountsOf<AccessTest, typeof TABLE_COUNTS.accessTests>>;
export type OutcomeRow = GroupRow<OutcomeEquity, CountsOf<OutcomeEquity, typeof TABLE_COUNTS.outcomes>>;

export interface ProtectedEquity extends Omit<RefreshDocument['equity'], 'tests' | 'outcomes'> {
  readonly tests: readonly AccessTestRow[];
  readonly outcomes: readonly OutcomeRow[];
}

export type SeniorShareRow = GroupRow<SeniorShare, CountsOf<SeniorShare, typeof TABLE_COUNTS.seniorShare>>;

export interface ProtectedLoad extends Omit<RefreshDocument['load'], 'seniorShare'> {
  readonly seniorShare: readonly SeniorShareRow[];
}
