import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { meanAndVariance } from './meanAndVariance';
import type { NumberList } from './inputTypes';

export interface TInterval {
  readonly n: number;
  /** null when n = 0 */
  readonly mean: number | null;
  /** sample standard deviation (n − 1); null when n < 2 */
  readonly sd: number | null;
  /** x̄ − t_{(1+level)/2, n−1} · s/√n; null when n < 2 */
  readonly lower: number | null;
  /** x̄ + t_{(1+level)/2, n−1} · s/√n; null when n < 2 */
  readonly upper: number | null;
}

/**
 * Student t confidence interval for a mean: x̄ ± t_{(1+level)/2, n−1} · s/√n (level 0.95 by default),
 * with the t quantile from `@stdlib/stats-base-dists-t-quantile`. With n < 2 there is no interval
 * (and with n = 0 no mean either). Mean and s from `meanAndVariance` (compensated sums).
 *
 * Sources: "Student" (W. S. Gosset) (1908), Biometrika 6:1–25; R `t.test(x)$conf.int`,
 * SciPy `stats.t.interval(level, n − 1, loc=mean, scale=sem)`.
 *
 * @example tInterval([1, 2, 3, 4, 5]) // { n: 5, mean: 3, sd: 1.5811, lower: 1.0368, upper: 4.9632 }
 */
export function tInterval(values: NumberList, level = 0.95): TInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const { n, mean, variance } = meanAndVariance(values);
  if (mean === null || variance === null) return { n, mean, sd: null, lower: null, upper: null };
  const sd = Math.sqrt(variance);
  const half = tQuantile((1 + level) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, lower: mean - half, upper: mean + half };
}
