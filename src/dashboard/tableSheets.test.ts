import { MESSY_SHEETS } from '../sample/messyWorkbook';
import { dayFromIso } from '../calendar/dayFromIso';
import { columnLetters } from '../excel/a1Address';
import { intake } from '../intake/intake';
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import { refreshReport } from '../report/refreshReport';
import type { HistoryRow } from './history';
import type { SheetPlan } from './plan';
import { dataQualitySheet, definitionsSheet, historySheet } from './tableSheets';
import { boardTiles } from './boardSheet';

const asOf = dayFromIso('2026-09-30');
const report = refreshReport({ asOf, minGroup: 5, refreshedAt: new Date(Date.UTC(2026, 9, 1)), inputFingerprint: 'sha256:abc' }, intake(MESSY_SHEETS, { asOf }));

/** Blocks are rectangular; the table's header row is the block written at A2, and its range covers it. */
function checkTableSheet(sheet: SheetPlan, columns: number) {
  for (const b of sheet.blocks) for (const row of b.values) expect(row).toHaveLength(b.values[0].length);
  const table = sheet.blocks.find((b) => b.at === 'A2')!;
  expect(table.values[0]).toHaveLength(columns);
  const lastColumn = columnLetters(columns);
  expect(sheet.tables).toEqual([expect.objectContaining({ range: `A2:${lastColumn}${table.values.length + 1}` })]);
  expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
  expect(sheet.protect).toBe(true);
}

describe('Data Quality sheet', () => {
  const sheet = dataQualitySheet(report);
  test('every problem from intake is a row of the table, with its cell and what to do', () => {
    checkTableSheet(sheet, 7);
    const rows = sheet.blocks.find((b) => b.at === 'A2')!.values.slice(1);
    expect(rows).toHaveLength(report.dataQuality.problems.length);
    expect(rows).toContainEqual(['error', 'Roster', 'A7', 'PersonID', 'E2', expect.stringMatching(/already used on row 5/), expect.any(String)]);
    expect(sheet.blocks[0].values[0][0]).toMatch(/^Data quality: \d+ errors, \d+ warnings, \d+ notes/);
  });

  test('a copy shared with the board counts problems by sheet and kind, without cells, values or messages', () => {
    const shared = dataQualitySheet(report, 'Data Quality', { personLevel: false });
    checkTableSheet(shared, 5);
    const rows = shared.blocks.find((b) => b.at === 'A2')!.values.slice(1);
    // by hand: the counts per (severity, sheet, code) add up to the problems
    expect(rows.reduce((n, r) => n + (r[3] as number), 0)).toBe(report.dataQuality.problems.length);
    const duplicates = report.dataQuality.problems.filter((p) => p.sheet === 'Roster' && p.code === rows.find((r) => r[1] === 'Roster')![2]).length;
    expect(rows.find((r) => r[1] === 'Roster')![3]).toBe(duplicates);
    const texts = rows.flat().filter((v): v is string => typeof v === 'string');
    for (const p of report.dataQuality.problems) {
      if (typeof p.value === 'string' && p.value.length > 1) expect(texts.some((t) => t.includes(p.value as string))).toBe(false);
    }
  });
});

describe('History sheet', () => {
  test('rows as a table; an empty history says so instead of leaving a broken table', () => {
    const rows: HistoryRow[] = [
      { quarter: '2026-Q2', metric: 'Match rate', segment: 'All', value: 0.7, lower: 0.6, upper: 0.8, n: 100, refreshedAt: 'x', source: 'refresh' },
      { quarter: '2026-Q3', metric: 'Match rate', segment: 'All', value: 0.75, lower: 0.65, upper: 0.84, n: 110, refreshedAt: 'y', source: 'refresh' },
    ];
    const sheet = historySheet(rows);
    checkTableSheet(sheet, 9);
    expect(sheet.blocks[1].values[2]).toEqual(['2026-Q3', 'Match rate', 'All', 0.75, 0.65, 0.84, 110, 'y', 'refresh']);
    expect(sheet.name).toBe('Cadre History'); // "History" is a name Excel reserves
    const empty = historySheet([]);
    checkTableSheet(empty, 9);
    expect(empty.blocks[1].values[1][1]).toBe('no history yet');
  });
});

describe('Definitions sheet', () => {
  const sheet = definitionsSheet(report);
  test('one row per metric definition, from the same source the code cites', () => {
    checkTableSheet(sheet, 5);
    const rows = sheet.blocks.find((b) => b.at === 'A2')!.values.slice(1);
    expect(rows.map((r) => r[0])).toEqual(METRIC_DEFINITIONS.map((d) => d.name));
  });
  test('the settings and the data of the refresh, with the input fingerprint', () => {
    const settings = sheet.blocks[2].values;
    const get = (label: string) => settings.find((r) => r[0] === label)?.[1];
    expect(get('As-of date')).toBe('2026-09-30');
    expect(get('Minimum group size (k)')).toBe(5);
    expect(get('Input fingerprint')).toBe('sha256:abc');
    // below the tiles' block, after two blank rows
    const tiles = sheet.blocks[3]!;
    expect(Number(sheet.blocks[2].at.slice(1))).toBe(Number(tiles.at.slice(1)) + tiles.values.length + 2);
  });
  test('what each Board Dashboard tile counts: one row per tile the dashboard draws, with its figure and one population, below the metrics after a blank row', () => {
    const tiles = sheet.blocks[3]!;
    // the metrics table holds rows 2 (header) to N + 2; one blank row
    expect(tiles.at).toBe(`A${2 + METRIC_DEFINITIONS.length + 2}`);
    expect(tiles.values[0]![0]).toBe('What each Board Dashboard tile counts');
    expect(tiles.values[1]).toEqual(['Tile', 'Its figure', 'Who is counted']);
    const rows = tiles.values.slice(2, -1);
    expect(rows.map((r) => r[0])).toEqual(boardTiles(report, []).map((t) => t.label));
    for (const r of rows) expect({ tile: r[0], filled: String(r[1]).length > 20 && String(r[2]).length > 20 }).toEqual({ tile: r[0], filled: true });
    const text = (label: string) => rows.find((r) => r[0] === label)!.slice(1).join(' ');
    expect(text('Mentors over capacity')).toMatch(/more active mentees than their Capacity.*Hour overruns.*separate figure.*Mentors of every type/);
    expect(text('Ready by 24 months')).toMatch(/ready so far, at any time/);
    expect(tiles.values[tiles.values.length - 1]![0]).toMatch(/Source refresh.*Source recomputed/);
  });
  test('explains History\'s recomputed quarters', () => {
    const rows = sheet.blocks.find((b) => b.at === 'A2')!.values;
    const history = rows.find((r) => r[0] === 'History: refreshed and recomputed quarters')!.slice(1).join(' ');
    expect(history).toMatch(/Source recomputed/);
    expect(history).toMatch(/can differ from what a refresh at the time would have shown/);
    expect(history).toMatch(/later refresh of a quarter replaces its recomputed rows/);
  });
  test('states the privacy rule: people under k, pooling, withheld counts', () => {
    const rows = sheet.blocks.find((b) => b.at === 'A2')!.values;
    const text = (name: string) => rows.find((r) => r[0] === name)?.slice(1).join(' ') ?? '';
    expect(text('Small groups')).toMatch(/distinct persons, never answers/);
    expect(text('Groups under k, combined')).toMatch(/two or more groups under k whose people together number k or more/);
    expect(text('Withheld (no subtraction)')).toMatch(/cannot be worked out by subtraction.*never hidden to protect a small one/);
  });
  test('program impact in plain words: the matching rule, the balance, each effect, and that an effect is an association, not proof of cause', () => {
    const rows = sheet.blocks.find((b) => b.at === 'A2')!.values;
    const text = (name: string) => rows.find((r) => r[0] === name)?.slice(1).join(' ') ?? '';
    const rule = text('Matched colleagues (the matched comparison)');
    expect(rule).toMatch(/employed, eligible and not yet in the program/);
    expect(rule).toMatch(/exactly the same values of the matching variables/);
    expect(rule).toMatch(/smallest \|EligibleDate − ProgramStart\|.*without replacement/);
    expect(rule).toMatch(/joins the program is followed only until its own ProgramStart/);
    expect(text('Balance of the matched comparison (SMD)')).toMatch(/\|SMD\| < 0\.1/);
    expect(text('Retention compared with matched colleagues')).toMatch(/S₁ − S₀ at 12 and 24 months with the 95% interval ± z·√\(V₁ \+ V₀\)/);
    expect(text('Promotion compared with matched colleagues')).toMatch(/leaving before any promotion is a competing outcome/);
    expect(text('Other measures compared with matched colleagues (difference in differences)')).toMatch(/Welch’s 95% interval and p/);
    expect(text('An effect is an association, not proof of cause')).toMatch(/not proof that the program caused it/);
  });
  test('the settings of the matched comparison: controls per participant, the variables used and skipped, the balance threshold', () => {
    const matching = {
      variables: ['Level band', 'BusinessUnit'],
      skipped: [{ variable: 'Tenure band', reason: 'the Participants sheet has no HireDate column' }],
      k: 2,
      participants: 12,
      matched: 10,
      unmatched: 2,
      controls: 19,
      unmatchedCombinations: [],
      balance: [],
    };
    const settingsOf = (r: typeof report) => {
      const values = definitionsSheet(r).blocks[2].values;
      return (label: string) => values.find((row) => row[0] === label)?.[1];
    };
    const get = settingsOf({ ...report, impact: { ...report.impact, matching } });
    expect(get('Matched colleagues per participant (1:k)')).toBe(2);
    expect(get('Matching variables (exact, in order)')).toBe('Level band, BusinessUnit');
    expect(get('Matching variables skipped')).toBe('Tenure band (the Participants sheet has no HireDate column)');
    expect(get('Balanced')).toBe('|SMD| below 0.1 (Austin 2009)');
    const without = settingsOf({ ...report, impact: { ...report.impact, matching: { available: false, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' } } });
    expect(without('Matched comparison')).toBe('not available: nobody has an EligibleDate, so nobody can be a control');
    expect(without('Matched colleagues per participant (1:k)')).toBeUndefined();
  });
});
