import { intake } from '../intake/intake';
import type { NotAvailable } from '../metrics/metricResults';
import { refreshReport } from '../report/refreshReport';
import { generateSample } from '../sample/generateSample';
import { type HistoryRow, HISTORY_HEADER, historyFromValues, historyRowsOf, historyToValues, mergeHistory } from './history';
import { isShown } from './reportValues';

/** A figure the sample is sure to show (the test fails here if it is not available or suppressed). */
function shownFigure<V extends object>(v: V): Exclude<V, NotAvailable | { readonly suppressed: true }> {
  if (!isShown(v)) throw new Error(`expected a figure, got ${JSON.stringify(v)}`);
  return v;
}

const row = (quarter: string, metric: string, value: number, segment = 'All'): HistoryRow => ({
  quarter,
  metric,
  segment,
  value,
  lower: null,
  upper: null,
  n: 10,
  refreshedAt: '2026-10-01T00:00:00.000Z',
  source: 'refresh',
});

describe('mergeHistory', () => {
  test("a refresh replaces its quarter's rows and keeps every other quarter", () => {
    const existing = [row('2026-Q2', 'Match rate', 0.7), row('2026-Q3', 'Match rate', 0.71), row('2026-Q3', 'Old metric', 1)];
    const incoming = [row('2026-Q3', 'Match rate', 0.8)];
    expect(mergeHistory(existing, incoming, 5).map((r) => [r.quarter, r.metric, r.value])).toEqual([
      ['2026-Q2', 'Match rate', 0.7],
      ['2026-Q3', 'Match rate', 0.8],
    ]);
  });

  test('is idempotent: the same refresh twice leaves one set of rows', () => {
    const incoming = [row('2026-Q3', 'Match rate', 0.8), row('2026-Q3', 'Retention at 12 months', 0.9, 'Participants')];
    const once = mergeHistory([row('2026-Q2', 'Match rate', 0.7)], incoming, 5);
    expect(mergeHistory(once, incoming, 5)).toEqual(once);
  });
});

describe('mergeHistory applies the k of this refresh to the rows it keeps', () => {
  const at = (segment: string, n: number | null, value = 0.9): HistoryRow => ({ ...row('2026-Q2', 'Retention at 12 months', value, segment), n });
  // written by a refresh with k = 3: Non-binary (3 people) was shown
  const written = [at('Participants', 240), at('Gender: Man', 125), at('Gender: Non-binary', 3, 1), at('Gender: Woman', 112), at('Cohort: 2024', 120), at('Cohort: 2025', 120)];
  const incoming = [row('2026-Q3', 'Match rate', 0.8)];

  test('with k = 5 the row about 3 people is gone, and the other Gender rows lose their N (240 − 125 − 112 = 3)', () => {
    const kept = mergeHistory(written, incoming, 5).filter((r) => r.quarter === '2026-Q2');
    expect(kept.map((r) => [r.segment, r.value, r.n])).toEqual([
      ['Cohort: 2024', 0.9, 120],
      ['Cohort: 2025', 0.9, 120],
      ['Gender: Man', 0.9, null],
      ['Gender: Woman', 0.9, null],
      ['Participants', 0.9, 240],
    ]);
  });

  test('a group missing from the old rows is protected too: the whole minus the segments shown is under k', () => {
    // written with k = 5 by an older version: Non-binary had no row, but Man and Woman kept their N
    const older = written.filter((r) => r.segment !== 'Gender: Non-binary');
    const kept = mergeHistory(older, incoming, 5).filter((r) => r.segment.startsWith('Gender'));
    expect(kept.map((r) => r.n)).toEqual([null, null]);
  });

  test('with the same k nothing changes', () => {
    const kept = mergeHistory(written, incoming, 3).filter((r) => r.quarter === '2026-Q2');
    expect(kept.map((r) => r.n).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([3, 112, 120, 120, 125, 240]);
  });
});

describe('historyFromValues', () => {
  test('reads back what historyToValues wrote', () => {
    const rows = [row('2026-Q2', 'Match rate', 0.7), row('2026-Q3', 'Retention at 12 months', 0.9, 'Gender: Woman')];
    expect(historyFromValues(historyToValues(rows))).toEqual({ rows, skipped: [] });
  });

  test('rows that are not history are reported by row, not silently dropped; blank rows are skipped', () => {
    const values = [[...HISTORY_HEADER], ['2026-Q3', 'Match rate', 'All', 0.8, null, null, 10, 'x', 'recomputed'], [null, null, null], ['Q3 2026', 'Match rate', 'All', 1], ['2026-Q3', '', 'All', 1], ['2026-Q3', 'Match rate', 'All', 1, null, null, 10, 'x', 'guessed']];
    const { rows, skipped } = historyFromValues(values);
    expect(rows).toEqual([expect.objectContaining({ quarter: '2026-Q3', source: 'recomputed' })]);
    expect(skipped).toEqual([
      { row: 4, reason: 'the quarter is not written YYYY-Qn' },
      { row: 5, reason: 'the metric is blank' },
      { row: 6, reason: 'the Source is neither refresh nor recomputed' },
    ]);
  });

  test('a History written before the Source column: every row a refresh', () => {
    const values = [[...HISTORY_HEADER.slice(0, 8)], ['2026-Q2', 'Match rate', 'All', 0.8, null, null, 10, 'x']];
    expect(historyFromValues(values).rows).toEqual([{ quarter: '2026-Q2', metric: 'Match rate', segment: 'All', value: 0.8, lower: null, upper: null, n: 10, refreshedAt: 'x', source: 'refresh' }]);
  });

  test('a recomputed quarter never replaces a refreshed one; a refresh replaces a recomputed one', () => {
    const refreshed = { ...row('2026-Q1', 'Match rate', 0.9), source: 'refresh' as const };
    const recomputedQ1 = { ...row('2026-Q1', 'Match rate', 0.5), source: 'recomputed' as const };
    const recomputedQ2 = { ...row('2026-Q2', 'Match rate', 0.6), source: 'recomputed' as const };
    expect(mergeHistory([refreshed], [recomputedQ1, recomputedQ2], 5)).toEqual([refreshed, recomputedQ2]);
    const real = { ...row('2026-Q2', 'Match rate', 0.7), source: 'refresh' as const };
    expect(mergeHistory([refreshed, recomputedQ2], [real], 5)).toEqual([refreshed, real]);
  });

  test('a sheet whose header is not the History header is not read', () => {
    expect(historyFromValues([['Quarter', 'Something else']])).toEqual({ rows: [], skipped: [{ row: 1, reason: expect.stringMatching(/no header row Quarter, Metric/) }] });
  });

  test('the header is found under a title line, as the History sheet writes it', () => {
    const rows = [row('2026-Q2', 'Match rate', 0.7)];
    const values = [['History: key figures by quarter', null, null, null, null, null, null, null], ...historyToValues(rows)];
    expect(historyFromValues(values)).toEqual({ rows, skipped: [] });
    const bad = [['title'], [...HISTORY_HEADER], ['Q2', 'Match rate', 'All', 1]];
    expect(historyFromValues(bad).skipped).toEqual([{ row: 3, reason: 'the quarter is not written YYYY-Qn' }]);
  });
});

describe('historyRowsOf the sample report', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const report = refreshReport(
    { asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(Date.UTC(2026, 9, 1)), inputFingerprint: 'sha256:test' },
    intake(sample.sheets, { asOf: sample.asOf }),
  );
  const rows = historyRowsOf(report);

  test('one row per key figure of the quarter, with its n', () => {
    const find = (metric: string, segment: string) => rows.find((r) => r.metric === metric && r.segment === segment);
    const participants = shownFigure(shownFigure(report.retention).participants);
    expect(find('Retention at 12 months', 'Participants')).toMatchObject({ quarter: '2026-Q3', value: participants.at12.value, n: participants.n });
    expect(find('Equity flags: adverse', 'All')?.value).toBe(1);
    expect(find('Mentors over capacity', 'All')?.value).toBe(2);
    expect(find('Mentee satisfaction: mean', 'All')?.value).toBeGreaterThan(4);
    expect(rows.every((r) => r.refreshedAt === '2026-10-01T00:00:00.000Z')).toBe(true);
  });

  test('segments are "Attribute: group", and no row exists for a suppressed group', () => {
    expect(rows.some((r) => r.segment === 'Gender: Woman')).toBe(true);
    // with k = 10 the sample's smaller groups (Non-binary, some cohorts) are suppressed
    const strict = refreshReport(
      { asOf: sample.asOf, minGroup: 10, refreshedAt: new Date(Date.UTC(2026, 9, 1)), inputFingerprint: 'sha256:test' },
      intake(sample.sheets, { asOf: sample.asOf }),
    );
    const strictRows = historyRowsOf(strict);
    const segments = shownFigure(strict.retention).segments;
    const suppressed = segments.filter((x) => x.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const s of suppressed) expect(strictRows.some((r) => r.segment === `${s.attribute}: ${s.group}`)).toBe(false);
    const keys = rows.map((r) => `${r.metric}|${r.segment}`);
    expect(new Set(keys).size).toBe(keys.length); // one row per (metric, segment)
  });
});

describe('historyRowsOf: program impact against matched colleagues', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
  const rows = historyRowsOf(report);
  const find = (metric: string, segment: string) => rows.filter((r) => r.metric === metric && r.segment === segment);

  test('the retention and promotion differences, both promotion sides and each measure’s difference in differences, a difference with the smaller side’s n', () => {
    const retention = report.impact.retention as import('../impact/impactResults').RetentionEffect;
    const promotion = report.impact.promotion as import('../impact/impactResults').PromotionEffect;
    const measures = report.impact.measures as import('../impact/impactResults').MeasureEffect[];
    const d = retention.differenceAt12;
    expect(find('Retention at 12 months vs matched colleagues', 'Difference')).toMatchObject([{ value: d.value, lower: d.lower, upper: d.upper, n: Math.min(retention.nParticipants, retention.nControls) }]);
    // the sample matches 163 participants with 351 controls: the smaller side is the participants'
    expect(find('Retention at 12 months vs matched colleagues', 'Difference')[0].n).toBe(163);
    expect(find('Promoted by 24 months', 'Matched participants')).toMatchObject([{ value: promotion.participants.at24.value, n: 163 }]);
    expect(find('Promoted by 24 months', 'Matched colleagues')).toMatchObject([{ value: promotion.controls.at24.value, n: 351 }]);
    expect(find('Promoted by 24 months vs matched colleagues', 'Difference')).toMatchObject([{ value: promotion.differenceAt24.value }]);
    expect(measures.map((m) => m.measure)).toEqual(['Performance rating']);
    expect(find('Performance rating: change vs matched colleagues', 'Difference')).toMatchObject([{ value: measures[0].difference.value, n: Math.min(measures[0].nParticipants, measures[0].nControls) }]);
  });

  test('an effect not available or suppressed writes no row', () => {
    const without = {
      ...report,
      impact: { ...report.impact, retention: { available: false as const, reason: 'not available: x' }, promotion: { suppressed: true as const, reason: 'fewer than 5 people: suppressed' }, measures: { available: false as const, reason: 'not available: y' } },
    };
    expect(historyRowsOf(without).filter((r) => /matched colleagues|Promoted/.test(r.metric))).toEqual([]);
  });
});
