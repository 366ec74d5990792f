import { munkres } from 'munkres';

/**
 * The assignment of matching.md ("The assignment"), on integers: mentees (rows, in their canonical
 * order: by PersonID) × givers (columns, by MentorID), each giver taking at most `slots[g]` mentees,
 * each mentee at most one giver, only allowed pairs. Among all such assignments it returns one that
 *   1. matches the most mentees, then
 *   2. has the largest total of `units` (the pair scores on an integer grid, ≥ 0), then
 *   3. (tie-break, when it fits exactly in doubles: `tieBreak`) the largest total of
 *      t(i, g) = (n − 1 − i) + (G − 1 − g): earlier mentees get a giver first, earlier givers are used
 *      first. The tie-break's total over any assignment is below one unit, so it never outweighs a
 *      difference in (2).
 *
 * How, exactly:
 * - ν, the largest number of mentees that can be matched, by augmenting paths with capacities
 *   (Kuhn's algorithm: a greedy start, then one search per unmatched mentee).
 * - Then one Hungarian run (`munkres`, the maintained npm package) on capacity slots: a row per
 *   mentee that has at least one allowed giver, a column per slot (each giver repeated
 *   min(slots, rows) times) and r − ν "unmatched" columns of cost 0. Cost of an allowed slot:
 *   −(units · B + t), B = ν · tMax + 1; a forbidden slot: +Infinity (munkres supports it). Every
 *   row gets a column (rows ≤ columns), at most r − ν of them an unmatched column and, ν being the
 *   maximum, exactly r − ν: so the Hungarian optimum is the best total among the maximum matchings
 *   (1 before 2 without a big-M term, which would not fit in a double's 53 bits with the tie-break).
 * - Every cost is an integer and ν · (max units · B + tMax) < 2^53, so the solver's sums are exact;
 *   when the tie-break would break that bound it is left out (B = 1, t = 0; `tieBreak` false) and
 *   ties go to the solver's first find on the canonically ordered matrix (still deterministic).
 *
 * @param n mentees; @param givers G
 * @param slots per giver, ≥ 0 (more than n are never needed and are cut to n)
 * @param allowed n × G, row-major: 1 where the pair breaks no hard rule
 * @param units n × G, row-major: the pair's score as a whole number ≥ 0 (read only where allowed)
 */
export function assign(n: number, givers: number, slots: ArrayLike<number>, allowed: Uint8Array, units: ArrayLike<number>): Assignment {
  const G = givers;
  const cap = new Int32Array(G);
  for (let g = 0; g < G; g++) cap[g] = Math.max(0, Math.min(Math.floor(slots[g]), n));
  const allowedWithRoom = (i: number, g: number) => cap[g] > 0 && allowed[i * G + g] === 1;

  // rows: mentees with at least one allowed giver that has room; their allowed givers
  const adjacency: Int32Array[] = [];
  const rows: number[] = [];
  let maxUnits = 0;
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    for (let g = 0; g < G; g++) {
      if (!allowedWithRoom(i, g)) continue;
      list.push(g);
      const u = units[i * G + g];
      if (!(Number.isInteger(u) && u >= 0)) throw new RangeError(`units must be whole numbers ≥ 0, got ${u} at mentee ${i}, giver ${g}`);
      if (u > maxUnits) maxUnits = u;
    }
    if (list.length > 0) {
      rows.push(i);
      adjacency.push(Int32Array.from(list));
    }
  }
  const giverOf = new Int32Array(n).fill(-1);
  const matchable = maxMatching(rows.length, G, cap, adjacency);
  if (matchable === 0) return { giverOf, matched: 0, tieBreak: false };

  // the slot columns: each giver that some row may take, repeated min(cap, rows) times
  const slotGiver: number[] = [];
  const used = new Uint8Array(G);
  for (const list of adjacency) for (const g of list) used[g] = 1;
  for (let g = 0; g < G; g++) {
    if (used[g] === 0) continue;
    const k = Math.min(cap[g], rows.length);
    for (let s = 0; s < k; s++) slotGiver.push(g);
  }
  const r = rows.length;
  const columns = slotGiver.length + (r - matchable);

  const tMax = n - 1 + (G - 1);
  let B = matchable * tMax + 1;
  let tieBreak = true;
  if (!(matchable * (maxUnits * B + tMax) < Number.MAX_SAFE_INTEGER)) {
    tieBreak = false;
    B = 1;
  }
  if (!(matchable * maxUnits < Number.MAX_SAFE_INTEGER)) throw new RangeError('scores too large for an exact assignment');

  const matrix: Float64Array[] = new Array(r);
  for (let y = 0; y < r; y++) {
    const i = rows[y];
    const row = new Float64Array(columns); // the unmatched columns stay 0
    for (let x = 0; x < slotGiver.length; x++) {
      const g = slotGiver[x];
      row[x] = allowed[i * G + g] === 1 ? -(units[i * G + g] * B + (tieBreak ? n - 1 - i + (G - 1 - g) : 0)) : Infinity;
    }
    matrix[y] = row;
  }
  let matched = 0;
  for (const [y, x] of munkres(matrix)) {
    if (x >= slotGiver.length) continue; // an unmatched column
    if (matrix[y][x] === Infinity) throw new Error('internal: the assignment used a forbidden pair');
    giverOf[rows[y]] = slotGiver[x];
    matched++;
  }
  if (matched !== matchable) throw new Error(`internal: the assignment matched ${matched} mentees, ${matchable} can be`);
  return { giverOf, matched, tieBreak };
}

export interface Assignment {
  /** per mentee, the giver's index, −1 when unmatched */
  readonly giverOf: Int32Array;
  /** mentees matched: the maximum possible */
  readonly matched: number;
  /** whether the tie-break term was used (see `assign`) */
  readonly tieBreak: boolean;
}

/**
 * The size of a maximum matching of rows to givers with capacities (`cap`), by augmenting paths
 * (Kuhn): greedy first, then a depth-first search for an augmenting path from each unmatched row,
 * each giver visited once per search (and, after a failed search, not again until one succeeds).
 * O(rows · edges) at worst.
 */
export function maxMatching(rows: number, G: number, cap: Int32Array, adjacency: readonly Int32Array[]): number {
  const holders: number[][] = Array.from({ length: G }, () => []);
  const matchOf = new Int32Array(rows).fill(-1);
  let matched = 0;
  for (let i = 0; i < rows; i++) {
    for (const g of adjacency[i]) {
      if (holders[g].length < cap[g]) {
        holders[g].push(i);
        matchOf[i] = g;
        matched++;
        break;
      }
    }
  }
  const seen = new Int32Array(G);
  let stamp = 0;
  const augment = (i: number): boolean => {
    for (const g of adjacency[i]) {
      if (seen[g] === stamp) continue;
      seen[g] = stamp;
      if (holders[g].length < cap[g]) {
        holders[g].push(i);
        matchOf[i] = g;
        return true;
      }
      const list = holders[g];
      for (let h = 0; h < list.length; h++) {
        const other = list[h];
        if (augment(other)) {
          list[h] = i; // `other` moved to another giver; i takes its place here
          matchOf[i] = g;
          return true;
        }
      }
    }
    return false;
  };
  // a failed search changes nothing, and the givers it visited cannot lead to a free place while the
  // matching stays the same: they stay visited until a search succeeds
  let fresh = true;
  for (let i = 0; i < rows; i++) {
    if (matchOf[i] >= 0) continue;
    if (fresh) stamp++;
    fresh = augment(i);
    if (fresh) matched++;
  }
  return matched;
}
