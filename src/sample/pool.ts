import { WeightedChoice, type Rng } from './random';
import * as V from './vocabulary';

/**
 * The eligible pool: N people (PersonID E100001…) at levels 5–9 (a pyramid) in four business units,
 * seven functions and six locations, with Gender and Ethnicity, drawn independently from the
 * vocabulary's weights, and a name that fits the Gender. No planted finding: the pool is the
 * population every finding is measured against. Stream: `people`.
 */

export interface Pool {
  readonly size: number;
  readonly personId: string[];
  readonly personName: string[];
  readonly level: Int8Array;
  readonly gender: Uint8Array;
  readonly eth: Uint8Array;
  readonly bu: Uint8Array;
  readonly fn: Uint8Array;
  readonly loc: Uint8Array;
}

export const genderChoice = new WeightedChoice([0, 1, 2], V.GENDER_WEIGHTS);
export const ethChoice = new WeightedChoice([0, 1, 2, 3, 4], V.ETHNICITY_WEIGHTS);
export const buChoice = new WeightedChoice([0, 1, 2, 3], V.BUSINESS_UNIT_WEIGHTS);
export const fnChoice = new WeightedChoice([0, 1, 2, 3, 4, 5, 6], V.FUNCTION_WEIGHTS);
export const locChoice = new WeightedChoice([0, 1, 2, 3, 4, 5], V.LOCATION_WEIGHTS);
const levelChoice = new WeightedChoice(V.POOL_LEVELS, V.POOL_LEVEL_WEIGHTS);

export function generatePool(N: number, rng: Rng): Pool {
  const personId = new Array<string>(N);
  const personName = new Array<string>(N);
  const level = new Int8Array(N);
  const gender = new Uint8Array(N);
  const eth = new Uint8Array(N);
  const bu = new Uint8Array(N);
  const fn = new Uint8Array(N);
  const loc = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    personId[i] = `E${100001 + i}`;
    level[i] = levelChoice.draw(rng);
    gender[i] = genderChoice.draw(rng);
    eth[i] = ethChoice.draw(rng);
    bu[i] = buChoice.draw(rng);
    fn[i] = fnChoice.draw(rng);
    loc[i] = locChoice.draw(rng);
    personName[i] = fullName(rng, gender[i]);
  }
  return { size: N, personId, personName, level, gender, eth, bu, fn, loc };
}

/** The attributes balanced selection evens out: Gender, Ethnicity, BusinessUnit, Location, Level. */
export function attributeGroups(pool: Pool): readonly ArrayLike<number>[] {
  return [pool.gender, pool.eth, pool.bu, pool.loc, pool.level];
}

/** A first name that fits the Gender (Non-binary: mostly neutral names) and a last name. */
export function fullName(rng: Rng, gender: number): string {
  const first =
    gender === 0
      ? rng.pick(V.WOMEN_FIRST)
      : gender === 1
        ? rng.pick(V.MEN_FIRST)
        : rng.chance(0.7)
          ? rng.pick(V.NEUTRAL_FIRST)
          : rng.pick(rng.chance(0.5) ? V.WOMEN_FIRST : V.MEN_FIRST);
  return `${first} ${rng.pick(V.LAST_NAMES)}`;
}
