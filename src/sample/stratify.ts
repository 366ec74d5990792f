import type { Rng } from './random';

/** Splits `total` into parts proportional to `weights` that sum exactly to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => i).sort((a, b) => raw[b] - Math.floor(raw[b]) - (raw[a] - Math.floor(raw[a])) || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]] += 1;
  return parts;
}

/**
 * Chooses exactly `count` of `candidates` so that, for **every** attribute at once, each group gets
 * (almost exactly) its proportional share: a greedy balanced sample. Each of the `count` steps draws
 * up to 24 remaining candidates at random and takes the one whose groups are furthest behind their
 * share so far (the sum over attributes of the group's deficit, scaled by the square root of its
 * expected count). The result is random (which members of a group are chosen) but balanced, so a
 * resource handed out this way shows no gap between groups of Gender, Ethnicity, BusinessUnit,
 * Location or Level that an equity test could pick up by chance.
 *
 * `groups[a][i]` is candidate i's group (a small integer) for attribute a; candidates are indices into
 * those arrays. Returns the chosen candidates in ascending order.
 */
export function balancedPick(
  candidates: readonly number[],
  groups: readonly ArrayLike<number>[],
  count: number,
  rng: Rng,
): number[] {
  const n = candidates.length;
  if (count <= 0 || n === 0) return [];
  if (count >= n) return [...candidates].sort((a, b) => a - b);
  const A = groups.length;
  const sizes: Map<number, number>[] = groups.map(() => new Map());
  for (const i of candidates) {
    for (let a = 0; a < A; a++) {
      const g = groups[a][i];
      sizes[a].set(g, (sizes[a].get(g) ?? 0) + 1);
    }
  }
  const chosen: Map<number, number>[] = groups.map(() => new Map());
  const remaining = [...candidates];
  const out: number[] = [];
  for (let t = 0; t < count; t++) {
    let bestAt = -1;
    let bestScore = -Infinity;
    const tries = Math.min(24, remaining.length);
    for (let k = 0; k < tries; k++) {
      const at = Math.floor(rng.next() * remaining.length);
      const i = remaining[at];
      let score = 0;
      for (let a = 0; a < A; a++) {
        const g = groups[a][i];
        const share = (sizes[a].get(g) as number) / n;
        const expected = (t + 1) * share;
        score += (expected - (chosen[a].get(g) ?? 0)) / Math.sqrt(count * share);
      }
      if (score > bestScore) {
        bestScore = score;
        bestAt = at;
      }
    }
    const i = remaining[bestAt];
    remaining[bestAt] = remaining[remaining.length - 1];
    remaining.pop();
    out.push(i);
    for (let a = 0; a < A; a++) {
      const g = groups[a][i];
      chosen[a].set(g, (chosen[a].get(g) ?? 0) + 1);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * n uniforms on [0, 1) with exactly one in each interval [k/n, (k+1)/n), in random order (Latin
 * hypercube in one dimension): the same distribution as independent uniforms, with much less spread
 * in how many fall below any threshold (how many people leave, become ready, ...).
 */
export function stratifiedUniforms(n: number, rng: Rng): Float64Array {
  const u = new Float64Array(n);
  for (let k = 0; k < n; k++) u[k] = (k + rng.next()) / n;
  return rng.shuffle(u);
}
