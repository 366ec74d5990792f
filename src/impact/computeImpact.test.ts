import { Z95 } from '../stats/z95';
import { computeImpact } from './computeImpact';
import { day, impactInput, person } from './impactFixture.test-helpers';
import type { MatchingSummary, MeasureEffect, PromotionEffect, RetentionEffect } from './impactResults';
import { balanceTable } from './balanceTable';
import { matchedComparison } from './matchedComparison';

/**
 * A program of a dozen people checked by hand (days from day(0) = 2020-01-01; as of day(1000);
 * k = 2 controls per participant, so that ties and used controls show; privacy k = 3).
 *
 * Participants (InProgram, ProgramStart ≤ A), in (I_p, PersonID) order:
 *   P1 I=100 Level 5 Sales  Woman                       → controls P6 (EligibleDate 95), C1 (90)
 *   P3 I=150 Level 7 Ops    Woman  exit 400              → controls C7 (140), C8 (100); C9 (160) not yet eligible
 *   P2 I=200 Level 5 Sales  Man    exit 500              → controls C03, C11: C03, C11 and C20 tie at
 *                                                          EligibleDate 80, PersonID decides; C1 (90, nearer)
 *                                                          is used already; C4 exited on 190
 *   P4 I=300 Level 3 Ops                                 → unmatched: the only Level 3–4 row (C10) is Sales
 *   P6 I=600 Level 5 Sales  Man    exit 800              → unmatched: C20 exited on 550, the rest are used
 * P6 is also P1's control: it joins the program on 600 ≤ A, so as a control it is censored on 600
 * and its exit (800), its promotion and its measure dated 600 do not count for it.
 */
const A = day(1000);
const people = [
  person({ personId: 'P1', inProgram: true, programStart: day(100), eligibleDate: day(20), levelNumber: 5, level: '5', businessUnit: 'Sales', attributes: { Gender: 'Woman' } }),
  person({ personId: 'P2', inProgram: true, programStart: day(200), eligibleDate: day(20), exitDate: day(500), levelNumber: 5, level: '5', businessUnit: 'Sales', attributes: { Gender: 'Man' } }),
  person({ personId: 'P3', inProgram: true, programStart: day(150), eligibleDate: day(20), exitDate: day(400), levelNumber: 7, level: '7', businessUnit: 'Ops', attributes: { Gender: 'Woman' } }),
  person({ personId: 'P4', inProgram: true, programStart: day(300), eligibleDate: day(20), levelNumber: 3, level: '3', businessUnit: 'Ops', attributes: { Gender: 'Man' } }),
  person({ personId: 'P6', inProgram: true, programStart: day(600), eligibleDate: day(95), exitDate: day(800), levelNumber: 5, level: '5', businessUnit: 'Sales', attributes: { Gender: 'Man' } }),
  person({ personId: 'C1', eligibleDate: day(90), exitDate: day(250), levelNumber: 6, level: '6', businessUnit: 'Sales', attributes: { Gender: 'Woman' } }),
  person({ personId: 'C20', eligibleDate: day(80), exitDate: day(550), levelNumber: 5, level: '5', businessUnit: 'Sales', attributes: { Gender: 'Man' } }),
  person({ personId: 'C03', eligibleDate: day(80), exitDate: day(600), levelNumber: 5, level: '5', businessUnit: 'Sales', attributes: { Gender: 'Woman' } }),
  person({ personId: 'C11', eligibleDate: day(80), levelNumber: 5, level: '5', businessUnit: 'Sales' }),
  person({ personId: 'C4', eligibleDate: day(150), exitDate: day(190), levelNumber: 5, level: '5', businessUnit: 'Sales', attributes: { Gender: 'Man' } }),
  person({ personId: 'C7', eligibleDate: day(140), exitDate: day(350), levelNumber: 8, level: '8', businessUnit: 'Ops', attributes: { Gender: 'Man' } }),
  person({ personId: 'C8', eligibleDate: day(100), levelNumber: 7, level: '7', businessUnit: 'Ops', attributes: { Gender: 'Man' } }),
  person({ personId: 'C9', eligibleDate: day(160), levelNumber: 7, level: '7', businessUnit: 'Ops', attributes: { Gender: 'Woman' } }),
  person({ personId: 'C10', eligibleDate: day(100), levelNumber: 3, level: '3', businessUnit: 'Sales', attributes: { Gender: 'Woman' } }),
];
const promotion = (personId: string, d: number) => ({ personId, date: day(d), measure: 'Promotion', value: null });
const engagement = (personId: string, d: number, value: number) => ({ personId, date: day(d), measure: 'Engagement', value });
const measures = [
  promotion('P1', 500),
  promotion('P2', 420),
  promotion('P6', 310),
  promotion('P6', 600), // on the day P6 joins: not counted for it as a control
  promotion('C8', 500),
  promotion('C03', 700), // after its exit on 600: not counted
  engagement('P1', -300, 1), // d = −400: outside the year before
  engagement('P1', 50, 3),
  engagement('P1', 300, 4),
  engagement('P1', 600, 5),
  engagement('P3', 100, 2),
  engagement('P3', 350, 4),
  engagement('P3', 450, 10), // after P3's exit on 400
  engagement('P2', 150, 3),
  engagement('P2', 190, 4),
  engagement('P2', 400, 5),
  engagement('P6', 60, 3),
  engagement('P6', 300, 3),
  engagement('P6', 600, 9), // on the day P6 joins
  engagement('C1', 50, 2),
  engagement('C1', 283, 4), // d = 183 but after C1's exit on 250
  engagement('C7', -215, 2), // d = −365: inside
  engagement('C7', 333, 3), // d = 183: inside
  engagement('C8', 140, 4),
  engagement('C8', 697, 4), // d = 547: inside
  engagement('C8', 698, 100), // d = 548: outside
  engagement('C03', 199, 3), // d = −1
  engagement('C03', 200, 50), // d = 0: neither before nor after
  engagement('C03', 383, 4),
];
const input = impactInput(people, measures, { attributes: ['Gender'] });
const options = { controlsPerParticipant: 2, minGroup: 3 };
const months = (days: number) => days / 30.4375;

describe('computeImpact on a program checked by hand', () => {
  const result = computeImpact(input, A, options);
  const matching = result.matching as MatchingSummary;

  test('the controls of each participant: nearest EligibleDate, ties by PersonID, a used control not reused', () => {
    const sets = matchedComparison(input, A, { controlsPerParticipant: 2 }).sets;
    expect(sets.map((s) => [s.participant.personId, s.controls.map((c) => c.personId)])).toEqual([
      ['P1', ['P6', 'C1']],
      ['P3', ['C7', 'C8']],
      ['P2', ['C03', 'C11']],
      ['P4', []],
      ['P6', []],
    ]);
  });

  test('the matching summary: variables used and skipped, counts, the unmatched combinations', () => {
    expect(matching.variables).toEqual(['Level band', 'BusinessUnit']);
    expect(matching.skipped).toEqual([
      { variable: 'HighPotential', reason: 'HighPotential is blank for everyone' },
      { variable: 'Tenure band', reason: 'HireDate is blank for everyone' },
      { variable: 'Performance rating', reason: 'the Measures sheet has no Performance rating' },
    ]);
    expect(matching).toMatchObject({ k: 2, participants: 5, matched: 3, unmatched: 2, controls: 6 });
    expect(matching.unmatchedCombinations).toEqual([
      { values: { 'Level band': 'Level 3–4', BusinessUnit: 'Ops' }, participants: 1 },
      { values: { 'Level band': 'Level 5–6', BusinessUnit: 'Sales' }, participants: 1 },
    ]);
  });

  test('balance: SMDs by hand before (5 participants vs a pool of 9) and after (3 vs 6), before the privacy rule', () => {
    const raw = balanceTable(matchedComparison(input, A, { controlsPerParticipant: 2 }), input.participants, input.attributes, A).map((c) => c.row);
    const row = (variable: string, level: string) => raw.find((r) => r.variable === variable && r.level === level)!;
    // Level 5–6 before: P1, P2, P6 of 5 = 0.6; pool C1, C20, C03, C11, C4 of 9 = 5/9
    // SMD = (0.6 − 5/9) / √((0.6·0.4 + (5/9)(4/9))/2) = 0.0901
    const before = (0.6 - 5 / 9) / Math.sqrt((0.24 + 20 / 81) / 2);
    expect(row('Level band', 'Level 5–6').before).toEqual({ smd: expect.closeTo(before, 12), nParticipants: 5, nComparison: 9, balanced: true });
    // after: 2 of 3 participants, 4 of 6 controls: the same share, SMD 0
    expect(row('Level band', 'Level 5–6').after).toEqual({ smd: 0, nParticipants: 3, nComparison: 6, balanced: true });
    // Gender Woman after: P1, P3 of 3 = 2/3; C1, C03 of 6 = 1/3: (1/3)/√((2/9 + 2/9)/2) = 1/√2
    expect(row('Gender', 'Woman').after.smd).toBeCloseTo(1 / Math.SQRT2, 12);
    expect(row('Gender', 'Woman').after.balanced).toBe(false);
    // Gender blank after: 0 of 3; C11 of 6 = 1/6: (−1/6)/√((0 + 5/36)/2)
    expect(row('Gender', '(blank)').after.smd).toBeCloseTo(-1 / 6 / Math.sqrt(5 / 72), 12);
    expect(row('Gender', '(blank)').matching).toBe(false);
    // Level 3–4 before: P4 of 5 = 0.2; C10 of 9: (0.2 − 1/9)/√((0.16 + 8/81)/2)
    expect(row('Level band', 'Level 3–4').before.smd).toBeCloseTo((0.2 - 1 / 9) / Math.sqrt((0.16 + 8 / 81) / 2), 12);
    expect(raw.filter((r) => r.variable === 'Level band').map((r) => r.level)).toEqual(['Level 3–4', 'Level 5–6', 'Level 7–8']);
  });

  test('balance as reported: with privacy k = 3 every level here is about 1 or 2 people on a side, or the last one shown', () => {
    const levelBand = matching.balance.filter((r) => r.variable === 'Level band');
    expect(levelBand.map((r) => r.level)).toEqual(['Level 3–4', 'Level 5–6', 'Level 7–8']);
    // before: Level 3–4 is P4 alone and C10 alone, Level 7–8 is P3 alone; Level 5–6 (3 and 5 people) is left the only one shown
    // after: Level 5–6 has P1, P2 (2 matched participants), Level 7–8 P3 alone
    for (const r of levelBand) {
      expect(r.before).toEqual({ smd: null, nParticipants: 5, nComparison: 9, balanced: null, suppressed: true, reason: 'fewer than 3 people: suppressed' });
      expect(r.after).toEqual({ smd: null, nParticipants: 3, nComparison: 6, balanced: null, suppressed: true, reason: 'fewer than 3 people: suppressed' });
    }
  });

  test('retention: the 12-month difference with its Greenwood interval by hand', () => {
    const r = result.retention as RetentionEffect;
    // participants: P3 leaves at 250 days (n 3), P2 at 300 days (n 2), P1 censored at 900: S(12) = 2/3 · 1/2 = 1/3
    //   V₁ = S² Σ d/(n(n − d)) = (1/9)(1/6 + 1/2) = 2/27
    // controls: C1 leaves at 150 days (n 6), C7 at 200 (n 5); C03 at 400 days (13.1 months); P6 censored
    //   at 500 (joins), C11 at 800, C8 at 850: S(12) = 5/6 · 4/5 = 2/3, V₀ = (4/9)(1/30 + 1/20) = 1/27
    // difference −1/3, se = √(3/27) = 1/3
    expect(r.nParticipants).toBe(3);
    expect(r.nControls).toBe(6);
    expect(r.participants.at12.value).toBeCloseTo(1 / 3, 14);
    expect(r.controls.at12.value).toBeCloseTo(2 / 3, 14);
    expect(r.differenceAt12.value).toBeCloseTo(-1 / 3, 14);
    expect(r.differenceAt12.lower).toBeCloseTo(-1 / 3 - Z95 / 3, 12);
    expect(r.differenceAt12.upper).toBeCloseTo(-1 / 3 + Z95 / 3, 12);
    // P6's exit on 800 is after it joins: not an event; the controls have 3 exits (C1, C7, C03)
    expect(r.controls.events).toBe(3);
    // 24 months: controls 2/3 · 3/4 (C03 at 400 days, 4 at risk) = 1/2; participants still 1/3
    expect(r.differenceAt24.value).toBeCloseTo(1 / 3 - 1 / 2, 14);
    // RMST over 24 months (730.5 days), by the areas under the steps:
    // participants 250 + (2/3)·50 + (1/3)·430.5 days; controls 150 + (5/6)·50 + (2/3)·200 + (1/2)·330.5 days
    const rmst1 = months(250 + (2 / 3) * 50 + (1 / 3) * 430.5);
    const rmst0 = months(150 + (5 / 6) * 50 + (2 / 3) * 200 + (1 / 2) * 330.5);
    expect(r.rmst24Difference).toBeCloseTo(rmst1 - rmst0, 10);
  });

  test('promotion: the Aalen–Johansen incidence by hand, and the rate ratio', () => {
    const p = result.promotion as PromotionEffect;
    // participants: P2 promoted at 220 days (n 3): F = 1/3, S = 2/3; P3 leaves at 250 (n 2): S = 1/3;
    //   P1 promoted at 400 days = 13.1 months (n 1): F = 1/3 + 1/3 = 2/3, so F(12) = 1/3
    expect(p.participants).toMatchObject({ n: 3, promoted: 2, leftBeforePromotion: 1, censored: 0 });
    expect(p.participants.at12.value).toBeCloseTo(1 / 3, 14);
    // controls: C1 leaves at 150 (n 6): S = 5/6; C7 at 200 (n 5): S = 2/3; P6 promoted at 210 (n 4):
    //   F = (2/3)(1/4) = 1/6, S = 1/2; C8 promoted at 350 (n 3): F = 1/6 + (1/2)(1/3) = 1/3;
    //   C03 leaves at 400 (its promotion on 700 is after its exit); C11 censored
    expect(p.controls).toMatchObject({ n: 6, promoted: 2, leftBeforePromotion: 3, censored: 1 });
    expect(p.controls.at12.value).toBeCloseTo(1 / 3, 14);
    // F₁(12) − F₀(12) = 0 ± z √(V₁ + V₀), the delta-method variances by hand (Marubini & Valsecchi):
    //   V₁: only P2's step adds, S(t−)² d₁(n − d₁)/n³ = 2/27
    //   V₀: C1's step (F(12) − 0)² d/(n(n − d)) = (1/9)/30; C7's (1/9)/20; P6's (1/6)²/12 + (4/9)·3/64
    //       − 2(1/6)(2/3)/16; C8's (1/4)·2/27: 16 + 24 + 10 + 90 − 60 + 80 = 160 of 4320 = 1/27
    //   √(2/27 + 1/27) = 1/3
    expect(p.differenceAt12.value).toBeCloseTo(0, 14);
    expect(p.differenceAt12.lower).toBeCloseTo(-Z95 / 3, 12);
    expect(p.differenceAt12.upper).toBeCloseTo(Z95 / 3, 12);
    // the participants' longest time is P1's promotion at 13.1 months: nothing at 24 months
    expect(p.participants.at24.value).toBeNull();
    expect(p.differenceAt24).toEqual({ value: null, lower: null, upper: null, reason: 'nobody followed for 24 months yet (longest 13.1)' });
    // rates in the first 24 months (730.5 days): participants 2 promotions over 730.5 + 250 + 300 days;
    // controls 2 (P6's on 310; not its one on the day it joins; C8's) over 500 + 150 + 200 + 730.5 + 400 + 730.5 days
    expect(p.participants.promotions24).toBe(2);
    expect(p.controls.promotions24).toBe(2);
    expect(p.participants.personYears24).toBeCloseTo(1280.5 / 365.25, 12);
    expect(p.controls.personYears24).toBeCloseTo(2711 / 365.25, 12);
    const rr = 2711 / 1280.5;
    expect(p.rateRatio.value).toBeCloseTo(rr, 12);
    // ± z √(1/2 + 1/2) = ± z on the log scale
    expect(p.rateRatio.lower).toBeCloseTo(rr * Math.exp(-Z95), 10);
    expect(p.rateRatio.upper).toBeCloseTo(rr * Math.exp(Z95), 10);
  });

  test('a measure: the difference in differences by hand', () => {
    const measureEffects = result.measures as MeasureEffect[];
    expect(measureEffects.map((m) => m.measure)).toEqual(['Engagement']);
    const e = measureEffects[0];
    // participants: P1 4.5 − 3 = 1.5; P3 4 − 2 = 2; P2 5 − 3.5 = 1.5 → mean 5/3, s² = (1/36 + 4/36 + 1/36)/2 = 1/12
    // controls: P6 3 − 3 = 0; C7 3 − 2 = 1; C8 4 − 4 = 0; C03 4 − 3 = 1; C1 and C11 have no change → mean 1/2, s² = 1/3
    expect(e.nParticipants).toBe(3);
    expect(e.nControls).toBe(4);
    expect(e.participants.meanChange).toBeCloseTo(5 / 3, 14);
    expect(e.controls.meanChange).toBeCloseTo(1 / 2, 14);
    // DiD = 7/6; se² = (1/12)/3 + (1/3)/4 = 1/9; df = (1/9)² / ((1/36)²/2 + (1/12)²/3) = 32/7;
    // t_{0.975, 32/7} = 2.644786058 (SciPy stats.t.ppf)
    expect(e.difference.value).toBeCloseTo(7 / 6, 14);
    expect(e.difference.lower).toBeCloseTo(7 / 6 - 2.644786058203486 / 3, 9);
    expect(e.difference.upper).toBeCloseTo(7 / 6 + 2.644786058203486 / 3, 9);
    // the participants' t-interval: 5/3 ± t_{0.975,2} · √(1/12)/√3 = 5/3 ± 4.302652730 / 6
    expect(e.participants.lower).toBeCloseTo(5 / 3 - 4.302652729749462 / 6, 9);
  });

  test('with k = 5 every effect of 3 participants is suppressed, in the privacy pass’s words', () => {
    const r = computeImpact(input, A, { controlsPerParticipant: 2, minGroup: 5 });
    expect(r.retention).toEqual({ suppressed: true, reason: 'fewer than 5 people: suppressed' });
    expect(r.promotion).toEqual({ suppressed: true, reason: 'fewer than 5 people: suppressed' });
    expect(r.measures).toEqual([{ measure: 'Engagement', suppressed: true, reason: 'fewer than 5 people: suppressed' }]);
  });
});

describe('computeImpact says what is not available, and why', () => {
  test('no Measures sheet: promotion and measures not available; the rating is skipped and named', () => {
    const r = computeImpact(impactInput(people, undefined), A, options);
    expect(r.promotion).toEqual({ available: false, reason: 'not available: there is no Measures sheet' });
    expect(r.measures).toEqual({ available: false, reason: 'not available: there is no Measures sheet' });
    expect((r.matching as MatchingSummary).skipped).toContainEqual({ variable: 'Performance rating', reason: 'there is no Measures sheet' });
    expect('nParticipants' in r.retention).toBe(true);
  });

  test('HireDate column absent: tenure is skipped and named', () => {
    const r = computeImpact(impactInput(people, measures, { columns: ['PersonID', 'InProgram', 'ProgramStart', 'EligibleDate', 'Level'] }), A, options);
    expect((r.matching as MatchingSummary).skipped).toEqual([
      { variable: 'HighPotential', reason: 'the Participants sheet has no HighPotential column' },
      { variable: 'Tenure band', reason: 'the Participants sheet has no HireDate column' },
      { variable: 'Performance rating', reason: 'the Measures sheet has no Performance rating' },
    ]);
  });

  test('a Measures sheet with neither promotions nor other measures', () => {
    const ratingsOnly = impactInput(people, [{ personId: 'P1', date: day(10), measure: 'Performance Rating', value: 4 }]);
    const r = computeImpact(ratingsOnly, A, options);
    expect(r.promotion).toEqual({ available: false, reason: 'not available: the Measures sheet has no Promotion rows' });
    // the rating is itself a measure (its difference in differences), but nobody has one after the start
    expect(r.measures).toEqual([
      { measure: 'Performance Rating', available: false, reason: 'not available: no matched participant has a Performance Rating value both in the year before the start and 6 to 18 months after it' },
    ]);
    expect((r.matching as MatchingSummary).variables).toContain('Performance rating');
  });

  test('nobody to match: no participants, nobody with an EligibleDate, no candidate with the same values', () => {
    const none = computeImpact(impactInput(people.filter((p) => !p.inProgram), measures), A, options);
    expect(none.matching).toEqual({ available: false, reason: 'not available: no participant had started the program by the as-of date' });
    expect(none.retention).toEqual(none.matching);
    const noEligible = computeImpact(impactInput(people.map((p) => ({ ...p, eligibleDate: undefined })), measures), A, options);
    expect(noEligible.matching).toEqual({ available: false, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' });
    const alone = computeImpact(impactInput(people.filter((p) => p.personId === 'P4' || p.personId === 'C10'), measures), A, options);
    expect((alone.matching as MatchingSummary).matched).toBe(0);
    expect(alone.retention).toEqual({ available: false, reason: 'not available: no participant has a matched control' });
    expect(alone.promotion).toEqual({ available: false, reason: 'not available: no participant has a matched control' });
  });
});
