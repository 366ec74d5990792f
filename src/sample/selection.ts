import { WeightedChoice, type Rng } from './random';
import type { Cohort } from './cohorts';
import { attributeGroups, type Pool } from './pool';
import { apportion, balancedPick } from './stratify';
import * as V from './vocabulary';

/**
 * Who is in the program: the participants (InProgram Y) are a greedy balanced sample of the pool over
 * Gender, Ethnicity, BusinessUnit, Location and Level at once, so selection shows no gap between
 * groups (the equity screen's "program selection" stays balanced); then their cohorts (the pilot
 * about 8%, the rest evenly) and tracks. Everyone else is the comparison pool. Stream: `selection`
 * (which then also picks the employee mentors, `mentorRoster.ts`).
 */

export interface Program {
  /** pool indices of the participants, ascending */
  readonly participants: number[];
  /** 1 for a participant, per pool index */
  readonly inProgram: Uint8Array;
  /** index into the cohorts, -1 outside the program */
  readonly cohortOf: Int8Array;
  /** index into `vocabulary.TRACKS`, -1 outside the program */
  readonly trackOf: Int8Array;
}

const trackChoice = new WeightedChoice([0, 1, 2], V.TRACK_WEIGHTS);

export function selectProgram(pool: Pool, count: number, cohorts: readonly Cohort[], rng: Rng): Program {
  const N = pool.size;
  const everyone = Array.from({ length: N }, (_, i) => i);
  const participants = balancedPick(everyone, attributeGroups(pool), count, rng);
  const inProgram = new Uint8Array(N);
  for (const i of participants) inProgram[i] = 1;
  const cohortOf = new Int8Array(N).fill(-1);
  const trackOf = new Int8Array(N).fill(-1);
  const cohortSizes = apportion(participants.length, cohorts.map((c, k) => (k === 0 ? 0.08 : 0.92 / (cohorts.length - 1))));
  const shuffled = rng.shuffle([...participants]);
  let cursor = 0;
  cohortSizes.forEach((n, k) => {
    for (let j = 0; j < n; j++) cohortOf[shuffled[cursor++]] = k;
  });
  for (const i of participants) trackOf[i] = trackChoice.draw(rng);
  return { participants, inProgram, cohortOf, trackOf };
}

/** The pool indices outside the program (the comparison pool), ascending. */
export function comparisonPool(program: Program): number[] {
  const out: number[] = [];
  for (let i = 0; i < program.inProgram.length; i++) if (!program.inProgram[i]) out.push(i);
  return out;
}
