import type { Day } from '../model/day';
import type { Rng } from './random';
import { closingReason, limitOf, type Lifecycle } from './lifecycle';
import type { PairingPlan } from './pairingPlan';
import { NONE, ROLE_COACH, ROLE_MENTOR, ROLE_SPONSOR, STATUS_ACTIVE, type Slot } from './sampleRecords';

/**
 * The pairings as dated slots, before any mentor is assigned: each participant's chain of internal
 * mentor pairings (segments of at least 150 days separated by 7–21-day gaps, the last one open at
 * asOf or closed at ProgramEnd), coaching engagements and sponsorship, each with its EndReason.
 * No planted finding; the conflict of interest (`reportingConflict.ts`) is planted on a participant's
 * last mentor slot. Stream: `pairing-plan` (after `pairingPlan.ts`).
 */

export interface PairingSlots {
  /** every slot, per participant: mentor chain, coaching, sponsor */
  readonly slots: Slot[];
  /** per participant (index j into `participants`): the last slot of the mentor chain */
  readonly lastMentorSlot: Slot[];
}

export function pairingSlots(
  participants: readonly number[],
  life: Lifecycle,
  plan: PairingPlan,
  asOf: Day,
  rng: Rng,
): PairingSlots {
  const slots: Slot[] = [];
  const newSlot = (p: number, role: number, start: Day, end: Day, reason: string | null): Slot => {
    const s: Slot = { p, role, start, end, reason, mentor: -1, forced: -1, sessions: 0, hours: 0, lastMeeting: NONE, row: 0 };
    slots.push(s);
    return s;
  };
  /** a term [start, start + len) inside the participant's time, open at asOf if it runs past it */
  const term = (i: number, role: number, start: Day, len: number, done: string): Slot => {
    const end = start + len;
    if (life.status[i] === STATUS_ACTIVE) return end > asOf ? newSlot(i, role, start, NONE, null) : newSlot(i, role, start, end, done);
    const limit = limitOf(life, asOf, i);
    if (end >= limit) return newSlot(i, role, start, Math.max(start, limit), closingReason(life, i));
    return newSlot(i, role, start, end, done);
  };
  const { mStart, mEnd, mOpen, mCount, cStart, cLen, c2Start, c2Len, cCount, sStart, sLen } = plan;
  const lastMentorSlot = new Array<Slot>(participants.length);
  participants.forEach((i, j) => {
    // mentor chain: k segments of ≥150 days separated by 7–21-day gaps
    const k = mCount[j];
    const gaps = Array.from({ length: k - 1 }, () => rng.int(7, 21));
    const span = mEnd[j] - mStart[j];
    const free = Math.max(0, span - gaps.reduce((a, b) => a + b, 0) - 150 * k);
    const shares = Array.from({ length: k }, () => rng.next() + 0.2);
    const total = shares.reduce((a, b) => a + b, 0);
    let at = mStart[j];
    for (let s = 0; s < k; s++) {
      if (s === k - 1) {
        // the phase closes with the participant's time in the program (pairingPlan.ts)
        const end = mOpen[j] ? NONE : Math.max(at, mEnd[j]);
        const reason = mOpen[j] ? null : closingReason(life, i);
        lastMentorSlot[j] = newSlot(i, ROLE_MENTOR, at, end, reason);
      } else {
        const end = at + 150 + Math.floor((free * shares[s]) / total);
        newSlot(i, ROLE_MENTOR, at, end, 'Rematched');
        at = end + gaps[s];
      }
    }
    if (cCount[j] >= 1) {
      term(i, ROLE_COACH, cStart[j], cLen[j], 'Engagement completed');
      if (cCount[j] >= 2) term(i, ROLE_COACH, c2Start[j], c2Len[j], 'Engagement completed');
    }
    if (!Number.isNaN(sStart[j])) term(i, ROLE_SPONSOR, sStart[j], sLen[j], 'Sponsorship term ended');
  });
  return { slots, lastMentorSlot };
}
