import type { Day } from '../model/day';
import type { CanonicalSheet, ProgramData } from '../model/program';
import type { Mentor, MentorType, PairingRole, Participant } from '../model/records';
import { isActiveParticipant, isActivePairing } from '../metrics/activity';
import { foldHeader } from '../intake/foldHeader';
import { reportingChain } from '../equity/reportingChain';
import { foldVendor } from '../equity/conflicts';
import { activeMenteesByMentor, compareText, mentorsById } from '../equity/loadFigures';
import { mentorLevels } from '../equity/seniorMentor';
import { assign } from './assign';
import { CRITERIA, preferenceValue, resolveWeights, seniorityValue, type CriterionName, type Weights } from './criteria';

/** The MentorType that gives each role (matching.md, Givers). */
export const GIVER_TYPE: Readonly<Record<PairingRole, MentorType>> = { Mentor: 'Internal mentor', Coach: 'External coach', Sponsor: 'Sponsor' };

/** Scores enter the assignment on this grid: whole thousandths of a point (see README, "The assignment"). */
export const SCORE_GRID = 1000;

export interface SuggestOptions {
  readonly role: PairingRole;
  /** weights by criterion name; those not given keep matching.md's defaults */
  readonly weights?: Readonly<Partial<Record<CriterionName, number>>>;
  /** the Capacity of a giver whose Capacity is blank (default 3) */
  readonly defaultCapacity?: number;
  /** allow a pair that already had a pairing (default false) */
  readonly allowRepeat?: boolean;
  /** Mentor and Sponsor: giver Level ≥ mentee Level + this, where both are numbers (default 1) */
  readonly minLevelGap?: number;
}

/** The hard rules of matching.md, in its order. */
export type HardRule = 'same-person' | 'reporting-chain' | 'earlier-pairing' | 'coach-vendor' | 'level-gap' | 'capacity';
export const HARD_RULES: readonly HardRule[] = ['same-person', 'reporting-chain', 'earlier-pairing', 'coach-vendor', 'level-gap', 'capacity'];

export const NO_CONFLICT_FREE_GIVER = 'no giver without a hard-rule conflict';
export const ALL_GIVERS_FULL = 'all such givers full';
export type UnmatchedReason = typeof NO_CONFLICT_FREE_GIVER | typeof ALL_GIVERS_FULL;

export interface Suggestion {
  readonly personId: string;
  readonly mentorId: string;
  readonly role: PairingRole;
  /** 0..100, full precision (round for display only) */
  readonly score: number;
  /** each criterion in the score: its contribution 100 · wᵢ · cᵢ / Σ w (they sum to the score) */
  readonly criteria: Readonly<Partial<Record<CriterionName, number>>>;
  /** each criterion in the score: cᵢ ∈ 0..1 */
  readonly values: Readonly<Partial<Record<CriterionName, number>>>;
  /** the mentee's Preferences rank of this giver (1..5), null when none */
  readonly preferenceRank: number | null;
  /** the numeric Levels, where known (the audit's senior giver: giver ≥ mentee + 2) */
  readonly menteeLevel: number | null;
  readonly giverLevel: number | null;
}

export interface Unmatched {
  readonly personId: string;
  readonly reason: UnmatchedReason;
}

/** A giver of the role: load before and after the suggestions. */
export interface GiverLoad {
  readonly mentorId: string;
  /** Capacity, or the default where blank */
  readonly capacity: number;
  /** distinct mentees of the giver's pairings of any role active at A */
  readonly active: number;
  /** mentees suggested to the giver */
  readonly suggested: number;
}

export interface SuggestionResult {
  readonly role: PairingRole;
  readonly asOf: Day;
  readonly options: { readonly defaultCapacity: number; readonly allowRepeat: boolean; readonly minLevelGap: number };
  /** every weight (the defaults, replaced by the given ones) */
  readonly weights: Weights;
  /** the criteria in the score, in matching.md's order */
  readonly criteria: readonly CriterionName[];
  /** the criteria left out, each with what the workbook lacks */
  readonly absentCriteria: readonly { readonly name: CriterionName; readonly missing: string }[];
  /** by PersonID */
  readonly suggestions: readonly Suggestion[];
  /** by PersonID */
  readonly unmatched: readonly Unmatched[];
  /** mentees (by PersonID) and givers of the role (by MentorID, not exited) */
  readonly mentees: readonly string[];
  readonly givers: readonly GiverLoad[];
  /** mentee × giver pairs considered (mentees × givers) */
  readonly candidatePairs: number;
  /** pairs each hard rule forbids (a pair breaking two rules counts under both) */
  readonly removedByRule: Readonly<Record<HardRule, number>>;
  /** distinct pairs forbidden by at least one rule */
  readonly removedPairs: number;
  /** Σ score over the suggestions */
  readonly totalScore: number;
  /** whether the deterministic tie-break term was used (see `assign`) */
  readonly tieBreak: boolean;
}

/**
 * Pairing suggestions for role R as of A (matching.md): who needs a giver, who can give, the hard
 * rules, the score of each allowed pair with its criteria, and the assignment that matches the most
 * mentees and then has the largest total score (`assign`, exact on a grid of 0.001 points). Pure and
 * deterministic: the input's row order never changes the result. See src/matching/README.md for the
 * readings of matching.md this makes.
 */
export function suggestPairings(data: ProgramData, asOf: Day, options: SuggestOptions): SuggestionResult {
  const problem = suggestionProblem(data, asOf, options);
  const { giverOf, tieBreak } = assign(problem.mentees.length, problem.givers.length, problem.spare, problem.allowed, problem.units);
  return problem.result(giverOf, tieBreak);
}

/**
 * The pairing problem of matching.md before its assignment: the mentees (by PersonID) and givers (by
 * MentorID), each giver's spare capacity, the pairs no hard rule forbids and their scores on the
 * assignment's grid, and `result`, which makes the `SuggestionResult` of any assignment of it.
 * `suggestPairings` solves it with `assign`; the fairness floor (`fairnessFloor.ts`) with an integer
 * program.
 */
export interface SuggestionProblem {
  /** by PersonID */
  readonly mentees: readonly string[];
  /** by MentorID */
  readonly givers: readonly string[];
  /** per giver: Capacity (or the default) − active mentees, at least 0 */
  readonly spare: readonly number[];
  /** mentees × givers, row-major: 1 where the pair breaks no hard rule (capacity included) */
  readonly allowed: Uint8Array;
  /** mentees × givers, row-major: the pair's score × SCORE_GRID, rounded (where allowed) */
  readonly units: Float64Array;
  /** per mentee and per giver, the numeric Level, null where none */
  readonly menteeLevels: readonly (number | null)[];
  readonly giverLevels: readonly (number | null)[];
  /** the result of an assignment: per mentee the giver's index or −1 (allowed pairs, capacities kept) */
  result(giverOf: ArrayLike<number>, tieBreak: boolean): SuggestionResult;
}

/** The problem `suggestPairings` solves (see `SuggestionProblem`). Pure. */
export function suggestionProblem(data: ProgramData, asOf: Day, options: SuggestOptions): SuggestionProblem {
  const role = options.role;
  if (!(role in GIVER_TYPE)) throw new RangeError(`role must be Mentor, Coach or Sponsor, got ${String(role)}`);
  const defaultCapacity = options.defaultCapacity ?? 3;
  if (!(Number.isInteger(defaultCapacity) && defaultCapacity >= 0)) throw new RangeError(`defaultCapacity must be a whole number ≥ 0, got ${defaultCapacity}`);
  const allowRepeat = options.allowRepeat ?? false;
  const minLevelGap = options.minLevelGap ?? 1;
  if (!Number.isFinite(minLevelGap)) throw new RangeError(`minLevelGap must be a number, got ${minLevelGap}`);
  const weights = resolveWeights(options.weights);

  const personById = new Map<string, Participant>();
  for (const p of data.participants) if (!personById.has(p.personId)) personById.set(p.personId, p);

  // mentees: active participants at A with no active pairing of role R at A, by PersonID
  const withRole = new Set<string>();
  for (const p of data.pairings) if (p.role === role && isActivePairing(p, asOf)) withRole.add(p.personId);
  const mentees = [...personById.values()].filter((p) => isActiveParticipant(p, asOf) && !withRole.has(p.personId));
  mentees.sort((a, b) => compareText(a.personId, b.personId));

  // givers: Mentors rows of the role's type, not exited, by MentorID
  const active = activeMenteesByMentor(data.pairings, asOf);
  const giverRows: Mentor[] = [...mentorsById(data.mentors).values()].filter((m) => {
    if (m.mentorType !== GIVER_TYPE[role]) return false;
    const exit = personById.get(m.mentorId)?.exitDate;
    return !(exit !== undefined && exit <= asOf);
  });
  giverRows.sort((a, b) => compareText(a.mentorId, b.mentorId));
  const givers = giverRows.map((m) => profileOf(m, personById.get(m.mentorId)));
  const capacityOf = giverRows.map((m) => m.capacity ?? defaultCapacity);
  const activeOf = giverRows.map((m) => active.get(m.mentorId)?.pairings.length ?? 0);
  const giverLevel = mentorLevels(data, giverRows.map((m) => m.mentorId));

  const n = mentees.length;
  const G = giverRows.length;
  const { present, absent } = presentCriteria(data, givers);
  const scorer = makeScorer(data, asOf, present, weights, capacityOf, activeOf);
  const rules = makeRules(data, asOf, role, allowRepeat, minLevelGap);

  const allowed = new Uint8Array(n * G);
  const units = new Float64Array(n * G);
  const removedByRule: Record<HardRule, number> = Object.fromEntries(HARD_RULES.map((r) => [r, 0])) as Record<HardRule, number>;
  let removedPairs = 0;
  const conflictFree = new Uint8Array(n); // some giver breaks none of the rules but capacity
  const broken: HardRule[] = [];
  for (let i = 0; i < n; i++) {
    const mentee = mentees[i];
    const menteeLevel = finite(mentee.levelNumber);
    const m = rules.forMentee(mentee);
    for (let g = 0; g < G; g++) {
      broken.length = 0;
      const gl = giverLevel.get(giverRows[g].mentorId);
      m.check(giverRows[g], gl, menteeLevel, broken);
      if (broken.length === 0) conflictFree[i] = 1;
      if (capacityOf[g] - activeOf[g] <= 0) broken.push('capacity');
      if (broken.length > 0) {
        removedPairs++;
        for (const r of broken) removedByRule[r]++;
        continue;
      }
      allowed[i * G + g] = 1;
      units[i * G + g] = Math.round(scorer.score(mentee, givers[g], g, gl) * SCORE_GRID);
    }
  }

  const spare = capacityOf.map((c, g) => Math.max(0, c - activeOf[g]));
  return {
    mentees: mentees.map((p) => p.personId),
    givers: giverRows.map((m) => m.mentorId),
    spare,
    allowed,
    units,
    menteeLevels: mentees.map((p) => finite(p.levelNumber) ?? null),
    giverLevels: giverRows.map((m) => giverLevel.get(m.mentorId) ?? null),
    result: (giverOf, tieBreak) => {
      const suggestions: Suggestion[] = [];
      const unmatched: Unmatched[] = [];
      const suggested = new Int32Array(G);
      let totalScore = 0;
      for (let i = 0; i < n; i++) {
        const g = giverOf[i];
        if (g < 0) {
          unmatched.push({ personId: mentees[i].personId, reason: conflictFree[i] === 1 ? ALL_GIVERS_FULL : NO_CONFLICT_FREE_GIVER });
          continue;
        }
        if (allowed[i * G + g] !== 1) throw new RangeError(`the assignment pairs ${mentees[i].personId} with ${giverRows[g].mentorId}, which a hard rule forbids`);
        if (++suggested[g] > spare[g]) throw new RangeError(`the assignment gives ${giverRows[g].mentorId} more mentees than its spare capacity`);
        const gl = giverLevel.get(giverRows[g].mentorId);
        const s = scorer.explain(mentees[i], givers[g], g, gl);
        totalScore += s.score;
        suggestions.push({
          personId: mentees[i].personId,
          mentorId: giverRows[g].mentorId,
          role,
          ...s,
          menteeLevel: finite(mentees[i].levelNumber) ?? null,
          giverLevel: gl ?? null,
        });
      }

      return {
        role,
        asOf,
        options: { defaultCapacity, allowRepeat, minLevelGap },
        weights,
        criteria: present,
        absentCriteria: absent,
        suggestions,
        unmatched,
        mentees: mentees.map((p) => p.personId),
        givers: giverRows.map((m, g) => ({ mentorId: m.mentorId, capacity: capacityOf[g], active: activeOf[g], suggested: suggested[g] })),
        candidatePairs: n * G,
        removedByRule,
        removedPairs,
        totalScore,
        tieBreak,
      };
    },
  };
}

/** A giver's organisational values: the Mentors row's, a blank one taken from the giver's Participants row (an employee who mentors). */
interface GiverProfile {
  readonly mentorId: string;
  readonly businessUnit?: string;
  readonly function?: string;
  readonly location?: string;
  /** the giver is also on Participants */
  readonly onParticipants: boolean;
}

function profileOf(m: Mentor, person: Participant | undefined): GiverProfile {
  return {
    mentorId: m.mentorId,
    businessUnit: m.businessUnit ?? person?.businessUnit,
    function: m.function ?? person?.function,
    location: m.location ?? person?.location,
    onParticipants: person !== undefined,
  };
}

function finite(v: number | undefined): number | undefined {
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/**
 * The criteria whose columns the workbook has (matching.md: "A criterion whose column is absent from
 * the workbook (on either side) is left out of the score and named in the output"), in the table's
 * order. A giver-side column counts as present when the Mentors sheet has it, or when a giver is also
 * on Participants and Participants has it (the giver's value is then read there, as `mentorLevels`
 * reads a Level).
 */
function presentCriteria(data: ProgramData, givers: readonly GiverProfile[]) {
  const cols = data.columns;
  const has = (sheet: CanonicalSheet, c: string) => cols[sheet].includes(c);
  const anyOnParticipants = givers.some((g) => g.onParticipants);
  const twoSided = (c: string): string | null =>
    !has('Participants', c) ? `the ${c} column on Participants` : has('Mentors', c) || anyOnParticipants ? null : `the ${c} column on Mentors`;
  const missing: Record<CriterionName, string | null> = {
    crossBusinessUnit: twoSided('BusinessUnit'),
    crossFunction: twoSided('Function'),
    seniority: twoSided('Level'),
    trackFit: !has('Participants', 'Track') ? 'the Track column on Participants' : cols.Pairings.length === 0 ? 'the Pairings sheet' : null,
    location: twoSided('Location'),
    preference: hasPreferences(data) ? null : 'the Preferences sheet',
    loadBalance: null,
    giverSatisfaction: cols.Surveys.length === 0 ? 'the Surveys sheet' : !has('Surveys', 'AboutID') ? 'the AboutID column on Surveys' : null,
  };
  const present: CriterionName[] = [];
  const absent: { name: CriterionName; missing: string }[] = [];
  for (const { name } of CRITERIA) {
    const m = missing[name];
    if (m === null) present.push(name);
    else absent.push({ name, missing: m });
  }
  return { present, absent };
}

/**
 * Whether the workbook has a Preferences sheet: its columns where the model lists them (a
 * `Preferences` entry in `columns`), else whether any preference was read.
 */
function hasPreferences(data: ProgramData): boolean {
  const cols = (data.columns as Readonly<Record<string, readonly string[] | undefined>>).Preferences;
  return cols !== undefined ? cols.length > 0 : (data.preferences?.length ?? 0) > 0;
}

const MENTEE_SATISFACTION = foldHeader('Mentee satisfaction');

/** The score of a pair and its explanation (matching.md, "Score of a pair"). */
function makeScorer(
  data: ProgramData,
  asOf: Day,
  present: readonly CriterionName[],
  weights: Weights,
  capacityOf: readonly number[],
  activeOf: readonly number[],
) {
  const personById = new Map<string, Participant>();
  for (const p of data.participants) if (!personById.has(p.personId)) personById.set(p.personId, p);

  // track fit: per giver, the distinct earlier mentees (pairings of any role with Start ≤ A) and their tracks
  const earlierMentees = new Map<string, Set<string>>();
  for (const p of data.pairings) {
    if (!(p.start <= asOf)) continue;
    let set = earlierMentees.get(p.mentorId);
    if (set === undefined) earlierMentees.set(p.mentorId, (set = new Set()));
    set.add(p.personId);
  }
  const trackCounts = new Map<string, { total: number; byTrack: Map<string, number> }>();
  for (const [mentorId, set] of earlierMentees) {
    const byTrack = new Map<string, number>();
    for (const id of set) {
      const t = personById.get(id)?.track;
      if (t !== undefined) byTrack.set(t, (byTrack.get(t) ?? 0) + 1);
    }
    trackCounts.set(mentorId, { total: set.size, byTrack });
  }

  // giver satisfaction: per giver, the mean of (Score − 1) / (ScaleMax − 1) over Mentee satisfaction answers dated ≤ A about them
  const satisfactionValues = new Map<string, number[]>();
  for (const a of data.surveys) {
    if (a.aboutId === undefined || !(a.date <= asOf) || !(a.scaleMax > 1) || foldHeader(a.instrument) !== MENTEE_SATISFACTION) continue;
    let list = satisfactionValues.get(a.aboutId);
    if (list === undefined) satisfactionValues.set(a.aboutId, (list = []));
    list.push((a.score - 1) / (a.scaleMax - 1));
  }
  const satisfaction = new Map<string, number>();
  for (const [id, list] of satisfactionValues) {
    list.sort((x, y) => x - y); // a fixed order of summation: the same mean whatever the sheet's row order
    let sum = 0;
    for (const v of list) sum += v;
    satisfaction.set(id, sum / list.length);
  }

  // preferences: the best (lowest) rank 1..5 per mentee and giver
  const rankOf = new Map<string, number>();
  for (const p of data.preferences ?? []) {
    if (!(Number.isInteger(p.rank) && p.rank >= 1 && p.rank <= 5)) continue;
    const key = `${p.personId}\u0000${p.mentorId}`;
    const seen = rankOf.get(key);
    if (seen === undefined || p.rank < seen) rankOf.set(key, p.rank);
  }

  let totalWeight = 0;
  for (const c of present) totalWeight += weights[c];

  const differ = (a: string | undefined, b: string | undefined) => (a === undefined || b === undefined ? 0 : a !== b ? 1 : 0);
  const value = (c: CriterionName, mentee: Participant, giver: GiverProfile, g: number, giverLevel: number | undefined): number => {
    switch (c) {
      case 'crossBusinessUnit':
        return differ(mentee.businessUnit, giver.businessUnit);
      case 'crossFunction':
        return differ(mentee.function, giver.function);
      case 'seniority': {
        const ml = finite(mentee.levelNumber);
        return ml === undefined || giverLevel === undefined ? 0 : seniorityValue(giverLevel - ml);
      }
      case 'trackFit': {
        const t = trackCounts.get(giver.mentorId);
        if (t === undefined || t.total === 0 || mentee.track === undefined) return 0;
        return (t.byTrack.get(mentee.track) ?? 0) / t.total;
      }
      case 'location':
        return mentee.location === undefined || giver.location === undefined ? 0 : mentee.location === giver.location ? 1 : 0;
      case 'preference':
        return preferenceValue(rankOf.get(`${mentee.personId}\u0000${giver.mentorId}`));
      case 'loadBalance': {
        const cap = capacityOf[g];
        return cap > 0 ? Math.min(1, Math.max(0, 1 - activeOf[g] / cap)) : 0;
      }
      case 'giverSatisfaction':
        return satisfaction.get(giver.mentorId) ?? 0.5;
    }
  };

  return {
    score(mentee: Participant, giver: GiverProfile, g: number, giverLevel: number | undefined): number {
      if (totalWeight === 0) return 0;
      let sum = 0;
      for (const c of present) {
        const w = weights[c];
        if (w !== 0) sum += w * value(c, mentee, giver, g, giverLevel);
      }
      return (100 * sum) / totalWeight;
    },
    explain(mentee: Participant, giver: GiverProfile, g: number, giverLevel: number | undefined) {
      const criteria: Partial<Record<CriterionName, number>> = {};
      const values: Partial<Record<CriterionName, number>> = {};
      let sum = 0;
      for (const c of present) {
        const v = value(c, mentee, giver, g, giverLevel);
        values[c] = v;
        criteria[c] = totalWeight === 0 ? 0 : (100 * weights[c] * v) / totalWeight;
        if (weights[c] !== 0) sum += weights[c] * v;
      }
      return {
        score: totalWeight === 0 ? 0 : (100 * sum) / totalWeight,
        criteria,
        values,
        preferenceRank: rankOf.get(`${mentee.personId}\u0000${giver.mentorId}`) ?? null,
      };
    },
  };
}

/** The hard rules of matching.md but capacity, per mentee then per giver. */
function makeRules(data: ProgramData, asOf: Day, role: PairingRole, allowRepeat: boolean, minLevelGap: number) {
  const chain = reportingChain(data);
  const mentors = mentorsById(data.mentors);
  // earlier pairings (any role, started by A, ended or active), by mentee
  const earlier = new Map<string, Set<string>>();
  // the vendors of each mentee's coaches (pairings started by A with an External coach that has a Vendor): vendor → coaches
  const coachVendors = new Map<string, Map<string, Set<string>>>();
  for (const p of data.pairings) {
    if (!(p.start <= asOf)) continue;
    let set = earlier.get(p.personId);
    if (set === undefined) earlier.set(p.personId, (set = new Set()));
    set.add(p.mentorId);
    const m = mentors.get(p.mentorId);
    if (m === undefined || m.mentorType !== 'External coach' || m.vendor === undefined || m.vendor.trim() === '') continue;
    let byVendor = coachVendors.get(p.personId);
    if (byVendor === undefined) coachVendors.set(p.personId, (byVendor = new Map()));
    const v = foldVendor(m.vendor);
    let coaches = byVendor.get(v);
    if (coaches === undefined) byVendor.set(v, (coaches = new Set()));
    coaches.add(p.mentorId);
  }
  /** every node above a node in the reporting chain */
  const above = (node: number | undefined): Set<number> => {
    const out = new Set<number>();
    if (node === undefined) return out;
    for (let cur = chain.manager[node], steps = chain.depths[node]; steps > 0 && cur >= 0; steps--, cur = chain.manager[cur]) out.add(cur);
    return out;
  };
  const aboveGiver = new Map<string, Set<number>>();
  const levelRule = role === 'Mentor' || role === 'Sponsor';

  return {
    forMentee(mentee: Participant) {
      const menteeNode = chain.nodeOf(mentee.personId);
      const menteeAbove = above(menteeNode);
      const had = earlier.get(mentee.personId);
      const vendors = coachVendors.get(mentee.personId);
      return {
        check(giver: Mentor, giverLevel: number | undefined, menteeLevel: number | undefined, broken: HardRule[]): void {
          const id = giver.mentorId;
          if (id === mentee.personId) broken.push('same-person');
          else {
            const giverNode = chain.nodeOf(id);
            if (giverNode !== undefined && menteeNode !== undefined) {
              let up = aboveGiver.get(id);
              if (up === undefined) aboveGiver.set(id, (up = above(giverNode)));
              if (menteeAbove.has(giverNode) || up.has(menteeNode)) broken.push('reporting-chain');
            }
          }
          if (!allowRepeat && had !== undefined && had.has(id)) broken.push('earlier-pairing');
          if (role === 'Coach' && vendors !== undefined && giver.vendor !== undefined && giver.vendor.trim() !== '') {
            const coaches = vendors.get(foldVendor(giver.vendor));
            if (coaches !== undefined && [...coaches].some((c) => c !== id)) broken.push('coach-vendor');
          }
          if (levelRule && giverLevel !== undefined && menteeLevel !== undefined && giverLevel < menteeLevel + minLevelGap) broken.push('level-gap');
        },
      };
    },
  };
}
