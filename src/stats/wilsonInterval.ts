import { Z95 } from './z95';

/**
 * Wilson score interval for a binomial proportion x/n:
 * (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), p̂ = x/n.
 * Unlike the Wald interval it stays inside [0, 1] and is usable for small n and p̂ = 0 or 1 (the
 * bounds are then exactly 0 and 1). Returns null when n = 0.
 *
 * Sources: E. B. Wilson (1927), "Probable inference, the law of succession, and statistical
 * inference", JASA 22:209–212; Brown, Cai & DasGupta (2001), Statist Sci 16:101–133; R
 * `prop.test(x, n, correct = FALSE)$conf.int`, statsmodels `proportion_confint(method='wilson')`.
 *
 * @example wilsonInterval(7, 10) // [0.3967781475, 0.8922087326]
 */
export function wilsonInterval(x: number, n: number, z: number = Z95): readonly [number, number] | null {
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`n must be a finite number ≥ 0, got ${n}`);
  if (!(x >= 0 && x <= n)) throw new RangeError(`x must be in [0, n], got ${x} of ${n}`);
  if (!(z >= 0) || !Number.isFinite(z)) throw new RangeError(`z must be a finite number ≥ 0, got ${z}`);
  if (n === 0) return null;
  const p = x / n;
  const z2n = (z * z) / n;
  const denominator = 1 + z2n;
  const center = (p + z2n / 2) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z2n / n) / 4)) / denominator;
  const lower = x === 0 ? 0 : Math.max(0, center - half);
  const upper = x === n ? 1 : Math.min(1, center + half);
  return [lower, upper];
}
