import { dayFromIso } from '../src/calendar/dayFromIso';
import { excelSerialFromDay } from '../src/calendar/dayFromExcelSerial';
import { callCadreFunction } from '../src/functions/catalog';
import { FunctionError } from '../src/functions/functionError';
import type { CellArgument } from '../src/functions/functionArguments';
import type { Spill } from '../src/functions/retentionFunctions';
import { intake } from '../src/intake/intake';
import { refreshReport } from '../src/report/refreshReport';
import { generateSample } from '../src/sample/generateSample';

/*
 * Each Cadre function over the sample program's own columns (as an analyst would select them in
 * Excel: dates as Excel serials) gives the figure of the refresh document the dashboards are built
 * from (`cadre refresh --json`), to 1e-9.
 */

const sample = generateSample({ size: 'standard', seed: 42 });
const doc = JSON.parse(JSON.stringify(refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:test' }, intake(sample.sheets, { asOf: sample.asOf })))) as Record<string, any>;
const AS_OF = excelSerialFromDay(sample.asOf, '1900');
const ctx = { k: 5, now: new Date(2026, 11, 5) };
const call = (id: string, args: unknown[]) => callCadreFunction(id, args as never, ctx);

function sheet(name: string) {
  const values = sample.sheets.find((s) => s.name === name)!.values as CellArgument[][];
  const header = values[0] as string[];
  const rows = values.slice(1);
  /** the column as Excel passes a range: one row per cell */
  const column = (c: string, keep: (r: CellArgument[]) => boolean = () => true) => rows.filter(keep).map((r) => [r[header.indexOf(c)] ?? null]);
  const get = (r: CellArgument[], c: string) => r[header.indexOf(c)];
  return { rows, column, get };
}
const P = sheet('Participants');
const inProgram = (r: CellArgument[]) => P.get(r, 'InProgram') === 'Y';
const pool = (r: CellArgument[]) => !inProgram(r);

const close = (actual: unknown, expected: number) => {
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9);
};

test('RETENTION at 12 and 24 months: the Board Dashboard retention tile (participants) and the comparison pool', () => {
  const r = doc.retention;
  close(call('RETENTION', [P.column('ProgramStart'), P.column('ExitDate'), 12, AS_OF]), r.participants.at12.value);
  expect(r.participants.at12.value).toBeCloseTo(0.915, 3); // the tile's 91.5%
  close(call('RETENTION', [P.column('ProgramStart'), P.column('ExitDate'), 24, AS_OF]), r.participants.at24.value);
  close(call('RETENTION', [P.column('EligibleDate', pool), P.column('ExitDate', pool), 12, AS_OF]), r.comparison.at12.value);
  // the same as-of given as ISO text
  close(call('RETENTION', [P.column('ProgramStart'), P.column('ExitDate'), 12, '2026-09-30']), r.participants.at12.value);
});

test('RETENTIONCURVE: the participants curve of the document, point by point (its tail under k left out)', () => {
  const spill = call('RETENTIONCURVE', [P.column('ProgramStart'), P.column('ExitDate'), AS_OF]) as Spill;
  const curve = doc.retention.participants.curve as Record<string, number | null>[];
  expect(spill.length - 1).toBe(curve.length);
  curve.forEach((p, i) => {
    const row = spill[i + 1]!;
    [p.months, p.atRisk, p.events, p.survival].forEach((v, j) => close(row[j], v!));
    for (const [j, key] of [[4, 'lower'], [5, 'upper']] as const) {
      if (p[key] === null) expect(row[j]).toBe('');
      else close(row[j], p[key]!);
    }
  });
});

test('MEDIANMONTHS: not reached for participants, as the document says (null)', () => {
  expect(doc.retention.participants.medianMonths).toBeNull();
  const r = call('MEDIANMONTHS', [P.column('ProgramStart'), P.column('ExitDate'), AS_OF]);
  expect(r).toBeInstanceOf(FunctionError);
  expect((r as FunctionError).message).toMatch(/^not reached/);
});

test('READY by 12 and 24 months: the dashboard readiness figures', () => {
  const args = [P.column('ProgramStart'), P.column('ReadyDate'), P.column('ExitDate')];
  close(call('READY', [...args, 24, AS_OF]), doc.readiness.at24.value);
  close(call('READY', [...args, 12, AS_OF]), doc.readiness.at12.value);
});

test('LOGRANK: participants vs the comparison pool (origin ProgramStart or EligibleDate, group InProgram)', () => {
  const origin = P.rows.map((r) => [inProgram(r) ? P.get(r, 'ProgramStart') : P.get(r, 'EligibleDate')]);
  close(call('LOGRANK', [origin, P.column('ExitDate'), P.column('InProgram'), AS_OF]), doc.retention.logRank.p);
});

describe('ACCESS, FISHER, WILSON: the Equity Detail rows', () => {
  const started = (r: CellArgument[]) => inProgram(r) && (P.get(r, 'ProgramStart') as number) <= AS_OF;
  const pairings = sheet('Pairings');
  const coached = new Set(pairings.rows.filter((r) => pairings.get(r, 'Role') === 'Coach' && (pairings.get(r, 'Start') as number) <= AS_OF).map((r) => pairings.get(r, 'PersonID')));
  const hasCoach = P.rows.filter(started).map((r) => [coached.has(P.get(r, 'PersonID')) ? 'Y' : 'N']);
  const dashboard = (resource: string) => (doc.equity.tests as Record<string, any>[]).filter((t) => t.resource === resource && t.attribute === 'Gender');
  const FIELDS = ['n', 'count', 'rate', 'lower', 'upper', 'impactRatio', 'p', 'pAdjusted', 'shortfall'];

  /** every figure of each row; the adjusted p only where one test is adjusted alike (BH over the call, not the refresh) */
  function expectRows(spill: Spill, rows: Record<string, any>[]) {
    expect(spill.slice(1).map((r) => r[0])).toEqual(rows.map((t) => t.group));
    rows.forEach((t, i) => {
      FIELDS.forEach((f, j) => {
        if (f === 'pAdjusted') return;
        const v = spill[i + 1]![j + 1];
        if (t[f] === null) expect(v).toBe('');
        else close(v, t[f]);
      });
    });
  }

  test('External coach × Gender (the planted adverse finding: Woman)', () => {
    const spill = call('ACCESS', [P.column('Gender', started), hasCoach]) as Spill;
    const rows = dashboard('External coach');
    expectRows(spill, rows);
    const woman = spill.find((r) => r[0] === 'Woman')!;
    expect(woman[10]).toBe('adverse');
    expect(rows.find((t) => t.group === 'Woman')!.status).toBe('adverse');
    expect(spill.find((r) => r[0] === 'Man')![10]).toBe('reference');
    // FISHER and WILSON on the row's own counts
    const w = rows.find((t) => t.group === 'Woman')!;
    const m = rows.find((t) => t.group === 'Man')!;
    close(call('FISHER', [w.count, w.n - w.count, m.count, m.n - m.count]), w.p);
    const interval = call('WILSON', [w.count, w.n]) as Spill;
    close(interval[0]![0], w.lower);
    close(interval[0]![1], w.upper);
  });

  test('Program selection × Gender (participants and the comparison pool with an origin on or before as-of)', () => {
    const eligible = (r: CellArgument[]) => started(r) || (!inProgram(r) && typeof P.get(r, 'EligibleDate') === 'number' && (P.get(r, 'EligibleDate') as number) <= AS_OF);
    const spill = call('ACCESS', [P.column('Gender', eligible), P.column('InProgram', eligible)]) as Spill;
    expectRows(spill, dashboard('Program selection'));
  });
});

test('ENPS: the NPS item of the as-of quarter (2026-Q3), all respondents', () => {
  const surveys = sheet('Surveys');
  const from = excelSerialFromDay(dayFromIso('2026-07-01'), '1900');
  const scores = surveys.column('Score', (r) => surveys.get(r, 'Instrument') === 'NPS' && (surveys.get(r, 'Date') as number) >= from && (surveys.get(r, 'Date') as number) <= AS_OF);
  const row = (doc.satisfaction as Record<string, any>[]).find((s) => s.instrument === 'NPS' && s.role === 'All')!;
  expect(scores).toHaveLength(row.n);
  close(call('ENPS', [scores]), row.enps.value);
});
