import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import gammaln from '@stdlib/math-base-special-gammaln';

/**
 * Upper tail P(X > x) of the χ² distribution with `df` degrees of freedom: the p-value of a χ²
 * statistic, accurate in the far tail (relative error ~1e−13 down to the smallest doubles, where
 * `1 − cdf` would keep no digits below ~1e−16 and few below ~1e−10).
 *
 * - df = 1: 2·Φ(−√x) (Φ from `@stdlib/stats-base-dists-normal-cdf`, which is accurate in its tail);
 * - df = 2: exp(−x/2);
 * - otherwise Q(df/2, x/2), the regularized upper incomplete gamma function: `1 − cdf` from
 *   `@stdlib/stats-base-dists-chisquare-cdf` where Q is not small (x/2 ≤ df/2 + 1, there Q > 0.08),
 *   else Legendre's continued fraction for Γ(a, x) evaluated by the modified Lentz method
 *   (Press et al., *Numerical Recipes*, 3rd ed., §6.2, `gcf`), with ln Γ(a) from
 *   `@stdlib/math-base-special-gammaln`.
 *
 * Returns 1 for x ≤ 0 and 0 for x = +∞. df must be a positive number.
 *
 * @example chiSquaredSurvival(3.841459, 1) // 0.05000000…
 */
export function chiSquaredSurvival(x: number, df: number): number {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (Number.isNaN(x)) throw new RangeError('χ² statistic is NaN');
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  if (df === 1) return 2 * normalCdf(-Math.sqrt(x), 0, 1);
  if (df === 2) return Math.exp(-x / 2);
  const a = df / 2;
  const y = x / 2;
  if (y <= a + 1) return 1 - chisquareCdf(x, df);
  return upperGammaContinuedFraction(a, y);
}

/** Q(a, y) = Γ(a, y)/Γ(a) for y > a + 1 by the continued fraction (Numerical Recipes `gcf`). */
function upperGammaContinuedFraction(a: number, y: number): number {
  const tiny = 1e-300;
  let b = y + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-y + a * Math.log(y) - gammaln(a)) * h;
}
