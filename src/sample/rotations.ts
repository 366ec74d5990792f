import type { Day } from '../model/day';
import type { Rng } from './random';
import type { Lifecycle } from './lifecycle';
import { NONE, STATUS_ACTIVE, STATUS_COMPLETED, type RotationRec } from './sampleRecords';
import * as V from './vocabulary';

/**
 * The Rotations sheet's records: one to four sequential 4–6-month rotations outside the
 * participant's home function through Product, Operations, Finance and Customer Experience, each with
 * its mid-point checkpoint (CheckpointDate, CheckpointRating 1–5; about 7% of due checkpoints
 * unrated). Status Completed, Active (End blank) or Cancelled (about 5%, and rotations cut short by a
 * withdrawal); nothing dated after asOf. Every participant with time for one gets a rotation, extra
 * ones are spread at random to reach the size's count, and the functions are chosen so that each
 * function's uptake stays level across every attribute: rotation access is balanced (no planted
 * finding). Stream: `rotations`.
 */

/** Per participant (index j into `participants`). */
interface RotationPlan {
  /** the rotation functions in the order taken (the first `count[j]` are taken) */
  readonly fns: number[][];
  readonly starts: number[][];
  readonly lens: number[][];
  readonly count: Int32Array;
}

export function generateRotations(
  participants: readonly number[],
  homeFunction: Uint8Array,
  groups: readonly ArrayLike<number>[],
  life: Lifecycle,
  rotationTarget: number,
  asOf: Day,
  rng: Rng,
): RotationRec[] {
  const plan = planRotations(participants, homeFunction, life, rotationTarget, asOf, rng);
  balanceFunctions(participants, groups, plan, rng);
  const rotations: RotationRec[] = [];
  participants.forEach((i, j) => {
    for (let r = 0; r < plan.count[j]; r++) {
      rotations.push(rotationRecord(i, plan.fns[j][r], plan.starts[j][r], plan.lens[j][r], life, asOf, rng));
    }
  });
  return rotations.sort((a, b) => a.start - b.start || a.p - b.p);
}

/** When each participant's possible rotations start, and how many each takes (the target in total). */
function planRotations(
  participants: readonly number[],
  homeFunction: Uint8Array,
  life: Lifecycle,
  rotationTarget: number,
  asOf: Day,
  rng: Rng,
): RotationPlan {
  const P = participants.length;
  const fns: number[][] = new Array(P);
  const starts: number[][] = new Array(P);
  const lens: number[][] = new Array(P);
  const max = new Int32Array(P);
  const count = new Int32Array(P);
  participants.forEach((i, j) => {
    const mine = rng.shuffle([0, 1, 2, 3].filter((f) => f !== homeFunction[i]));
    const limit = life.status[i] === STATUS_ACTIVE ? asOf - 7 : life.programEnd[i] - 30;
    const s: number[] = [];
    const l: number[] = [];
    let at = life.programStart[i] + rng.int(30, 75);
    for (let r = 0; r < mine.length; r++) {
      const len = rng.int(120, 180);
      if (at <= limit) max[j]++;
      s.push(at);
      l.push(len);
      at += len + rng.int(0, 30);
    }
    fns[j] = mine;
    starts[j] = s;
    lens[j] = l;
    count[j] = Math.min(1, max[j]);
  });
  let left = rotationTarget - count.reduce((a, b) => a + b, 0);
  const roomy: number[] = [];
  for (let j = 0; j < P; j++) if (max[j] > count[j]) roomy.push(j);
  while (left > 0 && roomy.length > 0) {
    const at = rng.int(0, roomy.length - 1);
    const j = roomy[at];
    count[j]++;
    left--;
    if (count[j] >= max[j]) {
      roomy[at] = roomy[roomy.length - 1];
      roomy.pop();
    }
  }
  return { fns, starts, lens, count };
}

/**
 * Which functions: participants in random order each take the functions their groups are most
 * behind on so far, so that rotation in each function is balanced across every attribute.
 */
function balanceFunctions(participants: readonly number[], groups: readonly ArrayLike<number>[], plan: RotationPlan, rng: Rng): void {
  const A = groups.length;
  const P = participants.length;
  const processed = new Map<number, number>();
  const withF = new Map<number, number>();
  const totalF = [0, 0, 0, 0];
  let total = 0;
  for (const j of rng.shuffle(Array.from({ length: P }, (_, j) => j))) {
    const i = participants[j];
    const k = plan.count[j];
    const score = (f: number): number => {
      const rate = total > 0 ? totalF[f] / total : 0.5;
      let sc = rng.next() * 0.01;
      for (let a = 0; a < A; a++) {
        const key = a * 64 + groups[a][i];
        const n = processed.get(key) ?? 0;
        sc += (rate * n - (withF.get(key * 4 + f) ?? 0)) / Math.sqrt(n + 1);
      }
      return sc;
    };
    const scored = plan.fns[j].map((f) => [f, score(f)] as const).sort((x, y) => y[1] - x[1]);
    const chosen = rng.shuffle(scored.slice(0, k).map(([f]) => f));
    plan.fns[j] = [...chosen, ...scored.slice(k).map(([f]) => f)];
    for (let a = 0; a < A; a++) {
      const key = a * 64 + groups[a][i];
      processed.set(key, (processed.get(key) ?? 0) + 1);
      for (const f of chosen) withF.set(key * 4 + f, (withF.get(key * 4 + f) ?? 0) + 1);
    }
    for (const f of chosen) totalF[f]++;
    total++;
  }
}

/** One rotation of participant i: its end and Status, and its checkpoint. */
function rotationRecord(i: number, f: number, start: Day, len: number, life: Lifecycle, asOf: Day, rng: Rng): RotationRec {
  const endLimit = life.status[i] === STATUS_ACTIVE ? asOf : life.programEnd[i];
  let end: Day = start + len;
  let st: string;
  if (end <= endLimit) {
    if (rng.chance(0.05)) {
      st = 'Cancelled';
      end = start + rng.int(20, Math.floor(len / 2));
    } else st = 'Completed';
  } else if (life.status[i] === STATUS_ACTIVE) {
    st = 'Active';
    end = NONE;
  } else {
    end = Math.max(start, endLimit);
    st = life.status[i] === STATUS_COMPLETED ? 'Completed' : 'Cancelled';
  }
  const cp = start + Math.floor(len / 2);
  const cpDue = cp <= asOf && (Number.isNaN(end) || cp <= end);
  const rating = cpDue && rng.chance(0.93) ? 1 + rng.weightedIndex(V.CHECKPOINT_WEIGHTS[f]) : NONE;
  return { p: i, fn: f, start, end, cpDate: cpDue ? cp : NONE, cpRating: rating, status: st };
}
