import type { IntakeResult } from '../intake/intake';
import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import type { MetricsResult } from '../metrics/computeMetrics';
import type { Day } from '../model/day';
import { dataQualityDocument } from './dataQualityDocument';

export interface RefreshSettings {
  readonly asOf: Day;
  readonly minGroup: number;
  readonly quarterly: boolean;
  readonly refreshedAt: Date;
  readonly inputFingerprint: string;
}

/**
 * The JSON document of `cadre refresh --json FILE` (cli.md, "The JSON document"), documented by
 * schema/refresh.schema.json. Field order follows cli.md.
 */
export function refreshDocument(settings: RefreshSettings, intakeResult: IntakeResult, metrics: MetricsResult) {
  return {
    schemaVersion: 1,
    asOf: isoFromDay(settings.asOf),
    quarter: quarterOf(settings.asOf).label,
    refreshedAt: settings.refreshedAt.toISOString(),
    minGroup: settings.minGroup,
    inputFingerprint: settings.inputFingerprint,
    attributes: intakeResult.data.attributes,
    counts: metrics.counts,
    retention: metrics.retention,
    readiness: metrics.readiness,
    satisfaction: metrics.satisfaction,
    satisfactionBySupport: metrics.satisfactionBySupport,
    operations: metrics.operations,
    dataQuality: dataQualityDocument(intakeResult.problems),
  };
}
