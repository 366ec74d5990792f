import type { AccessTest, Conflict, LoadResult, OutcomeEquity, OutcomeLogRank } from '../equity/equityResults';
import type { ImpactResult } from '../impact/impactResults';
import type { InputCounts } from '../metrics/inputCounts';
import type { OperationsFigures } from '../metrics/operations';
import type { PairingFindings } from '../metrics/pairingFindings';
import type { SupportSatisfaction } from '../metrics/satisfaction';
import type { NotAvailable, ReadinessResult, RetentionResult, SatisfactionResult } from '../metrics/metricResults';
import type { Finding } from './boardFindings';
import type { DataQualityReport } from './dataQualityReport';

/**
 * The refresh document as the engine computes it, before the privacy pass (cli.md, "The JSON
 * document"; schema/refresh.schema.json): every figure, small groups included, built from the
 * engine's own result types. It is never written anywhere: what is written, and what the dashboards
 * read, is its protected form, `ProtectedDocument` (src/privacy/protectedDocument.ts).
 *
 * The keys are listed once more in `REFRESH_DOCUMENT_KEYS` below, which test/refreshDocument.test.ts
 * checks against this type and against the schema.
 */
export interface RefreshDocument {
  readonly schemaVersion: 1;
  /** the as-of date A that closes every window, YYYY-MM-DD */
  readonly asOf: string;
  /** the reporting quarter: the calendar quarter that contains A ("2026-Q3") */
  readonly quarter: string;
  /** ISO date-time of the refresh */
  readonly refreshedAt: string;
  /** k, the minimum group size */
  readonly minGroup: number;
  /** "sha256:…" of the canonical inputs */
  readonly inputFingerprint: string;
  /** the demographic attribute columns read */
  readonly attributes: readonly string[];
  readonly counts: InputCounts;
  /**
   * what the board should act on, up to five ranked sentences (`boardFindings`), drawn from the
   * document after the privacy pass; empty before it
   */
  readonly findings: readonly Finding[];
  readonly retention: RetentionResult | NotAvailable;
  readonly readiness: ReadinessResult | NotAvailable;
  /** program impact compared with matched colleagues (impact.md) */
  readonly impact: ImpactResult;
  readonly satisfaction: readonly SatisfactionResult[] | NotAvailable;
  readonly satisfactionBySupport: readonly SupportSatisfaction[] | NotAvailable;
  readonly operations: OperationsFigures;
  readonly equity: EquityPart;
  readonly load: LoadResult;
  readonly conflicts: readonly Conflict[];
  readonly pairingFindings: PairingFindings;
  readonly dataQuality: DataQualityReport;
}

/** The `equity` part of the document: access tests, outcome equity and its log-rank tests (equity.md). */
export interface EquityPart {
  /** the k the reference groups were chosen with */
  readonly minGroup: number;
  readonly tests: readonly AccessTest[];
  readonly outcomes: readonly OutcomeEquity[];
  readonly outcomeTests: readonly OutcomeLogRank[];
}

/**
 * The document's top-level keys, in the order it writes them: each is a key of `RefreshDocument`
 * (checked here), every key of it is listed and the schema requires exactly these (checked in
 * test/refreshDocument.test.ts).
 */
export const REFRESH_DOCUMENT_KEYS = [
  'schemaVersion',
  'asOf',
  'quarter',
  'refreshedAt',
  'minGroup',
  'inputFingerprint',
  'attributes',
  'counts',
  'findings',
  'retention',
  'readiness',
  'impact',
  'satisfaction',
  'satisfactionBySupport',
  'operations',
  'equity',
  'load',
  'conflicts',
  'pairingFindings',
  'dataQuality',
] as const satisfies readonly (keyof RefreshDocument)[];

