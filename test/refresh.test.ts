import { runCadre } from './runCadre.test-helpers';
import Ajv from 'ajv';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { refreshAsOf } from '../src/cli/refreshCommand';
import { dayFromIso } from '../src/calendar/dayFromIso';
import { isoFromDay } from '../src/calendar/isoFromDay';
import { generateSample } from '../src/sample/generateSample';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { MESSY_SHEETS } from '../src/sample/messyWorkbook';
import { XlsxSource } from '../src/workbook/xlsx/read/xlsxSource';
import { historyFromValues } from '../src/dashboard/history';

const dir = mkdtempSync(join(tmpdir(), 'cadre-refresh-'));
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'refresh.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('cadre refresh on the sample program (standard size)', () => {
  const book = join(dir, 'sample.xlsx');
  const json = join(dir, 'sample.json');
  let doc: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  let bookHash: string;
  let printed: string;

  beforeAll(async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    await writeSheetsXlsx(book, sample.sheets, sample.numberFormats);
    bookHash = sha(book);
    const r = await run('refresh', book, '--json', json, '--as-of', isoFromDay(sample.asOf));
    expect(r).toMatchObject({ code: 0, err: '' });
    printed = r.out;
    doc = JSON.parse(readFileSync(json, 'utf8'));
  });

  test('it prints both 12-month retention gaps, against the pool and against matched colleagues, and how many were matched', () => {
    // the document's figures, in points to one decimal (the sample's: +6.9 raw, +2.6 matched; 163 of 240 matched)
    const pts = (v: number) => `${v < 0 ? '−' : '+'}${Math.abs(v * 100).toFixed(1)}`;
    const [raw, matched] = [doc.retention.gapAt12, doc.impact.retention.differenceAt12];
    expect(printed).toContain(
      `Retention at 12 months, participants vs the comparison pool (all eligible non-participants): ${pts(raw.value)} pts (${pts(raw.lower)} to ${pts(raw.upper)}); ` +
        `matched participants vs matched colleagues: ${pts(matched.value)} pts (${pts(matched.lower)} to ${pts(matched.upper)}). ` +
        `${doc.impact.matching.matched} of ${doc.impact.matching.participants} participants matched, with ${doc.impact.matching.controls} colleagues (up to 3 each);`,
    );
    expect([pts(raw.value), pts(matched.value), doc.impact.matching.matched]).toEqual(['+6.9', '+2.6', 163]);
  });

  test('the document validates against schema/refresh.schema.json', () => {
    const ok = validate(doc);
    if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });

  test('the input workbook is not modified', () => {
    expect(sha(book)).toBe(bookHash);
    expect(statSync(book).size).toBeGreaterThan(0);
  });

  test('header fields: as-of, quarter, k, fingerprint, counts', () => {
    expect(doc).toMatchObject({ schemaVersion: 1, asOf: '2026-09-30', quarter: '2026-Q3', minGroup: 5 });
    expect(doc.inputFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(doc.counts).toEqual({ participants: 240, comparison: 1760, mentors: 80, pairings: 600, rotations: 500, surveyAnswers: 20000 });
  });

  test('planted finding 1: participants retain better than the comparison pool, log-rank p < 0.05', () => {
    expect(doc.retention.participants.at12.value).toBeGreaterThan(doc.retention.comparison.at12.value);
    expect(doc.retention.logRank.p).toBeLessThan(0.05);
    expect(doc.retention.participants.curve.length).toBeGreaterThan(0);
  });

  test('planted finding 6: mentee satisfaction rises from the previous quarter', () => {
    const mentee = doc.satisfaction.find((s: { instrument: string; role: string }) => s.instrument === 'Mentee satisfaction' && s.role === 'All');
    expect(mentee.quarter).toBe('2026-Q3');
    expect(mentee.previous.quarter).toBe('2026-Q2');
    expect(mentee.mean).toBeGreaterThan(mentee.previous.mean);
    expect(mentee.changeP).toBeLessThan(0.05);
  });

  test('planted finding 5 shows in operations: one inactive pairing', () => {
    expect(doc.operations.inactivePairings).toBe(1);
  });

  test('issue 4 on the sample: the coach gap is the only adverse flag; two mentors over capacity; one chain conflict', () => {
    const adverse = doc.equity.tests.filter((t: { status: string }) => t.status === 'adverse');
    expect(adverse.map((t: { resource: string; attribute: string; group: string }) => `${t.resource}|${t.attribute}|${t.group}`)).toEqual([
      'External coach|Gender|Woman',
    ]);
    expect(adverse[0].reason).toMatch(/significant after adjustment/);
    const { planted } = generateSample({ size: 'standard', seed: 42 });
    expect(doc.load.overCapacity.map((m: { mentorId: string }) => m.mentorId).sort()).toEqual(planted.overCapacity.map((m) => m.mentorId).sort());
    const chain = doc.conflicts.filter((c: { kind: string }) => c.kind === 'reporting-chain');
    expect(chain).toEqual([expect.objectContaining({ personId: planted.reportingChainConflict!.personId, mentorId: planted.reportingChainConflict!.mentorId, pairingRow: planted.reportingChainConflict!.pairingRow })]);
    expect(doc.conflicts.filter((c: { kind: string }) => !['reporting-chain', 'over-capacity'].includes(c.kind))).toEqual([]);
  });

  test('readiness is computed with its curve and 24-month point', () => {
    expect(doc.readiness.n).toBeGreaterThan(0);
    expect(doc.readiness.ready + doc.readiness.leftBeforeReady + doc.readiness.inDevelopment).toBe(doc.readiness.n);
    expect(doc.readiness.at24.value).toBeGreaterThan(0);
  });

  test('the fingerprint depends on the data only: the same workbook twice gives the same one', async () => {
    const again = join(dir, 'again.json');
    await run('refresh', book, '--json', again, '--as-of', '2026-06-30');
    expect(JSON.parse(readFileSync(again, 'utf8')).inputFingerprint).toBe(doc.inputFingerprint);
  });
});

describe('cadre demo', () => {
  test('writes the sample, validates it, prints the findings and writes the results document', async () => {
    const out = join(dir, 'demo');
    const r = await run('demo', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Problems: 0 errors, 0 warnings, 0 notes/);
    expect(r.out).toMatch(/12-month retention: participants \d+\.\d%, comparison pool \d+\.\d%/);
    expect(r.out).toMatch(/For the board's attention as of [\d-]+ \(\d{4}-Q\d\):\n  1\. External coach × Gender = Woman: rate/);
    // issue 14: the raw comparison and the matched one, side by side (the sample's figures as of 2026-09-30)
    expect(r.out).toContain(
      [
        'Compared with matched colleagues (same level band, business unit, high-potential flag, tenure band and last performance rating):',
        '  Retention at 12 months, participants vs the comparison pool (all eligible non-participants): +6.9 pts (+2.8 to +11.0); matched participants vs matched colleagues: +2.6 pts (−3.1 to +8.4).',
        '  Promoted by 24 months: matched participants 24.5%, matched colleagues 13.4%, +11.1 pts (+2.5 to +19.8); promotion rate in the first 24 months 2.08 times the colleagues’ (1.33 to 3.26).',
        '  Performance rating, change from the year before the start to 6–18 months after: matched participants +0.13, matched colleagues −0.08, a difference of +0.21 (+0.005 to +0.42).',
        '  163 of 240 participants matched, with 351 colleagues (up to 3 each); 77 had no colleague with the same values.',
        '  Intervals are 95%. Each difference is an association, not proof that the program caused it.',
      ].join('\n'),
    );
    const doc = JSON.parse(readFileSync(join(out, 'cadre-results.json'), 'utf8'));
    expect(validate(doc)).toBe(true);
    // issue 15: mentor suggestions for the participants without a mentor, after program impact, and their sheet
    expect(r.out).toMatch(/  Intervals are 95%\. Each difference is an association, not proof that the program caused it\.\nPairing suggestions \(mentor role, as of 2026-09-30\):\n  [\d,]+ participants? without an active mentor: \d+ got a suggestion/);
    expect(r.out).toMatch(/Wrote the mentor suggestions to .*cadre-suggestions\.xlsx \(the same sheet as cadre suggest\)/);
    const suggestions = new XlsxSource(join(out, 'cadre-suggestions.xlsx'));
    expect((await suggestions.describe()).sheets).toEqual(['Cadre Suggestions']);
    const [sheet] = await suggestions.readSheets(['Cadre Suggestions']);
    expect(sheet.values[0][0]).toBe('Pairing suggestions: mentor as of 2026-09-30');
    // the planted preference trap (where the sample plants one): the first wish is ruled out by the reporting chain, and the line says who was suggested instead
    const planted = generateSample({ size: 'standard', seed: 42 }).planted as { preferenceTrap?: { personId: string; mentorId: string } | null; mentorUnpaired?: readonly string[] };
    const trap = planted.preferenceTrap ?? null;
    if (trap !== null) {
      const row = sheet.values.find((v) => v[0] === trap.personId)!;
      expect(row[2]).not.toBe(trap.mentorId);
      expect(r.out).toContain(`  ${trap.personId}'s first wish was ${trap.mentorId}, the highest score`);
      expect(r.out).toMatch(new RegExp(`so ${trap.mentorId} was not suggested; suggested instead: ${row[2]} \\(score \\d+\\.\\d\\)`));
      expect(r.out).toContain(`${planted.mentorUnpaired!.length} participants without an active mentor`);
    } else expect(r.out).not.toContain('first wish');
    // the board pack, refreshed as of four quarter ends: History has eight quarters (four recomputed by the first)
    expect(r.out).toMatch(/Wrote the board pack to .*cadre-board-pack\.xlsx \(refreshed as of 2025-12-31, 2026-03-31, 2026-06-30, 2026-09-30\)/);
    const source = new XlsxSource(join(out, 'cadre-board-pack.xlsx'));
    const [history] = await source.readSheets(['Cadre History']);
    // the first of the four refreshes (2025-Q4) recomputed the four quarters before it; the others are refreshes
    const rows = historyFromValues(history.values).rows;
    expect(new Set(rows.filter((h) => h.source === 'refresh').map((h) => h.quarter))).toEqual(new Set(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']));
    expect(new Set(rows.filter((h) => h.source === 'recomputed').map((h) => h.quarter))).toEqual(new Set(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']));
    // the schema's description of a History row (definitions.historyRow) fits every row of the sheet, and not a row with another Source
    const historyRow = new Ajv({ allErrors: true }).compile({ ...schema.definitions.historyRow, definitions: schema.definitions });
    expect(rows.filter((h) => !historyRow(h)).slice(0, 3)).toEqual([]);
    expect(historyRow({ ...rows[0], source: 'estimated' })).toBe(false);
    // the sheet's columns, in the order the schema lists them
    expect(history.values[history.values.findIndex((r) => r[0] === 'Quarter')]).toEqual(['Quarter', 'Metric', 'Segment', 'Value', 'Lower', 'Upper', 'N', 'Refreshed at', 'Source']);
    if (process.env.CADRE_LIBREOFFICE === '1') {
      expect(r.out).toMatch(/Wrote .*board-dashboard\.png: the Board Dashboard's 2 printed pages as LibreOffice prints them/);
      expect(statSync(join(out, 'board-dashboard.png')).size).toBeGreaterThan(20_000);
    }
  }, 120_000); // the demo writes five files and refreshes four quarters: over 30 s on a loaded 2-core machine
});

describe('cadre refresh on other inputs', () => {
  test('the messy workbook: computed, with its problems in dataQuality and not-available metrics saying why', async () => {
    const book = join(dir, 'messy.xlsx');
    await writeSheetsXlsx(book, MESSY_SHEETS);
    const json = join(dir, 'messy.json');
    const r = await run('refresh', book, '--json', json, '--as-of', '2026-09-30');
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(validate(doc)).toBe(true);
    expect(doc.dataQuality.errors).toBeGreaterThan(0);
    expect(doc.operations.rotations).toEqual({ available: false, reason: expect.stringMatching(/Rotations/) });
  });

  test('a workbook with nothing to compute: exit 1 naming the problem', async () => {
    const book = join(dir, 'empty.xlsx');
    await writeSheetsXlsx(book, [{ name: 'Budget', values: [['Cost centre', 'Amount']] }]);
    const r = await run('refresh', book, '--json', join(dir, 'x.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nothing can be computed: .*Participants/);
  });

  test.each([
    [['refresh', 'x.xlsx'], /--out OUT.xlsx is required/],
    [['refresh', 'x.xlsx', '--out', 'pack.csv'], /--out must name an .xlsx file/],
    [['refresh', 'x.xlsx', '--json', 'x.json', '--min-group', '2'], /--min-group must be a whole number, 3 or more/],
    [['refresh', 'x.xlsx', '--json', 'x.json', '--attributes', ' , '], /--attributes needs column names/],
  ])('usage error %p', async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test('--quarterly: the end of the last completed quarter', () => {
    expect(isoFromDay(refreshAsOf(dayFromIso('2026-11-23'), true))).toBe('2026-09-30');
    expect(isoFromDay(refreshAsOf(dayFromIso('2026-09-30'), true))).toBe('2026-09-30');
    expect(isoFromDay(refreshAsOf(dayFromIso('2026-01-01'), true))).toBe('2025-12-31');
    expect(isoFromDay(refreshAsOf(dayFromIso('2026-11-23'), false))).toBe('2026-11-23');
  });
});
