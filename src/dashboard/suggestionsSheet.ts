import { cellAddress } from '../excel/a1Address';
import { type AccessTestRow, CRITERIA, type CriterionName, type HardRule, type SuggestionDocument, type SuggestionEntry } from '../report/suggestionReport';
import { STATUS_COLOURS } from './equitySheet';
import type { PlanValue, SheetPlan } from './plan';
import { fewerThan, shown } from './reportValues';
import { SheetBuilder } from './sheetBuilder';
import { floorOutcomeText } from '../report/floorOutcomeText';

/** The default name of the sheet (matching.md, Output). */
export const SUGGESTIONS_SHEET = 'Cadre Suggestions';

/** The people's names, by PersonID (Participants) and by MentorID (Mentors); a missing name is left blank. */
export interface PeopleNames {
  readonly mentees: ReadonlyMap<string, string>;
  readonly givers: ReadonlyMap<string, string>;
}

/** Each hard rule in plain words, for the table of pairs removed. */
export function hardRuleText(rule: HardRule, minLevelGap: number): string {
  switch (rule) {
    case 'same-person':
      return 'giver and mentee are the same person';
    case 'reporting-chain':
      return 'one is in the other’s reporting chain';
    case 'earlier-pairing':
      return 'they were paired before';
    case 'coach-vendor':
      return 'the coach’s vendor is that of the mentee’s current coach';
    case 'level-gap':
      return `the giver is less than ${minLevelGap} level${minLevelGap === 1 ? '' : 's'} above the mentee`;
    case 'capacity':
      return 'the giver has no spare capacity';
  }
}

const percent = (v: number): string => `${Math.round(v * 100)}%`;

/** A criterion's part of a pair's score in plain words (what made it count). */
export function reasonWords(name: CriterionName, s: SuggestionEntry): string {
  const v = s.values[name] ?? 0;
  switch (name) {
    case 'crossBusinessUnit':
      return 'a different business unit';
    case 'crossFunction':
      return 'a different function';
    case 'seniority': {
      if (s.giverLevel === null || s.menteeLevel === null) return 'seniority';
      const d = s.giverLevel - s.menteeLevel;
      return `${d} level${d === 1 ? '' : 's'} more senior`;
    }
    case 'trackFit':
      return `${percent(v)} of the giver’s earlier mentees on the mentee’s track`;
    case 'location':
      return 'the same location';
    case 'preference':
      return s.preferenceRank === null ? 'the mentee’s preference' : `the mentee’s wish no. ${s.preferenceRank}`;
    case 'loadBalance':
      return `${percent(v)} of the giver’s capacity free`;
    case 'giverSatisfaction':
      return `mentees’ satisfaction with the giver ${percent(v)} of the scale`;
  }
}

/**
 * The top three reasons of a pair: its three largest criterion contributions (those above 0; ties in
 * matching.md's order), each in plain words with its points, e.g. "the mentee’s wish no. 1 (+25.0)".
 */
export function topReasons(s: SuggestionEntry, count = 3): string[] {
  const order = new Map(CRITERIA.map((c, i) => [c.name, i]));
  return (Object.entries(s.criteria) as [CriterionName, number][])
    .filter(([, points]) => points > 0)
    .sort(([a, x], [b, y]) => y - x || order.get(a)! - order.get(b)!)
    .slice(0, count)
    .map(([name, points]) => `${reasonWords(name, s)} (+${points.toFixed(1)})`);
}

/** The columns of the audit table, in order. */
const AUDIT_HEADER = [
  'Attribute',
  'Group',
  'Mentees (n)',
  'Suggestion rate',
  'Lower',
  'Upper',
  'Senior-giver rate',
  'Mean score',
  'Impact ratio',
  'p',
  'Adjusted p',
  'Status',
  'Senior giver: impact ratio',
  'Senior giver: status',
  'Why',
];

/**
 * Cadre Suggestions (matching.md, Output): the pairing suggestions for one role, for the program's
 * analysts only — like Analyst Detail it names people (ids and names), and it is never part of a board
 * pack. Top to bottom: the title, as-of date and role with what was done; one row per suggestion
 * (mentee, giver, role, score, the top three reasons with their points, the mentee's preference rank);
 * the mentees left unmatched with why; the equity audit per attribute and group (suggestion rate with
 * its interval, senior-giver rate, mean score, impact ratio, p, adjusted p, status; a group of fewer
 * than k mentees shows "fewer than k" and no figure); the pairs each hard rule removed and the Gini of
 * giver load before and after; the weights used and the criteria left out with why.
 *
 * From the document after the privacy pass (`suggestionReport`); names only from `names`.
 */
export function suggestionsSheet(doc: SuggestionDocument, names: PeopleNames, name = SUGGESTIONS_SHEET): SheetPlan {
  const k = doc.minGroup;
  const small = fewerThan(k);
  const role = doc.role.toLowerCase();
  const b = new SheetBuilder('suggestions', name);
  b.title(`Pairing suggestions: ${role} as of ${doc.asOf}`);
  b.line('Names the people concerned. For the program’s analysts only: never part of a board pack or a copy shared with the board.', { italic: true, color: '9C0006' });
  b.line('Suggestions only: nobody is paired until an analyst accepts a suggestion and adds it to Pairings.', { italic: true, color: '595959' });
  b.gap();
  b.pairs([
    ['Role', doc.role],
    ['As of', doc.asOf],
    [`Mentees (active participants without an active ${role})`, doc.mentees, '0'],
    ['Suggested', doc.suggestions.length, '0'],
    ['Unmatched', doc.unmatched.length, '0'],
    [`Givers of the role`, doc.givers, '0'],
    ['Total score', doc.totalScore, '0.0'],
    ['Minimum group size k', k, '0'],
    ['Fairness floor', doc.fairnessFloor === null ? 'off' : doc.fairnessFloor, '0.00'],
    ['Price of fairness', doc.priceOfFairness === null ? 'not applicable (no floor)' : doc.priceOfFairness, '0.000'],
  ]);
  // the floor's outcome in full, wrapped across the suggestions' columns (A:I; fitWrappedRows sizes the row)
  const floor = floorOutcomeText(doc);
  const merges: string[] = [];
  if (floor !== null) {
    const at = b.line(floor, { wrap: true, vertical: 'top', ...(doc.floorOutcome?.floorMet ? {} : { color: '9C5700' }) });
    merges.push(`A${at}:I${at}`);
  }

  b.section(`Suggestions (${doc.suggestions.length}): score 0 to 100, the higher the better; the three largest parts of the score with their points`);
  b.table({
    header: ['Mentee (PersonID)', 'Mentee', 'Giver (MentorID)', 'Giver', 'Role', 'Score', 'Reason 1', 'Reason 2', 'Reason 3', 'Preference rank'],
    rows: doc.suggestions.map((s) => {
      const [r1, r2, r3] = topReasons(s);
      return [s.personId, names.mentees.get(s.personId) ?? null, s.mentorId, names.givers.get(s.mentorId) ?? null, s.role, s.score, r1 ?? null, r2 ?? null, r3 ?? null, s.preferenceRank];
    }),
    formats: [undefined, undefined, undefined, undefined, undefined, '0.0', undefined, undefined, undefined, '0'],
    tableName: 'CadreSuggestions',
    empty: `no suggestion: ${doc.mentees === 0 ? `every active participant has an active ${role}` : 'no mentee could be given a giver'}`,
  });

  b.section(`Unmatched (${doc.unmatched.length}): mentees left without a suggestion, and why`);
  b.table({
    header: ['Mentee (PersonID)', 'Mentee', 'Why'],
    rows: doc.unmatched.map((u) => [u.personId, names.mentees.get(u.personId) ?? null, u.reason]),
    tableName: 'CadreUnmatched',
    empty: 'none',
  });

  const audit = doc.audit;
  b.section(`Equity audit of the suggestions (k = ${k}): per group, the share of its mentees suggested a giver and suggested a senior giver (2 or more levels above), tested as on Equity Detail`);
  b.line(`"${small}": a group of fewer than ${k} mentees, not shown; "withheld": an exact count not shown because, with the others, it would give such a group away by subtraction`, { italic: true, color: '595959' });
  const rows = auditRows(audit.tests, audit.scores, k);
  const place = b.table({
    header: AUDIT_HEADER,
    rows,
    formats: [undefined, undefined, '0', '0.0%', '0.0%', '0.0%', '0.0%', '0.0', '0.00', '0.0000', '0.0000', undefined, '0.00', undefined, undefined],
    tableName: 'CadreSuggestionAudit',
    empty: 'no mentee: nothing to audit',
  });
  if (rows.length > 0) {
    const colours = Object.entries(STATUS_COLOURS).map(([equals, c]) => ({ equals, ...c }));
    b.conditionalFormat({ range: `${cellAddress(place.first, 12)}:${cellAddress(place.last, 12)}`, rules: colours });
    b.conditionalFormat({ range: `${cellAddress(place.first, 14)}:${cellAddress(place.last, 14)}`, rules: colours });
  }

  b.section('Pairs removed by each hard rule (a pair that breaks two rules counts under both)');
  b.table({
    header: ['Hard rule', 'Pairs removed'],
    rows: (Object.entries(audit.removedByRule) as [HardRule, number][]).map(([rule, n]) => [hardRuleText(rule, doc.options.minLevelGap), n]),
    formats: [undefined, '0'],
    tableName: 'CadreRemovedPairs',
  });
  b.pairs([
    ['Pairs considered (mentees × givers)', audit.candidatePairs, '0'],
    ['Pairs removed by at least one rule', audit.removedPairs, '0'],
    ['Gini of giver load before (0 = even)', audit.giniBefore, '0.000'],
    ['Gini of giver load with the suggestions', audit.giniAfter, '0.000'],
  ]);

  b.section('Weights used: the score is 100 × Σ weight × criterion ÷ Σ weight over the criteria in the score');
  b.table({
    header: ['Criterion', 'Weight', 'Default', 'In the score'],
    rows: doc.criteria.map((c) => [c.label, c.weight, c.defaultWeight, c.missing === null ? 'yes' : 'no: left out']),
        tableName: 'CadreSuggestionWeights',
  });
  const left = doc.criteria.filter((c) => c.missing !== null);
  b.section(`Criteria left out of the score (${left.length})`);
  b.table({
    header: ['Criterion', 'Why'],
    rows: left.map((c) => [c.label, `the workbook lacks ${c.missing}`]),
    tableName: 'CadreCriteriaLeftOut',
    empty: 'none: every criterion is in the score',
  });

  return b.build({
    merges,
    columnWidths: [24, 22, 18, 22, 10, 9, 30, 30, 30, 11, 11, 11, 12, 12, 60],
    freeze: { rows: 1, columns: 0 },
    tabColor: 'C00000',
    print: { orientation: 'landscape', fitToOnePageWide: true },
  });
}

/**
 * The audit table's rows, one per attribute and group: the Suggestion test's figures, the Senior
 * giver test's rate, impact ratio and status, the group's mean score. A group the privacy pass
 * suppressed shows "fewer than k" and no figure.
 */
function auditRows(tests: readonly AccessTestRow[], scores: SuggestionDocument['audit']['scores'], k: number): PlanValue[][] {
  const small = fewerThan(k);
  const key = (attribute: string, group: string) => `${attribute}\u0000${group}`;
  const senior = new Map(tests.filter((t) => t.resource === 'Senior giver').map((t) => [key(t.attribute, t.group), t]));
  const score = new Map(scores.map((s) => [key(s.attribute, s.group), s]));
  const rows: PlanValue[][] = [];
  for (const t of tests) {
    if (t.resource !== 'Suggestion') continue;
    const sg = senior.get(key(t.attribute, t.group));
    const sc = score.get(key(t.attribute, t.group));
    const seniorRate: PlanValue = sg === undefined ? null : sg.suppressed ? small : sg.rate;
    const seniorRatio: PlanValue = sg === undefined || sg.suppressed ? null : sg.impactRatio;
    const seniorStatus: PlanValue = sg === undefined ? null : sg.status;
    const mean: PlanValue = sc === undefined ? null : sc.suppressed ? small : shown(sc, 'meanScore', k);
    if (t.suppressed) {
      rows.push([t.attribute, t.group, small, null, null, null, null, null, null, null, null, 'suppressed', null, seniorStatus === null ? null : 'suppressed', t.reason]);
      continue;
    }
    rows.push([t.attribute, t.group, shown(t, 'n', k), t.rate, t.lower, t.upper, seniorRate, mean, t.impactRatio, t.p, t.pAdjusted, t.status, seniorRatio, seniorStatus, t.reason]);
  }
  return rows;
}
