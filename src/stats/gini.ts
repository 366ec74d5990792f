import { sortFloat64 } from './sortFloat64';
import type { NumberList } from './inputTypes';

/**
 * Gini coefficient of non-negative values: the mean absolute difference over all ordered pairs
 * (i = j included) divided by twice the mean, G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄), computed from the
 * sorted values as G = Σ_i (2i − n − 1) x_(i) / (n Σ x) (i = 1..n) with compensated sums, O(n log n).
 * 0 = perfectly even; (n − 1)/n = everything held by one. All zero → 0 (even); empty → null.
 *
 * Sources: C. Gini (1912), *Variabilità e mutabilità*; C. Damgaard & J. Weiner (2000), Ecology
 * 81:1139–1142 (eq. 1 and the sorted form); R `ineq::Gini(x, corr = FALSE)`.
 *
 * @example gini([1, 2, 3]) // 2/9: Σ|x_i − x_j| = 8, 2 n² x̄ = 36
 */
export function gini(values: NumberList): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (!(x >= 0) || x === Infinity) throw new RangeError(`values must be finite and ≥ 0, got ${x} at index ${i}`);
    sorted[i] = x + 0;
  }
  sortFloat64(sorted);
  let total = 0;
  let totalCorrection = 0;
  let weighted = 0;
  let weightedCorrection = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i];
    let t = total + x;
    totalCorrection += total >= x ? total - t + x : x - t + total;
    total = t;
    const w = (2 * (i + 1) - n - 1) * x;
    t = weighted + w;
    weightedCorrection += Math.abs(weighted) >= Math.abs(w) ? weighted - t + w : w - t + weighted;
    weighted = t;
  }
  const sum = total + totalCorrection;
  if (sum === 0) return 0;
  return Math.max(0, (weighted + weightedCorrection) / (n * sum));
}
