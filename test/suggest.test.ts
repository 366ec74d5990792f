/**
 * `cadre suggest` end to end (matching.md, Output; cli.md): the suggestions workbook and the JSON
 * document, the printout, the input never modified, the same workbook giving the same document, and
 * every usage error with its message.
 */
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSample } from '../src/sample/generateSample';
import { SUGGESTIONS_KEYWORD, hasBoardPackMarker, hasKeyword, openPackage } from '../src/workbook/xlsx/boardPackMarker';
import { XlsxSource } from '../src/workbook/xlsx/read/xlsxSource';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { runCadre } from './runCadre.test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'cadre-suggest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const book = join(dir, 'book.xlsx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'suggest.schema.json'), 'utf8'));
const validateDocument = new Ajv({ allErrors: true }).compile(schema);
const sample = generateSample({ size: 300, seed: 7 });

beforeAll(async () => {
  await writeSheetsXlsx(book, sample.sheets, sample.numberFormats);
});

/** the sample's coaches (MentorType External coach), from its Mentors sheet */
function coachIds(): Set<string> {
  const [header, ...rows] = sample.sheets.find((s) => s.name === 'Mentors')!.values;
  return new Set(rows.filter((r) => r[header.indexOf('MentorType')] === 'External coach').map((r) => String(r[header.indexOf('MentorID')])));
}

describe('cadre suggest on the sample', () => {
  const out = join(dir, 'suggest.xlsx');
  const json = join(dir, 'suggest.json');
  let result: { code: number; out: string; err: string };
  let before: string;
  beforeAll(async () => {
    before = sha(book);
    result = await run('suggest', book, '--role', 'coach', '--out', out, '--json', json, '--as-of', '2026-09-30');
  });

  test('exits 0 and never modifies the input workbook', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(sha(book)).toBe(before);
  });

  test('writes the JSON document of matching.md, valid against schema/suggest.schema.json', () => {
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(validateDocument(doc)).toBe(true);
    expect(doc).toMatchObject({ schemaVersion: 1, asOf: '2026-09-30', role: 'Coach', minGroup: 5, priceOfFairness: null, fairnessFloor: null });
    expect(doc.suggestions.length).toBeGreaterThan(0);
    const coaches = coachIds();
    for (const s of doc.suggestions) {
      expect(s.role).toBe('Coach');
      expect(coaches.has(s.mentorId)).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
    }
    expect(doc.weights).toEqual({ crossBusinessUnit: 2, crossFunction: 2, seniority: 2, trackFit: 1, location: 1, preference: 3, loadBalance: 1, giverSatisfaction: 1 });
  });

  test('writes SUGGEST.xlsx holding only the Cadre Suggestions sheet, marked as written by cadre suggest and not as a board pack', async () => {
    const bytes = readFileSync(out);
    const zip = (await openPackage(bytes))!;
    expect(await hasKeyword(zip, SUGGESTIONS_KEYWORD)).toBe(true);
    expect(await hasBoardPackMarker(zip)).toBe(false);
    const source = new XlsxSource(bytes);
    expect((await source.describe()).sheets).toEqual(['Cadre Suggestions']);
    const [sheet] = await source.readSheets(['Cadre Suggestions']);
    const cells = sheet.values.flat();
    expect(cells[0]).toBe('Pairing suggestions: coach as of 2026-09-30');
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    for (const s of doc.suggestions) {
      expect(cells).toContain(s.personId);
      expect(cells).toContain(s.mentorId);
    }
  });

  test('prints how many mentees, suggested, unmatched by reason, the audit, and where the files went', () => {
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.out).toContain(`Pairing suggestions for the coach role as of 2026-09-30: ${doc.mentees} mentees (active participants without an active coach)`);
    expect(result.out).toMatch(new RegExp(`^  suggested: ${doc.suggestions.length} \\(mean score \\d+\\.\\d of 100\\)`, 'm'));
    expect(result.out).toMatch(new RegExp(`^  unmatched: ${doc.unmatched.length}`, 'm'));
    expect(result.out).toMatch(/^ {2}equity audit \(k = 5\): \d+ adverse, \d+ watch among \d+ group rows/m);
    // the sample has every column the score reads, the Preferences sheet included: nothing is left out
    expect(result.out).not.toContain('left out of the score');
    expect(result.out).toMatch(new RegExp(`; ${doc.suggestions.filter((s: { preferenceRank: number | null }) => s.preferenceRank === 1).length} of them the mentee's first wish`));
    expect(result.out).toContain(`Wrote ${out} (the Cadre Suggestions sheet, for the analyst) and ${json}.`);
    // aggregates only: no person's id in the printout
    for (const s of doc.suggestions) expect(result.out).not.toContain(s.personId);
  });

  test('the same workbook twice gives the same JSON, byte for byte; a file it wrote may be replaced', async () => {
    const again = join(dir, 'again.json');
    expect((await run('suggest', book, '--role', 'coach', '--json', again, '--as-of', '2026-09-30')).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(json, 'utf8'));
    // over its own files
    const third = await run('suggest', book, '--role', 'coach', '--out', out, '--json', again, '--as-of', '2026-09-30');
    expect([third.code, third.err]).toEqual([0, '']);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(json, 'utf8'));
  });

  test('--weights changes the weights: location at 0 contributes nothing to any pair', async () => {
    const weights = join(dir, 'weights.json');
    writeFileSync(weights, JSON.stringify({ location: 0, trackFit: 4 }));
    const file = join(dir, 'weighted.json');
    const r = await run('suggest', book, '--role', 'coach', '--json', file, '--weights', weights, '--as-of', '2026-09-30');
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect(doc.weights).toMatchObject({ location: 0, trackFit: 4, crossBusinessUnit: 2 });
    expect(doc.criteria.find((c: { name: string }) => c.name === 'location')).toMatchObject({ weight: 0, defaultWeight: 1 });
    for (const s of doc.suggestions) expect(s.criteria.location ?? 0).toBe(0);
  });

  test('--role sponsor and mentor give their own roles', async () => {
    for (const [role, word] of [['sponsor', 'Sponsor'], ['Mentor', 'Mentor']]) {
      const file = join(dir, `${role}.json`);
      const r = await run('suggest', book, '--role', role, '--json', file, '--as-of', '2026-09-30');
      expect([r.code, r.err]).toEqual([0, '']);
      expect(JSON.parse(readFileSync(file, 'utf8')).role).toBe(word);
    }
  });
});

describe('cadre suggest refuses what it cannot do, with one line each', () => {
  const weights = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const base = () => [book, '--out', join(dir, 'never.xlsx'), '--as-of', '2026-09-30'];

  test.each([
    ['no role', () => ['suggest', ...base()], /^cadre suggest: --role is required: mentor, coach or sponsor$/m],
    ['an unknown role', () => ['suggest', ...base(), '--role', 'manager'], /--role must be mentor, coach or sponsor \(found "manager"\)/],
    ['no output', () => ['suggest', book, '--role', 'coach'], /--out SUGGEST\.xlsx is required/],
    ['an output that is not .xlsx', () => ['suggest', book, '--role', 'coach', '--out', join(dir, 'x.csv')], /--out must name an \.xlsx file/],
    ['a weights file that cannot be read', () => ['suggest', ...base(), '--role', 'coach', '--weights', join(dir, 'missing.json')], /cannot read .*missing\.json: .* \(the --weights file\)$/m],
    ['a weights file that is not JSON', () => ['suggest', ...base(), '--role', 'coach', '--weights', weights('bad.json', '{ preference: 5 ')], /the weights file .*bad\.json is not valid JSON/],
    ['a weights file that is not an object', () => ['suggest', ...base(), '--role', 'coach', '--weights', weights('list.json', '[1, 2]')], /must hold a JSON object of criterion names and weights/],
    ['an unknown criterion', () => ['suggest', ...base(), '--role', 'coach', '--weights', weights('unknown.json', '{"Preference": 5}')], /no criterion "Preference" \(did you mean preference\?\); the criteria are crossBusinessUnit, /],
    ['a negative weight', () => ['suggest', ...base(), '--role', 'coach', '--weights', weights('negative.json', '{"location": -1}')], /the weight of location must be a number, 0 or more \(found -1\)/],
    ['a weight that is not a number', () => ['suggest', ...base(), '--role', 'coach', '--weights', weights('text.json', '{"location": "2"}')], /the weight of location must be a number, 0 or more \(found "2"\)/],
    [
      'every weight 0',
      () => ['suggest', ...base(), '--role', 'coach', '--weights', weights('zero.json', JSON.stringify({ crossBusinessUnit: 0, crossFunction: 0, seniority: 0, trackFit: 0, location: 0, preference: 0, loadBalance: 0, giverSatisfaction: 0 }))],
      /sets every weight to 0, so no pair would score anything/,
    ],
    ['an as-of that is not a date', () => ['suggest', book, '--role', 'coach', '--out', join(dir, 'never.xlsx'), '--as-of', '30/09/2026'], /--as-of must be a date written YYYY-MM-DD \(found "30\/09\/2026"\)/],
    ['an as-of after today', () => ['suggest', book, '--role', 'coach', '--out', join(dir, 'never.xlsx'), '--as-of', '2027-01-01'], /--as-of/],
    ['a fairness floor above 1', () => ['suggest', ...base(), '--role', 'coach', '--fairness-floor', '80'], /--fairness-floor must be a share above 0 and at most 1, such as 0\.8 \(found "80"\)/],
    ['a fairness floor that is not a number', () => ['suggest', ...base(), '--role', 'coach', '--fairness-floor', 'high'], /--fairness-floor must be a share above 0 and at most 1, such as 0\.8 \(found "high"\)/],
    ['k under 3', () => ['suggest', ...base(), '--role', 'coach', '--min-group', '2'], /--min-group must be a whole number of 3 or more|--min-group must be/],
  ])('%s: exit 2', async (_what, argv, message) => {
    const before = sha(book);
    const r = await run(...(argv() as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
    expect(sha(book)).toBe(before);
  });

  test('an --out that is a board pack, or any workbook Cadre did not write as suggestions, is refused', async () => {
    const pack = join(dir, 'pack.xlsx');
    expect((await run('refresh', book, '--out', pack, '--as-of', '2026-09-30')).code).toBe(0);
    const before = sha(pack);
    const r = await run('suggest', book, '--role', 'coach', '--out', pack, '--as-of', '2026-09-30');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out .*pack\.xlsx was not written by cadre suggest; choose another --out file/);
    expect(sha(pack)).toBe(before);
    // nor is the input workbook itself, even through another name
    const copy = join(dir, 'copy.xlsx');
    copyFileSync(book, copy);
    const onInput = await run('suggest', copy, '--role', 'coach', '--out', copy, '--as-of', '2026-09-30');
    expect(onInput.code).toBe(2);
    expect(onInput.err).toMatch(/is the input workbook, which Cadre never modifies/);
    // and a refresh does not write its board pack over the suggestions
    const suggestions = join(dir, 'mine.xlsx');
    expect((await run('suggest', book, '--role', 'coach', '--out', suggestions, '--as-of', '2026-09-30')).code).toBe(0);
    const refused = await run('refresh', book, '--out', suggestions, '--as-of', '2026-09-30');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/was not written by cadre refresh/);
  });

  test('a workbook with nothing to compute stops with exit 1, as refresh does', async () => {
    const empty = join(dir, 'no-participants.xlsx');
    await writeSheetsXlsx(empty, sample.sheets.filter((s) => s.name !== 'Participants'));
    const r = await run('suggest', empty, '--role', 'coach', '--out', join(dir, 'none.xlsx'), '--as-of', '2026-09-30');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^cadre suggest: nothing can be computed: .*\(run cadre validate for the full list\)$/m);
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
  });
});
