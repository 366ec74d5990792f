import { buildWorkbookPlan } from '../src/dashboard/buildPlan';
import { BALANCE_COMPARISONS } from '../src/dashboard/impactDetail';
import { intake } from '../src/intake/intake';
import type { CellValue } from '../src/model/cell';
import { refreshReport } from '../src/report/refreshReport';
import { generateSample } from '../src/sample/generateSample';

/**
 * equity.md, Privacy, end to end: the sample program with four participants relabelled into a
 * Gender group of their own ("Tiny"), through intake and the whole refresh report.
 */
function reportWithTinyGroup(k = 5) {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const participants = sample.sheets.find((s) => s.name === 'Participants')!;
  const header = participants.values[0] as string[];
  const gender = header.indexOf('Gender');
  const inProgram = header.indexOf('InProgram');
  const rows = participants.values.slice(1).filter((r) => r[inProgram] === 'Y').slice(0, 4) as CellValue[][];
  for (const r of rows) r[gender] = 'Tiny';
  const result = intake(sample.sheets, { asOf: sample.asOf });
  return refreshReport({ asOf: sample.asOf, minGroup: k, refreshedAt: new Date(0), inputFingerprint: 'sha256:test' }, result);
}

/** Every object in a JSON value, with its path. */
function objects(value: unknown, path = '$'): { path: string; o: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return [{ path, o }, ...Object.entries(o).flatMap(([k, v]) => objects(v, `${path}.${k}`))];
  }
  return [];
}

describe('a group of 4 leaves no figure anywhere in the JSON', () => {
  const report = JSON.parse(JSON.stringify(reportWithTinyGroup()));
  const all = objects(report);
  const tiny = all.filter(({ o }) => Object.values(o).includes('Tiny'));

  test('the group appears: retention segments, access tests, outcomes, senior-mentor shares', () => {
    const where = new Set(tiny.map(({ path }) => path.replace(/\[\d+\]/g, '[]')));
    expect([...where].sort()).toEqual(
      expect.arrayContaining(['$.equity.outcomes[]', '$.equity.tests[]', '$.load.seniorShare[]', '$.retention.segments[]']),
    );
  });

  test('every value of every object about it is a label, null, or the suppression note', () => {
    for (const { path, o } of tiny) {
      if (path.startsWith('$.impact.matching.balance[')) continue; // a row of two figures: the next test
      expect({ path, suppressed: o.suppressed }).toEqual({ path, suppressed: true });
      for (const [key, v] of Object.entries(o)) {
        if (v === null || key === 'suppressed' || key === 'reason') continue;
        // labels only: what the row is about, never a count or a figure
        expect({ path, key, type: typeof v }).toEqual({ path, key, type: 'string' });
        expect(['resource', 'attribute', 'group', 'outcome', 'status', 'reference', 'best']).toContain(key);
      }
      expect(o.reason).toMatch(/fewer than 5 people/);
    }
  });

  test('the balance table of the matched comparison: the group is a level whose figures before and after matching are both suppressed', () => {
    const rows = tiny.filter(({ path }) => path.startsWith('$.impact.matching.balance['));
    expect(rows.map(({ o }) => [o.variable, o.level])).toEqual([['Gender', 'Tiny']]);
    for (const { o } of rows) {
      expect(Object.keys(o).sort()).toEqual(['after', 'before', 'kind', 'level', 'matching', 'variable']);
      for (const side of [o.before, o.after] as Record<string, unknown>[]) {
        // the n of each side is everybody compared (hundreds), never the group's 4
        expect(side).toEqual({ smd: null, balanced: null, nParticipants: expect.any(Number), nComparison: expect.any(Number), suppressed: true, reason: 'fewer than 5 people: suppressed' });
        expect(side.nParticipants).toBeGreaterThan(50);
      }
    }
  });

  test('the number 4 is nowhere next to the group, and the name is in no other object', () => {
    const isLevel = (path: string, k: string) => k === 'level' && path.startsWith('$.impact.matching.balance[');
    const mentions = all.filter(({ path, o }) => Object.entries(o).some(([k, v]) => typeof v === 'string' && v.includes('Tiny') && k !== 'group' && !isLevel(path, k)));
    expect(mentions.map(({ path }) => path)).toEqual([]);
  });

  test('no subtraction: in each table with the group, the other Gender groups show no count, only rates', () => {
    const tables = new Map<string, Record<string, unknown>[]>();
    for (const { path, o } of all) {
      if (o.attribute !== 'Gender' || typeof o.group !== 'string') continue;
      const key = `${path.replace(/\[\d+\]$/, '')}|${o.resource ?? ''}|${o.outcome ?? ''}`;
      tables.set(key, [...(tables.get(key) ?? []), o]);
    }
    const withTiny = [...tables.entries()].filter(([, rows]) => rows.some((r) => r.group === 'Tiny'));
    expect(withTiny.length).toBeGreaterThan(5);
    for (const [key, rows] of withTiny) {
      // the large groups are shown (nothing large is hidden to protect the 4)…
      for (const r of rows.filter((x) => x.group === 'Man' || x.group === 'Woman')) expect({ key, group: r.group, suppressed: r.suppressed ?? false }).toEqual({ key, group: r.group, suppressed: false });
      // …and every group shown has its n withheld
      for (const r of rows.filter((x) => x.suppressed !== true)) {
        expect({ key, group: r.group, n: r.n }).toEqual({ key, group: r.group, n: null });
        expect(r.withheld).toContain('n');
      }
    }
  });
});

describe('a group of 4 on the sheets for the board', () => {
  test('Metrics Detail’s balance table: the group’s level shows "fewer than 5" before and after matching, and no number', () => {
    const plan = buildWorkbookPlan(reportWithTinyGroup(), { history: [], analystDetail: false });
    const metrics = plan.sheets.find((s) => s.role === 'metrics')!;
    const rows = metrics.blocks.flatMap((b) => b.values).filter((r) => r[1] === 'Tiny' && r[2] === 'demographic attribute');
    expect(rows).toEqual([
      ['Gender', 'Tiny', 'demographic attribute', BALANCE_COMPARISONS.before, 'fewer than 5', null, null, null],
      ['Gender', 'Tiny', 'demographic attribute', BALANCE_COMPARISONS.after, 'fewer than 5', null, null, null],
    ]);
  });
});

describe('k is a setting', () => {
  test('with k = 3 the group of 4 is shown', () => {
    const report = reportWithTinyGroup(3);
    const seg = (report.retention as unknown as { segments: { group: string; n: number | null }[] }).segments.find((s) => s.group === 'Tiny');
    expect(seg?.n).toBe(4);
  });
});
