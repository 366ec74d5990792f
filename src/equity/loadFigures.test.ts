import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { A, Rows, d, program } from './loadFixture.test-helpers';
import { computeLoad, hoursPerMonth, monthsActive } from './loadFigures';

describe('computeLoad', () => {
  const r = new Rows();
  const mentors = [
    // M1: 2 active mentees against a Capacity of 1 → over by mentees
    r.mentor('M1', 'Internal mentor', { capacity: 1, capacityHours: 100 }),
    // M2: 1 mentee, 120 hours over 365 days (≈ 10 h/month) against 4 h/month → over by hours
    r.mentor('M2', 'Internal mentor', { capacity: 5, capacityHours: 4 }),
    // M3: 1 mentee, 3 hours in 10 days → counted as 1 month (3 h/month) against 2 → over by hours
    r.mentor('M3', 'Internal mentor', { capacity: 3, capacityHours: 2 }),
    // M4: no active mentee (its pairing ended)
    r.mentor('M4', 'Internal mentor', { capacity: 0 }),
    // C1: an external coach over capacity (listed in load, but not an internal mentor)
    r.mentor('C1', 'External coach', { capacity: 1 }),
    // S1: no Capacity and no CapacityHours: never over
    r.mentor('S1', 'Sponsor'),
  ];
  const pairings = [
    r.pairing('P1', 'M1', 'Mentor', '2025-02-01', { hours: 10 }),
    r.pairing('P2', 'M1', 'Mentor', '2025-03-01'),
    r.pairing('P2', 'M1', 'Mentor', '2025-01-01', { end: '2026-09-30' }), // ends at A: not active
    r.pairing('P3', 'M2', 'Mentor', '2025-09-30', { hours: 120 }), // 365 days before A
    r.pairing('P4', 'M3', 'Mentor', '2026-09-20', { hours: 3 }),
    r.pairing('P5', 'M4', 'Mentor', '2025-01-01', { end: '2025-12-31' }),
    r.pairing('P6', 'C1', 'Coach', '2026-01-01'),
    r.pairing('P7', 'C1', 'Coach', '2026-02-01'),
    r.pairing('P6', 'C1', 'Coach', '2026-03-01'), // the same mentee twice: one mentee
    r.pairing('P8', 'S1', 'Sponsor', '2026-01-01', { hours: 999 }),
    r.pairing('P9', 'S1', 'Sponsor', '2026-01-01'),
    r.pairing('P9', 'M2', 'Mentor', '2026-10-01'), // starts after A: not active
  ];
  const load = computeLoad(program({ mentors, pairings }), A);

  it('lists mentors of any type with more active mentees than Capacity as over capacity, and nothing else', () => {
    // M1 (internal, 2 > 1) and C1 (external coach, 2 > 1); M2 and M3 only overrun their hours
    expect(load.overCapacity.map((o) => o.mentorId)).toEqual(['C1', 'M1']);
    expect(load.overCapacity[1]).toEqual({
      mentorId: 'M1',
      mentorType: 'Internal mentor',
      activeMentees: 2,
      capacity: 1,
      hoursPerMonth: 10 / ((A - d('2025-02-01')) / 30.4375),
      capacityHours: 100,
    });
    expect(load.overCapacity[0]).toMatchObject({ mentorType: 'External coach', activeMentees: 2, capacity: 1, hoursPerMonth: null, capacityHours: null });
    expect(load.mentors).toBe(6);
  });

  it('lists hour overruns apart, never as over capacity', () => {
    expect(load.overHours.map((o) => o.mentorId)).toEqual(['M2', 'M3']);
    const [m2, m3] = load.overHours;
    expect(m2.activeMentees).toBe(1);
    expect(m2.capacity).toBe(5);
    expect(m2.hoursPerMonth).toBeCloseTo(120 / (365 / 30.4375), 12);
    expect(m3.hoursPerMonth).toBe(3); // 10 days counts as one month
  });

  it('computes the Gini of active mentees across every internal mentor', () => {
    // internal mentors' active mentees: M1 2, M2 1, M3 1, M4 0 → [0, 1, 1, 2].
    // By hand: ordered pairs |x_i − x_j| sum to 12 (unordered: 1+1+2+0+1+1 = 6), over n² = 16 pairs
    // the mean absolute difference is 0.75; the mean is 1; G = 0.75 / (2 · 1) = 0.375.
    expect(load.gini).toBeCloseTo(0.375, 12);
    expect(load.internalMentors).toBe(4);
    expect(load.activeMentees).toBe(4);
  });

  it('gives no Gini without internal mentors', () => {
    const empty = computeLoad(program({}), A);
    expect(empty).toEqual({ mentors: 0, overCapacity: [], overHours: [], gini: null, internalMentors: 0, activeMentees: 0, seniorShare: [] });
  });

  it('hours per month: Σ Hours / months active (at least one), null without Hours', () => {
    const rr = new Rows();
    const a = rr.pairing('X', 'M', 'Mentor', '2026-03-30', { hours: 18 }); // 184 days
    const b = rr.pairing('Y', 'M', 'Mentor', '2026-09-29', { hours: 2 }); // 1 day → 1 month
    const c = rr.pairing('Z', 'M', 'Mentor', '2026-01-01');
    expect(monthsActive(b, A)).toBe(1);
    expect(hoursPerMonth([a, b, c], A)).toBeCloseTo(18 / (184 / 30.4375) + 2, 12);
    expect(hoursPerMonth([c], A)).toBeNull();
  });

  it('shares senior-mentor pairings by group of each attribute among participants', () => {
    const rr = new Rows();
    const participants = [
      rr.person('W1', { levelNumber: 5, attributes: { Gender: 'Woman' } }),
      rr.person('W2', { levelNumber: 5, attributes: { Gender: 'Woman' } }),
      rr.person('N1', { levelNumber: 6, attributes: { Gender: 'Man' } }),
      rr.person('X1', { levelNumber: 5, attributes: {} }), // Gender blank: in the totals, in no group
      rr.person('L1', { attributes: { Gender: 'Man' } }), // no Level: never a senior pairing
      rr.person('F1', { levelNumber: 5, programStart: d('2026-12-01'), attributes: { Gender: 'Man' } }), // starts after A
      rr.poolPerson('Q1', { levelNumber: 5, attributes: { Gender: 'Man' } }), // comparison pool
      rr.poolPerson('E1', { levelNumber: 9, attributes: { Gender: 'Man' } }), // an employee who mentors
    ];
    const ms = [
      rr.mentor('I7', 'Internal mentor', { levelNumber: 7 }),
      rr.mentor('I6', 'Internal mentor', { levelNumber: 6 }),
      rr.mentor('S8', 'Sponsor', { levelNumber: 8 }),
      rr.mentor('E1', 'Internal mentor'), // Level blank on Mentors: the Participants row's (9)
      rr.mentor('C0', 'External coach'),
    ];
    const ps = [
      rr.pairing('W1', 'I7', 'Mentor', '2025-02-01'), // 7 ≥ 5 + 2: senior (Woman)
      rr.pairing('W2', 'I6', 'Mentor', '2025-02-01'), // 6 < 7: not senior
      rr.pairing('W2', 'E1', 'Mentor', '2025-02-01', { end: '2025-06-01' }), // 9 ≥ 7: senior (Woman), ended still counts
      rr.pairing('W2', 'C0', 'Coach', '2025-02-01'), // a coach: not counted
      rr.pairing('N1', 'S8', 'Sponsor', '2025-02-01'), // 8 ≥ 8: senior (Man)
      rr.pairing('N1', 'I7', 'Mentor', '2025-02-01'), // 7 < 8: not senior
      rr.pairing('X1', 'S8', 'Sponsor', '2025-02-01'), // senior, no Gender
      rr.pairing('W1', 'S8', 'Sponsor', '2026-10-01'), // starts after A
      rr.pairing('L1', 'S8', 'Sponsor', '2025-02-01'), // mentee Level not numeric
      rr.pairing('F1', 'S8', 'Sponsor', '2025-02-01'), // not a participant at A
      rr.pairing('Q1', 'S8', 'Sponsor', '2025-02-01'), // comparison pool
    ];
    const result = computeLoad(program({ participants, mentors: ms, pairings: ps, attributes: ['Gender'] }), A);
    // 4 senior pairings in all (W1–I7, W2–E1, N1–S8, X1–S8); 5 participants (W1, W2, N1, X1, L1)
    expect(result.seniorShare).toEqual([
      { attribute: 'Gender', group: 'Man', n: 2, seniorPairings: 1, share: 0.25, populationShare: 0.4 },
      { attribute: 'Gender', group: 'Woman', n: 2, seniorPairings: 2, share: 0.5, populationShare: 0.4 },
    ]);
    // an explicit attribute list; an attribute nobody has gives no groups
    expect(computeLoad(program({ participants, mentors: ms, pairings: ps, attributes: ['Gender'] }), A, ['Ethnicity']).seniorShare).toEqual([]);
  });
});

describe('computeLoad on the standard sample', () => {
  it('finds exactly the two planted over-capacity mentors', () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const { data } = intake(sample.sheets, { asOf: sample.asOf });
    const load = computeLoad(data, sample.asOf);
    const planted = sample.planted.overCapacity;
    expect(planted).toHaveLength(2);
    expect(load.overCapacity.map((o) => o.mentorId)).toEqual(planted.map((p) => p.mentorId).sort());
    for (const o of load.overCapacity) {
      const p = planted.find((x) => x.mentorId === o.mentorId);
      expect(o).toMatchObject({ mentorType: 'Internal mentor', activeMentees: p?.active, capacity: p?.capacity });
    }
    expect(load.gini).not.toBeNull();
    expect(load.internalMentors).toBe(sample.counts.internalMentors);
    // every participant has an internal mentor two levels above: each Gender group gets senior pairings
    const gender = load.seniorShare.filter((s) => s.attribute === 'Gender');
    expect(gender.length).toBeGreaterThan(1);
    expect(gender.every((s) => s.seniorPairings > 0)).toBe(true);
    expect(gender.reduce((a, s) => a + (s.share ?? 0), 0)).toBeCloseTo(1, 12);
  });
});
