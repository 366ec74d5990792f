import type { Day } from '../model/day';
import type { Rng } from './random';
import type { SupportAccess } from './coachAccess';
import { limitOf, type Lifecycle } from './lifecycle';
import { NONE, STATUS_ACTIVE } from './sampleRecords';

/**
 * How many pairings each participant has, and when: a mentoring phase that lasts as long as the
 * participant is in the program (one internal mentor, or rematched into two or three; open at asOf
 * for an Active participant, closed at ProgramEnd for the others), a 6–10-month coaching engagement
 * for those with a coach (room for a second one with another vendor), about a year with a sponsor.
 * Extra pairings (rematches, second engagements) are spread at random until the size's pairing count
 * is reached. An active participant is therefore without a pairing only in the first days after
 * ProgramStart or between two mentors (a 7–21-day gap), so the match rate stays high at every date
 * and is no finding. No planted finding. Stream: `pairing-plan` (after `coachAccess.ts`, before
 * `pairingSlots.ts`).
 */

/** Per participant (index j into `participants`). */
export interface PairingPlan {
  readonly mStart: Float64Array;
  /** end of the mentoring phase: asOf when still open, else the participant's ProgramEnd */
  readonly mEnd: Float64Array;
  /** 1: the mentoring phase is open at asOf (the participant is Active) */
  readonly mOpen: Uint8Array;
  /** internal-mentor pairings: the most the phase has room for, and how many */
  readonly mMax: Int32Array;
  readonly mCount: Int32Array;
  readonly cStart: Float64Array;
  readonly cLen: Int32Array;
  /** the second coaching engagement's start (NaN: no room for one) */
  readonly c2Start: Float64Array;
  readonly c2Len: Int32Array;
  /** coaching engagements: 0, 1 or 2 */
  readonly cCount: Int32Array;
  readonly sStart: Float64Array;
  readonly sLen: Int32Array;
}

export function planPairings(
  participants: readonly number[],
  life: Lifecycle,
  access: SupportAccess,
  pairingTarget: number,
  asOf: Day,
  rng: Rng,
): PairingPlan {
  const P = participants.length;
  const plan: PairingPlan = {
    mStart: new Float64Array(P),
    mEnd: new Float64Array(P),
    mOpen: new Uint8Array(P),
    mMax: new Int32Array(P),
    mCount: new Int32Array(P),
    cStart: new Float64Array(P).fill(NONE),
    cLen: new Int32Array(P),
    c2Start: new Float64Array(P).fill(NONE),
    c2Len: new Int32Array(P),
    cCount: new Int32Array(P),
    sStart: new Float64Array(P).fill(NONE),
    sLen: new Int32Array(P),
  };
  const { mStart, mEnd, mOpen, mMax, mCount, cStart, cLen, c2Start, c2Len, cCount, sStart, sLen } = plan;
  const early = (i: number, lo: number, hi: number): Day => {
    const ps = life.programStart[i];
    const limit = limitOf(life, asOf, i);
    const d = ps + rng.int(lo, hi);
    return d < limit ? d : ps + Math.floor((limit - ps) / 2);
  };
  let primaries = 0;
  participants.forEach((i, j) => {
    const limit = limitOf(life, asOf, i);
    mStart[j] = early(i, 3, 30);
    // mentored until the participant leaves the program: a phase that ended months before
    // ProgramEnd left a participant who is still Active with no pairing at all, unmatched
    mOpen[j] = life.status[i] === STATUS_ACTIVE ? 1 : 0;
    mEnd[j] = mOpen[j] ? asOf : limit;
    mMax[j] = Math.max(1, Math.floor((mEnd[j] - mStart[j]) / 180));
    mCount[j] = 1;
    primaries += 1;
    if (access.hasCoach[i]) {
      cStart[j] = early(i, 20, 100);
      cLen[j] = rng.int(180, 300);
      cCount[j] = 1;
      primaries += 1;
      const firstEnd = cStart[j] + cLen[j];
      const second = firstEnd + rng.int(14, 90);
      c2Len[j] = rng.int(150, 270);
      if (firstEnd < limit && second <= Math.min(limit - 60, asOf - 14)) c2Start[j] = second;
    }
    if (access.hasSponsor[i]) {
      sStart[j] = early(i, 30, 150);
      sLen[j] = rng.int(330, 450);
      primaries += 1;
    }
  });
  addExtraPairings(plan, pairingTarget - primaries, rng);
  return plan;
}

/** Rematched mentors and second coaching engagements, `extras` of them, where there is room. */
function addExtraPairings(plan: PairingPlan, extras: number, rng: Rng): void {
  const { mMax, mCount, c2Start, cCount } = plan;
  const P = mMax.length;
  const roomy: number[] = [];
  const roomOf = (j: number): number => mMax[j] - mCount[j] + (Number.isNaN(c2Start[j]) ? 0 : 2 - cCount[j]);
  for (let j = 0; j < P; j++) if (roomOf(j) > 0) roomy.push(j);
  while (extras > 0 && roomy.length > 0) {
    const at = rng.int(0, roomy.length - 1);
    const j = roomy[at];
    const mentorRoom = mMax[j] - mCount[j];
    const coachRoom = Number.isNaN(c2Start[j]) ? 0 : 2 - cCount[j];
    if (mentorRoom > 0 && (coachRoom === 0 || rng.chance(0.7))) mCount[j]++;
    else cCount[j]++;
    extras--;
    if (roomOf(j) === 0) {
      roomy[at] = roomy[roomy.length - 1];
      roomy.pop();
    }
  }
}
