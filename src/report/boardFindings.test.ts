import { intake } from '../intake/intake';
import type { ProtectedDocument } from '../privacy/protectedDocument';
import { generateSample, type SampleOptions } from '../sample/generateSample';
import { boardFindings, MAX_FINDINGS } from './boardFindings';
import { refreshReport } from './refreshReport';

function reportOf(options: SampleOptions, k = 5): { report: ProtectedDocument; sample: ReturnType<typeof generateSample> } {
  const sample = generateSample(options);
  const report = refreshReport({ asOf: sample.asOf, minGroup: k, refreshedAt: new Date(0), inputFingerprint: 'sha256:test' }, intake(sample.sheets, { asOf: sample.asOf }));
  return { report, sample };
}

const adverseRow = (group: string, shortfall: number | null, impactRatio: number) => ({
  resource: 'Sponsor',
  attribute: 'Location',
  group,
  n: 40,
  count: 4,
  rate: 0.1,
  lower: 0.04,
  upper: 0.23,
  reference: 'Paris',
  referenceRate: 0.5,
  impactRatio,
  p: 0.001,
  pAdjusted: 0.01,
  shortfall,
  status: 'adverse' as const,
  reason: `reason of ${group}`,
});

describe('boardFindings', () => {
  const { report, sample } = reportOf({ size: 'standard', seed: 42 });

  test('the sample: the planted coach gap first, naming the group and the resource in Equity Detail’s words', () => {
    const f = report.findings;
    expect(f[0].kind).toBe('equity');
    expect(f[0].text).toMatch(/^External coach × Gender = Woman: rate \d+% vs \d+% for Man; \d+ fewer people than at the reference rate; significant after adjustment\.$/);
    const row = report.equity.tests.find((t) => t.resource === 'External coach' && t.attribute === 'Gender' && t.group === 'Woman')!;
    expect(f[0].text).toBe(`External coach × Gender = Woman: ${row.reason}.`);
  });

  test('the sample: the planted conflict and the two planted mentors over capacity, after the equity flags', () => {
    const kinds = report.findings.map((x) => x.kind);
    expect(kinds.indexOf('conflicts')).toBeGreaterThan(kinds.lastIndexOf('equity'));
    expect(report.findings.find((x) => x.kind === 'conflicts')!.text).toBe('1 conflict of interest: 1 mentor in the mentee’s reporting chain (the pairings are listed for the analyst only).');
    expect(sample.planted.overCapacity).toHaveLength(2);
    expect(report.findings.find((x) => x.kind === 'load')!.text).toBe('2 mentors over capacity, with more active mentees than their Capacity: 2 internal mentors.');
  });

  test('the sample: participants retain better than the pool (planted), so no retention finding', () => {
    expect(report.findings.some((x) => x.kind === 'retention')).toBe(false);
  });

  test('no person is named: no PersonID or MentorID of the sample appears', () => {
    const text = report.findings.map((x) => x.text).join('\n');
    const ids = new Set<string>();
    for (const c of report.conflicts) ids.add(c.personId).add(c.mentorId);
    for (const m of report.load.overCapacity) ids.add(m.mentorId);
    expect(ids.size).toBeGreaterThan(0);
    for (const id of ids) expect(text).not.toContain(id);
  });

  test('a balanced sample has no equity finding', () => {
    expect(reportOf({ size: 'standard', seed: 42, balanced: true }).report.findings.some((x) => x.kind === 'equity')).toBe(false);
  });

  test('another seeded program of its own size: the coach gap is named in the attention block', () => {
    const other = reportOf({ size: 1500, seed: 2027 }).report;
    expect(other.findings[0].text).toMatch(/^External coach × Gender = Woman: /);
  });

  test('adverse flags ranked by shortfall, a withheld shortfall after the known ones (lowest ratio first)', () => {
    const tests = [adverseRow('A', 3, 0.5), adverseRow('B', null, 0.3), adverseRow('C', 9, 0.6), adverseRow('D', null, 0.2)];
    const f = boardFindings({ ...report, equity: { ...report.equity, tests }, conflicts: [], load: { ...report.load, overCapacity: [] }, satisfaction: [] });
    expect(f.map((x) => x.text)).toEqual(['Sponsor × Location = C: reason of C.', 'Sponsor × Location = A: reason of A.', 'Sponsor × Location = D: reason of D.', 'Sponsor × Location = B: reason of B.']);
  });

  test('at most five: the first four and how many more, by kind', () => {
    const tests = ['A', 'B', 'C', 'D', 'E', 'F'].map((g, i) => adverseRow(g, 10 - i, 0.5));
    const f = boardFindings({ ...report, equity: { ...report.equity, tests } });
    expect(f).toHaveLength(MAX_FINDINGS);
    expect(f.slice(0, 4).map((x) => x.text.slice(0, 24))).toEqual(['Sponsor × Location = A: ', 'Sponsor × Location = B: ', 'Sponsor × Location = C: ', 'Sponsor × Location = D: ']);
    expect(f[4].text).toBe('And 4 more: 2 adverse equity flags, 1 note on conflicts of interest, 1 note on mentors over capacity (Equity Detail and Metrics Detail list them all).');
  });

  test('a suppressed group is never a finding', () => {
    const tests = [{ ...adverseRow('Tiny', 2, 0.1), status: 'suppressed' as const, suppressed: true as const }];
    const f = boardFindings({ ...report, equity: { ...report.equity, tests } as unknown as ProtectedDocument['equity'] });
    expect(f.some((x) => x.kind === 'equity')).toBe(false);
  });

  test('a retention gap whose interval is wholly below zero, in points, with the log-rank p', () => {
    const r = report.retention;
    if (!('participants' in r)) throw new Error('the sample has retention');
    const retention = { ...r, gapAt12: { n: 500, value: -0.048, lower: -0.086, upper: -0.01 }, logRank: { chi2: 6.1, df: 1, p: 0.0135 } };
    const f = boardFindings({ ...report, retention, equity: { ...report.equity, tests: [] } });
    const p = 'at12' in r.participants ? r.participants.at12.value! : NaN;
    const c = 'at12' in r.comparison ? r.comparison.at12.value! : NaN;
    expect(f[0]).toEqual({ kind: 'retention', text: `12-month retention: participants ${(p * 100).toFixed(1)}% vs comparison pool ${(c * 100).toFixed(1)}%, 4.8 points lower (95% CI 1.0 to 8.6 points lower); log-rank p = 0.01.` });
    // an interval that reaches zero is not significant: no finding
    const unsure = { ...retention, gapAt12: { n: 500, value: -0.02, lower: -0.05, upper: 0.01 } };
    expect(boardFindings({ ...report, retention: unsure }).some((x) => x.kind === 'retention')).toBe(false);
  });

  test('a satisfaction drop with p < 0.05, never a rise or a drop that is not significant', () => {
    if (!Array.isArray(report.satisfaction)) throw new Error('the sample has satisfaction');
    const s = report.satisfaction.find((x) => x.role === 'All' && !x.suppressed)!;
    if (s.suppressed) throw new Error('shown');
    const previous = { ...s.previous!, mean: 4.1, quarter: '2026-Q2' } as typeof s.previous;
    const drop = { ...s, mean: 3.8, previous, changeP: 0.004 };
    const f = boardFindings({ ...report, satisfaction: [drop], equity: { ...report.equity, tests: [] } });
    expect(f[0]).toEqual({ kind: 'satisfaction', text: `${s.instrument}: mean fell from 4.10 in 2026-Q2 to 3.80 of ${s.scaleMax} (p = 0.004).` });
    expect(boardFindings({ ...report, satisfaction: [{ ...drop, changeP: 0.2 }] }).some((x) => x.kind === 'satisfaction')).toBe(false);
    expect(boardFindings({ ...report, satisfaction: [{ ...drop, mean: 4.3 }] }).some((x) => x.kind === 'satisfaction')).toBe(false);
  });
});
