import type { Rng } from './random';
import type { Pool } from './pool';
import { TYPE_COACH, TYPE_INTERNAL, type MentorRec, type Slot } from './sampleRecords';

/**
 * Mentors' Capacity and CapacityHours. Capacity is the larger of the nominal one and the most mentees
 * the mentor ever carried at once; CapacityHours is 2·Capacity + 4 (coaches 4·Capacity + 4, sponsors
 * Capacity + 2).
 *
 * Planted finding 3, **over-capacity mentors**: exactly two internal mentors (the busiest at asOf,
 * with at least two active mentees, neither the conflict's nor the inactive pairing's mentor) get a
 * Capacity one below their active mentees; every other mentor is within capacity and CapacityHours.
 * Fewer only in samples too small to have two such mentors. Stream: `sessions` (after `sessions.ts`).
 */

export interface Overload {
  /** the over-capacity mentors (indices), busiest first */
  readonly overloaded: number[];
  /** per mentor: active pairings at asOf, and the mentees' PersonIDs */
  readonly activeAtAsOf: Int32Array;
  readonly activeMentees: string[][];
}

export function plantOverCapacity(
  pool: Pool,
  mentors: readonly MentorRec[],
  slots: readonly Slot[],
  exempt: readonly number[],
  rng: Rng,
): Overload {
  const activeAtAsOf = new Int32Array(mentors.length);
  const activeMentees: string[][] = mentors.map(() => []);
  for (const s of slots) {
    if (Number.isNaN(s.end)) {
      activeAtAsOf[s.mentor]++;
      activeMentees[s.mentor].push(pool.personId[s.p]);
    }
  }
  for (const m of mentors) m.capacity = Math.max(m.nominal, m.peak);
  const cands = mentors
    .map((m, k) => k)
    .filter((k) => mentors[k].type === TYPE_INTERNAL && !exempt.includes(k) && activeAtAsOf[k] >= 2);
  const tie = cands.map(() => rng.next());
  const byLoad = cands.map((k, r) => r).sort((a, b) => activeAtAsOf[cands[b]] - activeAtAsOf[cands[a]] || tie[a] - tie[b]);
  const overloaded = byLoad.slice(0, 2).map((r) => cands[r]);
  for (const k of overloaded) mentors[k].capacity = activeAtAsOf[k] - 1;
  for (const m of mentors) {
    m.capacityHours = m.type === TYPE_INTERNAL ? 2 * m.capacity + 4 : m.type === TYPE_COACH ? 4 * m.capacity + 4 : m.capacity + 2;
  }
  return { overloaded, activeAtAsOf, activeMentees };
}
