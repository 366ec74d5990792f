/** The value u′ A⁻ u and the rank of A. */
export interface QuadraticForm {
  readonly value: number;
  readonly rank: number;
}

/**
 * u′ A⁻ u for a symmetric positive semi-definite matrix A (k × k, k small), with the rank of A:
 * an LDL′ (square-root-free Cholesky) decomposition that treats a pivot ≤ 1e−10 × the largest
 * diagonal element as zero and drops that row and column, which gives a generalized inverse A⁻ —
 * the method of R `survival:::cholesky2` / `chsolve2` (T. Therneau), used by `survdiff` and `coxph`.
 * For a non-singular A this is u′ A⁻¹ u. O(k³).
 *
 * Source: G. H. Golub & C. F. Van Loan, *Matrix Computations*, 4th ed., §4.1 (LDLᵀ); Therneau's
 * `cholesky2.c` in the R survival package for the tolerance rule.
 *
 * @example generalizedQuadraticForm([[2, 0], [0, 0]], [4, 7]) // { value: 8, rank: 1 }
 */
export function generalizedQuadraticForm(a: readonly (readonly number[])[], u: readonly number[]): QuadraticForm {
  const m = u.length;
  if (a.length !== m || a.some((row) => row.length !== m)) throw new RangeError(`the matrix must be ${m} × ${m}`);
  let maxDiagonal = 0;
  for (let i = 0; i < m; i++) maxDiagonal = Math.max(maxDiagonal, Math.abs(a[i][i]));
  const tolerance = 1e-10 * maxDiagonal;
  const l = a.map((row) => row.slice());
  const d = new Float64Array(m);
  let rank = 0;
  for (let j = 0; j < m; j++) {
    let pivot = l[j][j];
    for (let s = 0; s < j; s++) pivot -= l[j][s] * l[j][s] * d[s];
    if (!(pivot > tolerance) || maxDiagonal === 0) {
      // a (numerically) dependent column: drop it
      for (let i = j + 1; i < m; i++) l[i][j] = 0;
      continue;
    }
    d[j] = pivot;
    rank++;
    for (let i = j + 1; i < m; i++) {
      let x = l[i][j];
      for (let s = 0; s < j; s++) x -= l[i][s] * l[j][s] * d[s];
      l[i][j] = x / pivot;
    }
  }
  // forward substitution L w = u; then u′ A⁻ u = Σ w_j² / d_j over the kept pivots
  const w = new Float64Array(m);
  let value = 0;
  for (let j = 0; j < m; j++) {
    let x = u[j];
    for (let s = 0; s < j; s++) x -= l[j][s] * w[s];
    w[j] = x;
    if (d[j] > 0) value += (x * x) / d[j];
  }
  return { value, rank };
}
