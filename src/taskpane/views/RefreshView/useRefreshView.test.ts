import { intake } from '../../../intake/intake';
import { refreshReport } from '../../../report/refreshReport';
import { generateSample } from '../../../sample/generateSample';
import type { RefreshInExcelResult } from '../../workbook/officeUseCases';
import type { RefreshStatus } from '../../app/cadreState';
import { runHook } from '../runHook.test-helpers';
import { deriveRefreshViewState, refreshResults, useRefreshView, type RefreshViewProps } from './useRefreshView';

const props = (refresh: RefreshStatus, over: Partial<RefreshViewProps> = {}): RefreshViewProps => ({ refresh, ready: true, busy: false, onRefresh: jest.fn(), onOpenSheet: jest.fn(), onSetup: jest.fn(), ...over });

describe('deriveRefreshViewState', () => {
  test('idle and ready: the button refreshes; nothing else shown', () => {
    const state = deriveRefreshViewState(props({ phase: 'idle' }));
    expect(state).toMatchObject({ buttonLabel: 'Refresh dashboards', canRefresh: true, showSetupHint: false, progress: null, failure: null, results: null });
  });

  test('no Participants sheet: the button is off and a line sends to Setup', () => {
    const p = props({ phase: 'idle' }, { ready: false });
    const state = deriveRefreshViewState(p);
    expect(state.canRefresh).toBe(false);
    expect(state.showSetupHint).toBe(true);
    state.onSetup();
    expect(p.onSetup).toHaveBeenCalledTimes(1);
  });

  test('another operation under way: the button is off', () => {
    expect(deriveRefreshViewState(props({ phase: 'idle' }, { busy: true })).canRefresh).toBe(false);
  });

  test('running: the button says so and is off; the progress in words and as a fraction', () => {
    const state = deriveRefreshViewState(props({ phase: 'running', progress: { phase: 'writing', sheetsWritten: 3, sheetsTotal: 7 } }));
    expect(state.buttonLabel).toBe('Refreshing…');
    expect(state.canRefresh).toBe(false);
    expect(state.progress!.text).toBe('Writing the dashboards: 3 of 7 sheets');
    expect(state.progress!.value).toBeCloseTo(0.55 + (0.45 * 3) / 7);
    expect(deriveRefreshViewState(props({ phase: 'running', progress: null })).progress).toEqual({ text: 'Starting…', value: 0 });
  });

  test('failed: the failure as given, the button back on', () => {
    const failure = { title: 'Writing the dashboards stopped part-way', message: 'Equity Detail is incomplete.' };
    const state = deriveRefreshViewState(props({ phase: 'failed', failure }));
    expect(state.failure).toBe(failure);
    expect(state.canRefresh).toBe(true);
    expect(state.progress).toBeNull();
  });
});

describe('the results of a refresh', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
  const result: RefreshInExcelResult = { report, written: [{ name: 'Board Dashboard', role: 'board' }, { name: 'Equity Detail', role: 'equity' }], syncs: 6, readBlocks: 5, warnings: [] };

  test('the date and quarter, the eleven cards, the flags counted with the adverse first, the sheets written', () => {
    const p = props({ phase: 'done', result });
    const results = deriveRefreshViewState(p).results!;
    expect([results.asOf, results.quarter]).toEqual([report.asOf, report.quarter]);
    expect(results.cards).toHaveLength(11);
    expect([results.adverse, results.watch]).toEqual([1, results.flags.length - 1]);
    expect(results.flags[0]).toMatchObject({ key: 'adverse-External coach × Gender = Woman', status: 'adverse' });
    expect(results.warnings).toBeNull();
    // the findings for the board, the JSON's in the JSON's order: the planted coach gap first
    expect(results.findings).toEqual(report.findings.map((f) => f.text));
    expect(results.findings[0]).toMatch(/^External coach × Gender = Woman: rate/);
    expect(results.written.map((w) => w.name)).toEqual(['Board Dashboard', 'Equity Detail']);
    results.written[1]!.open();
    expect(p.onOpenSheet).toHaveBeenCalledWith('Equity Detail');
  });

  test('program impact: the raw and the matched 12-month retention gaps, promotion, the rating, how many were matched', () => {
    const { impact } = deriveRefreshViewState(props({ phase: 'done', result })).results!;
    // the sample's figures as of 2026-09-30 (issue 14): raw +6.9 pts, matched +2.6, promoted 24.5% vs 13.4%
    expect(impact.heading).toBe('Compared with matched colleagues');
    expect(impact.available).toBe(true);
    expect(impact.matchedOn).toBe('Colleagues with the same level band, business unit, high-potential flag, tenure band and last performance rating.');
    expect(impact.sentences.map((s) => s.text)).toEqual([
      'Retention at 12 months, participants vs the comparison pool (all eligible non-participants): +6.9 pts (+2.8 to +11.0); matched participants vs matched colleagues: +2.6 pts (−3.1 to +8.4).',
      'Promoted by 24 months: matched participants 24.5%, matched colleagues 13.4%, +11.1 pts (+2.5 to +19.8); promotion rate in the first 24 months 2.08 times the colleagues’ (1.33 to 3.26).',
      'Performance rating, change from the year before the start to 6–18 months after: matched participants +0.13, matched colleagues −0.08, a difference of +0.21 (+0.005 to +0.42).',
      '163 of 240 participants matched, with 351 colleagues (up to 3 each); 77 had no colleague with the same values.',
    ]);
    expect(new Set(impact.sentences.map((s) => s.key)).size).toBe(4);
    expect(impact.note).toBe('Intervals are 95%. Each difference is an association, not proof that the program caused it.');
  });

  test('program impact without a matched comparison: the raw gap and why, no line about what colleagues share', () => {
    const why = { available: false as const, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' };
    const unmatched = { ...report, impact: { matching: why, retention: why, promotion: why, measures: why } };
    const { impact } = refreshResults({ phase: 'done', result: { ...result, report: unmatched } }, jest.fn())!;
    expect(impact).toMatchObject({ available: false, matchedOn: null });
    expect(impact.sentences.map((s) => s.text)).toEqual([
      'Retention at 12 months, participants vs the comparison pool (all eligible non-participants): +6.9 pts (+2.8 to +11.0).',
      'No matched comparison: nobody has an EligibleDate, so nobody can be a control.',
    ]);
  });

  test('a refresh with notes gives them in one paragraph; any other phase has no results', () => {
    expect(refreshResults({ phase: 'done', result: { ...result, warnings: ['One.', 'Two.'] } }, jest.fn())!.warnings).toBe('One. Two.');
    expect(refreshResults({ phase: 'idle' }, jest.fn())).toBeNull();
  });

  test('useRefreshView returns the derived state', () => {
    const p = props({ phase: 'done', result });
    expect(JSON.stringify(runHook(useRefreshView, p))).toBe(JSON.stringify(deriveRefreshViewState(p)));
    expect(runHook(useRefreshView, props({ phase: 'idle' }, { ready: false })).showSetupHint).toBe(true);
  });
});
