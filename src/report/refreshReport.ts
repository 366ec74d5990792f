import type { IntakeResult } from '../intake/intake';
import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import { computeAccessEquity } from '../equity/accessEquity';
import { findConflicts } from '../equity/conflicts';
import { computeLoad } from '../equity/loadFigures';
import { computeOutcomeEquity } from '../equity/outcomeEquity';
import { reportingChain } from '../equity/reportingChain';
import { computeImpact } from '../impact/computeImpact';
import { computeMetrics } from '../metrics/computeMetrics';
import { pairingFindings } from '../metrics/pairingFindings';
import type { Day } from '../model/day';
import { poolingFor } from '../privacy/poolSmallGroups';
import type { ProtectedDocument } from '../privacy/protectedDocument';
import { suppressSmallGroups } from '../privacy/suppressSmallGroups';
import { equityAttributes } from '../equity/accessAttributes';
import { segmentAttributes } from '../metrics/segmentAttributes';
import { boardFindings } from './boardFindings';
import { dataQualityReport } from './dataQualityReport';
import type { RefreshDocument } from './refreshDocument';

export interface RefreshSettings {
  readonly asOf: Day;
  /** k, the minimum group size (3 or more) */
  readonly minGroup: number;
  readonly refreshedAt: Date;
  /** "sha256:…" of the canonical inputs (computed by the shell: see report/canonicalInput) */
  readonly inputFingerprint: string;
  /**
   * 'history': only what History reads (`historyRowsOf`) is computed, for the quarters a first
   * refresh recomputes; outcome equity, the person-level pairing findings and the balance table are
   * left empty (a test checks that History's rows are the same either way). Default 'document'.
   */
  readonly scope?: 'document' | 'history';
}

/**
 * The results of a refresh as one document (cli.md, "The JSON document"; schema/refresh.schema.json):
 * every metric of metrics.md, program impact against matched colleagues (impact.md), the equity
 * tests, mentor load and conflicts of equity.md, and the
 * person-level pairing findings for the analyst (inactive and low-satisfaction pairings), the
 * data-quality problems — computed with the groups under k pooled where together they reach k
 * (`poolingFor`), then passed once through the privacy pass (src/privacy), so nothing downstream
 * (the JSON file, the dashboard plan, History) can show a figure about fewer than k people or let one
 * be worked out by subtraction.
 */
export function refreshReport(settings: RefreshSettings, intakeResult: IntakeResult): ProtectedDocument {
  const shielded = suppressSmallGroups(unprotectedReport(settings, intakeResult), settings.minGroup);
  // the findings are sentences about the protected figures only (the key keeps its place)
  return { ...shielded, findings: boardFindings(shielded) };
}

/**
 * The document of `refreshReport` before the privacy pass (groups under k already pooled): every
 * figure, small groups included. Never written anywhere; for the tests that check the pass.
 */
export function unprotectedReport(settings: RefreshSettings, intakeResult: IntakeResult): RefreshDocument {
  const { asOf, minGroup } = settings;
  const data = { ...intakeResult.data, pooling: poolingFor(intakeResult.data.participants, [...equityAttributes(intakeResult.data), ...segmentAttributes(intakeResult.data)], asOf, minGroup) };
  const metrics = computeMetrics(data, asOf);
  const access = computeAccessEquity(data, asOf, minGroup);
  const forHistory = settings.scope === 'history';
  const outcome = forHistory ? { outcomes: [], outcomeTests: [] } : computeOutcomeEquity(data, asOf, minGroup);
  const chain = reportingChain(data);
  return {
    schemaVersion: 1,
    asOf: isoFromDay(asOf),
    quarter: quarterOf(asOf).label,
    refreshedAt: settings.refreshedAt.toISOString(),
    minGroup,
    inputFingerprint: settings.inputFingerprint,
    attributes: data.attributes,
    counts: metrics.counts,
    findings: [], // drawn from the protected document (refreshReport), never from this one
    retention: metrics.retention,
    readiness: metrics.readiness,
    impact: computeImpact({ ...data, measures: data.sheetNames.Measures === undefined ? undefined : data.measures }, asOf, { minGroup, balance: !forHistory }),
    satisfaction: metrics.satisfaction,
    satisfactionBySupport: metrics.satisfactionBySupport,
    operations: metrics.operations,
    equity: { minGroup, tests: access, outcomes: outcome.outcomes, outcomeTests: outcome.outcomeTests },
    load: computeLoad(data, asOf),
    conflicts: findConflicts(data, asOf, chain),
    pairingFindings: forHistory ? { inactive: [], lowSatisfaction: [] } : pairingFindings(data, asOf),
    dataQuality: dataQualityReport(intakeResult.problems),
  };
}

/** The report as everything downstream reads it: the document after the privacy pass. */
export type RefreshReport = ProtectedDocument;
