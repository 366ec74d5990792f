import type { ImpactSummarySource } from '../report/impactSummary';
import { formatImpact, impactLine } from './formatFindings';

/** A hand-built report with only what the impact lines read; the expected lines written out by hand. */
const est = (value: number, lower: number, upper: number) => ({ value, lower, upper });
const side = (at24: number) => ({ n: 0, promoted: 0, leftBeforePromotion: 0, censored: 0, at12: est(0, 0, 0), at24: est(at24, 0, 1), promotions24: 0, personYears24: 0, ratePerPersonYear: null });
const REPORT: ImpactSummarySource = {
  retention: { gapAt12: { n: 240, ...est(0.069, 0.028, 0.11) } },
  impact: {
    matching: { variables: ['Level band', 'BusinessUnit'], skipped: [], k: 3, participants: 240, matched: 163, unmatched: 77, controls: 351 },
    retention: { differenceAt12: est(0.026, -0.031, 0.084) },
    promotion: { participants: side(0.245), controls: side(0.134), differenceAt24: est(0.111, 0.025, 0.198), rateRatio: est(2.08, 1.33, 3.26) },
    measures: { available: false, reason: 'not available: the Measures sheet has no measure other than Promotion' },
  },
};
const RETENTION = 'Retention at 12 months, participants vs the comparison pool (all eligible non-participants): +6.9 pts (+2.8 to +11.0); matched participants vs matched colleagues: +2.6 pts (−3.1 to +8.4).';
const MATCHED = '163 of 240 participants matched, with 351 colleagues (up to 3 each); 77 had no colleague with the same values.';

describe('program impact for the terminal', () => {
  test('cadre demo: a heading naming what matched colleagues share, one indented line per sentence, the note last', () => {
    expect(formatImpact(REPORT)).toBe(
      [
        'Compared with matched colleagues (same level band and business unit):',
        `  ${RETENTION}`,
        '  Promoted by 24 months: matched participants 24.5%, matched colleagues 13.4%, +11.1 pts (+2.5 to +19.8); promotion rate in the first 24 months 2.08 times the colleagues’ (1.33 to 3.26).',
        '  Other measures vs matched colleagues: not available: the Measures sheet has no measure other than Promotion.',
        `  ${MATCHED}`,
        '  Intervals are 95%. Each difference is an association, not proof that the program caused it.',
        '',
      ].join('\n'),
    );
  });

  test('without a matched comparison: the heading alone, the raw gap and why', () => {
    const why = { available: false as const, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' };
    const text = formatImpact({ ...REPORT, impact: { matching: why, retention: why, promotion: why, measures: why } });
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Compared with matched colleagues:',
      '  Retention at 12 months, participants vs the comparison pool (all eligible non-participants): +6.9 pts (+2.8 to +11.0).',
      '  No matched comparison: nobody has an EligibleDate, so nobody can be a control.',
    ]);
  });

  test('cadre refresh: one line, both retention gaps and how many were matched', () => {
    expect(impactLine(REPORT)).toBe(`${RETENTION} ${MATCHED}\n`);
  });
});
