import type { NumberList } from './inputTypes';

/** Sample size, mean and unbiased sample variance (n − 1 denominator); null where undefined. */
export interface MeanAndVariance {
  readonly n: number;
  /** null when n = 0 */
  readonly mean: number | null;
  /** null when n < 2 */
  readonly variance: number | null;
}

/**
 * Mean and sample variance s² = Σ (x − x̄)² / (n − 1) by the corrected two-pass algorithm:
 * x̄ from a compensated (Neumaier) sum, then Σ (x − x̄)² − (Σ (x − x̄))² / n, both compensated, so
 * that 100,000+ values and values with a large common offset (e.g. 1e9 + small) keep their precision.
 *
 * Sources: T. F. Chan, G. H. Golub & R. J. LeVeque (1983), "Algorithms for computing the sample
 * variance", Am Stat 37:242–247 (eq. 1.7); N. J. Higham (2002), *Accuracy and Stability of Numerical
 * Algorithms*, §1.9 and §4.3. Same definitions as simple-statistics `mean` and `sampleVariance`.
 *
 * @example meanAndVariance([2, 4, 4, 4, 5, 5, 7, 9]) // { n: 8, mean: 5, variance: 32 / 7 }
 */
export function meanAndVariance(values: NumberList): MeanAndVariance {
  const n = values.length;
  if (n === 0) return { n, mean: null, variance: null };
  let sum = 0;
  let correction = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) throw new RangeError(`values must be finite numbers, got ${x} at index ${i}`);
    const t = sum + x;
    correction += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  const mean = (sum + correction) / n;
  if (n < 2) return { n, mean, variance: null };
  let squares = 0;
  let squaresCorrection = 0;
  let deviations = 0;
  let deviationsCorrection = 0;
  for (let i = 0; i < n; i++) {
    const e = values[i] - mean;
    const e2 = e * e;
    let t = squares + e2;
    squaresCorrection += squares >= e2 ? squares - t + e2 : e2 - t + squares;
    squares = t;
    t = deviations + e;
    deviationsCorrection += Math.abs(deviations) >= Math.abs(e) ? deviations - t + e : e - t + deviations;
    deviations = t;
  }
  const totalDeviation = deviations + deviationsCorrection;
  const variance = Math.max(0, (squares + squaresCorrection - (totalDeviation * totalDeviation) / n) / (n - 1));
  return { n, mean, variance };
}
