import { intake } from '../intake/intake';
import { refreshReport } from '../report/refreshReport';
import type { SuggestionDocument } from '../report/suggestionReport';
import { suggestionReport } from '../report/suggestionReport';
import { generateSample } from '../sample/generateSample';
import { peopleNames } from '../refresh/suggest';
import { buildWorkbookPlan } from './buildPlan';
import type { PlanValue, SheetPlan } from './plan';
import { planDefects } from './planDefects';
import { SUGGESTIONS_SHEET, suggestionsSheet, topReasons } from './suggestionsSheet';

/** A document written by hand: two suggestions, one unmatched, an audit with a suppressed group and withheld counts. */
const DOC: SuggestionDocument = {
  schemaVersion: 1,
  asOf: '2026-09-30',
  role: 'Mentor',
  minGroup: 5,
  inputFingerprint: 'sha256:test',
  mentees: 3,
  givers: 2,
  options: { defaultCapacity: 3, allowRepeat: false, minLevelGap: 1 },
  suggestions: [
    {
      personId: 'P1',
      mentorId: 'M1',
      role: 'Mentor',
      // weights 2,2,2,1,1,3,1,1 (Σ 13): BU 2/13·100 = 15.385, function 0, seniority 15.385, track 0,
      // location 7.692, preference (rank 1) 23.077, load (2/3 free) 5.128, satisfaction (0.5) 3.846
      score: 70.513,
      criteria: { crossBusinessUnit: 15.385, crossFunction: 0, seniority: 15.385, trackFit: 0, location: 7.692, preference: 23.077, loadBalance: 5.128, giverSatisfaction: 3.846 },
      values: { crossBusinessUnit: 1, crossFunction: 0, seniority: 1, trackFit: 0, location: 1, preference: 1, loadBalance: 0.666667, giverSatisfaction: 0.5 },
      preferenceRank: 1,
      menteeLevel: 5,
      giverLevel: 8,
    },
    {
      personId: 'P2',
      mentorId: 'M2',
      role: 'Mentor',
      score: 7.692,
      criteria: { crossBusinessUnit: 0, crossFunction: 0, seniority: 0, trackFit: 0, location: 7.692, preference: 0, loadBalance: 0, giverSatisfaction: 0 },
      values: { crossBusinessUnit: 0, crossFunction: 0, seniority: 0, trackFit: 0, location: 1, preference: 0, loadBalance: 0, giverSatisfaction: 0 },
      preferenceRank: null,
      menteeLevel: 5,
      giverLevel: 5,
    },
  ],
  unmatched: [{ personId: 'P3', reason: 'all such givers full' }],
  totalScore: 78.205,
  audit: {
    minGroup: 5,
    tests: [
      { resource: 'Suggestion', attribute: 'Gender', group: 'Woman', n: null, count: null, rate: 0.62, lower: 0.45, upper: 0.77, reference: 'Woman', referenceRate: 0.62, impactRatio: 1, p: null, pAdjusted: null, shortfall: null, status: 'reference', reason: 'reference group: highest rate (62%)', withheld: ['n', 'count'] },
      { resource: 'Suggestion', attribute: 'Gender', group: 'Non-binary', suppressed: true, status: 'suppressed', reason: 'fewer than 5 people: suppressed', reference: 'Woman' },
      { resource: 'Senior giver', attribute: 'Gender', group: 'Woman', n: 26, count: 10, rate: 0.385, lower: 0.22, upper: 0.57, reference: 'Woman', referenceRate: 0.385, impactRatio: 1, p: null, pAdjusted: null, shortfall: null, status: 'reference', reason: 'reference group: highest rate (38%)' },
      { resource: 'Senior giver', attribute: 'Gender', group: 'Non-binary', suppressed: true, status: 'suppressed', reason: 'fewer than 5 people: suppressed', reference: 'Woman' },
    ],
    scores: [
      { attribute: 'Gender', group: 'Woman', n: null, suggested: null, meanScore: 64.2, withheld: ['n', 'suggested'] },
      { attribute: 'Gender', group: 'Non-binary', suppressed: true, reason: 'fewer than 5 people: suppressed' },
    ],
    candidatePairs: 6,
    removedByRule: { 'same-person': 0, 'reporting-chain': 1, 'earlier-pairing': 2, 'coach-vendor': 0, 'level-gap': 1, capacity: 0 },
    removedPairs: 3,
    giniBefore: 0.25,
    giniAfter: 0.1,
  },
  weights: { crossBusinessUnit: 2, crossFunction: 2, seniority: 2, trackFit: 1, location: 1, preference: 3, loadBalance: 1, giverSatisfaction: 1 },
  criteria: [
    { name: 'crossBusinessUnit', label: 'cross-exposure: business unit', weight: 2, defaultWeight: 2, missing: null },
    { name: 'crossFunction', label: 'cross-exposure: function', weight: 2, defaultWeight: 2, missing: null },
    { name: 'seniority', label: 'seniority', weight: 2, defaultWeight: 2, missing: null },
    { name: 'trackFit', label: 'track fit', weight: 1, defaultWeight: 1, missing: null },
    { name: 'location', label: 'location', weight: 0, defaultWeight: 1, missing: 'the Location column on Mentors' },
    { name: 'preference', label: 'preference', weight: 3, defaultWeight: 3, missing: null },
    { name: 'loadBalance', label: 'load balance', weight: 1, defaultWeight: 1, missing: null },
    { name: 'giverSatisfaction', label: 'giver satisfaction', weight: 1, defaultWeight: 1, missing: null },
  ],
  absentCriteria: [{ name: 'location', missing: 'the Location column on Mentors' }],
  fairnessFloor: null,
  priceOfFairness: null,
  floorOutcome: null,
};

const NAMES = { mentees: new Map([['P1', 'Ada Byron'], ['P2', 'Grace Hopper'], ['P3', 'Edsger Dijkstra']]), givers: new Map([['M1', 'Barbara Liskov']]) };

/** the sheet's cells, as rows by their row number */
function grid(sheet: SheetPlan): Map<number, PlanValue[]> {
  const rows = new Map<number, PlanValue[]>();
  for (const b of sheet.blocks) {
    const m = /^([A-Z]+)(\d+)$/.exec(b.at)!;
    const left = m[1].charCodeAt(0) - 64;
    b.values.forEach((r, i) => {
      const row = rows.get(Number(m[2]) + i) ?? [];
      r.forEach((v, j) => (row[left - 1 + j] = v));
      rows.set(Number(m[2]) + i, row);
    });
  }
  return rows;
}
const rowStarting = (sheet: SheetPlan, ...first: PlanValue[]) => [...grid(sheet).values()].find((r) => first.every((v, i) => r[i] === v));

describe('topReasons', () => {
  it('gives the three largest contributions in plain words with their points, ties in the table’s order', () => {
    // 23.077 preference, then 15.385 business unit and 15.385 seniority (a tie: business unit comes first)
    expect(topReasons(DOC.suggestions[0])).toEqual(['the mentee’s wish no. 1 (+23.1)', 'a different business unit (+15.4)', '3 levels more senior (+15.4)']);
  });

  it('gives fewer when fewer criteria count', () => {
    expect(topReasons(DOC.suggestions[1])).toEqual(['the same location (+7.7)']);
  });
});

describe('suggestionsSheet', () => {
  const sheet = suggestionsSheet(DOC, NAMES);

  it('is the analyst-only Cadre Suggestions sheet, and Excel would open it as planned', () => {
    expect(sheet.name).toBe(SUGGESTIONS_SHEET);
    expect(sheet.role).toBe('suggestions');
    expect(planDefects({ sheets: [sheet], names: [], partial: true })).toEqual([]);
    expect(grid(sheet).get(1)![0]).toBe('Pairing suggestions: mentor as of 2026-09-30');
    expect(grid(sheet).get(2)![0]).toMatch(/For the program’s analysts only/);
  });

  it('has one row per suggestion: ids, names, role, score, the top three reasons, the preference rank', () => {
    expect(rowStarting(sheet, 'P1')).toEqual(['P1', 'Ada Byron', 'M1', 'Barbara Liskov', 'Mentor', 70.513, 'the mentee’s wish no. 1 (+23.1)', 'a different business unit (+15.4)', '3 levels more senior (+15.4)', 1]);
    // a giver without a name: blank; fewer reasons: blank cells; no preference: blank
    expect(rowStarting(sheet, 'P2')).toEqual(['P2', 'Grace Hopper', 'M2', null, 'Mentor', 7.692, 'the same location (+7.7)', null, null, null]);
    const table = sheet.tables.find((t) => t.name === 'CadreSuggestions')!;
    expect(table.range).toMatch(/^A\d+:J\d+$/);
    // the score is shown to one decimal
    const scoreRow = [...grid(sheet)].find(([, r]) => r[0] === 'P1')![0];
    expect(sheet.styles).toContainEqual({ range: `F${scoreRow}:F${scoreRow + 1}`, style: { numberFormat: '0.0' } });
  });

  it('lists the unmatched with why', () => {
    expect(rowStarting(sheet, 'P3')).toEqual(['P3', 'Edsger Dijkstra', 'all such givers full']);
  });

  it('has the audit: a shown group with its counts withheld, a suppressed group with "fewer than 5" and no figure', () => {
    expect(rowStarting(sheet, 'Gender', 'Woman')).toEqual(['Gender', 'Woman', 'withheld', 0.62, 0.45, 0.77, 0.385, 64.2, 1, null, null, 'reference', 1, 'reference', 'reference group: highest rate (62%)']);
    expect(rowStarting(sheet, 'Gender', 'Non-binary')).toEqual(['Gender', 'Non-binary', 'fewer than 5', null, null, null, null, null, null, null, null, 'suppressed', null, 'suppressed', 'fewer than 5 people: suppressed']);
  });

  it('has the pairs removed by each hard rule, the Gini before and after, the weights and the criteria left out', () => {
    expect(rowStarting(sheet, 'one is in the other’s reporting chain')).toEqual(['one is in the other’s reporting chain', 1]);
    expect(rowStarting(sheet, 'they were paired before')).toEqual(['they were paired before', 2]);
    expect(rowStarting(sheet, 'the giver is less than 1 level above the mentee')).toEqual(['the giver is less than 1 level above the mentee', 1]);
    expect(rowStarting(sheet, 'Gini of giver load before (0 = even)')).toEqual(['Gini of giver load before (0 = even)', 0.25]);
    expect(rowStarting(sheet, 'Gini of giver load with the suggestions')).toEqual(['Gini of giver load with the suggestions', 0.1]);
    expect(rowStarting(sheet, 'preference', 3)).toEqual(['preference', 3, 3, 'yes']);
    expect(rowStarting(sheet, 'location', 0)).toEqual(['location', 0, 1, 'no: left out']);
    expect(rowStarting(sheet, 'location', 'the workbook lacks the Location column on Mentors')).toBeDefined();
    expect(rowStarting(sheet, 'Fairness floor')).toEqual(['Fairness floor', 'off']);
    expect(sheet.merges).toEqual([]);
  });

  it('with a floor not met: the outcome in full on one wrapped row across A:I, in amber', () => {
    const message = 'No assignment that gives 2 mentees a giver meets the fairness floor 0.8. Shown instead: the best that exists, at the highest floor that can be met, 0.75.';
    const floored = suggestionsSheet({ ...DOC, fairnessFloor: 0.8, priceOfFairness: 0.5, floorOutcome: { floorMet: false, attainableFloor: 0.75, message } }, NAMES);
    const text = `Fairness floor 0.8: not met. ${message} Price of fairness 0.500 (the total score with the floor ÷ without it).`;
    const row = [...grid(floored)].find(([, r]) => r[0] === text)![0];
    expect(rowStarting(floored, 'Fairness floor')).toEqual(['Fairness floor', 0.8]);
    expect(floored.merges).toEqual([`A${row}:I${row}`]);
    expect(floored.styles).toContainEqual({ range: `A${row}`, style: { wrap: true, vertical: 'top', color: '9C5700' } });
    expect(planDefects({ sheets: [floored], names: [], partial: true })).toEqual([]);
  });
});

describe('ids and names of the suggestions appear only on Cadre Suggestions', () => {
  it('no sheet of a refresh (the analyst’s copy included) has the suggestions role, nor a mentee’s name with a giver’s', () => {
    const sample = generateSample({ size: 300, seed: 7 });
    const result = intake(sample.sheets, { asOf: sample.asOf });
    const { document } = suggestionReport(result.data, { asOf: sample.asOf, role: 'Coach', minGroup: 5, inputFingerprint: 'sha256:test' });
    const names = peopleNames(result.data);
    const sheet = suggestionsSheet(document, names);
    const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:test' }, result);
    for (const analystDetail of [true, false]) {
      const plan = buildWorkbookPlan(report, { history: [], analystDetail });
      expect(plan.sheets.map((s) => s.role)).not.toContain('suggestions');
      const texts = new Set(plan.sheets.flatMap((s) => s.blocks.flatMap((b) => b.values.flat())).filter((v) => typeof v === 'string'));
      for (const s of document.suggestions) expect(texts.has(names.mentees.get(s.personId)!)).toBe(false);
    }
    const onSheet = new Set(sheet.blocks.flatMap((b) => b.values.flat()));
    for (const s of document.suggestions) expect(onSheet.has(names.mentees.get(s.personId)!)).toBe(true);
  });
});
