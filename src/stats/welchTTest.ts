import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { meanAndVariance } from './meanAndVariance';
import type { NumberList } from './inputTypes';

export interface WelchTTestResult {
  /** t = (x̄ − ȳ) / √(s_x²/n_x + s_y²/n_y) */
  readonly t: number;
  /** Welch–Satterthwaite degrees of freedom */
  readonly df: number;
  /** two-sided p = 2 · P(T_df ≤ −|t|) */
  readonly p: number;
}

/**
 * Welch's two-sample t-test (unequal variances), two-sided:
 * t = (x̄ − ȳ)/√(s_x²/n_x + s_y²/n_y), df = (s_x²/n_x + s_y²/n_y)² / ((s_x²/n_x)²/(n_x − 1) + (s_y²/n_y)²/(n_y − 1)),
 * p = 2 · F_t(−|t|; df) with F_t from `@stdlib/stats-base-dists-t-cdf` (the lower tail, accurate for
 * small p). Returns null when either sample has fewer than 2 values or both have zero variance
 * (t and df are then undefined).
 *
 * Sources: B. L. Welch (1947), Biometrika 34:28–35; F. E. Satterthwaite (1946), Biometrics Bull 2:110–114;
 * R `t.test(x, y)` (var.equal = FALSE), SciPy `stats.ttest_ind(x, y, equal_var=False)`.
 *
 * @example welchTTest([4, 5, 5, 3, 4, 5, 2, 4], [3, 3, 4, 2, 3, 4, 3]) // { t: 1.8665, df: 12.06, p: 0.0865 }
 */
export function welchTTest(x: NumberList, y: NumberList): WelchTTestResult | null {
  const a = meanAndVariance(x);
  const b = meanAndVariance(y);
  if (a.variance === null || b.variance === null || a.mean === null || b.mean === null) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const t = (a.mean - b.mean) / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const p = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  return { t, df, p };
}
