import { WeightedChoice, type Rng } from './random';
import { NONE, TYPE_COACH, TYPE_INTERNAL, TYPE_SPONSOR, type MentorRec } from './sampleRecords';
import { buChoice, ethChoice, fnChoice, fullName, genderChoice, locChoice, type Pool } from './pool';
import * as V from './vocabulary';

/**
 * The people on the Mentors sheet: ~15% sponsors (the top executive M0001, an executive committee of
 * 2–8 at level 12, other sponsors at levels 11–12), ~75% internal mentors (about 30% of them employees
 * from the comparison pool whose MentorID is their PersonID, levels 8–9; the rest own ids M…, levels
 * 10–12), ~10% external coaches from four vendors (no Level, no manager), and each mentor's nominal
 * capacity (internal 2–4, coaches 5–9, sponsors 3–6). The Mentors sheet's Capacity is set later
 * (`overCapacity.ts`). No planted finding here. Streams: `mentors` (senior people, then nominal
 * capacities) and `selection` (which employees mentor).
 */

export interface SeniorRoster {
  /** sponsors (the top executive first, then the executive committee), own-id internal mentors, coaches */
  readonly mentors: MentorRec[];
  readonly nSponsors: number;
  /** the executive committee: mentors 1..nExco */
  readonly nExco: number;
  /** how many employees of the comparison pool will mentor (`addEmployeeMentors`) */
  readonly nPoolMentors: number;
}

const seniorGender = new WeightedChoice([0, 1, 2], [0.4, 0.58, 0.02]);
const vendorChoice = new WeightedChoice([0, 1, 2, 3], V.VENDOR_WEIGHTS);
const internalLevel = new WeightedChoice([10, 11, 12], [0.4, 0.35, 0.25]);

/** The senior people with own ids (M0001…): sponsors, internal mentors at levels 10–12, coaches. */
export function seniorMentors(mentorCount: number, rng: Rng): SeniorRoster {
  const nCoaches = Math.max(2, Math.round(mentorCount * 0.1));
  const nSponsors = Math.max(5, Math.round(mentorCount * 0.15)); // including the top executive
  const nInternal = mentorCount - nCoaches - nSponsors;
  const nPoolMentors = Math.round(nInternal * 0.3);
  const nOwnInternal = nInternal - nPoolMentors;
  const nExco = Math.min(8, Math.max(2, Math.round((nSponsors - 1) * 0.25)));
  let coachesMade = 0;
  const mentors: MentorRec[] = [];
  const newSenior = (type: number, lev: number): MentorRec => {
    const g = type === TYPE_COACH ? genderChoice.draw(rng) : seniorGender.draw(rng);
    const m: MentorRec = {
      id: '',
      name: fullName(rng, g),
      type,
      level: lev,
      bu: type === TYPE_COACH ? -1 : buChoice.draw(rng),
      fn: type === TYPE_COACH ? -1 : fnChoice.draw(rng),
      loc: locChoice.draw(rng),
      gender: g,
      eth: ethChoice.draw(rng),
      pool: -1,
      // the first four coaches cover the four vendors, then vendors by market share
      vendor: type === TYPE_COACH ? (coachesMade < 4 ? coachesMade : vendorChoice.draw(rng)) : -1,
      nominal: 0,
      capacity: 0,
      capacityHours: 0,
      ends: [],
      peak: 0,
    };
    if (type === TYPE_COACH) coachesMade++;
    mentors.push(m);
    return m;
  };
  // the top executive, the executive committee, other sponsors
  newSenior(TYPE_SPONSOR, 12).bu = 3;
  for (let k = 0; k < nExco; k++) newSenior(TYPE_SPONSOR, 12);
  for (let k = nExco + 1; k < nSponsors; k++) newSenior(TYPE_SPONSOR, rng.chance(0.6) ? 11 : 12);
  for (let k = 0; k < nOwnInternal; k++) newSenior(TYPE_INTERNAL, internalLevel.draw(rng));
  // make sure each level 10..12 has someone (small samples)
  for (const [k, lev] of [[0, 12], [1, 11], [2, 10]] as const) {
    const first = nSponsors + k;
    const m = mentors[first];
    if (m !== undefined && m.type === TYPE_INTERNAL && !mentors.some((x) => x.type === TYPE_INTERNAL && x.level === lev)) {
      m.level = lev;
    }
  }
  for (let k = 0; k < nCoaches; k++) newSenior(TYPE_COACH, NONE);
  mentors.forEach((m, k) => (m.id = `M${String(k + 1).padStart(4, '0')}`));
  return { mentors, nSponsors, nExco, nPoolMentors };
}

/**
 * Employee mentors: `count` comparison-pool people (about 70% at level 9, the rest at level 8) whose
 * MentorID is their PersonID, appended to `mentors`. Returns who they are (1 per pool index).
 */
export function addEmployeeMentors(
  mentors: MentorRec[],
  pool: Pool,
  inProgram: Uint8Array,
  count: number,
  rng: Rng,
): Uint8Array {
  const { personId, personName, level, bu, fn, loc, gender, eth } = pool;
  const everyone = Array.from({ length: pool.size }, (_, i) => i);
  const cands9 = rng.shuffle(everyone.filter((i) => !inProgram[i] && level[i] === 9));
  const cands8 = rng.shuffle(everyone.filter((i) => !inProgram[i] && level[i] === 8));
  const n9 = Math.min(cands9.length, Math.round(count * 0.7));
  const chosen = [...cands9.slice(0, n9), ...cands8.slice(0, count - n9)].sort((a, b) => a - b);
  const isPoolMentor = new Uint8Array(pool.size);
  for (const i of chosen) {
    isPoolMentor[i] = 1;
    mentors.push({
      id: personId[i],
      name: personName[i],
      type: TYPE_INTERNAL,
      level: level[i],
      bu: bu[i],
      fn: fn[i],
      loc: loc[i],
      gender: gender[i],
      eth: eth[i],
      pool: i,
      vendor: -1,
      nominal: 0,
      capacity: 0,
      capacityHours: 0,
      ends: [],
      peak: 0,
    });
  }
  return isPoolMentor;
}

/** Each mentor's nominal capacity: internal 2–4, coaches 5–9, sponsors 3–6. */
export function drawNominalCapacities(mentors: readonly MentorRec[], rng: Rng): void {
  for (const m of mentors) {
    if (m.type === TYPE_INTERNAL) m.nominal = rng.int(2, 4);
    else if (m.type === TYPE_COACH) m.nominal = rng.int(5, 9);
    else m.nominal = rng.int(3, 6);
  }
}

/** The tree node of mentor k: its pool index for an employee mentor, N + k otherwise. */
export function nodeOfMentor(mentors: readonly MentorRec[], N: number, k: number): number {
  return mentors[k].pool >= 0 ? mentors[k].pool : N + k;
}
