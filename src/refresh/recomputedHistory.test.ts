import { dayFromIso } from '../calendar/dayFromIso';
import { isoFromDay } from '../calendar/isoFromDay';
import { buildWorkbookPlan } from '../dashboard/buildPlan';
import { type HistoryRow, historyRowsOf } from '../dashboard/history';
import { refreshReport } from '../report/refreshReport';
import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { computeRefresh } from './refresh';
import { previousQuarterEnds, recomputedHistory } from './recomputedHistory';

describe('previousQuarterEnds', () => {
  test('the four quarter ends before the quarter of A, oldest first, across a year end', () => {
    expect(previousQuarterEnds(dayFromIso('2026-02-10'), 4).map(isoFromDay)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(previousQuarterEnds(dayFromIso('2026-09-30'), 2).map(isoFromDay)).toEqual(['2026-03-31', '2026-06-30']);
  });
});

describe('recomputedHistory', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const result = intake(sample.sheets, { asOf: sample.asOf });
  const settings = { asOf: sample.asOf, minGroup: 5, now: new Date(Date.UTC(2026, 9, 1)), inputFingerprint: 'sha256:x' };

  test('a first refresh: every History figure as of each of the four previous quarter ends, marked recomputed', () => {
    const rows = recomputedHistory(result, settings, []);
    expect([...new Set(rows.map((r) => r.quarter))]).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(rows.every((r) => r.source === 'recomputed')).toBe(true);
    expect(rows.filter((r) => r.metric === 'Mentors over capacity').map((r) => r.quarter)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  test("the scope 'history' computes less, and History's rows from it are those of the whole report, quarter by quarter", () => {
    for (const end of [...previousQuarterEnds(sample.asOf, 4), sample.asOf]) {
      const base = { asOf: end, minGroup: 5, refreshedAt: settings.now, inputFingerprint: 'sha256:x' };
      const whole = refreshReport(base, result);
      const lean = refreshReport({ ...base, scope: 'history' }, result);
      expect(historyRowsOf(lean, 'recomputed')).toEqual(historyRowsOf(whole, 'recomputed'));
      // what it leaves out is really left out (else this test would compare two whole reports)
      expect(lean.equity.outcomes).toEqual([]);
      expect(whole.equity.outcomes.length).toBeGreaterThan(0);
      expect(lean.impact.matching).toMatchObject({ balance: [] });
    }
  });

  test('a History with an earlier quarter is the record: nothing is recomputed', () => {
    const earlier: HistoryRow = { quarter: '2026-Q1', metric: 'Match rate', segment: 'All', value: 0.9, lower: null, upper: null, n: 10, refreshedAt: '', source: 'refresh' };
    expect(recomputedHistory(result, settings, [earlier])).toEqual([]);
  });

  test('the first refresh of a new board pack leaves five quarters in History, and every tile a change', () => {
    const { plan } = computeRefresh(result, { ...settings, analystDetail: false, history: [] });
    const history = plan!.sheets.find((s) => s.role === 'history')!;
    const quarters = new Set(history.blocks.flatMap((b) => b.values.map((r) => r[0])).filter((q) => typeof q === 'string' && /^\d{4}-Q\d$/.test(q)));
    expect([...quarters].sort()).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    const board = buildWorkbookPlan(computeRefresh(result, { ...settings, analystDetail: false, history: [] }).report, { history: [], analystDetail: false }).sheets[0];
    const withoutRecompute = board.blocks.flatMap((b) => b.values.flat()).filter((v) => typeof v === 'string' && /History yet/.test(v));
    expect(withoutRecompute.length).toBeGreaterThan(0); // the plan alone, without recomputed rows, has none
    const texts = plan!.sheets[0].blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(texts.filter((v) => /History yet/.test(v))).toEqual([]);
    expect(texts.filter((v) => / since 2026-Q2 \(recomputed\)/.test(v)).length).toBeGreaterThanOrEqual(9);
  });
});
