import { intake } from '../intake/intake';
import type { TargetRoleBenchRow } from '../privacy/protectedDocument';
import { refreshReport, type RefreshReport } from '../report/refreshReport';
import { generateSample } from '../sample/generateSample';
import { BOARD_BENCH_ROLES, boardBench } from './boardBench';

const sample = generateSample({ size: 'standard', seed: 42 });
const base = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:test' }, intake(sample.sheets, { asOf: sample.asOf }));

/** the sample's report with the bench's roles replaced */
function withRoles(rows: readonly TargetRoleBenchRow[]): RefreshReport {
  const readiness = base.readiness;
  if ('available' in readiness || 'suppressed' in readiness) throw new Error('the sample has readiness');
  return { ...base, readiness: { ...readiness, bench: { ...readiness.bench, byTargetRole: rows } } } as RefreshReport;
}

/** a shown role: n people, r of them ready now, the rest split as given */
const role = (targetRole: string, n: number, readyNow: number, ready1to2: number, ready3plus: number, notReady: number): TargetRoleBenchRow => ({
  targetRole,
  n,
  readyNow,
  ready1to2,
  ready3plus,
  notReady,
  readyNowShare: readyNow / n,
  ready1to2Share: ready1to2 / n,
  ready3plusShare: ready3plus / n,
  notReadyShare: notReady / n,
  noReadyNowSuccessor: readyNow === 0,
});

describe('boardBench', () => {
  test('roles without a ready-now successor first, then the smallest share ready now; shares of each role; the summary counts and the ratio', () => {
    const bench = boardBench(withRoles([role('CFO', 10, 4, 3, 2, 1), role('COO', 8, 0, 4, 2, 2), role('CHRO', 6, 1, 1, 2, 2)]));
    if ('reason' in bench) throw new Error(bench.reason);
    expect(bench.rows).toEqual([
      ['COO', 8, 0, 0.5, 0.25, 0.25, 'none'],
      ['CHRO', 6, 1 / 6, 1 / 6, 2 / 6, 2 / 6, 'yes'],
      ['CFO', 10, 0.4, 0.3, 0.2, 0.1, 'yes'],
    ]);
    // (4 + 0 + 1) ready now over 3 roles = 1.7
    expect(bench.summary).toBe('1 of 3 roles has no ready-now successor: COO. Bench ratio 1.7 ready-now candidates per role.');
  });

  test('a role under k is neither listed with figures nor counted; the others’ counts withheld say so', () => {
    const hidden = { targetRole: 'CTO', suppressed: true, reason: 'fewer than 5 people: suppressed' } as unknown as TargetRoleBenchRow;
    const withheld = { ...role('CFO', 10, 4, 3, 2, 1), n: null, readyNow: null, ready1to2: null, ready3plus: null, notReady: null, withheld: ['n', 'readyNow', 'ready1to2', 'ready3plus', 'notReady'] } as unknown as TargetRoleBenchRow;
    const bench = boardBench(withRoles([withheld, hidden]));
    if ('reason' in bench) throw new Error(bench.reason);
    expect(bench.rows).toEqual([
      ['CFO', 'withheld', 0.4, 0.3, 0.2, 0.1, 'yes'],
      ['1 role of fewer than 5 people', 'fewer than 5', null, null, null, null, null],
    ]);
    expect(bench.summary).toBe(
      'Every role shown has a ready-now successor. The counts and the bench ratio are withheld: with the role too small to show, they would give its people away. 1 role of fewer than 5 people not counted.',
    );
    expect(JSON.stringify(bench)).not.toContain('CTO');
  });

  test('every role under k (a pilot): no role is said to have a successor, none is counted', () => {
    const hidden = (targetRole: string) => ({ targetRole, suppressed: true, reason: 'fewer than 5 people: suppressed' }) as unknown as TargetRoleBenchRow;
    const bench = boardBench(withRoles([hidden('CFO'), hidden('COO')]));
    if ('reason' in bench) throw new Error(bench.reason);
    expect(bench.rows).toEqual([['2 roles of fewer than 5 people', 'fewer than 5', null, null, null, null, null]]);
    expect(bench.summary).toBe('No role has 5 or more people, so none is shown. 2 roles of fewer than 5 people not counted.');
  });

  test(`at most ${BOARD_BENCH_ROLES} roles listed; the rest are on Metrics Detail`, () => {
    const many = Array.from({ length: BOARD_BENCH_ROLES + 2 }, (_, i) => role(`Role ${i + 1}`, 10, i + 1, 9 - i, 0, 0));
    const bench = boardBench(withRoles(many));
    if ('reason' in bench) throw new Error(bench.reason);
    expect(bench.rows.map((r) => r[0])).toEqual(many.slice(0, BOARD_BENCH_ROLES).map((r) => (r as { targetRole: string }).targetRole));
    expect(bench.summary).toMatch(/ 2 roles more on Metrics Detail\.$/);
  });

  test('no roles, or readiness not computed: the reason instead of a table', () => {
    expect(boardBench(withRoles([]))).toEqual({ reason: 'No bench: no participant has a TargetRole' });
    expect(boardBench({ ...base, readiness: { available: false, reason: 'not available: no ReadyDate column' } } as RefreshReport)).toEqual({ reason: 'No bench: not available: no ReadyDate column' });
  });

  test('the sample: its roles, shares between 0 and 1 adding up to at most 1 per role', () => {
    const bench = boardBench(base);
    if ('reason' in bench) throw new Error(bench.reason);
    expect(bench.rows.length).toBe(BOARD_BENCH_ROLES);
    for (const r of bench.rows) {
      const shares = r.slice(2, 6) as number[];
      expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true);
      expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.02); // rounded shares
    }
  });
});
