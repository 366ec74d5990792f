import type { Rng } from './random';
import { nodeOfMentor } from './mentorRoster';
import type { Pool } from './pool';
import { ancestorsOf } from './reportingTree';
import { ROLE_COACH, ROLE_MENTOR, ROLE_SPONSOR, TYPE_COACH, TYPE_INTERNAL, TYPE_SPONSOR, type MentorRec, type Slot } from './sampleRecords';

/**
 * Mentor assignment: every slot, in order of start, gets the least loaded eligible mentor, coach or
 * sponsor (internal mentors at least two levels above the mentee, so internal and senior mentor
 * access are 100% everywhere). Eligible means: nobody mentors themself, no mentee has the same mentor
 * twice nor two coaches from one vendor, and no mentor (or sponsor) is in the mentee's reporting chain
 * or the mentee in theirs, which keeps planted finding 4 (`reportingConflict.ts`, the one forced
 * pairing) the only conflict. Mentors' peak loads are recorded for their Capacity. A slot with no
 * eligible mentor (very small samples only) is left out. Stream: `assign`.
 */

export interface Assignment {
  /** the assigned slots, in order of start */
  readonly slots: Slot[];
  /** per pool index: the mentors (indices) a participant was paired with */
  readonly pairedWith: number[][];
}

export function assignMentors(pool: Pool, mentors: readonly MentorRec[], parent: Int32Array, slots: readonly Slot[], rng: Rng): Assignment {
  const N = pool.size;
  const { level } = pool;
  const order = slots.map((_, k) => k).sort((a, b) => slots[a].start - slots[b].start || a - b);
  const internalByMin: number[][] = [];
  for (let minLevel = 0; minLevel <= 13; minLevel++) {
    internalByMin.push(mentors.map((m, k) => k).filter((k) => mentors[k].type === TYPE_INTERNAL && mentors[k].level >= minLevel));
  }
  const coachList = mentors.map((m, k) => k).filter((k) => mentors[k].type === TYPE_COACH);
  const sponsorList = mentors.map((m, k) => k).filter((k) => mentors[k].type === TYPE_SPONSOR && k !== 0);
  const pairedWith: number[][] = new Array(N);
  const mentorAncestors: number[][] = new Array(mentors.length);
  for (const k of order) {
    const slot = slots[k];
    const i = slot.p;
    const mine = (pairedWith[i] ??= []);
    let chosen = slot.forced;
    if (chosen < 0) {
      const anc = ancestorsOf(parent, i);
      const vendorsUsed = slot.role === ROLE_COACH ? mine.filter((x) => mentors[x].type === TYPE_COACH).map((x) => mentors[x].vendor) : [];
      const list =
        slot.role === ROLE_COACH ? coachList : slot.role === ROLE_SPONSOR ? sponsorList : internalByMin[Math.min(13, level[i] + 2)];
      const eligibleFor = (x: number): boolean => {
        const m = mentors[x];
        if (mine.includes(x)) return false;
        if (m.type === TYPE_COACH) return !vendorsUsed.includes(m.vendor);
        if (m.level < level[i] + 2) return false;
        const node = nodeOfMentor(mentors, N, x);
        return node !== i && !anc.includes(node) && !(mentorAncestors[x] ??= ancestorsOf(parent, node)).includes(i);
      };
      const load = (x: number): number => activeAt(mentors[x], slot.start) / mentors[x].nominal;
      chosen = chooseMentor(list, eligibleFor, load, rng);
      if (chosen < 0 && slot.role === ROLE_MENTOR) chosen = chooseMentor(internalByMin[0], eligibleFor, load, rng);
      if (chosen < 0) continue; // nobody eligible (only in very small samples): the pairing is left out
    }
    const m = mentors[chosen];
    activeAt(m, slot.start);
    m.ends.push(Number.isNaN(slot.end) ? Infinity : slot.end);
    m.peak = Math.max(m.peak, m.ends.length);
    slot.mentor = chosen;
    mine.push(chosen);
  }
  return { slots: order.map((k) => slots[k]).filter((s) => s.mentor >= 0), pairedWith };
}

/** How many of the mentor's pairings are open at t (the ones ended by t are dropped from `ends`). */
function activeAt(m: MentorRec, t: number): number {
  const e = m.ends;
  let w = 0;
  for (let r = 0; r < e.length; r++) if (e[r] > t) e[w++] = e[r];
  e.length = w;
  return w;
}

/**
 * Picks a mentor from `list` for one pairing: among up to six eligible candidates found by random
 * draws, the least loaded (load = active pairings ÷ nominal capacity) with room; failing that, the
 * least loaded eligible one in the whole list (its capacity is then raised to what it carries).
 * Returns -1 when nobody in the list is eligible.
 */
function chooseMentor(list: readonly number[], eligible: (x: number) => boolean, load: (x: number) => number, rng: Rng): number {
  if (list.length === 0) return -1;
  let best = -1;
  let bestLoad = Infinity;
  let found = 0;
  for (let tries = 0; tries < 40 && found < 6; tries++) {
    const x = list[rng.int(0, list.length - 1)];
    if (!eligible(x)) continue;
    const l = load(x);
    if (l >= 1) continue;
    found++;
    if (l < bestLoad) {
      best = x;
      bestLoad = l;
    }
  }
  if (best >= 0) return best;
  for (const x of list) {
    if (!eligible(x)) continue;
    const l = load(x);
    if (l < bestLoad) {
      best = x;
      bestLoad = l;
    }
  }
  return best;
}
