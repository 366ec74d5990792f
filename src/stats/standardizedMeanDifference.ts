/**
 * The standardised mean difference (SMD) of two groups from their means and variances:
 * (x̄₁ − x̄₀) / √((s₁² + s₀²) / 2). For a 0/1 indicator (a level of a categorical variable) pass the
 * shares as means and p(1 − p) as variances. The variances are the caller's (impact.md: divisor n).
 * Following impact.md, the SMD is 0 when both variances are 0 (even where the means differ: a
 * level every member of one group has and no member of the other).
 *
 * Sources: P. C. Austin (2009), "Balance diagnostics for comparing the distribution of baseline
 * covariates between treatment groups in propensity-score matched samples", Statist Med
 * 28:3083–3107 (eqs. 1 and 2, |SMD| < 0.1 as the threshold of balance); R `tableone::ExtractSmd`.
 *
 * @example standardizedMeanDifference(0.5, 0.25, 0.3, 0.21) // 0.2 / √0.23 = 0.41703
 */
export function standardizedMeanDifference(mean1: number, variance1: number, mean0: number, variance0: number): number {
  for (const [name, v] of [
    ['mean1', mean1],
    ['mean0', mean0],
  ] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
  }
  for (const [name, v] of [
    ['variance1', variance1],
    ['variance0', variance0],
  ] as const) {
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`${name} must be a finite number ≥ 0, got ${v}`);
  }
  const pooled = (variance1 + variance0) / 2;
  if (pooled === 0) return 0;
  return (mean1 - mean0) / Math.sqrt(pooled);
}
