import { intake } from '../../../intake/intake';
import { refreshReport } from '../../../report/refreshReport';
import { generateSample } from '../../../sample/generateSample';
import { equityFlags, kpiCards, progressText, progressValue, tileText } from './resultSummary';

describe('result summary', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
  test('the eleven Board Dashboard tiles as cards, formatted as the sheet formats them', () => {
    const cards = kpiCards(report);
    expect(cards).toHaveLength(11);
    // program impact (impact.md): promotion by 24 months of the matched participants, and the matched gap first on retention
    const promoted = (report.impact.promotion as unknown as { participants: { at24: { value: number } } }).participants.at24.value;
    expect(cards.find((c) => c.label === 'Promoted by 24 months')!.value).toBe(`${(promoted * 100).toFixed(1)}%`);
    expect(cards.find((c) => c.label === '12-month retention')!.detail).toMatch(/^[+−]\d+\.\d pts vs matched colleagues \(95% CI .*\); [+−]\d+\.\d pts vs comparison pool/);
    const at12 = (report.retention as unknown as { participants: { at12: { value: number } } }).participants.at12.value;
    expect(cards.find((c) => c.label === '12-month retention')!.value).toBe(`${(at12 * 100).toFixed(1)}%`);
    expect(cards.find((c) => c.label === 'Equity flags: adverse')!.value).toBe('1');
    expect(tileText(1234, '#,##0')).toBe('1,234');
    expect(tileText('fewer than 5', '0.0%')).toBe('fewer than 5');
  });
  test('flags adverse first, each with its reason', () => {
    const flags = equityFlags(report);
    expect(flags[0]).toEqual({ status: 'adverse', what: 'External coach × Gender = Woman', reason: expect.stringMatching(/significant after adjustment/) });
    expect(flags.slice(1).every((f) => f.status === 'watch')).toBe(true);
    expect(flags).toHaveLength(8);
  });
  test('progress in words with counts, and as a fraction that only grows', () => {
    const steps = [
      null,
      { phase: 'reading' as const, sheet: 'Surveys', rowsRead: 10_000, rowsTotal: 20_000 },
      { phase: 'computing' as const },
      { phase: 'writing' as const, sheetsWritten: 3, sheetsTotal: 7 },
      { phase: 'writing' as const, sheetsWritten: 7, sheetsTotal: 7 },
    ];
    expect(steps.map(progressText)).toEqual([
      'Starting…',
      'Reading Surveys: 10,000 of 20,000 rows',
      'Computing retention, readiness, satisfaction, equity and load…',
      'Writing the dashboards: 3 of 7 sheets',
      'Writing the dashboards: 7 of 7 sheets',
    ]);
    const values = steps.map(progressValue);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[4]).toBe(1);
  });
});
