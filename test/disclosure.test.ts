import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso } from '../src/calendar/dayFromIso';
import { buildWorkbookPlan, DEFAULT_SHEET_NAMES } from '../src/dashboard/buildPlan';
import { historyRowsOf } from '../src/dashboard/history';
import type { WorkbookPlan } from '../src/dashboard/plan';
import { intake } from '../src/intake/intake';
import type { CellValue } from '../src/model/cell';
import { DISCLOSURE_TABLES, NOT_GROUP_TABLES } from '../src/privacy/disclosureTables';
import { POOLED_GROUP } from '../src/privacy/poolSmallGroups';
import { refreshReport, unprotectedReport } from '../src/report/refreshReport';
import { generateSample } from '../src/sample/generateSample';

/**
 * equity.md, Privacy, checked from outside the pass: on programs built to leak, every figure the
 * refresh writes — the JSON document, every table on every sheet but the analyst's, History — is
 * searched for a figure about fewer than k people and for a hidden figure that equals a shown total
 * minus the shown parts. The hidden figures are read from the document before the pass.
 */

type Obj = Record<string, unknown>;
type Sheets = ReturnType<typeof generateSample>['sheets'];
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const EXCEL_EPOCH = 25569; // Excel serial of 1970-01-01
const sample = () => generateSample({ size: 'standard', seed: 42 });
const asOf = sample().asOf;

/** Rows of a sheet with a column reader and writer (the header is row 0). */
function table(sheets: Sheets, name: string) {
  const sheet = sheets.find((s) => s.name === name)!;
  const header = sheet.values[0] as string[];
  const col = (h: string) => header.indexOf(h);
  return { sheet, rows: sheet.values.slice(1) as CellValue[][], get: (r: CellValue[], h: string) => r[col(h)], set: (r: CellValue[], h: string, v: CellValue) => (r[col(h)] = v) };
}

const started = (p: ReturnType<typeof table>, r: CellValue[]) => p.get(r, 'InProgram') === 'Y' && typeof p.get(r, 'ProgramStart') === 'number' && (p.get(r, 'ProgramStart') as number) - EXCEL_EPOCH <= asOf;

// ----- the programs ----------------------------------------------------------------------------

/** The sample with 3 Non-binary participants (the other 3 of its 6 relabelled Woman: 112 women). */
function plantedThree(): Sheets {
  const s = sample();
  const p = table(s.sheets, 'Participants');
  const nb = p.rows.filter((r) => started(p, r) && p.get(r, 'Gender') === 'Non-binary');
  for (const r of nb.slice(3)) p.set(r, 'Gender', 'Woman');
  return s.sheets;
}

/** One small group beside one large one: of the participants, 3 women and every other a man. */
function smallBesideLarge(): Sheets {
  const s = sample();
  const p = table(s.sheets, 'Participants');
  p.rows.filter((r) => started(p, r)).forEach((r, i) => p.set(r, 'Gender', i < 3 ? 'Woman' : 'Man'));
  return s.sheets;
}

/** Two participants rotated through Legal, rated 1 and 2. */
function rareFunction(): Sheets {
  const s = sample();
  const p = table(s.sheets, 'Participants');
  const ids = new Set(p.rows.filter((r) => started(p, r)).map((r) => p.get(r, 'PersonID')));
  const rot = table(s.sheets, 'Rotations');
  const rated = rot.rows.filter((r) => ids.has(rot.get(r, 'PersonID')) && typeof rot.get(r, 'CheckpointRating') === 'number' && (rot.get(r, 'CheckpointDate') as number) - EXCEL_EPOCH <= asOf);
  const two = [rated[0], rated.find((r) => rot.get(r, 'PersonID') !== rot.get(rated[0], 'PersonID'))!];
  two.forEach((r, i) => {
    rot.set(r, 'Function', 'Legal');
    rot.set(r, 'CheckpointRating', i + 1);
  });
  return s.sheets;
}

/** Only two mentees answered about external coaches in the quarter (several answers each). */
function twoCoachRespondents(): Sheets {
  const s = sample();
  const mentors = table(s.sheets, 'Mentors');
  const coaches = new Set(mentors.rows.filter((r) => mentors.get(r, 'MentorType') === 'External coach').map((r) => mentors.get(r, 'MentorID')));
  const surveys = table(s.sheets, 'Surveys');
  const quarterStart = dayFromIso('2026-07-01')! + EXCEL_EPOCH;
  const aboutCoach = (r: CellValue[]) => (surveys.get(r, 'Date') as number) >= quarterStart && coaches.has(surveys.get(r, 'AboutID'));
  const keep = [...new Set(surveys.rows.filter(aboutCoach).map((r) => surveys.get(r, 'RespondentID')))].slice(0, 2);
  const kept = surveys.rows.filter((r) => !aboutCoach(r) || keep.includes(surveys.get(r, 'RespondentID')));
  (surveys.sheet.values as CellValue[][]).splice(1, Infinity, ...kept);
  return s.sheets;
}

// ----- running a refresh -----------------------------------------------------------------------

function refresh(sheets: Sheets, k: number, history: ReturnType<typeof historyRowsOf> = []) {
  const settings = { asOf, minGroup: k, refreshedAt: new Date(0), inputFingerprint: `sha256:${'0'.repeat(64)}` };
  const result = intake(sheets, { asOf });
  const report = refreshReport(settings, result);
  const raw = unprotectedReport(settings, result);
  const plan = buildWorkbookPlan(report, { history, analystDetail: false });
  return { report: JSON.parse(JSON.stringify(report)) as Obj, raw: JSON.parse(JSON.stringify(raw)) as Obj, plan };
}

// ----- the checks ------------------------------------------------------------------------------

const PEOPLE = ['n', 'respondents', 'ratedParticipants', 'atRisk'];
/** Fields that add up across the groups of a table (counts of people, answers, events, pairings). */
const ADDITIVE = ['n', 'count', 'events', 'ready', 'leftBeforeReady', 'inDevelopment', 'respondents', 'participants', 'ratedParticipants', 'checkpointRatings', 'seniorPairings', 'readyNow', 'shortfall'];
const GROUP_FIELDS = ['group', 'role', 'supportType', 'function', 'targetRole', 'rating'];
const LABELS = ['resource', 'attribute', 'outcome', 'instrument', 'scaleMax', 'quarter'];

interface Found {
  path: string;
  o: Obj;
  raw: Obj;
  siblings: { o: Obj; raw: Obj }[];
}

/** Every object of the protected document beside its counterpart before the pass. */
function pairs(o: unknown, raw: unknown, path = '$', siblings: { o: Obj; raw: Obj }[] = []): Found[] {
  if (Array.isArray(o)) {
    const rawList = Array.isArray(raw) ? raw : [];
    const items = o.map((v, i) => ({ o: v as Obj, raw: rawList[i] as Obj })).filter((x) => isObj(x.o));
    return o.flatMap((v, i) => pairs(v, rawList[i], `${path}[]`, items));
  }
  if (!isObj(o)) return [];
  const r = isObj(raw) ? raw : {};
  return [{ path, o, raw: r, siblings }, ...Object.entries(o).flatMap(([key, v]) => pairs(v, r[key], `${path}.${key}`))];
}

const groupOf = (o: Obj) => GROUP_FIELDS.map((f) => o[f]).find((v) => typeof v === 'string') as string | undefined;
const tableOf = (o: Obj) => LABELS.map((f) => `${f}=${String(o[f] ?? '')}`).join('|');
const isTotal = (o: Obj) => o.role === 'All';

/** Every number on the sheets but the analyst's, and the rows that say "fewer than k" with the numbers they show. */
function sheetFigures(plan: WorkbookPlan, k: number) {
  const numbers: number[] = [];
  const smallRows: { sheet: string; row: unknown[]; numbers: unknown[] }[] = [];
  for (const sheet of plan.sheets) {
    if (sheet.name === DEFAULT_SHEET_NAMES.analyst) continue;
    for (const block of sheet.blocks) {
      const header = block.values[0] ?? [];
      for (const row of block.values) {
        row.forEach((v) => typeof v === 'number' && numbers.push(v));
        if (row.some((v) => v === `fewer than ${k}`)) {
          smallRows.push({ sheet: sheet.name, row: [...row], numbers: row.filter((v, i) => typeof v === 'number' && header[i] !== 'Scale max') });
        }
      }
    }
  }
  return { numbers, smallRows };
}

function historyRows(plan: WorkbookPlan) {
  const sheet = plan.sheets.find((s) => s.name === DEFAULT_SHEET_NAMES.history)!;
  const values = sheet.blocks.flatMap((b) => b.values);
  const at = values.findIndex((r) => r[0] === 'Quarter' && r[1] === 'Metric');
  return values.slice(at + 1).map(([quarter, metric, segment, value, , , n]) => ({ quarter, metric, segment: String(segment), value, n: n as number | null }));
}

/** What leaks: figures about fewer than k people, and hidden figures equal to a shown total minus shown parts. */
function leaks(run: ReturnType<typeof refresh>, k: number): string[] {
  const out: string[] = [];
  const under = (v: unknown) => typeof v === 'number' && v > 0 && v < k;
  const all = pairs(run.report, run.raw);
  const sheets = sheetFigures(run.plan, k);
  const shown = new Set<number>([...all.flatMap(({ o }) => Object.values(o).filter((v): v is number => typeof v === 'number')), ...sheets.numbers]);

  for (const { path, o } of all) {
    for (const f of PEOPLE) if (under(o[f])) out.push(`${path} ${groupOf(o) ?? ''}: ${f} = ${o[f]}`);
    if (path.endsWith('byFunction[]') && under(o.participants)) out.push(`${path} ${groupOf(o)}: participants = ${o.participants}`);
  }

  for (const { path, o, raw, siblings } of all) {
    if (o.suppressed !== true || groupOf(o) === undefined) continue;
    const others = siblings.filter((s) => s.o !== o && tableOf(s.o) === tableOf(o) && s.o.suppressed !== true && !isTotal(s.o));
    for (const [f, h] of Object.entries(raw)) {
      if (!ADDITIVE.includes(f) || typeof h !== 'number' || !Number.isInteger(h) || h <= 0) continue;
      // subtraction: the shown parts plus the hidden value make a number that is shown somewhere
      if (others.length > 0 && others.every((s) => typeof s.o[f] === 'number')) {
        const parts = others.reduce((sum, s) => sum + (s.o[f] as number), 0);
        if (Number.isInteger(parts) && shown.has(parts + h)) out.push(`${path} ${groupOf(o)}: ${f} = ${h} = ${parts + h} (shown) − ${parts} (shown parts)`);
      }
    }
    // shares of a whole: the shown shares and the hidden one make 1
    for (const f of ['share', 'populationShare']) {
      const h = raw[f];
      if (typeof h !== 'number' || others.length === 0 || !others.every((x) => typeof x.o[f] === 'number')) continue;
      const parts = others.reduce((sum, x) => sum + (x.o[f] as number), 0);
      if (Math.abs(parts + h - 1) < 1e-9) out.push(`${path} ${groupOf(o)}: ${f} = ${h} = 1 − ${parts} (shown shares)`);
    }
    // the same people counted in another table
    const people = PEOPLE.map((f) => raw[f]).find((v) => typeof v === 'number') as number | undefined;
    if (o.attribute !== undefined && people !== undefined && people < k) {
      for (const other of all) {
        if (other.o.suppressed === true || other.o.attribute !== o.attribute || groupOf(other.o) !== groupOf(o) || other.o === o) continue;
        if (other.o.count === people && other.o.resource === 'Program selection') out.push(`${other.path} ${groupOf(o)}: selected = ${people}, the hidden group`);
      }
    }
  }

  // a withheld count given back by the figures beside it: count = rate × n; count = n × reference rate − shortfall
  for (const { path, o } of all) {
    if (!Array.isArray(o.withheld) || o.suppressed === true) continue;
    const shownNumber = (f: string) => typeof o[f] === 'number';
    if (o.withheld.includes('count') && shownNumber('n') && shownNumber('rate')) out.push(`${path} ${groupOf(o)}: count withheld, but rate × n shown`);
    if (o.withheld.includes('n') && shownNumber('count') && shownNumber('rate')) out.push(`${path} ${groupOf(o)}: n withheld, but count ÷ rate shown`);
    if (o.withheld.includes('count') && shownNumber('n') && shownNumber('shortfall')) out.push(`${path} ${groupOf(o)}: count withheld, but n and shortfall shown`);
    if (o.withheld.includes('n') && shownNumber('populationShare')) out.push(`${path} ${groupOf(o)}: n withheld, but its share of the participants shown`);
    if (o.withheld.includes('participants') && shownNumber('coverage')) out.push(`${path} ${groupOf(o)}: participants withheld, but coverage shown`);
  }

  // exact figures beside withheld counts give them back: a rate is count/n in lowest terms, a Wilson
  // interval around it solves for n (n = z²(½ − m)/(m − rate), m the interval's midpoint), an exact
  // mean is a sum over n
  const Z = 1.959963984540054;
  for (const { path, o, raw } of all) {
    if (!Array.isArray(o.withheld) || o.suppressed === true) continue;
    const exact = (a: Obj, r: Obj, where: string) => {
      for (const [f, v] of Object.entries(a)) {
        if (isObj(v) && isObj(r[f])) exact(v, r[f] as Obj, `${where}.${f}`);
        if (typeof v !== 'number' || v !== r[f] || LABELS.includes(f) || ADDITIVE.includes(f)) continue;
        const rounded = /^(p|pAdjusted|changeP)$/.test(f) ? Number(v.toPrecision(2)) : Math.round(v * 100) / 100;
        if (rounded !== v) out.push(`${path} ${groupOf(o)}: ${where}.${f} = ${v}, exact beside withheld counts`);
      }
    };
    exact(o, raw, '');
    const [rate, lower, upper, n] = [o.rate, o.lower, o.upper, raw.n];
    if (typeof rate === 'number' && typeof lower === 'number' && typeof upper === 'number' && typeof n === 'number' && rate > 0 && rate < 1) {
      const m = (lower + upper) / 2;
      const recovered = (Z * Z * (0.5 - m)) / (m - rate);
      if (Math.abs(recovered - n) < 0.01) out.push(`${path} ${groupOf(o)}: n = ${n} solves from the rate and its Wilson interval`);
    }
  }

  for (const r of sheets.smallRows) if (r.numbers.length > 0) out.push(`${r.sheet}: a "fewer than ${k}" row shows ${r.numbers.join(', ')}: ${r.row.join(' | ')}`);

  const history = historyRows(run.plan);
  for (const r of history) if (under(r.n)) out.push(`History ${r.quarter} ${r.metric} ${r.segment}: N = ${r.n}`);
  const families = new Map<string, { total?: number; shown: number; withheld: boolean }>();
  for (const r of history) {
    const key = `${r.quarter}|${r.metric}`;
    if (r.segment === 'Participants' || r.segment === 'All') {
      if (typeof r.n === 'number') families.set(`${key}|`, { total: r.n, shown: 0, withheld: false });
      continue;
    }
    const attribute = r.segment.slice(0, r.segment.indexOf(': '));
    const f = families.get(`${key}|${attribute}`) ?? { shown: 0, withheld: false };
    if (typeof r.n === 'number') f.shown += r.n;
    else f.withheld = true;
    families.set(`${key}|${attribute}`, f);
  }
  for (const [key, f] of families) {
    const total = families.get(`${key.slice(0, key.lastIndexOf('|'))}|`)?.total;
    if (key.endsWith('|') || f.withheld || total === undefined) continue;
    if (under(total - f.shown)) out.push(`History ${key}: ${total} − ${f.shown} = ${total - f.shown} people in segments not shown`);
  }
  return out;
}

/** Arrays of group rows in the document that the privacy pass does not know. */
function undeclared(report: Obj): string[] {
  const declared = new Set([...DISCLOSURE_TABLES.map((t) => t.name), ...Object.keys(NOT_GROUP_TABLES)]);
  const found = new Set<string>();
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      if (v.some((x) => isObj(x) && groupOf(x) !== undefined)) found.add(path);
      v.forEach((x) => walk(x, `${path}[]`));
    } else if (isObj(v)) for (const [key, x] of Object.entries(v)) walk(x, path === '' ? key : `${path}.${key}`);
  };
  walk(report, '');
  return [...found].map((p) => p.replace(/\[\]$/, '')).filter((p) => !declared.has(p));
}

// ----- the tests -------------------------------------------------------------------------------

const find = (report: Obj, path: string): Obj[] => {
  let v: unknown = report;
  for (const key of path.split('.')) v = isObj(v) ? v[key] : undefined;
  return Array.isArray(v) ? v.filter(isObj) : [];
};

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'refresh.schema.json'), 'utf8')));

describe('no figure about fewer than k people, none by subtraction (equity.md, Privacy)', () => {
  test('every protected document, with its withheld and suppressed fields, validates against schema/refresh.schema.json', () => {
    for (const sheets of [plantedThree(), smallBesideLarge(), rareFunction(), twoCoachRespondents()]) {
      const { report } = refresh(sheets, 5);
      expect(validate(report) ? [] : validate.errors).toEqual([]);
    }
  });

  test('every array of group rows in the document is declared to the privacy pass', () => {
    expect(undeclared(refresh(sample().sheets, 5).report)).toEqual([]);
  });

  describe('the sample with 3 Non-binary participants', () => {
    const run = refresh(plantedThree(), 5);

    test('is planted: 3 Non-binary participants, 112 women', () => {
      const raw = find(run.raw, 'retention.segments').filter((s) => s.attribute === 'Gender');
      expect(raw.map((s) => [s.group, s.n])).toEqual([
        ['Man', 125],
        ['Non-binary', 3],
        ['Woman', 112],
      ]);
    });

    test('leaks nothing', () => {
      expect(leaks(run, 5)).toEqual([]);
    });

    test('the adverse External coach × Woman finding is still adverse and named, in the JSON, on Equity Detail and in History', () => {
      const coach = find(run.report, 'equity.tests').find((t) => t.resource === 'External coach' && t.attribute === 'Gender' && t.group === 'Woman')!;
      expect(coach).toMatchObject({ status: 'adverse', reference: 'Man', withheld: expect.arrayContaining(['n', 'count', 'shortfall']) });
      expect(coach.impactRatio).toBeLessThan(0.8);
      expect(coach.reason).toMatch(/^rate \d+% vs \d+% for Man; at least one person fewer \(exact count withheld\)/);
      const equity = run.plan.sheets.find((s) => s.name === DEFAULT_SHEET_NAMES.equity)!;
      const row = equity.blocks.flatMap((b) => b.values).find((r) => r[0] === 'External coach' && r[1] === 'Gender' && r[2] === 'Woman')!;
      expect([row[3], row[4], row[12], row[13]]).toEqual(['withheld', 'withheld', 'withheld', 'adverse']);
      const flags = historyRows(run.plan).find((r) => r.metric === 'Equity flags: adverse');
      expect(flags?.value).toBeGreaterThanOrEqual(1);
    });
  });

  describe('one small group beside one large group', () => {
    const run = refresh(smallBesideLarge(), 5);
    test('is planted: 3 women, the rest men', () => {
      expect(find(run.raw, 'retention.segments').filter((s) => s.attribute === 'Gender').map((s) => s.n)).toEqual([237, 3]);
    });
    test('leaks nothing; the large group keeps its rates and loses its counts', () => {
      expect(leaks(run, 5)).toEqual([]);
      const man = find(run.report, 'retention.segments').find((s) => s.attribute === 'Gender' && s.group === 'Man')!;
      expect(man).toMatchObject({ n: null, events: null, withheld: ['n', 'events'] });
      expect((man.at12 as Obj).value).toEqual(expect.any(Number));
    });
  });

  describe('two groups under k that together reach k', () => {
    const s = sample();
    const p = table(s.sheets, 'Participants');
    const nb = p.rows.filter((r) => started(p, r) && p.get(r, 'Gender') === 'Non-binary');
    for (const r of nb.slice(3)) p.set(r, 'Gender', 'Another gender');
    const run = refresh(s.sheets, 5);
    test('are one "groups under k, combined" group of 6, shown with its figures; nothing withheld', () => {
      const gender = find(run.report, 'retention.segments').filter((x) => x.attribute === 'Gender');
      expect(gender.map((x) => [x.group, x.n])).toEqual([
        ['Man', 125],
        ['Woman', 109],
        [POOLED_GROUP, 6],
      ]);
      expect(leaks(run, 5)).toEqual([]);
    });
  });

  describe('two participants rotated through Legal', () => {
    const run = refresh(rareFunction(), 5);
    test('is planted', () => {
      expect(find(run.raw, 'operations.rotations.byFunction').find((f) => f.function === 'Legal')).toMatchObject({ participants: 2, checkpointRatings: 2, meanCheckpointRating: 1.5 });
    });
    test('leaks nothing: the function row and the Rotation in Legal tests are suppressed', () => {
      expect(leaks(run, 5)).toEqual([]);
      expect(find(run.report, 'operations.rotations.byFunction').find((f) => f.function === 'Legal')).toMatchObject({ suppressed: true, meanCheckpointRating: null });
      const legal = find(run.report, 'equity.tests').filter((t) => t.resource === 'Rotation: Legal');
      expect(legal.length).toBeGreaterThan(0);
      expect(legal.every((t) => t.suppressed === true && t.count === null)).toBe(true);
      const metrics = run.plan.sheets.find((x) => x.name === DEFAULT_SHEET_NAMES.metrics)!;
      expect(metrics.blocks.flatMap((b) => b.values).find((r) => r[0] === 'Legal')).toEqual(['Legal', 'fewer than 5', null, null, null, null]);
    });
  });

  describe('two mentees answered about external coaches', () => {
    const run = refresh(twoCoachRespondents(), 5);
    test('is planted: 2 respondents, more answers', () => {
      const coach = find(run.raw, 'satisfactionBySupport').find((x) => x.supportType === 'External coach' && x.instrument === 'Mentee satisfaction')!;
      expect(coach.respondents).toBe(2);
      expect(coach.n as number).toBeGreaterThan(2);
    });
    test('leaks nothing: the row is suppressed though its answers are k or more', () => {
      expect(leaks(run, 5)).toEqual([]);
      expect(find(run.report, 'satisfactionBySupport').find((x) => x.supportType === 'External coach' && x.instrument === 'Mentee satisfaction')).toMatchObject({ suppressed: true, mean: null });
    });
  });

  describe('History across a change of k', () => {
    // the last quarter was refreshed with k = 3: Non-binary (3 people) got rows of its own
    const earlier = refresh(plantedThree(), 3);
    const carried = historyRowsOf(earlier.report as never).map((r) => ({ ...r, quarter: '2026-Q2' }));
    const run = refresh(plantedThree(), 5, carried);
    test('is planted: the carried rows show the group of 3', () => {
      expect(carried.some((r) => r.segment === 'Gender: Non-binary' && r.n === 3)).toBe(true);
    });
    test('leaks nothing: the group of 3 is gone from every quarter and cannot be worked out', () => {
      expect(leaks(run, 5)).toEqual([]);
      const rows = historyRows(run.plan);
      expect(rows.filter((r) => r.segment === 'Gender: Non-binary')).toEqual([]);
      expect(rows.filter((r) => r.quarter === '2026-Q2' && r.segment.startsWith('Gender: ')).map((r) => r.n)).toEqual([null, null]);
    });
  });
});
