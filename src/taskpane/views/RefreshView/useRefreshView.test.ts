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
