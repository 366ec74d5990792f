import loadHighs, { type Highs } from 'highs';
import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { mulberry32 } from '../stats/seededRandom.test-helpers';
import type { Participant } from '../model/records';
import { A, mentor, participant, program, MATCHING_COLUMNS } from './matchingFixture.test-helpers';
import { ALL_GIVERS_FULL } from './suggestPairings';
import { FloorNotSettled, suggestWithFairnessFloor, type FloorSettings } from './fairnessFloor';

/** Only the preference counts: a pair's score is 100 · (6 − rank) / 5 for ranks 1..5, else 0. */
const PREFERENCE_ONLY = { crossBusinessUnit: 0, crossFunction: 0, seniority: 0, trackFit: 0, location: 0, preference: 1, loadBalance: 0, giverSatisfaction: 0 };
const OPTIONS = { role: 'Mentor' as const, weights: PREFERENCE_ONLY };
const NO_LEVEL = { Participants: ['PersonID', 'InProgram', 'ProgramStart'] };

let runtime: Promise<Highs> | undefined;
const loadSolver = () => (runtime ??= loadHighs());
const floorOf = (f: number, more: Partial<FloorSettings> = {}): FloorSettings => ({ floor: f, k: 3, loadSolver, ...more });

const inGroup = (id: string, g: string, more: Partial<Participant> = {}) => participant(id, { Group: g }, more);
const pref = (personId: string, mentorId: string, rank: number) => ({ personId, mentorId, rank });

describe('the fairness floor on a case worked by hand', () => {
  // Groups A (A1–A3) and B (B1–B3); givers M1 and M2 with one place each. Scores (preference only):
  //   A1: M1 100, M2 80;  A2: M1 80, M2 100;  A3: 60, 60;  B1: M1 40, M2 20;  B2: M1 20, M2 0;  B3: 0, 0.
  // Unconstrained: A1–M1 + A2–M2 = 200, the only assignment of 200: A gets 2 of 3, B 0 of 3.
  // Floor 0.8 with two mentees matched: each group's rate ≥ 0.8 × the other's, so one A and one B.
  //   A on M1 (best A1, 100) + B on M2 (best B1, 20) = 120; A on M2 (A2, 100) + B on M1 (B1, 40) = 140.
  // The floor's optimum: A2–M2, B1–M1, total 140; price of fairness 140 / 200 = 0.7.
  const people = ['A1', 'A2', 'A3'].map((id) => inGroup(id, 'A')).concat(['B1', 'B2', 'B3'].map((id) => inGroup(id, 'B')));
  const mentors = [mentor('M1', 'Internal mentor', { capacity: 1 }), mentor('M2', 'Internal mentor', { capacity: 1 })];
  const preferences = [pref('A1', 'M1', 1), pref('A1', 'M2', 2), pref('A2', 'M1', 2), pref('A2', 'M2', 1), pref('A3', 'M1', 3), pref('A3', 'M2', 3), pref('B1', 'M1', 4), pref('B1', 'M2', 5), pref('B2', 'M1', 5)];
  const data = program({ participants: people, mentors, preferences }, NO_LEVEL);

  test('the unconstrained optimum leaves B behind; the floor lifts it, at a price of 0.7', async () => {
    const { unconstrained, floor } = await suggestWithFairnessFloor(data, A, OPTIONS, floorOf(0.8));
    expect(unconstrained.suggestions.map((s) => [s.personId, s.mentorId])).toEqual([
      ['A1', 'M1'],
      ['A2', 'M2'],
    ]);
    expect(unconstrained.totalScore).toBeCloseTo(200, 9);
    expect(floor).not.toBeNull();
    expect(floor!.floorMet).toBe(true);
    expect(floor!.message).toBeNull();
    expect(floor!.suggestions.map((s) => [s.personId, s.mentorId])).toEqual([
      ['A2', 'M2'],
      ['B1', 'M1'],
    ]);
    expect(floor!.totalScore).toBeCloseTo(140, 9);
    expect(floor!.priceOfFairness).toBeCloseTo(0.7, 12);
    expect(floor!.unmatched).toEqual(['A1', 'A3', 'B2', 'B3'].map((personId) => ({ personId, reason: ALL_GIVERS_FULL })));
    expect(floor!.groups.map((g) => [g.attribute, g.resource, g.group, g.count, g.n])).toEqual([
      ['Group', 'Suggestion', 'A', 1, 3],
      ['Group', 'Suggestion', 'B', 1, 3],
    ]);
  });

  test('a floor the unconstrained optimum already meets changes nothing and loads no solver', async () => {
    // floor 0 is off; with B2 and B3 out of the program the B group is under k = 3 and nothing is held
    const loader = jest.fn(loadSolver);
    const off = await suggestWithFairnessFloor(data, A, OPTIONS, { floor: 0, k: 3, loadSolver: loader });
    expect(off.floor).toBeNull();
    const small = program({ participants: people.filter((p) => p.personId !== 'B2' && p.personId !== 'B3'), mentors, preferences }, NO_LEVEL);
    const met = await suggestWithFairnessFloor(small, A, OPTIONS, { floor: 0.8, k: 3, loadSolver: loader });
    expect(met.floor!.floorMet).toBe(true);
    expect(met.floor!.groups).toEqual([]);
    expect(met.floor!.priceOfFairness).toBe(1);
    expect(loader).not.toHaveBeenCalled();
  });

  test('floor off (null, undefined or 0): the solver is never loaded', async () => {
    const loader = jest.fn(loadSolver);
    for (const floor of [null, undefined, 0]) {
      const out = await suggestWithFairnessFloor(data, A, OPTIONS, { floor, k: 3, loadSolver: loader });
      expect(out.floor).toBeNull();
      expect(out.unconstrained.suggestions).toHaveLength(2);
    }
    expect(loader).not.toHaveBeenCalled();
  });
});

describe('a floor no assignment meets', () => {
  // A: 4 mentees, B: 3; givers M1 and M2 with two places each, every pair allowed: 4 matched.
  // Splits (X_A, X_B) of 4: (4,0), (3,1): rates 0.75 / 0.33, (2,2): 0.5 / 0.67 (ratio 0.75), (1,3): 0.25 / 1.
  // The best ratio is 0.75, at (2, 2): the floor 0.8 cannot be met, 0.75 can. Under the floor 0.8, the
  // most that can be matched is 0: (1,1) has ratio 0.75, (2,1) 0.67, (1,2) 0.375, and 5 or more do not fit.
  const people = ['A1', 'A2', 'A3', 'A4'].map((id) => inGroup(id, 'A')).concat(['B1', 'B2', 'B3'].map((id) => inGroup(id, 'B')));
  const mentors = [mentor('M1', 'Internal mentor', { capacity: 2 }), mentor('M2', 'Internal mentor', { capacity: 2 })];
  const preferences = ['A1', 'A2', 'A3', 'A4'].flatMap((id) => [pref(id, 'M1', 1), pref(id, 'M2', 2)]);
  const data = program({ participants: people, mentors, preferences }, NO_LEVEL);

  test('says which attribute and groups fall short and shows the best that exists', async () => {
    const { unconstrained, floor } = await suggestWithFairnessFloor(data, A, OPTIONS, floorOf(0.8));
    expect(unconstrained.suggestions.filter((s) => s.personId.startsWith('A'))).toHaveLength(4);
    const f = floor!;
    expect(f.floorMet).toBe(false);
    expect(f.attainableFloor).toBe(0.75);
    expect(f.attainedRatio).toBeCloseTo(0.75, 12);
    expect(f.matchedUnderFloor).toBe(0);
    expect(f.suggestions).toHaveLength(4);
    const count = (g: string) => f.suggestions.filter((s) => s.personId.startsWith(g)).length;
    expect([count('A'), count('B')]).toEqual([2, 2]);
    // unconstrained: the four A mentees, two on M1 (100 each) and two on M2 (80 each): 360;
    // the best (2, 2): two A mentees on M1 (100 each), two B mentees (no preferences: 0) on M2: 200
    expect(unconstrained.totalScore).toBeCloseTo(360, 9);
    expect(f.totalScore).toBeCloseTo(200, 9);
    expect(f.priceOfFairness).toBeCloseTo(200 / 360, 12);
    expect(f.shortfalls.map((s) => [s.attribute, s.resource, s.group, s.count, s.n, s.bestGroup])).toEqual([['Group', 'Suggestion', 'A', 2, 4, 'B']]);
    expect(f.message).toContain('No assignment that gives 4 mentees a giver meets the fairness floor 0.8');
    expect(f.message).toContain('Meeting it would leave 4 more mentees without a giver (0 instead of 4)');
    expect(f.message).toContain('the highest floor that can be met, 0.75');
    expect(f.message).toContain("Group, suggestion rate: A 50.0% (2 of 4) against B's 66.7%, ratio 0.750 < 0.8");
  });
});

/**
 * Brute force: every assignment (each mentee no giver or an allowed one, capacities kept), the most
 * that can be matched ν, and among the assignments of ν those meeting the floor, computed here from
 * the groups and Levels directly (suggestion rate by Group and by Level band; senior giver: giver
 * Level ≥ mentee Level + 2, over the mentees with a Level), each group of n ≥ k held.
 */
describe('the fairness floor against brute force on small random programs', () => {
  interface Case {
    mentees: { id: string; group: string; level: number | undefined }[];
    givers: { id: string; capacity: number; level: number }[];
    rank: Map<string, number>;
  }

  function randomCase(random: () => number): Case {
    const int = (n: number) => Math.floor(random() * n);
    const count = 6 + int(2);
    const mentees = Array.from({ length: count }, (_, i) => ({ id: `P${i}`, group: random() < 0.5 ? 'A' : 'B', level: random() < 0.85 ? 3 + int(4) : undefined }));
    const givers = Array.from({ length: 2 + int(2) }, (_, g) => ({ id: `M${g}`, capacity: 1 + int(2), level: 5 + int(4) }));
    const rank = new Map<string, number>();
    for (const m of mentees) for (const g of givers) if (random() < 0.7) rank.set(`${m.id}|${g.id}`, 1 + int(5));
    return { mentees, givers, rank };
  }

  function dataOf(c: Case) {
    const participants = c.mentees.map((m) => inGroup(m.id, m.group, m.level === undefined ? {} : { level: String(m.level), levelNumber: m.level }));
    const mentors = c.givers.map((g) => mentor(g.id, 'Internal mentor', { capacity: g.capacity, level: String(g.level), levelNumber: g.level }));
    const preferences = [...c.rank].map(([key, rank]) => {
      const [personId, mentorId] = key.split('|');
      return pref(personId, mentorId, rank);
    });
    return program({ participants, mentors, preferences }, { Participants: ['PersonID', 'InProgram', 'ProgramStart', 'Level'], Mentors: MATCHING_COLUMNS.Mentors });
  }

  /** minLevelGap 1: a pair is allowed where giver Level ≥ mentee Level + 1 (or the mentee has none) */
  const allowed = (c: Case, i: number, g: number) => c.mentees[i].level === undefined || c.givers[g].level >= c.mentees[i].level! + 1;
  const score = (c: Case, i: number, g: number) => {
    const r = c.rank.get(`${c.mentees[i].id}|${c.givers[g].id}`);
    return r === undefined ? 0 : (100 * (6 - r)) / 5;
  };

  /** per held set of groups: the member indices per group, and whether the resource is the senior giver */
  function heldSets(c: Case, k: number) {
    const band = (l: number) => `Level ${2 * Math.floor((l - 1) / 2) + 1}`;
    const sets: { members: number[][]; senior: boolean }[] = [];
    const by = (key: (i: number) => string | undefined, senior: boolean) => {
      const groups = new Map<string, number[]>();
      c.mentees.forEach((m, i) => {
        const g = key(i);
        if (g === undefined || (senior && m.level === undefined)) return;
        groups.set(g, [...(groups.get(g) ?? []), i]);
      });
      const members = [...groups.values()].filter((list) => list.length >= k);
      if (members.length >= 2) sets.push({ members, senior });
    };
    for (const senior of [false, true]) {
      by((i) => c.mentees[i].group, senior);
      by((i) => (c.mentees[i].level === undefined ? undefined : band(c.mentees[i].level!)), senior);
    }
    return sets;
  }

  /** the lowest ratio to the best group over the held sets (1 when nothing is held) */
  function minRatio(c: Case, sets: ReturnType<typeof heldSets>, giverOf: number[]): number {
    let min = 1;
    for (const { members, senior } of sets) {
      const rates = members.map(
        (list) => list.filter((i) => giverOf[i] >= 0 && (!senior || c.givers[giverOf[i]].level >= c.mentees[i].level! + 2)).length / list.length,
      );
      const best = Math.max(...rates);
      if (best > 0) for (const r of rates) min = Math.min(min, r / best);
    }
    return min;
  }

  function* assignments(c: Case): Generator<number[]> {
    const n = c.mentees.length;
    const giverOf = new Array<number>(n).fill(-1);
    const load = new Array<number>(c.givers.length).fill(0);
    function* walk(i: number): Generator<number[]> {
      if (i === n) {
        yield giverOf;
        return;
      }
      giverOf[i] = -1;
      yield* walk(i + 1);
      for (let g = 0; g < c.givers.length; g++) {
        if (!allowed(c, i, g) || load[g] >= c.givers[g].capacity) continue;
        giverOf[i] = g;
        load[g]++;
        yield* walk(i + 1);
        load[g]--;
        giverOf[i] = -1;
      }
    }
    yield* walk(0);
  }

  test('the floor result equals the best assignment meeting the floor; when none does, the attainable floor and the most matched under it', async () => {
    const random = mulberry32(2026);
    const f = 0.8;
    const k = 3;
    let met = 0;
    let notMet = 0;
    for (let t = 0; t < 40; t++) {
      const c = randomCase(random);
      const sets = heldSets(c, k);
      let nu = 0;
      const all: { matched: number; total: number; ratio: number }[] = [];
      for (const x of assignments(c)) {
        const matched = x.filter((g) => g >= 0).length;
        nu = Math.max(nu, matched);
        all.push({ matched, total: x.reduce((s, g, i) => s + (g >= 0 ? score(c, i, g) : 0), 0), ratio: minRatio(c, sets, x) });
      }
      const ofNu = all.filter((a) => a.matched === nu);
      const meeting = ofNu.filter((a) => a.ratio >= f - 1e-12);
      const { unconstrained, floor } = await suggestWithFairnessFloor(dataOf(c), A, OPTIONS, floorOf(f));
      const r = floor!;
      expect(r.model.topK).toBeNull(); // the default top K keeps every pair of these small programs
      expect(r.suggestions).toHaveLength(nu);
      expect(unconstrained.suggestions).toHaveLength(nu);
      expect(unconstrained.totalScore).toBeCloseTo(Math.max(...ofNu.map((a) => a.total)), 9);
      if (meeting.length > 0) {
        met++;
        expect(r.floorMet).toBe(true);
        expect(r.totalScore).toBeCloseTo(Math.max(...meeting.map((a) => a.total)), 9);
        expect(r.attainedRatio).toBeGreaterThanOrEqual(f - 1e-12);
      } else {
        notMet++;
        expect(r.floorMet).toBe(false);
        const attainable = Math.max(...ofNu.map((a) => Math.min(Math.floor(a.ratio * 100 + 1e-9), Math.round(f * 100) - 1))) / 100;
        expect(r.attainableFloor).toBeCloseTo(attainable, 12);
        const atAttainable = ofNu.filter((a) => a.ratio >= attainable - 1e-12);
        expect(r.totalScore).toBeCloseTo(Math.max(...atAttainable.map((a) => a.total)), 9);
        expect(r.matchedUnderFloor).toBe(Math.max(...all.filter((a) => a.ratio >= f - 1e-12).map((a) => a.matched)));
        expect(r.shortfalls.length).toBeGreaterThan(0);
      }
    }
    // both kinds of case occur
    expect(met).toBeGreaterThan(0);
    expect(notMet).toBeGreaterThan(0);
  }, 120_000);

  test('pruning to the top K givers per mentee never claims a floor unmet that the whole model meets, nor beats it', async () => {
    const random = mulberry32(77);
    for (let t = 0; t < 15; t++) {
      const c = randomCase(random);
      const data = dataOf(c);
      const whole = (await suggestWithFairnessFloor(data, A, OPTIONS, floorOf(0.8, { topK: null }))).floor!;
      const pruned = (await suggestWithFairnessFloor(data, A, OPTIONS, floorOf(0.8, { topK: 1 }))).floor!;
      expect(pruned.floorMet).toBe(whole.floorMet);
      expect(pruned.attainableFloor).toBe(whole.attainableFloor);
      expect(pruned.totalScore).toBeLessThanOrEqual(whole.totalScore + 1e-9);
      expect(pruned.suggestions).toHaveLength(whole.suggestions.length);
    }
  }, 120_000);
});

describe('a floor the solver cannot settle in its time limit', () => {
  test('fails with FloorNotSettled, saying the floor, the size and what to do, rather than guessing', async () => {
    // the sample's coach role misses 0.8 (README); with a time limit far below any solve, no assignment is found
    const sample = generateSample({ size: 'standard', seed: 42 });
    const { data } = intake(sample.sheets, { asOf: sample.asOf });
    const run = suggestWithFairnessFloor(data, sample.asOf, { role: 'Coach' }, { floor: 0.8, k: 5, loadSolver, timeLimitSeconds: 1e-9 });
    await expect(run).rejects.toBeInstanceOf(FloorNotSettled);
    await expect(run).rejects.toThrow(
      /^The fairness floor 0\.8 could not be settled: for 95 mentees and 8 givers the solver found no assignment within its time limit \(1e-9 s per integer program\), so no suggestion with the floor is given\. Suggest without the floor/,
    );
  }, 60_000);
});
