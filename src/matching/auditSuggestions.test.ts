import { computeAccessEquity } from '../equity/accessEquity';
import type { AccessTest } from '../equity/equityResults';
import type { Pairing } from '../model/records';
import { benjaminiHochberg } from '../stats';
import { A, mentor, pairing, participant, program } from './matchingFixture.test-helpers';
import { auditSuggestions, SENIOR_GIVER, SUGGESTED } from './auditSuggestions';
import { suggestPairings } from './suggestPairings';

/**
 * 12 men in Paris, 12 women and 3 non-binary people in Lyon, all Level 5, one business unit; four
 * internal mentors in Paris (Level 8, Capacity 3: 12 places) and one in Lyon who is full. By hand,
 * with no answers, preferences or earlier mentees: a Paris pair scores
 * 100 · (2·1 seniority + 1 location + 1 load + 0.5 satisfaction) / 10 = 45, a Lyon pair 35; so the
 * twelve places go to the twelve men.
 */
function cohort() {
  const attrs = (gender: string) => ({ Gender: gender });
  const same = { level: '5', levelNumber: 5, businessUnit: 'Sales', function: 'Ops' };
  const participants = [
    ...Array.from({ length: 12 }, (_, i) => participant(`MAN${String(i).padStart(2, '0')}`, attrs('Man'), { ...same, location: 'Paris' })),
    ...Array.from({ length: 12 }, (_, i) => participant(`WOM${String(i).padStart(2, '0')}`, attrs('Woman'), { ...same, location: 'Lyon' })),
    ...Array.from({ length: 3 }, (_, i) => participant(`NB${i}`, attrs('Non-binary'), { ...same, location: 'Lyon' })),
    participant('X1', {}, { inProgram: false, programStart: undefined, eligibleDate: A - 300 }),
    participant('X2', {}, { inProgram: false, programStart: undefined, eligibleDate: A - 300 }),
  ];
  const giver = { level: '8', levelNumber: 8, businessUnit: 'Sales', function: 'Ops', capacity: 3 };
  const mentors = [
    ...['G1', 'G2', 'G3', 'G4'].map((id) => mentor(id, 'Internal mentor', { ...giver, location: 'Paris' })),
    mentor('G5', 'Internal mentor', { ...giver, location: 'Lyon', capacity: 2 }),
  ];
  const pairings = [pairing('X1', 'G5', 'Mentor'), pairing('X2', 'G5', 'Mentor')];
  return program({ participants, mentors, pairings, attributes: ['Gender'] });
}

describe('auditSuggestions', () => {
  const data = cohort();
  const result = suggestPairings(data, A, { role: 'Mentor' });
  const k = 5;
  const audit = auditSuggestions(data, A, result, k);

  test('the suggestions of the cohort, as derived by hand', () => {
    expect(result.suggestions.map((s) => s.personId)).toEqual(Array.from({ length: 12 }, (_, i) => `MAN${String(i).padStart(2, '0')}`));
    for (const s of result.suggestions) expect(s.score).toBeCloseTo(45, 12);
  });

  test('its figures equal the access-equity engine’s on the same pairs (as Mentor pairings starting at A)', () => {
    const added: Pairing[] = result.suggestions.map((s, i) => ({ row: 1000 + i, personId: s.personId, mentorId: s.mentorId, role: 'Mentor', start: A }));
    const equity = computeAccessEquity({ ...data, pairings: [...data.pairings, ...added] }, A, k);
    const pick = (rows: readonly AccessTest[], resource: string) => rows.filter((r) => r.resource === resource);
    const engine = [...pick(equity, 'Internal mentor'), ...pick(equity, 'Senior mentor')];
    const ours = [...pick(audit.tests, SUGGESTED), ...pick(audit.tests, SENIOR_GIVER)];
    expect(ours).toHaveLength(audit.tests.length);
    expect(ours.length).toBe(engine.length);
    expect(ours.length).toBeGreaterThan(0);
    // BH over the audit's own tests: the engine's p-values of these two resources, adjusted together
    const adjusted = benjaminiHochberg(engine.map((r) => r.p));
    ours.forEach((row, i) => {
      const e = engine[i];
      const { resource: _a, pAdjusted: _b, status: _c, reason: _d, ...figures } = row;
      const { resource: _e, pAdjusted: _f, status: _g, reason: _h, ...expected } = e;
      expect(figures).toEqual(expected);
      expect(row.pAdjusted).toBe(adjusted[i]);
      // equity.md's status from the figures
      const status =
        e.n < k
          ? 'suppressed'
          : e.group === e.reference
            ? 'reference'
            : e.impactRatio === null || e.reference === null
              ? 'ok'
              : e.impactRatio < 0.8 && adjusted[i]! < 0.05 && e.shortfall! >= 1
                ? 'adverse'
                : e.impactRatio < 0.8 || adjusted[i]! < 0.05
                  ? 'watch'
                  : 'ok';
      expect(row.status).toBe(status);
    });
  });

  test('by hand: women 0 of 12 against men 12 of 12, Fisher p = 2 / C(24, 12), adverse; the group of 3 suppressed', () => {
    const gender = audit.tests.filter((r) => r.resource === SUGGESTED && r.attribute === 'Gender');
    const by = Object.fromEntries(gender.map((r) => [r.group, r]));
    expect(by.Man).toMatchObject({ n: 12, count: 12, status: 'reference' });
    expect(by.Woman).toMatchObject({ n: 12, count: 0, impactRatio: 0, shortfall: 12, status: 'adverse' });
    expect(by.Woman.p).toBeCloseTo(2 / 2_704_156, 15);
    expect(by['Non-binary']).toMatchObject({ n: 3, status: 'suppressed' });
    const senior = audit.tests.filter((r) => r.resource === SENIOR_GIVER && r.attribute === 'Gender');
    expect(senior.find((r) => r.group === 'Man')).toMatchObject({ n: 12, count: 12 }); // Level 8 ≥ 5 + 2
  });

  test('mean score per group, suppressed under k people; pairs removed; Gini of giver load before and after', () => {
    const gender = audit.scores.filter((s) => s.attribute === 'Gender');
    expect(gender).toEqual([
      { attribute: 'Gender', group: 'Man', n: 12, suggested: 12, meanScore: expect.closeTo(45, 12), suppressed: false },
      { attribute: 'Gender', group: 'Non-binary', n: 3, suggested: 0, meanScore: null, suppressed: true },
      { attribute: 'Gender', group: 'Woman', n: 12, suggested: 0, meanScore: null, suppressed: true },
    ]);
    expect(audit.removedByRule).toEqual({ 'same-person': 0, 'reporting-chain': 0, 'earlier-pairing': 0, 'coach-vendor': 0, 'level-gap': 0, capacity: 27 });
    expect(audit.removedPairs).toBe(27);
    expect(audit.candidatePairs).toBe(27 * 5);
    // loads before 0, 0, 0, 0, 2: Σ|xi − xj| = 16 over 2·5²·0.4 = 20; after 3, 3, 3, 3, 2: 8 over 2·5²·2.8 = 140
    expect(audit.giniBefore).toBeCloseTo(0.8, 12);
    expect(audit.giniAfter).toBeCloseTo(8 / 140, 12);
  });

  test('k is checked; the audit is of the suggestions’ own date', () => {
    expect(() => auditSuggestions(data, A, result, 0)).toThrow(RangeError);
    expect(() => auditSuggestions(data, A - 1, result, 5)).toThrow(RangeError);
  });
});
