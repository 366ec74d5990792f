import type { Rng } from './random';
import { attributeGroups, type Pool } from './pool';
import { balancedPick } from './stratify';
import * as V from './vocabulary';

/**
 * Who gets an external coach and who a sponsor.
 *
 * Planted finding 2, **the External coach × Woman equity gap**: Woman participants get an external
 * coach at 30%, everyone else at 60% (impact ratio ≈ 0.5, Fisher p ≪ 0.05: the only `adverse` equity
 * flag). Counts are rounded so that Man, the largest other group, has the highest rate (the equity
 * screen's reference group is then a large group, not the handful of Non-binary participants).
 * Within each Gender group coaches, and sponsors over everyone (35%), are handed out by a balanced
 * sample over the other attributes, so nothing else shows a gap. With `balanced` every group gets
 * coaches at 60%. Stream: `pairing-plan` (continued by `pairingPlan.ts`).
 */

/** coach access rates (planted finding 2) */
const COACH_RATE = 0.6;
const COACH_RATE_WOMAN = 0.3;
const SPONSOR_RATE = 0.35;

/** The coach rate the generator aims at per Gender group. */
export function coachTargetRates(balanced: boolean): Record<string, number> {
  const out: Record<string, number> = {};
  V.GENDERS.forEach((g, k) => (out[g] = !balanced && k === V.WOMAN ? COACH_RATE_WOMAN : COACH_RATE));
  return out;
}

export interface SupportAccess {
  /** 1 for a participant with a coaching engagement, per pool index */
  readonly hasCoach: Uint8Array;
  /** 1 for a participant with a sponsor, per pool index */
  readonly hasSponsor: Uint8Array;
}

export function pickCoachedAndSponsored(
  pool: Pool,
  participants: readonly number[],
  coachTargets: Readonly<Record<string, number>>,
  rng: Rng,
): SupportAccess {
  const { gender, eth, bu, loc, level } = pool;
  const hasCoach = new Uint8Array(pool.size);
  // per Gender group, exactly its target share; the largest group other than Woman (Man) rounds up
  // and every other group rounds down below it, so that the group with the highest coach rate (the
  // equity screen's reference) is a large one and never a handful of people whose rate is noise
  const genderSizes = V.GENDERS.map((_, g) => participants.filter((i) => gender[i] === g).length);
  const leader = genderSizes.reduce((best, n, g) => (g !== V.WOMAN && n > genderSizes[best] ? g : best), V.WOMAN === 0 ? 1 : 0);
  const leaderCount = Math.ceil(genderSizes[leader] * coachTargets[V.GENDERS[leader]]);
  for (let g = 0; g < V.GENDERS.length; g++) {
    const group = participants.filter((i) => gender[i] === g);
    let count = Math.ceil(group.length * coachTargets[V.GENDERS[g]]);
    if (g !== leader) {
      count = Math.floor(group.length * coachTargets[V.GENDERS[g]]);
      while (count > 0 && count * genderSizes[leader] >= leaderCount * group.length) count--;
    }
    for (const i of balancedPick(group, [eth, bu, loc, level], count, rng)) hasCoach[i] = 1;
  }
  const hasSponsor = new Uint8Array(pool.size);
  const sponsored = balancedPick(participants, attributeGroups(pool), Math.round(participants.length * SPONSOR_RATE), rng);
  for (const i of sponsored) hasSponsor[i] = 1;
  return { hasCoach, hasSponsor };
}
