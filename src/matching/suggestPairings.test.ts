import { generateSample } from '../sample/generateSample';
import { intake } from '../intake/intake';
import { mulberry32 } from '../stats/seededRandom.test-helpers';
import { A, answer, mentor, pairing, participant, program, shuffled, MATCHING_COLUMNS } from './matchingFixture.test-helpers';
import { ALL_GIVERS_FULL, NO_CONFLICT_FREE_GIVER, suggestPairings } from './suggestPairings';
import { DEFAULT_WEIGHTS } from './criteria';

describe('suggestPairings: the score of a pair, by hand', () => {
  // P1: Level 5, Sales, Ops, Paris, track Tech. M1: Level 8, Finance, Ops, Paris, Capacity 4.
  // M1's earlier mentees: E1 (Tech, active), E2 (People, ended) → track fit 1/2; active 1 of 4 → load 0.75.
  // Mentee satisfaction about M1 dated ≤ A: 4/5 and 5/5 → ((4−1)/4 + (5−1)/4) / 2 = 0.875.
  // P1 ranks M1 second → 0.8.
  const people = [
    participant('P1', {}, { level: '5', levelNumber: 5, businessUnit: 'Sales', function: 'Ops', location: 'Paris', track: 'Tech' }),
    participant('E1', {}, { track: 'Tech' }),
    participant('E2', {}, { track: 'People', status: 'Completed', programEnd: A - 30 }),
  ];
  const m1 = mentor('M1', 'Internal mentor', { level: '8', levelNumber: 8, businessUnit: 'Finance', function: 'Ops', location: 'Paris', capacity: 4 });
  const pairings = [pairing('E1', 'M1', 'Mentor'), { ...pairing('E2', 'M1', 'Coach', A - 400), end: A - 100 }];
  const surveys = [
    answer('E1', 'Mentee satisfaction', 4, { aboutId: 'M1' }),
    answer('E2', 'mentee  Satisfaction', 5, { aboutId: 'M1', date: A }),
    answer('E1', 'Mentee satisfaction', 1, { aboutId: 'M1', date: A + 1 }), // after A: not read
    answer('E1', 'Climate', 1, { aboutId: 'M1' }), // another instrument: not read
  ];
  const preferences = [{ personId: 'P1', mentorId: 'M1', rank: 2 }];

  test('each criterion and the score with the default weights (2, 2, 2, 1, 1, 3, 1, 1)', () => {
    const r = suggestPairings(program({ participants: people, mentors: [m1], pairings, surveys, preferences }), A, { role: 'Mentor' });
    expect(r.mentees).toEqual(['P1']); // E1 has an active pairing of role Mentor; E2 completed
    expect(r.absentCriteria).toEqual([]);
    expect(r.suggestions).toHaveLength(1);
    const s = r.suggestions[0];
    expect(s.values).toEqual({
      crossBusinessUnit: 1,
      crossFunction: 0,
      seniority: 1, // d = 3
      trackFit: 0.5,
      location: 1,
      preference: 0.8,
      loadBalance: 0.75,
      giverSatisfaction: 0.875,
    });
    // Σ w·c = 2 + 0 + 2 + 0.5 + 1 + 2.4 + 0.75 + 0.875 = 9.525 over Σ w = 13
    expect(s.score).toBeCloseTo((100 * 9.525) / 13, 12);
    expect(s.criteria.crossBusinessUnit).toBeCloseTo(200 / 13, 12);
    expect(s.criteria.crossFunction).toBe(0);
    expect(s.criteria.seniority).toBeCloseTo(200 / 13, 12);
    expect(s.criteria.trackFit).toBeCloseTo(50 / 13, 12);
    expect(s.criteria.location).toBeCloseTo(100 / 13, 12);
    expect(s.criteria.preference).toBeCloseTo(240 / 13, 12);
    expect(s.criteria.loadBalance).toBeCloseTo(75 / 13, 12);
    expect(s.criteria.giverSatisfaction).toBeCloseTo(87.5 / 13, 12);
    expect(s.preferenceRank).toBe(2);
    expect(r.weights).toEqual({ crossBusinessUnit: 2, crossFunction: 2, seniority: 2, trackFit: 1, location: 1, preference: 3, loadBalance: 1, giverSatisfaction: 1 });
  });

  test('an absent column leaves its criterion out of the score and names it; a blank value gives 0 with its weight kept', () => {
    const noTrack = MATCHING_COLUMNS.Participants.filter((c) => c !== 'Track');
    const noAbout = MATCHING_COLUMNS.Surveys.filter((c) => c !== 'AboutID');
    const data = program({ participants: people, mentors: [m1], pairings, surveys }, { Participants: noTrack, Surveys: noAbout });
    const r = suggestPairings(data, A, { role: 'Mentor' });
    expect(r.absentCriteria).toEqual([
      { name: 'trackFit', missing: 'the Track column on Participants' },
      { name: 'preference', missing: 'the Preferences sheet' },
      { name: 'giverSatisfaction', missing: 'the AboutID column on Surveys' },
    ]);
    expect(Object.keys(r.suggestions[0].criteria)).toEqual(['crossBusinessUnit', 'crossFunction', 'seniority', 'location', 'loadBalance']);
    // 2 + 0 + 2 + 1 + 0.75 = 5.75 over 2 + 2 + 2 + 1 + 1 = 8
    expect(r.suggestions[0].score).toBeCloseTo((100 * 5.75) / 8, 12);

    // Location blank on the mentee: 0, and the weight stays in the denominator
    const blank = [{ ...people[0], location: undefined }, people[1], people[2]];
    const r2 = suggestPairings(program({ participants: blank, mentors: [m1], pairings, surveys }, { Participants: noTrack, Surveys: noAbout }), A, { role: 'Mentor' });
    expect(r2.suggestions[0].values.location).toBe(0);
    expect(r2.suggestions[0].score).toBeCloseTo((100 * 4.75) / 8, 12);
  });

  test('giver satisfaction is 0.5 without answers; weights given replace the defaults', () => {
    const r = suggestPairings(program({ participants: people, mentors: [m1], pairings, preferences }), A, {
      role: 'Mentor',
      weights: { preference: 0, crossBusinessUnit: 4 },
    });
    expect(r.suggestions[0].values.giverSatisfaction).toBe(0.5);
    expect(r.weights).toEqual({ ...DEFAULT_WEIGHTS, preference: 0, crossBusinessUnit: 4 });
    // 4 + 0 + 2 + 0.5 + 1 + 0 + 0.75 + 0.5 = 8.75 over 4 + 2 + 2 + 1 + 1 + 0 + 1 + 1 = 12
    expect(r.suggestions[0].score).toBeCloseTo((100 * 8.75) / 12, 12);
    expect(() => suggestPairings(program({ participants: people }), A, { role: 'Mentor', weights: { senority: 1 } as never })).toThrow(/unknown criterion "senority"/);
    expect(() => suggestPairings(program({ participants: people }), A, { role: 'Mentor', weights: { seniority: -1 } })).toThrow(RangeError);
  });

  test('seniority: 1 for a gap of 2 to 4, 0.5 for 1 or 5, else 0', () => {
    const gaps = [0, 1, 2, 3, 4, 5, 6];
    const expected = [0, 0.5, 1, 1, 1, 0.5, 0];
    gaps.forEach((gap, i) => {
      const mentee = participant('Q', {}, { levelNumber: 3, level: '3' });
      const giver = mentor('G', 'Internal mentor', { levelNumber: 3 + gap, level: String(3 + gap) });
      const r = suggestPairings(program({ participants: [mentee], mentors: [giver] }), A, { role: 'Mentor', minLevelGap: -10 });
      expect(r.suggestions[0].values.seniority).toBe(expected[i]);
    });
  });
});

describe('suggestPairings: who, hard rules and their counts', () => {
  test('every hard rule removes its pairs, each counted; capacity, repeat and level gap as settings', () => {
    // mentees P1..P4 at Level 5; givers: M1 (Level 8, P3's manager), M2 (Level 8, full: Capacity 1 with X active),
    // M3 (Level 5: under the level gap), P4 (an employee who mentors: the same person as mentee P4), M5 (Level 9, earlier pairing with P2)
    const lvl = { level: '5', levelNumber: 5 };
    const people = [
      participant('P1', {}, lvl),
      participant('P2', {}, lvl),
      participant('P3', {}, { ...lvl, managerId: 'M1' }),
      participant('P4', {}, lvl),
      participant('X', {}, { ...lvl, inProgram: false, programStart: undefined, eligibleDate: A - 300 }),
    ];
    const mentors = [
      mentor('M1', 'Internal mentor', { levelNumber: 8, capacity: 3 }),
      mentor('M2', 'Internal mentor', { levelNumber: 8, capacity: 1 }),
      mentor('M3', 'Internal mentor', { levelNumber: 5, capacity: 3 }),
      mentor('P4', 'Internal mentor', { levelNumber: 8, capacity: 3 }),
      mentor('M5', 'Internal mentor', { levelNumber: 9, capacity: 3 }),
      mentor('S1', 'Sponsor', { levelNumber: 12, capacity: 3 }),
    ];
    const pairings = [pairing('X', 'M2', 'Mentor'), { ...pairing('P2', 'M5', 'Sponsor', A - 300), end: A - 10 }];
    const data = program({ participants: people, mentors, pairings });
    const r = suggestPairings(data, A, { role: 'Mentor' });
    expect(r.mentees).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(r.givers.map((g) => g.mentorId)).toEqual(['M1', 'M2', 'M3', 'M5', 'P4']);
    expect(r.candidatePairs).toBe(20);
    expect(r.removedByRule).toEqual({
      'same-person': 1, // P4 × P4
      'reporting-chain': 1, // P3 × M1
      'earlier-pairing': 1, // P2 × M5
      'coach-vendor': 0,
      'level-gap': 4, // M3 with each mentee
      capacity: 4, // M2 with each mentee
    });
    expect(r.removedPairs).toBe(11);
    for (const s of r.suggestions) {
      expect(['M2', 'M3']).not.toContain(s.mentorId);
      expect(`${s.personId}/${s.mentorId}`).not.toMatch(/^(P4\/P4|P3\/M1|P2\/M5)$/);
    }
    expect(r.suggestions).toHaveLength(4);

    const relaxed = suggestPairings(data, A, { role: 'Mentor', allowRepeat: true, minLevelGap: 0, defaultCapacity: 5 });
    expect(relaxed.removedByRule['earlier-pairing']).toBe(0);
    expect(relaxed.removedByRule['level-gap']).toBe(0);
    expect(relaxed.options).toEqual({ defaultCapacity: 5, allowRepeat: true, minLevelGap: 0 });
  });

  test('a mentee above the giver in the reporting chain is a conflict too; a giver who has left is no giver', () => {
    const people = [participant('P1', {}), participant('B', {}, { managerId: 'P1' }), participant('L', {}, { inProgram: false, programStart: undefined, exitDate: A - 5 })];
    const mentors = [mentor('B', 'Internal mentor', { capacity: 2 }), mentor('L', 'Internal mentor', { capacity: 2 })];
    const r = suggestPairings(program({ participants: people, mentors }), A, { role: 'Mentor' });
    expect(r.givers.map((g) => g.mentorId)).toEqual(['B']);
    expect(r.removedByRule['reporting-chain']).toBe(1); // P1 is B's manager
    expect(r.removedByRule['same-person']).toBe(1); // B × B
    expect(r.suggestions).toEqual([]);
  });

  test('Coach: a giver whose Vendor (folded) is that of another coach of the mentee is forbidden; the same coach again is not a vendor clash', () => {
    const people = [participant('C1', {})];
    const mentors = [
      mentor('K1', 'External coach', { vendor: 'Acme Ltd', capacity: 3 }),
      mentor('K2', 'External coach', { vendor: ' acme  LTD ', capacity: 3 }),
      mentor('K3', 'External coach', { vendor: 'Other', capacity: 3 }),
    ];
    const pairings = [{ ...pairing('C1', 'K1', 'Coach', A - 400), end: A - 30 }];
    const data = program({ participants: people, mentors, pairings });
    const r = suggestPairings(data, A, { role: 'Coach' });
    expect(r.removedByRule).toMatchObject({ 'coach-vendor': 1, 'earlier-pairing': 1 });
    expect(r.suggestions.map((s) => s.mentorId)).toEqual(['K3']);
    const again = suggestPairings(data, A, { role: 'Coach', allowRepeat: true });
    expect(again.removedByRule).toMatchObject({ 'coach-vendor': 1, 'earlier-pairing': 0 });
  });

  test('unmatched mentees and their reasons', () => {
    // one slot (M1, Capacity 1); P1 and P2 may both take it; P3 reports to M1 and manages M2; P4 had M1 before and M2 is full
    const people = [participant('P1', {}), participant('P2', {}), participant('P3', {}, { managerId: 'M1' }), participant('P4', {}), participant('X', {})];
    // P3 is also M2's manager: a conflict with both givers
    const mentors = [mentor('M1', 'Internal mentor', { capacity: 1 }), mentor('M2', 'Internal mentor', { capacity: 1, managerId: 'P3' })];
    const pairings = [{ ...pairing('P4', 'M1', 'Mentor', A - 400), end: A - 30 }, pairing('X', 'M2', 'Mentor')];
    const r = suggestPairings(program({ participants: people, mentors, pairings }), A, { role: 'Mentor' });
    expect(r.suggestions.map((s) => `${s.personId}→${s.mentorId}`)).toEqual(['P1→M1']); // equal scores: the earlier PersonID
    expect(r.unmatched).toEqual([
      { personId: 'P2', reason: ALL_GIVERS_FULL },
      { personId: 'P3', reason: NO_CONFLICT_FREE_GIVER },
      { personId: 'P4', reason: ALL_GIVERS_FULL },
    ]);
    expect(ALL_GIVERS_FULL).toBe('all such givers full');
    expect(NO_CONFLICT_FREE_GIVER).toBe('no giver without a hard-rule conflict');
  });

  test('no givers of the role: every mentee unmatched, no conflict-free giver', () => {
    const r = suggestPairings(program({ participants: [participant('P1', {})], mentors: [mentor('M1', 'Internal mentor')] }), A, { role: 'Sponsor' });
    expect(r.unmatched).toEqual([{ personId: 'P1', reason: NO_CONFLICT_FREE_GIVER }]);
  });
});

describe('suggestPairings: deterministic', () => {
  const sample = generateSample({ size: 'standard', seed: 7 });
  const read = intake(sample.sheets, { asOf: sample.asOf }).data;
  // the sample pairs every participant with a mentor: a third of the Mentor pairings left out, so that some need one
  const data = { ...read, pairings: read.pairings.filter((p) => !(p.role === 'Mentor' && p.row % 3 === 0)) };
  const random = mulberry32(99);
  const reordered = {
    ...data,
    participants: shuffled(data.participants, random),
    mentors: shuffled(data.mentors, random),
    pairings: shuffled(data.pairings, random),
    surveys: shuffled(data.surveys, random),
  };
  test.each(['Mentor', 'Coach', 'Sponsor'] as const)('%s: the same input twice, and the rows in another order, give the same suggestions', (role) => {
    const first = suggestPairings(data, sample.asOf, { role });
    const second = suggestPairings(data, sample.asOf, { role });
    const other = suggestPairings(reordered, sample.asOf, { role });
    expect(second).toEqual(first);
    expect(other.suggestions).toEqual(first.suggestions);
    expect(other.unmatched).toEqual(first.unmatched);
    expect(other.removedByRule).toEqual(first.removedByRule);
    expect(first.mentees.length).toBeGreaterThan(0);
  });
});
