import type { Day } from '../model/day';
import type { Rng } from './random';
import type { Pool } from './pool';
import { TYPE_INTERNAL, type MentorRec, type Slot } from './sampleRecords';

/**
 * Planted finding 4, **conflict of interest**: exactly one pairing, active at the as-of date, where
 * the internal mentor is the mentee's manager's manager. A participant with an open mentor pairing
 * of at least 90 days and a pool manager (preferably a level-8 participant under a level-9 manager)
 * gets, as that pairing's mentor, the manager's own manager when that is an internal mentor at least
 * two levels up; otherwise the manager is re-pointed (in `parent`) to an internal mentor of the same
 * business unit. Mentor assignment (`assignMentors.ts`) keeps every other pairing out of the
 * reporting chain. Null only in very small samples. Stream: `conflict`.
 */

export interface ReportingConflict {
  /** pool indices of the mentee and their manager */
  readonly person: number;
  readonly manager: number;
  /** index into the mentors */
  readonly mentor: number;
  /** the pairing, its mentor forced to `mentor` */
  readonly slot: Slot;
}

export function plantReportingConflict(
  pool: Pool,
  participants: readonly number[],
  mentors: readonly MentorRec[],
  parent: Int32Array,
  lastMentorSlot: readonly Slot[],
  asOf: Day,
  rng: Rng,
): ReportingConflict | null {
  const N = pool.size;
  const { level, bu } = pool;
  const cands = participants.filter((i, j) => {
    const s = lastMentorSlot[j];
    return Number.isNaN(s.end) && s.start <= asOf - 90 && parent[i] >= 0 && parent[i] < N && level[parent[i]] <= 9;
  });
  const preferred = cands.filter((i) => level[i] === 8 && level[parent[i]] === 9);
  const ownInternal = mentors.map((m, k) => k).filter((k) => mentors[k].type === TYPE_INTERNAL && mentors[k].pool < 0);
  if (cands.length === 0 || ownInternal.length === 0) return null;
  const person = rng.pick(preferred.length > 0 ? preferred : cands);
  const manager = parent[person];
  const grand = parent[manager];
  const grandOk = grand >= N && mentors[grand - N].type === TYPE_INTERNAL && mentors[grand - N].level >= level[person] + 2;
  let mentor: number;
  if (grandOk) mentor = grand - N;
  else {
    // re-point the manager to an internal mentor (levels 10–12, above the manager's level 8–9)
    const sameBu = ownInternal.filter((k) => mentors[k].bu === bu[manager]);
    mentor = rng.pick(sameBu.length > 0 ? sameBu : ownInternal);
    parent[manager] = N + mentor;
  }
  const slot = lastMentorSlot[participants.indexOf(person)];
  slot.forced = mentor;
  return { person, manager, mentor, slot };
}
