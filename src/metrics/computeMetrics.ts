import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import { inputCounts } from './inputCounts';
import { computeOperations } from './operations';
import { computeReadiness } from './readiness';
import { computeRetention } from './retention';
import { computeSatisfaction } from './satisfaction';

/**
 * Every metric of metrics.md from the typed records, as of A: retention, time-to-readiness,
 * satisfaction and program operations. Pure: the same records and A give the same results.
 */
export function computeMetrics(data: ProgramData, asOf: Day) {
  const satisfaction = computeSatisfaction(data, asOf);
  return {
    counts: inputCounts(data),
    retention: computeRetention(data, asOf),
    readiness: computeReadiness(data, asOf),
    satisfaction: 'available' in satisfaction ? satisfaction : satisfaction.results,
    satisfactionBySupport: 'available' in satisfaction ? satisfaction : satisfaction.bySupport,
    operations: computeOperations(data, asOf),
  };
}
