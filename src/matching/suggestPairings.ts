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
  const giverLevelOf = Float64Array.from(giverRows, (m) => giverLevel.get(m.mentorId) ?? NaN);
  const { present, absent } = presentCriteria(data, givers);
  const scorer = makeScorer(data, asOf, present, weights, mentees, givers, giverLevelOf, capacityOf, activeOf);
  const rules = makeRules(data, asOf, role, allowRepeat, minLevelGap, mentees, giverRows, giverLevelOf);

  const allowed = new Uint8Array(n * G);
  const units = new Float64Array(n * G);
  const ruleCounts = new Float64Array(HARD_RULES.length);
  let removedPairs = 0;
  const conflictFree = new Uint8Array(n); // some giver breaks none of the rules but capacity
  const full = Uint8Array.from(capacityOf, (c, g) => (c - activeOf[g] <= 0 ? 1 : 0));
  const CAPACITY_BIT = 1 << HARD_RULES.indexOf('capacity');
  for (let i = 0; i < n; i++) {
    const check = rules.forMentee(i);
    for (let g = 0; g < G; g++) {
      let broken = check(g);
      if (broken === 0) conflictFree[i] = 1;
      if (full[g] === 1) broken |= CAPACITY_BIT;
      if (broken !== 0) {
        removedPairs++;
        for (let r = 0; r < HARD_RULES.length; r++) if ((broken & (1 << r)) !== 0) ruleCounts[r]++;
        continue;
      }
      allowed[i * G + g] = 1;
      units[i * G + g] = Math.round(scorer.score(i, g) * SCORE_GRID);
    }
  }
  const removedByRule = Object.fromEntries(HARD_RULES.map((r, k) => [r, ruleCounts[k]])) as Record<HardRule, number>;

  const spare = capacityOf.map((c, g) => Math.max(0, c - activeOf[g]));
  return {
    mentees: mentees.map((p) => p.personId),
    givers: giverRows.map((m) => m.mentorId),
    spare,
    allowed,
    units,
    menteeLevels: mentees.map((p) => finite(p.levelNumber) ?? null),
    giverLevels: Array.from(giverLevelOf, (l) => (Number.isNaN(l) ? null : l)),
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
        const s = scorer.explain(i, g);
        totalScore += s.score;
        suggestions.push({
          personId: mentees[i].personId,
          mentorId: giverRows[g].mentorId,
          role,
          ...s,
          menteeLevel: finite(mentees[i].levelNumber) ?? null,
          giverLevel: Number.isNaN(giverLevelOf[g]) ? null : giverLevelOf[g],
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

/** Text values as small numbers (−1 for blank), so that comparing two is comparing two integers. */
function codes(values: readonly (string | undefined)[], dictionary: Map<string, number>): Int32Array {
  return Int32Array.from(values, (v) => {
    if (v === undefined) return -1;
    let c = dictionary.get(v);
    if (c === undefined) dictionary.set(v, (c = dictionary.size));
    return c;
  });
}

/**
 * The score of a pair and its explanation (matching.md, "Score of a pair"), by mentee and giver
 * index: every per-person value read once into typed arrays, so that the n × G scores cost a few
 * array reads each.
 */
function makeScorer(
  data: ProgramData,
  asOf: Day,
  present: readonly CriterionName[],
  weights: Weights,
  mentees: readonly Participant[],
  givers: readonly GiverProfile[],
  giverLevel: Float64Array,
  capacityOf: readonly number[],
  activeOf: readonly number[],
) {
  const G = givers.length;
  const personById = new Map<string, Participant>();
  for (const p of data.participants) if (!personById.has(p.personId)) personById.set(p.personId, p);
  const giverIndex = new Map(givers.map((g, k) => [g.mentorId, k]));

  const units = new Map<string, number>();
  const functions = new Map<string, number>();
  const locations = new Map<string, number>();
  const tracks = new Map<string, number>();
  const menteeUnit = codes(mentees.map((p) => p.businessUnit), units);
  const giverUnit = codes(givers.map((g) => g.businessUnit), units);
  const menteeFunction = codes(mentees.map((p) => p.function), functions);
  const giverFunction = codes(givers.map((g) => g.function), functions);
  const menteeLocation = codes(mentees.map((p) => p.location), locations);
  const giverLocation = codes(givers.map((g) => g.location), locations);
  const menteeLevel = Float64Array.from(mentees, (p) => finite(p.levelNumber) ?? NaN);
  const menteeTrack = codes(mentees.map((p) => p.track), tracks);

  // track fit: per giver, the share of its distinct earlier mentees (pairings of any role with Start ≤ A) on each track
  const earlierMentees: Set<string>[] = givers.map(() => new Set());
  for (const p of data.pairings) {
    const g = giverIndex.get(p.mentorId);
    if (g !== undefined && p.start <= asOf) earlierMentees[g].add(p.personId);
  }
  const T = tracks.size;
  const trackShare = new Float64Array(G * T);
  earlierMentees.forEach((set, g) => {
    for (const id of set) {
      const t = personById.get(id)?.track;
      const c = t === undefined ? undefined : tracks.get(t);
      if (c !== undefined) trackShare[g * T + c]++;
    }
    for (let c = 0; c < T; c++) if (set.size > 0) trackShare[g * T + c] /= set.size;
  });

  // giver satisfaction: the mean of (Score − 1) / (ScaleMax − 1) over Mentee satisfaction answers dated ≤ A about the giver; 0.5 with none
  const answers: number[][] = givers.map(() => []);
  for (const a of data.surveys) {
    if (a.aboutId === undefined || !(a.date <= asOf) || !(a.scaleMax > 1)) continue;
    const g = giverIndex.get(a.aboutId);
    if (g === undefined || foldHeader(a.instrument) !== MENTEE_SATISFACTION) continue;
    answers[g].push((a.score - 1) / (a.scaleMax - 1));
  }
  const satisfaction = Float64Array.from(answers, (list) => {
    if (list.length === 0) return 0.5;
    list.sort((x, y) => x - y); // a fixed order of summation: the same mean whatever the sheet's row order
    let sum = 0;
    for (const v of list) sum += v;
    return sum / list.length;
  });

  // load balance: 1 − active mentees at A ÷ Capacity
  const load = Float64Array.from(capacityOf, (cap, g) => (cap > 0 ? Math.min(1, Math.max(0, 1 - activeOf[g] / cap)) : 0));

  // preferences: the best (lowest) rank 1..5 per mentee and giver
  const menteeIndex = new Map(mentees.map((p, k) => [p.personId, k]));
  const ranks: Map<number, number>[] = mentees.map(() => new Map());
  for (const p of data.preferences ?? []) {
    if (!(Number.isInteger(p.rank) && p.rank >= 1 && p.rank <= 5)) continue;
    const i = menteeIndex.get(p.personId);
    const g = giverIndex.get(p.mentorId);
    if (i === undefined || g === undefined) continue;
    const seen = ranks[i].get(g);
    if (seen === undefined || p.rank < seen) ranks[i].set(g, p.rank);
  }

  const on = (c: CriterionName) => (present.includes(c) ? weights[c] : 0);
  const wUnit = on('crossBusinessUnit');
  const wFunction = on('crossFunction');
  const wSeniority = on('seniority');
  const wTrack = on('trackFit');
  const wLocation = on('location');
  const wPreference = on('preference');
  let totalWeight = 0;
  for (const c of present) totalWeight += weights[c];
  // the giver's own part of every pair's sum: load balance and giver satisfaction
  const giverPart = Float64Array.from(givers, (_, g) => on('loadBalance') * load[g] + on('giverSatisfaction') * satisfaction[g]);
  const differ = (a: number, b: number) => (a >= 0 && b >= 0 && a !== b ? 1 : 0);

  const value = (c: CriterionName, i: number, g: number): number => {
    switch (c) {
      case 'crossBusinessUnit':
        return differ(menteeUnit[i], giverUnit[g]);
      case 'crossFunction':
        return differ(menteeFunction[i], giverFunction[g]);
      case 'seniority': {
        const d = giverLevel[g] - menteeLevel[i];
        return Number.isNaN(d) ? 0 : seniorityValue(d);
      }
      case 'trackFit':
        return menteeTrack[i] < 0 ? 0 : trackShare[g * T + menteeTrack[i]];
      case 'location':
        return menteeLocation[i] >= 0 && menteeLocation[i] === giverLocation[g] ? 1 : 0;
      case 'preference':
        return preferenceValue(ranks[i].get(g));
      case 'loadBalance':
        return load[g];
      case 'giverSatisfaction':
        return satisfaction[g];
    }
  };

  return {
    /** 100 · Σ wᵢ·cᵢ / Σ wᵢ over the criteria present (0 when every weight is 0) */
    score(i: number, g: number): number {
      if (totalWeight === 0) return 0;
      let sum = giverPart[g];
      if (wUnit !== 0) sum += wUnit * differ(menteeUnit[i], giverUnit[g]);
      if (wFunction !== 0) sum += wFunction * differ(menteeFunction[i], giverFunction[g]);
      if (wSeniority !== 0) {
        const d = giverLevel[g] - menteeLevel[i];
        if (!Number.isNaN(d)) sum += wSeniority * seniorityValue(d);
      }
      if (wTrack !== 0 && menteeTrack[i] >= 0) sum += wTrack * trackShare[g * T + menteeTrack[i]];
      if (wLocation !== 0 && menteeLocation[i] >= 0 && menteeLocation[i] === giverLocation[g]) sum += wLocation;
      if (wPreference !== 0 && ranks[i].size > 0) sum += wPreference * preferenceValue(ranks[i].get(g));
      return (100 * sum) / totalWeight;
    },
    /** the score with each criterion's value and contribution (they sum to the score) */
    explain(i: number, g: number) {
      const criteria: Partial<Record<CriterionName, number>> = {};
      const values: Partial<Record<CriterionName, number>> = {};
      for (const c of present) {
        const v = value(c, i, g);
        values[c] = v;
        criteria[c] = totalWeight === 0 ? 0 : (100 * weights[c] * v) / totalWeight;
      }
      return { score: this.score(i, g), criteria, values, preferenceRank: ranks[i].get(g) ?? null };
    },
  };
}

/**
 * The hard rules of matching.md but capacity, by mentee and giver index: `forMentee(i)(g)` is a bit
 * set of the rules the pair breaks (bit r for `HARD_RULES[r]`; 0: none).
 */
function makeRules(
  data: ProgramData,
  asOf: Day,
  role: PairingRole,
  allowRepeat: boolean,
  minLevelGap: number,
  mentees: readonly Participant[],
  givers: readonly Mentor[],
  giverLevel: Float64Array,
) {
  const bit = (r: HardRule) => 1 << HARD_RULES.indexOf(r);
  const SAME = bit('same-person');
  const CHAIN = bit('reporting-chain');
  const EARLIER = bit('earlier-pairing');
  const VENDOR = bit('coach-vendor');
  const LEVEL = bit('level-gap');
  const chain = reportingChain(data);
  const mentors = mentorsById(data.mentors);
  const giverIndex = new Map(givers.map((m, g) => [m.mentorId, g]));

  // earlier pairings (any role, started by A, ended or active), by mentee: the givers' indices
  const earlier = new Map<string, Set<number>>();
  // the vendors of each mentee's coaches (pairings started by A with an External coach that has a Vendor): vendor → coaches
  const coachVendors = new Map<string, Map<string, Set<string>>>();
  for (const p of data.pairings) {
    if (!(p.start <= asOf)) continue;
    const g = giverIndex.get(p.mentorId);
    if (g !== undefined) {
      let set = earlier.get(p.personId);
      if (set === undefined) earlier.set(p.personId, (set = new Set()));
      set.add(g);
    }
    const m = mentors.get(p.mentorId);
    if (m === undefined || m.mentorType !== 'External coach' || m.vendor === undefined || m.vendor.trim() === '') continue;
    let byVendor = coachVendors.get(p.personId);
    if (byVendor === undefined) coachVendors.set(p.personId, (byVendor = new Map()));
    const v = foldVendor(m.vendor);
    let coaches = byVendor.get(v);
    if (coaches === undefined) byVendor.set(v, (coaches = new Set()));
    coaches.add(p.mentorId);
  }
  const giverVendor = givers.map((m) => (m.vendor === undefined || m.vendor.trim() === '' ? undefined : foldVendor(m.vendor)));

  /** every node above a node in the reporting chain */
  const above = (node: number | undefined): Set<number> => {
    const out = new Set<number>();
    if (node === undefined) return out;
    for (let cur = chain.manager[node], steps = chain.depths[node]; steps > 0 && cur >= 0; steps--, cur = chain.manager[cur]) out.add(cur);
    return out;
  };
  const giverNode = Int32Array.from(givers, (m) => chain.nodeOf(m.mentorId) ?? -1);
  const aboveGiver = givers.map((_, g) => (giverNode[g] < 0 ? new Set<number>() : above(giverNode[g])));
  const levelRule = role === 'Mentor' || role === 'Sponsor';
  const none = new Set<number>();

  return {
    forMentee(i: number): (g: number) => number {
      const mentee = mentees[i];
      const menteeNode = chain.nodeOf(mentee.personId) ?? -1;
      const menteeAbove = above(menteeNode < 0 ? undefined : menteeNode);
      const had = allowRepeat ? none : (earlier.get(mentee.personId) ?? none);
      const vendors = role === 'Coach' ? coachVendors.get(mentee.personId) : undefined;
      const menteeLevel = finite(mentee.levelNumber);
      return (g) => {
        let broken = 0;
        const id = givers[g].mentorId;
        if (id === mentee.personId) broken |= SAME;
        else if (menteeNode >= 0 && giverNode[g] >= 0 && (menteeAbove.has(giverNode[g]) || aboveGiver[g].has(menteeNode))) broken |= CHAIN;
        if (had.has(g)) broken |= EARLIER;
        if (vendors !== undefined && giverVendor[g] !== undefined) {
          const coaches = vendors.get(giverVendor[g]!);
          if (coaches !== undefined && (coaches.size > 1 || !coaches.has(id))) broken |= VENDOR;
        }
        if (levelRule && menteeLevel !== undefined && giverLevel[g] < menteeLevel + minLevelGap) broken |= LEVEL;
        return broken;
      };
    },
  };
}
