import type { Estimate } from './metricResults';

/**
 * The estimates a time-to-event summary does not make, with their reasons in plain words: one wording
 * for retention and readiness (metrics.md, Reporting rules: a figure without its input says why).
 */

/** No estimate: nobody is in the population. */
export const NOBODY: Estimate = { value: null, lower: null, upper: null, reason: 'nobody in this population' };

/** No estimate at `months`: nobody has been followed that long yet (never extrapolated). */
export function notFollowedYet(months: number, followUpMonths: number): Estimate {
  return { value: null, lower: null, upper: null, reason: `nobody followed for ${months} months yet (longest ${followUpMonths.toFixed(1)})` };
}
