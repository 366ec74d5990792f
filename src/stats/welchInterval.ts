import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { meanAndVariance } from './meanAndVariance';
import { welchTTest } from './welchTTest';
import type { NumberList } from './inputTypes';

/** A difference of two means with Welch's interval and p. */
export interface WelchInterval {
  /** x̄ − ȳ */
  readonly difference: number;
  /** √(s_x²/n_x + s_y²/n_y) */
  readonly standardError: number;
  /** Welch–Satterthwaite degrees of freedom (as `welchTTest`) */
  readonly df: number;
  /** difference ∓ t_{(1+level)/2, df} · standardError */
  readonly lower: number;
  readonly upper: number;
  /** two-sided p of Welch's t-test (`welchTTest`) */
  readonly p: number;
}

/**
 * Welch's confidence interval for the difference of two means (unequal variances):
 * (x̄ − ȳ) ± t_{(1+level)/2, df} · √(s_x²/n_x + s_y²/n_y), df the Welch–Satterthwaite degrees of
 * freedom and p of `welchTTest`, the t quantile from `@stdlib/stats-base-dists-t-quantile`. Null
 * where `welchTTest` is (either sample under 2 values, or both variances 0).
 *
 * Sources: B. L. Welch (1947), Biometrika 34:28–35; R `t.test(x, y)$conf.int` (var.equal = FALSE),
 * SciPy `stats.ttest_ind(x, y, equal_var=False).confidence_interval()`.
 *
 * @example welchInterval([4, 5, 5, 3, 4, 5, 2, 4], [3, 3, 4, 2, 3, 4, 3]) // { difference: 0.857, lower: -0.1428, upper: 1.8571, p: 0.0865, … }
 */
export function welchInterval(x: NumberList, y: NumberList, level = 0.95): WelchInterval | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const test = welchTTest(x, y);
  if (test === null) return null;
  const a = meanAndVariance(x);
  const b = meanAndVariance(y);
  const difference = a.mean! - b.mean!;
  const standardError = Math.sqrt(a.variance! / a.n + b.variance! / b.n);
  const half = tQuantile((1 + level) / 2, test.df) * standardError;
  return { difference, standardError, df: test.df, lower: difference - half, upper: difference + half, p: test.p };
}
