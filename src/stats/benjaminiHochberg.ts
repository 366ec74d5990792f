/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), in the order given:
 * with the m valid p-values sorted, p̃_(i) = min_{j ≥ i} min(1, m · p_(j) / j). A test is
 * significant at FDR level q when its adjusted p is ≤ q. Entries that are null, undefined or NaN
 * are not tests: they are left out of m and come back as null.
 *
 * Sources: Y. Benjamini & Y. Hochberg (1995), JRSS B 57:289–300; R `p.adjust(p, "BH")`, SciPy
 * `stats.false_discovery_control(ps, method='bh')`.
 *
 * @example benjaminiHochberg([0.01, 0.04, null, 0.03]) // [0.03, 0.04, null, 0.04]
 */
export function benjaminiHochberg(p: ArrayLike<number | null | undefined>): (number | null)[] {
  const result: (number | null)[] = new Array<number | null>(p.length).fill(null);
  const valid: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const x = p[i];
    if (x === null || x === undefined || Number.isNaN(x)) continue;
    if (!(x >= 0 && x <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${x} at index ${i}`);
    valid.push(i);
  }
  const m = valid.length;
  valid.sort((i, j) => (p[i] as number) - (p[j] as number));
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = valid[rank - 1];
    running = Math.min(running, (m * (p[i] as number)) / rank);
    result[i] = running;
  }
  return result;
}
