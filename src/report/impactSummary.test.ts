import { type ImpactSummarySource, IMPACT_NOTE, impactSummary, signedMeasure } from './impactSummary';

/**
 * Hand-built reports: every figure below is chosen, and every expected sentence written out from it
 * by hand (0.069 → "+6.9 pts", 0.245 → "24.5%", 2.08 → "2.08").
 */
const VARIABLES = ['Level band', 'BusinessUnit', 'HighPotential', 'Tenure band', 'Performance rating'];
const matching = { variables: VARIABLES, skipped: [], k: 3, participants: 240, matched: 163, unmatched: 77, controls: 351 };
const est = (value: number | null, lower: number | null, upper: number | null, reason?: string) => ({ value, lower, upper, ...(reason ? { reason } : {}) });
const side = (at24: ReturnType<typeof est>) => ({ n: 0, promoted: 0, leftBeforePromotion: 0, censored: 0, at12: est(null, null, null), at24, promotions24: 0, personYears24: 0, ratePerPersonYear: null });
const promotion = {
  participants: side(est(0.245, 0.176, 0.321)),
  controls: side(est(0.134, 0.092, 0.184)),
  differenceAt24: est(0.111, 0.025, 0.198),
  rateRatio: est(2.08, 1.33, 3.26),
};
const rating = {
  measure: 'Performance rating',
  participants: { n: 131, meanChange: 0.13, lower: -0.04, upper: 0.3 },
  controls: { n: 215, meanChange: -0.08, lower: -0.2, upper: 0.03 },
  difference: { ...est(0.21, 0.0053, 0.42), p: 0.044 },
};
const FULL: ImpactSummarySource = {
  retention: { gapAt12: { n: 240, ...est(0.069, 0.028, 0.11) } },
  impact: {
    matching,
    retention: { differenceAt12: est(0.026, -0.031, 0.084) },
    promotion,
    measures: [rating, { measure: 'Engagement', suppressed: true, reason: 'fewer than 5 people: suppressed' }],
  },
};
const RAW = 'Retention at 12 months, participants vs the comparison pool (all eligible non-participants): +6.9 pts (+2.8 to +11.0)';

describe('impactSummary: the raw and the matched comparison in sentences', () => {
  test('matching ran: both retention gaps, promotion with its rate ratio, each measure, who was matched', () => {
    expect(impactSummary(FULL)).toEqual({
      heading: 'Compared with matched colleagues',
      matchedOn: 'same level band, business unit, high-potential flag, tenure band and last performance rating',
      available: true,
      reason: null,
      sentences: [
        `${RAW}; matched participants vs matched colleagues: +2.6 pts (−3.1 to +8.4).`,
        'Promoted by 24 months: matched participants 24.5%, matched colleagues 13.4%, +11.1 pts (+2.5 to +19.8); promotion rate in the first 24 months 2.08 times the colleagues’ (1.33 to 3.26).',
        'Performance rating, change from the year before the start to 6–18 months after: matched participants +0.13, matched colleagues −0.08, a difference of +0.21 (+0.005 to +0.42).',
        'Engagement vs matched colleagues: fewer than 5 people: suppressed.',
        '163 of 240 participants matched, with 351 colleagues (up to 3 each); 77 had no colleague with the same values.',
      ],
      note: IMPACT_NOTE,
    });
    expect(IMPACT_NOTE).toBe('Intervals are 95%. Each difference is an association, not proof that the program caused it.');
  });

  test('no Measures sheet: promotion and the measures say so once; the rating is named as not matched on', () => {
    const noMeasures = { available: false as const, reason: 'not available: there is no Measures sheet' };
    const s = impactSummary({
      ...FULL,
      impact: {
        ...FULL.impact,
        matching: { ...matching, variables: VARIABLES.slice(0, 4), skipped: [{ variable: 'Performance rating', reason: 'there is no Measures sheet' }], unmatched: 0, matched: 240, controls: 720 },
        promotion: noMeasures,
        measures: noMeasures,
      },
    });
    expect(s.matchedOn).toBe('same level band, business unit, high-potential flag and tenure band');
    expect(s.sentences.slice(1)).toEqual([
      'Promotion and other measures vs matched colleagues: not available: there is no Measures sheet.',
      '240 of 240 participants matched, with 720 colleagues (up to 3 each). Not matched on: Performance rating (there is no Measures sheet).',
    ]);
  });

  test('matching could not run: the raw gap, and why there is no matched comparison', () => {
    const why = { available: false as const, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' };
    const s = impactSummary({ ...FULL, impact: { matching: why, retention: why, promotion: why, measures: why } });
    expect(s).toMatchObject({ available: false, reason: why.reason, matchedOn: null });
    expect(s.sentences).toEqual([`${RAW}.`, 'No matched comparison: nobody has an EligibleDate, so nobody can be a control.']);
  });

  test('nobody matched: the reason, and the count of those left unmatched', () => {
    const none = { available: false as const, reason: 'not available: no participant has a matched control' };
    const s = impactSummary({ ...FULL, impact: { matching: { ...matching, participants: 4, matched: 0, unmatched: 4, controls: 0 }, retention: none, promotion: none, measures: none } });
    expect(s.available).toBe(false);
    expect(s.sentences).toEqual([`${RAW}.`, 'No matched comparison: no participant has a matched control.', '0 of 4 participants matched, with 0 colleagues (up to 3 each); 4 had no colleague with the same values.']);
  });

  test('parts suppressed under k, not computed, or beyond follow-up say why in their place', () => {
    const short = (m: number, longest: string) => `nobody followed for ${m} months yet (longest ${longest})`;
    const s = impactSummary({
      retention: { gapAt12: { suppressed: true, reason: 'fewer than 5 people: suppressed' } },
      impact: {
        matching: { ...matching, controls: 1 },
        retention: { differenceAt12: est(null, null, null, short(12, '8.0')) },
        promotion: {
          participants: side(est(null, null, null, short(24, '14.2'))),
          controls: side(est(null, null, null, short(24, '14.2'))),
          differenceAt24: est(null, null, null, short(24, '14.2')),
          rateRatio: est(null, null, null, 'no promotion among the controls in the first 24 months, so no rate ratio'),
        },
        measures: [
          { ...rating, difference: { ...est(null, null, null, 'no Welch interval: it needs 2 or more people with a change on each side, with some spread'), p: null } },
          {
            measure: 'Engagement',
            participants: { n: 6, meanChange: 0.5, lower: 0.5, upper: 0.5 },
            controls: { n: 9, meanChange: 0.5, lower: 0.5, upper: 0.5 },
            difference: { ...est(0, null, null, 'no Welch interval: it needs 2 or more people with a change on each side, with some spread'), p: null },
          },
        ],
      },
    });
    expect(s.sentences).toEqual([
      'Retention at 12 months, participants vs the comparison pool (all eligible non-participants): fewer than 5 people: suppressed; matched participants vs matched colleagues: not estimated: nobody followed for 12 months yet (longest 8.0).',
      'Promoted by 24 months: not estimated: nobody followed for 24 months yet (longest 14.2); no promotion among the controls in the first 24 months, so no rate ratio.',
      'Performance rating, change from the year before the start to 6–18 months after vs matched colleagues: not estimated: no Welch interval: it needs 2 or more people with a change on each side, with some spread.',
      'Engagement, change from the year before the start to 6–18 months after: matched participants +0.50, matched colleagues +0.50, a difference of ±0.00 (no Welch interval: it needs 2 or more people with a change on each side, with some spread).',
      '163 of 240 participants matched, with 1 colleague (up to 3 each); 77 had no colleague with the same values.',
    ]);
    // retention not computed at all, the matched effects suppressed
    const hidden = { suppressed: true as const, reason: 'fewer than 5 people: suppressed' };
    const t = impactSummary({ retention: { available: false, reason: 'not available: no participant has started' }, impact: { matching, retention: hidden, promotion: hidden, measures: [{ measure: 'Engagement', ...hidden }] } });
    expect(t.sentences.slice(0, 3)).toEqual([
      'Retention at 12 months, participants vs the comparison pool (all eligible non-participants): not available: no participant has started; matched participants vs matched colleagues: fewer than 5 people: suppressed.',
      'Promoted by 24 months vs matched colleagues: fewer than 5 people: suppressed.',
      'Engagement vs matched colleagues: fewer than 5 people: suppressed.',
    ]);
  });

  test('a measure difference: two decimals; under 0.01 one significant digit, so an interval just clear of zero reads so', () => {
    expect([0.2135, -0.0837, 0.00533, -0.004, 0, 1.5].map(signedMeasure)).toEqual(['+0.21', '−0.08', '+0.005', '−0.004', '±0.00', '+1.50']);
  });
});
