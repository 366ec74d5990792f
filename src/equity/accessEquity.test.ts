import { Z95 } from '../stats';
import { computeAccessEquity } from './accessEquity';
import { equityAttributes, groupsOf, levelBandOf, LEVEL_BAND } from './accessAttributes';
import { A, choose, d, fisherByHand, group, mentor, pairing, participant, poolPerson, program, rotation } from './accessFixture.test-helpers';
import type { AccessTest } from './equityResults';

const row = (tests: readonly AccessTest[], resource: string, attribute: string, g: string): AccessTest => {
  const t = tests.find((x) => x.resource === resource && x.attribute === attribute && x.group === g);
  if (!t) throw new Error(`no test ${resource} × ${attribute} × ${g}`);
  return t;
};
const resources = (tests: readonly AccessTest[]) => [...new Set(tests.map((t) => t.resource))];

/** Only the Pairings sheet gives resources: Internal mentor, External coach, Sponsor. */
const PAIRINGS_ONLY = {
  Participants: ['PersonID', 'InProgram', 'ProgramStart'],
  Mentors: ['MentorID', 'MentorType'],
  Rotations: [],
  Surveys: [],
};

describe('A (n = 10, 3 coached) vs B (n = 12, 9 coached), derived by hand', () => {
  const a = group('a', { Group: 'A' }, 10);
  const b = group('b', { Group: 'B' }, 12);
  const pairings = [...a.slice(0, 3), ...b.slice(0, 9)].map((p) => pairing(p.personId, 'C1', 'Coach'));
  const tests = computeAccessEquity(program({ participants: [...a, ...b], mentors: [mentor('C1', 'External coach')], pairings }, PAIRINGS_ONLY), A, 5);
  const ta = row(tests, 'External coach', 'Group', 'A');
  const tb = row(tests, 'External coach', 'Group', 'B');

  // Hypergeometric with margins rows 10 / 12, yes column 12, N = 22: P(x) = C(10,x) C(12,12−x) / C(22,12),
  // C(22,12) = 646646. Numerators x = 0..10: 1, 120, 2970, 26400, 103950, 199584, 194040, 95040, 22275, 2200, 66.
  // Observed x = 3 (26400); tables no more likely: x = 0,1,2,3 and 8,9,10 → 1+120+2970+26400+22275+2200+66 = 54032.
  const pHand = 54032 / 646646; // 0.083558

  test('the hand sum agrees with the binomial-coefficient sum and with fisherExact', () => {
    expect(choose(22, 12)).toBe(646646);
    expect(fisherByHand(3, 7, 9, 3)).toBeCloseTo(pHand, 14);
    expect(ta.p).toBeCloseTo(pHand, 12);
  });

  test('counts, rate and Wilson interval', () => {
    expect(ta).toMatchObject({ n: 10, count: 3, rate: 0.3 });
    // Wilson: (p̂ + z²/2n ± z √(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)
    const z2n = (Z95 * Z95) / 10;
    const centre = (0.3 + z2n / 2) / (1 + z2n);
    const half = (Z95 * Math.sqrt((0.3 * 0.7) / 10 + z2n / 10 / 4)) / (1 + z2n);
    expect(ta.lower).toBeCloseTo(centre - half, 12);
    expect(ta.upper).toBeCloseTo(centre + half, 12);
  });

  test('reference B (highest rate 9/12 = 0.75); IR = 0.3 / 0.75 = 0.4; shortfall = 10 · 0.75 − 3 = 4.5', () => {
    expect(ta.reference).toBe('B');
    expect(ta.referenceRate).toBe(0.75);
    expect(ta.impactRatio).toBeCloseTo(0.4, 14);
    expect(ta.shortfall).toBeCloseTo(4.5, 14);
    expect(tb).toMatchObject({ status: 'reference', p: null, pAdjusted: null, reference: 'B', reason: 'reference group: highest rate (75%)' });
  });

  test('BH over the three tests of the refresh (mentor p = 1, coach p, sponsor p = 1): adjusted p = 3p ≈ 0.25 → watch', () => {
    // nobody has an internal mentor or a sponsor: equal rates (0), Fisher p = 1 for those two tests
    expect(row(tests, 'Internal mentor', 'Group', 'A').p).toBe(1);
    expect(row(tests, 'Sponsor', 'Group', 'A').p).toBe(1);
    // sorted p: pHand, 1, 1 → adjusted pHand = min(3·pHand/1, 3·1/2, 3·1/3) = 3·pHand
    expect(ta.pAdjusted).toBeCloseTo(3 * pHand, 12);
    expect(ta.status).toBe('watch'); // IR < 0.80 but not significant after adjustment
    expect(ta.reason).toBe('rate 30% vs 75% for B (ratio 0.40): below the four-fifths screen; not significant');
  });

  test('where nobody compared has the resource: no ratio, ok', () => {
    const t = row(tests, 'Sponsor', 'Group', 'A');
    expect(t).toMatchObject({ reference: 'B', referenceRate: 0, impactRatio: null, shortfall: 0, status: 'ok' });
    expect(t.reason).toBe('rate 0% vs 0% for B: nobody compared has it');
  });
});

describe('adverse, and BH across two resources', () => {
  // Woman 40, Man 40. Coach: Woman 8 (20%), Man 24 (60%). Sponsor: Woman 10 (25%), Man 14 (35%).
  // Internal mentor: everyone (p = 1).
  const w = group('w', { Gender: 'Woman' }, 40);
  const m = group('m', { Gender: 'Man' }, 40);
  const pairings = [
    ...[...w, ...m].map((p) => pairing(p.personId, 'M1', 'Mentor')),
    ...[...w.slice(0, 8), ...m.slice(0, 24)].map((p) => pairing(p.personId, 'C1', 'Coach')),
    ...[...w.slice(0, 10), ...m.slice(0, 14)].map((p) => pairing(p.personId, 'S1', 'Sponsor')),
  ];
  const mentors = [mentor('M1', 'Internal mentor'), mentor('C1', 'External coach'), mentor('S1', 'Sponsor')];
  const tests = computeAccessEquity(program({ participants: [...w, ...m], mentors, pairings }, PAIRINGS_ONLY), A, 5);
  const coach = row(tests, 'External coach', 'Gender', 'Woman');
  const sponsor = row(tests, 'Sponsor', 'Gender', 'Woman');
  const pCoach = fisherByHand(8, 32, 24, 16);
  const pSponsor = fisherByHand(10, 30, 14, 26);

  test('Fisher p of each test, by hand', () => {
    expect(coach.p).toBeCloseTo(pCoach, 10);
    expect(sponsor.p).toBeCloseTo(pSponsor, 10);
    expect(row(tests, 'Internal mentor', 'Gender', 'Woman').p).toBe(1);
    expect(pCoach).toBeLessThan(0.001);
    expect(pSponsor).toBeGreaterThan(0.3);
  });

  test('Benjamini–Hochberg over the three tests', () => {
    // sorted: pCoach < pSponsor < 1 (m = 3): adj(1) = 1; adj(pSponsor) = min(1, 3·pSponsor/2); adj(pCoach) = min(that, 3·pCoach/1)
    const adjSponsor = Math.min(1, (3 * pSponsor) / 2);
    const adjCoach = Math.min(adjSponsor, 3 * pCoach);
    expect(sponsor.pAdjusted).toBeCloseTo(adjSponsor, 10);
    expect(coach.pAdjusted).toBeCloseTo(adjCoach, 10);
    expect(row(tests, 'Internal mentor', 'Gender', 'Woman').pAdjusted).toBe(1);
  });

  test('coach: IR 0.2/0.6 = 1/3, significant, shortfall 40 · 0.6 − 8 = 16 → adverse', () => {
    expect(coach.impactRatio).toBeCloseTo(1 / 3, 14);
    expect(coach.shortfall).toBeCloseTo(16, 12);
    expect(coach.status).toBe('adverse');
    expect(coach.reason).toBe('rate 20% vs 60% for Man; 16 fewer people than at the reference rate; significant after adjustment');
  });

  test('sponsor: IR 0.25/0.35 ≈ 0.71 < 0.80 but not significant → watch', () => {
    expect(sponsor.impactRatio).toBeCloseTo(0.25 / 0.35, 14);
    expect(sponsor.status).toBe('watch');
  });

  test('internal mentor: equal rates → ok, within the screen', () => {
    expect(row(tests, 'Internal mentor', 'Gender', 'Woman')).toMatchObject({
      impactRatio: 1,
      status: 'ok',
      reason: 'rate 100% vs 100% for Man (ratio 1.00): within the four-fifths screen; not significant',
    });
  });
});

describe('suppression and attributes without a reference', () => {
  // Group: A 10 (3 coached), B 12 (9 coached), C 4 (1 coached). Site: everyone of A and B at X, C at Y.
  const a = group('a', { Group: 'A', Site: 'X' }, 10);
  const b = group('b', { Group: 'B', Site: 'X' }, 12);
  const c = group('c', { Group: 'C', Site: 'Y' }, 4);
  const pairings = [...a.slice(0, 3), ...b.slice(0, 9), c[0]].map((p) => pairing(p.personId, 'C1', 'Coach'));
  const tests = computeAccessEquity(program({ participants: [...a, ...b, ...c], mentors: [mentor('C1', 'External coach')], pairings }, PAIRINGS_ONLY), A, 5);

  test('a group of 4 is suppressed: n, count, rate (and its interval) kept, nothing that needs the reference', () => {
    const t = row(tests, 'External coach', 'Group', 'C');
    expect(t).toMatchObject({ n: 4, count: 1, rate: 0.25, impactRatio: null, p: null, pAdjusted: null, shortfall: null, status: 'suppressed' });
    expect(t.lower).not.toBeNull();
    expect(t.reason).toBe('fewer than 5 people: suppressed');
  });

  test('suppressed groups and lone groups are not tests: BH still counts three tests', () => {
    const pHand = 54032 / 646646;
    expect(row(tests, 'External coach', 'Group', 'A').pAdjusted).toBeCloseTo(3 * pHand, 12);
  });

  test('Site has one group of n ≥ k: no reference, ok with the reason, and the small group suppressed', () => {
    expect(row(tests, 'External coach', 'Site', 'X')).toMatchObject({
      n: 22,
      count: 12,
      reference: null,
      referenceRate: null,
      impactRatio: null,
      p: null,
      status: 'ok',
      reason: 'no other group to compare with',
    });
    expect(row(tests, 'External coach', 'Site', 'Y').status).toBe('suppressed');
  });

  test('with k = 3 the group of 4 is compared', () => {
    const k3 = computeAccessEquity(program({ participants: [...a, ...b, ...c], mentors: [mentor('C1', 'External coach')], pairings }, PAIRINGS_ONLY), A, 3);
    expect(row(k3, 'External coach', 'Group', 'C').p).toBeCloseTo(fisherByHand(1, 3, 9, 3), 12);
  });
});

describe('the four-fifths line and reference ties', () => {
  const coach = (people: { personId: string }[]) => people.map((p) => pairing(p.personId, 'C1', 'Coach'));

  test('IR exactly 0.80 (4/10 vs 5/10) is within the screen', () => {
    const a = group('a', { Group: 'A' }, 10);
    const b = group('b', { Group: 'B' }, 10);
    const tests = computeAccessEquity(program({ participants: [...a, ...b], pairings: coach([...a.slice(0, 4), ...b.slice(0, 5)]) }, PAIRINGS_ONLY), A, 5);
    const t = row(tests, 'External coach', 'Group', 'A');
    expect(t.impactRatio).toBe(0.8);
    expect(t.p).toBe(1);
    expect(t.status).toBe('ok');
    expect(t.reason).toBe('rate 40% vs 50% for B (ratio 0.80): within the four-fifths screen; not significant');
  });

  test('equal rates: the larger group is the reference; equal n too: the first name', () => {
    const p = group('p', { Group: 'P' }, 10);
    const q = group('q', { Group: 'Q' }, 20);
    const r = group('r', { Group: 'R' }, 10);
    const tests = computeAccessEquity(
      program({ participants: [...p, ...q, ...r], pairings: coach([...p.slice(0, 5), ...q.slice(0, 10), ...r.slice(0, 5)]) }, PAIRINGS_ONLY),
      A,
      5,
    );
    expect(row(tests, 'External coach', 'Group', 'P').reference).toBe('Q');
    const equalN = computeAccessEquity(program({ participants: [...p, ...r], pairings: coach([...p.slice(0, 5), ...r.slice(0, 5)]) }, PAIRINGS_ONLY), A, 5);
    expect(row(equalN, 'External coach', 'Group', 'R').reference).toBe('P');
  });

  test('a small group with the highest rate is never the reference', () => {
    const a = group('a', { Group: 'A' }, 10);
    const tiny = group('t', { Group: 'Tiny' }, 3);
    const b = group('b', { Group: 'B' }, 10);
    const tests = computeAccessEquity(program({ participants: [...a, ...tiny, ...b], pairings: coach([...a.slice(0, 2), ...tiny, ...b.slice(0, 6)]) }, PAIRINGS_ONLY), A, 5);
    expect(row(tests, 'External coach', 'Group', 'A').reference).toBe('B');
  });
});

describe('Level band', () => {
  test('bands of two by the numeric Level; a text Level is its own band; none without a Level', () => {
    expect(levelBandOf({ levelNumber: 1 })).toBe('Level 1–2');
    expect(levelBandOf({ levelNumber: 2 })).toBe('Level 1–2');
    expect(levelBandOf({ levelNumber: 7, level: 'L7' })).toBe('Level 7–8');
    expect(levelBandOf({ levelNumber: 8 })).toBe('Level 7–8');
    expect(levelBandOf({ levelNumber: 9 })).toBe('Level 9–10');
    expect(levelBandOf({ levelNumber: 12 })).toBe('Level 11–12');
    expect(levelBandOf({ levelNumber: 7.5 })).toBe('Level 7–8');
    expect(levelBandOf({ level: 'Director' })).toBe('Director');
    expect(levelBandOf({})).toBeUndefined();
  });

  test('numeric bands in numeric order, text bands after them by name', () => {
    const names = ['Level 11–12', 'VP', 'Level 9–10', 'Director', 'Level 1–2'];
    expect(groupsOf(LEVEL_BAND, names, (n) => n).map(([n]) => n)).toEqual(['Level 1–2', 'Level 9–10', 'Level 11–12', 'Director', 'VP']);
  });

  test('the access tests group people by it', () => {
    const people = [
      ...group('x', {}, 6, { level: '7', levelNumber: 7 }),
      ...group('y', {}, 5, { level: '8', levelNumber: 8 }),
      ...group('z', {}, 5, { level: '10', levelNumber: 10 }),
      ...group('v', {}, 5, { level: 'VP' }),
    ];
    const tests = computeAccessEquity(program({ participants: people, attributes: [] }, { ...PAIRINGS_ONLY, Participants: ['PersonID', 'ProgramStart', 'Level'] }), A, 5);
    expect(tests.filter((t) => t.resource === 'External coach').map((t) => [t.attribute, t.group, t.n])).toEqual([
      ['Level band', 'Level 7–8', 11],
      ['Level band', 'Level 9–10', 5],
      ['Level band', 'VP', 5],
    ]);
  });
});

describe('Senior mentor: a Mentor or Sponsor pairing with a mentor ≥ 2 levels above, both numeric', () => {
  const at7 = { level: '7', levelNumber: 7 };
  const people = [
    participant('s1', { G: 'g' }, at7), // Mentor pairing with a level-9 mentor: yes
    participant('s2', { G: 'g' }, at7), // level-8 mentor: only one above, no
    participant('s3', { G: 'g' }, at7), // Sponsor pairing with a level-9 sponsor: yes
    participant('s4', { G: 'g' }, at7), // a level-12 coach: a Coach pairing does not count
    participant('s5', { G: 'g' }, at7), // a mentor whose Level is text: no
    participant('s6', { G: 'g' }, at7), // level-9 mentor, but the pairing starts after A: no
    participant('s7', { G: 'g' }, { level: 'Director' }), // text Level: not in the population
    participant('s8', { G: 'g' }, { level: '6', levelNumber: 6 }), // level-8 mentor is two above 6: yes
  ];
  const mentors = [
    mentor('m9', 'Internal mentor', { level: '9', levelNumber: 9 }),
    mentor('m8', 'Internal mentor', { level: '8', levelNumber: 8 }),
    mentor('sp9', 'Sponsor', { level: '9', levelNumber: 9 }),
    mentor('c12', 'External coach', { level: '12', levelNumber: 12 }),
    mentor('mx', 'Internal mentor', { level: 'Executive' }),
  ];
  const pairings = [
    pairing('s1', 'm9', 'Mentor'),
    pairing('s2', 'm8', 'Mentor'),
    pairing('s3', 'sp9', 'Sponsor'),
    pairing('s4', 'c12', 'Coach'),
    pairing('s5', 'mx', 'Mentor'),
    pairing('s6', 'm9', 'Mentor', A + 1),
    pairing('s7', 'm9', 'Mentor'),
    pairing('s8', 'm8', 'Mentor'),
  ];
  const cols = { ...PAIRINGS_ONLY, Participants: ['PersonID', 'ProgramStart', 'Level'], Mentors: ['MentorID', 'MentorType', 'Level'] };
  const tests = computeAccessEquity(program({ participants: people, mentors, pairings }, cols), A, 3);

  test('population: participants with a numeric Level (7); yes: s1, s3, s8', () => {
    expect(row(tests, 'Senior mentor', 'G', 'g')).toMatchObject({ n: 7, count: 3 });
    // Internal mentor, for comparison: Mentor pairings started by A: s1 s2 s5 s7 s8 (s3 has a Sponsor, s6 starts after A)
    expect(row(tests, 'Internal mentor', 'G', 'g')).toMatchObject({ n: 8, count: 5 });
  });

  test('by Level band: Level 5–6 (s8, yes), Level 7–8 (s1–s6, 2 yes)', () => {
    expect(tests.filter((t) => t.resource === 'Senior mentor' && t.attribute === 'Level band').map((t) => [t.group, t.n, t.count])).toEqual([
      ['Level 5–6', 1, 1],
      ['Level 7–8', 6, 2],
    ]);
  });

  test('an employee who mentors (MentorID = PersonID, no Level on Mentors): the Participants row gives the Level', () => {
    const mentee = participant('t1', { G: 'g' }, at7);
    const employee = poolPerson('e1', { G: 'g' }, { level: '9', levelNumber: 9 });
    const t = computeAccessEquity(
      program({ participants: [mentee, employee], mentors: [mentor('e1', 'Internal mentor')], pairings: [pairing('t1', 'e1', 'Mentor')] }, cols),
      A,
      1,
    );
    expect(row(t, 'Senior mentor', 'G', 'g')).toMatchObject({ n: 1, count: 1 });
  });

  test('no Level column on the Mentors sheet and no mentor on Participants: no Senior mentor test', () => {
    const unlevelled = mentors.map((m) => ({ ...m, level: undefined, levelNumber: undefined }));
    const t = computeAccessEquity(program({ participants: people, mentors: unlevelled, pairings }, { ...cols, Mentors: ['MentorID', 'MentorType'] }), A, 3);
    expect(resources(t)).toEqual(['Internal mentor', 'External coach', 'Sponsor']);
  });
});

describe('Rotation and Rotation in F', () => {
  const people = group('p', { G: 'g' }, 5);
  const rotations = [
    rotation('p1', 'Finance'),
    rotation('p2', 'Finance'),
    rotation('p2', 'Product'),
    rotation('p2', 'Product', A - 300), // a second Product rotation: still one person
    rotation('p3', 'Operations', A + 10), // starts after A: no rotation yet, and no "Rotation: Operations"
  ];
  const tests = computeAccessEquity(program({ participants: people, rotations }, { ...PAIRINGS_ONLY, Pairings: [], Rotations: ['PersonID', 'Function', 'Start'] }), A, 5);

  test('one resource per function with a rotation started by A, by name', () => {
    expect(resources(tests)).toEqual(['Rotation', 'Rotation: Finance', 'Rotation: Product']);
  });

  test('counts of people, not rows', () => {
    expect(row(tests, 'Rotation', 'G', 'g')).toMatchObject({ n: 5, count: 2 });
    expect(row(tests, 'Rotation: Finance', 'G', 'g')).toMatchObject({ n: 5, count: 2 });
    expect(row(tests, 'Rotation: Product', 'G', 'g')).toMatchObject({ n: 5, count: 1 });
  });
});

describe('populations, and what is not available', () => {
  const people = [
    ...group('in', { G: 'g' }, 5, { readyDate: A - 10, level: '7', levelNumber: 7 }),
    participant('late', { G: 'g' }, { programStart: A + 1 }), // starts after A: in no population
    participant('ready-later', { G: 'g' }, { readyDate: A + 5 }),
    ...Array.from({ length: 6 }, (_, i) => poolPerson(`pool${i}`, { G: 'g' })),
    poolPerson('pool-late', { G: 'g' }, { eligibleDate: A + 1 }), // eligible after A: not in the selection population
    poolPerson('pool-blank', { G: 'g' }, { eligibleDate: undefined }), // no origin
  ];
  const all = program({
    participants: people,
    mentors: [mentor('m', 'Internal mentor', { levelNumber: 12, level: '12' })],
    pairings: [pairing('in1', 'm', 'Mentor')],
    rotations: [rotation('in1', 'Finance')],
  });

  test('every sheet and column present: every resource', () => {
    const tests = computeAccessEquity(all, A, 5);
    expect(resources(tests)).toEqual([
      'Program selection',
      'Internal mentor',
      'External coach',
      'Sponsor',
      'Senior mentor',
      'Rotation',
      'Rotation: Finance',
      'Ready now',
    ]);
    // the attributes: demographic, then BusinessUnit, Location, Level band (nobody has the last three: no rows)
    expect(equityAttributes(all).map((a) => a.attribute)).toEqual(['G', 'BusinessUnit', 'Location', 'Level band']);
  });

  test('Program selection: origin ≤ A (ProgramStart for participants, EligibleDate for the pool); yes = InProgram', () => {
    const tests = computeAccessEquity(all, A, 5);
    expect(row(tests, 'Program selection', 'G', 'g')).toMatchObject({ n: 12, count: 6 });
  });

  test('Ready now: ReadyDate ≤ A among participants who started', () => {
    const tests = computeAccessEquity(all, A, 5);
    expect(row(tests, 'Ready now', 'G', 'g')).toMatchObject({ n: 6, count: 5 });
  });

  test('each resource is skipped when its sheet or column is absent', () => {
    const without = (columns: Parameters<typeof program>[1]) => resources(computeAccessEquity(program({ ...all }, columns), A, 5));
    const participantsWithout = (c: string) => ({ Participants: ['PersonID', 'InProgram', 'ProgramStart', 'EligibleDate', 'ReadyDate', 'Level'].filter((x) => x !== c) });
    expect(without({ Pairings: [] })).toEqual(['Program selection', 'Rotation', 'Rotation: Finance', 'Ready now']);
    expect(without({ Pairings: ['PersonID', 'MentorID', 'Start'], Mentors: [] })).toEqual(['Program selection', 'Rotation', 'Rotation: Finance', 'Ready now']);
    expect(without({ Rotations: [] })).toEqual(['Program selection', 'Internal mentor', 'External coach', 'Sponsor', 'Senior mentor', 'Ready now']);
    expect(without(participantsWithout('ReadyDate'))).not.toContain('Ready now');
    expect(without(participantsWithout('EligibleDate'))).not.toContain('Program selection');
    expect(without(participantsWithout('Level'))).not.toContain('Senior mentor');
    expect(without(participantsWithout('ProgramStart'))).toEqual([]);
  });

  test('no BusinessUnit, Location or Level column: no such attribute', () => {
    const data = program({ participants: people }, { Participants: ['PersonID', 'ProgramStart'] });
    expect(equityAttributes(data).map((a) => a.attribute)).toEqual(['G']);
  });

  test('k must be a number ≥ 1', () => {
    expect(() => computeAccessEquity(all, A, 0)).toThrow(RangeError);
  });

  test('pure: the same records give the same rows', () => {
    expect(computeAccessEquity(all, A, 5)).toEqual(computeAccessEquity(all, A, 5));
    expect(d('2026-06-30')).toBe(A);
  });
});
