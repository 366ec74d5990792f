import type { Rng } from './random';
import { TYPE_COACH, TYPE_INTERNAL, type MentorRec } from './sampleRecords';
import type { Pool } from './pool';
import * as V from './vocabulary';

/**
 * The reporting tree behind ManagerID, as a parent node per node (pool person i is node i, mentor k
 * node N + k; an employee mentor is its pool node). Pool people report to a pool person one level up
 * (same business unit mostly, a few skip a level); level-9 people report to directors (the internal
 * mentors with own ids); directors report to more senior mentors and sponsors, up to the executive
 * committee and the top executive M0001 (no manager). Managers are more senior, except that level-12
 * people report to a committee member, who reports to M0001: no cycles. The tree carries no finding
 * itself; `reportingConflict.ts` re-points one manager to plant finding 4. Stream: `tree`.
 */

/**
 * The parent of every node (-1: none), sized for the senior mentors and the employee mentors still to
 * come (`poolMentors`), with room to spare.
 */
export function reportingTree(pool: Pool, mentors: readonly MentorRec[], nExco: number, poolMentors: number, rng: Rng): Int32Array {
  const N = pool.size;
  const parent = new Int32Array(N + mentors.length + poolMentors + 8).fill(-1);
  const seniorByLevelBu: number[][][] = [10, 11, 12].map(() => [[], [], [], []]);
  const seniorByLevel: number[][] = [[], [], []];
  mentors.forEach((m, k) => {
    if (m.type === TYPE_COACH || k === 0) return;
    seniorByLevelBu[m.level - 10][m.bu].push(N + k);
    seniorByLevel[m.level - 10].push(N + k);
  });
  const exco = Array.from({ length: nExco }, (_, k) => N + 1 + k);
  const level12NonExec = seniorByLevel[2];
  const pickSame = (byBu: number[], all: number[]): number => (byBu.length > 0 && rng.chance(0.8) ? rng.pick(byBu) : rng.pick(all));
  mentors.forEach((m, k) => {
    const node = N + k;
    if (m.type === TYPE_COACH || k === 0) return;
    if (k <= nExco) parent[node] = N; // executive committee → top executive
    else if (m.level === 12) parent[node] = rng.pick(exco);
    else if (m.level === 11) parent[node] = pickSame(seniorByLevelBu[2][m.bu].filter((x) => x !== node), level12NonExec);
    else {
      const up = rng.chance(0.7) ? 1 : 2;
      parent[node] = pickSame(seniorByLevelBu[up][m.bu], seniorByLevel[up].length > 0 ? seniorByLevel[up] : level12NonExec);
    }
  });
  // level-9 employees report to directors: the internal mentors with own ids (levels 10–12)
  const seniorNonExec = [...seniorByLevel[0], ...seniorByLevel[1], ...seniorByLevel[2]];
  const directors = seniorNonExec.filter((node) => mentors[node - N].type === TYPE_INTERNAL);
  const bosses = directors.length > 0 ? directors : seniorNonExec;
  const seniorByBu: number[][] = [0, 1, 2, 3].map((b) => bosses.filter((node) => mentors[node - N].bu === b));
  const { level, bu } = pool;
  const poolByLevelBu: number[][][] = V.POOL_LEVELS.map(() => [[], [], [], []]);
  const poolByLevel: number[][] = V.POOL_LEVELS.map(() => []);
  for (let i = 0; i < N; i++) {
    poolByLevelBu[level[i] - 5][bu[i]].push(i);
    poolByLevel[level[i] - 5].push(i);
  }
  for (let i = 0; i < N; i++) {
    let up = level[i] + 1;
    if (up < 9 && rng.chance(0.05)) up += 1; // a few skip a level
    while (up <= 9 && poolByLevel[up - 5].length === 0) up++;
    parent[i] = up <= 9 ? pickSame(poolByLevelBu[up - 5][bu[i]], poolByLevel[up - 5]) : pickSame(seniorByBu[bu[i]], bosses);
  }
  return parent;
}

/** The ancestors of a node, nearest first (at most 64). */
export function ancestorsOf(parent: Int32Array, node: number): number[] {
  const out: number[] = [];
  for (let a = parent[node]; a >= 0 && out.length < 64; a = parent[a]) out.push(a);
  return out;
}

/** The id of a node: a PersonID for a pool person, a MentorID for a senior mentor. */
export function idOfNode(pool: Pool, mentors: readonly MentorRec[], node: number): string {
  return node < pool.size ? pool.personId[node] : mentors[node - pool.size].id;
}
