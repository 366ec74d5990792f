import { comparisonReason } from '../equity/accessReason';

/**
 * Every table of the refresh document that carries figures per group (equity.md, Privacy), declared
 * once: where its rows are, which field counts the people a row is about, which exact counts make a
 * subtraction possible, and which counts are the same people counted in another table. The privacy
 * pass (`suppressSmallGroups`) works from this list only; a test checks that every array of group
 * rows in the document is declared here.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One row of a declared table, as it sits in the document (the pass changes it in place). */
export interface TableRow {
  readonly row: JsonObject;
  /** the table the row belongs to, within its declaration (e.g. "External coach|Gender") */
  readonly table: string;
  /** the row's group (e.g. "Woman", "Mentee", "Legal") */
  readonly group: string;
  /** a total row of its table ("All" of satisfaction): never withheld, it is what the parts add up to */
  readonly total?: boolean;
}

/** Figures of a row that are about a subset of its people, with the field that counts that subset. */
export interface FigurePart {
  readonly people: string;
  readonly fields: readonly string[];
}

export interface DisclosureTable {
  /** where the rows are, in the document's terms (e.g. "equity.tests") */
  readonly name: string;
  readonly rows: (document: JsonObject) => TableRow[];
  /** the field that counts the distinct people a row's figures are about */
  readonly people: string;
  /**
   * The exact counts (and shares of a shown total) that add up across the rows of a table: where a
   * row of the table is suppressed, these are withheld in every other row that is not a total, so
   * that the suppressed row is not the shown total minus the shown parts.
   */
  readonly counts: readonly string[];
  /**
   * Counts that count the same people as other tables do (the participants of each group of an
   * attribute are counted by every per-group table of participants): field → family. Where any row
   * of a family counts 1 to k − 1 people, every row of the family, in every table, has its `counts`
   * withheld.
   */
  readonly families?: (row: JsonObject) => Readonly<Partial<Record<string, string>>>;
  readonly parts?: readonly FigurePart[];
  /**
   * The field that counts the people who have what the table is about (the holders of a resource).
   * Where a table's rows together count 1 to k − 1 of them, every row is suppressed: how a handful
   * of people split across groups is a figure about those few.
   */
  readonly holders?: string;
  /** the figure a suppressed row is said to be about (for its reason) */
  readonly holdersAre?: (row: JsonObject) => string;
  /** brings a row's text in line with its withheld fields (a reason that quoted a withheld count) */
  readonly afterWithholding?: (row: JsonObject) => void;
}

/** The objects of an array at a dotted path of the document (none when absent or not an array). */
function at(document: JsonObject, path: string): JsonObject[] {
  let v: Json | undefined = document;
  for (const key of path.split('.')) v = isObject(v) ? v[key] : undefined;
  return Array.isArray(v) ? v.filter(isObject) : [];
}

const text = (v: Json | undefined): string => (v === undefined || v === null ? '' : String(v));

const byAttribute = (path: string, prefix?: (row: JsonObject) => string) => (document: JsonObject): TableRow[] =>
  at(document, path).map((row) => ({ row, table: `${prefix ? prefix(row) + '|' : ''}${text(row.attribute)}`, group: text(row.group) }));

/** The participants of each group of an attribute: counted alike by every per-group table of participants. */
const participantsOf = (row: JsonObject): string => `participants|${text(row.attribute)}`;

/** Outcomes whose n is the group's participants (the third, mentee satisfaction, counts respondents). */
const PARTICIPANT_OUTCOMES = new Set(['Retention at 12 months', 'Ready by 24 months']);

/** Readiness segments that are groups of a Participants column (the others are yes/no or counts of rotations). */
const COLUMN_SEGMENTS = new Set(['Track', 'Cohort']);

/**
 * The exact counts of each table (`DisclosureTable.counts`), named so that the types of the protected
 * document (protectedDocument.ts) say of the same fields that they can be withheld.
 */
export const TABLE_COUNTS = {
  accessTests: ['n', 'count', 'shortfall'],
  outcomes: ['n'],
  retentionSegments: ['n', 'events'],
  readinessSegments: ['n', 'ready', 'leftBeforeReady', 'inDevelopment'],
  seniorShare: ['n', 'seniorPairings', 'share', 'populationShare'],
  satisfaction: ['respondents', 'n', 'distribution', 'responseRate'],
  satisfactionBySupport: ['respondents', 'n'],
  rotationsByFunction: ['participants', 'coverage', 'ratedParticipants', 'checkpointRatings'],
  benchByRating: ['n'],
  benchByTargetRole: ['n', 'readyNow', 'ready1to2', 'ready3plus', 'notReady'],
} as const;

/** The figures of a rotations-by-function row about the people rated, suppressed alone when they are under k. */
export const ROTATION_RATING_FIELDS = ['ratedParticipants', 'checkpointRatings', 'meanCheckpointRating'] as const;

/**
 * A table of access tests (`AccessTest` rows: resource, attribute, group, n, count, rate, …, status,
 * reason) at `path`: the equity tests of the refresh, the tests of the suggestion audit.
 */
function accessTestsTable(path: string, families: DisclosureTable['families']): DisclosureTable {
  return {
    name: path,
    rows: byAttribute(path, (r) => text(r.resource)),
    people: 'n',
    counts: TABLE_COUNTS.accessTests,
    families,
    holders: 'count',
    holdersAre: (r) => `have the resource "${text(r.resource)}"`,
    afterWithholding: (r) => {
      if (r.status !== 'adverse' || r.shortfall !== null || typeof r.rate !== 'number' || typeof r.referenceRate !== 'number') return;
      r.reason = comparisonReason({
        status: 'adverse',
        rate: r.rate,
        reference: text(r.reference),
        referenceRate: r.referenceRate,
        impactRatio: typeof r.impactRatio === 'number' ? r.impactRatio : null,
        belowScreen: true,
        significant: true,
        shortfall: null,
      });
    },
  };
}

export const DISCLOSURE_TABLES: readonly DisclosureTable[] = [
  accessTestsTable('equity.tests', (r) =>
    // Program selection: n counts participants and the comparison pool; `count` (selected) counts the
    // group's participants, as the tables of participants do
    r.resource === 'Program selection' ? { n: `selection|${text(r.attribute)}`, count: participantsOf(r) } : { n: participantsOf(r) },
  ),
  {
    name: 'equity.outcomes',
    rows: byAttribute('equity.outcomes', (r) => text(r.outcome)),
    people: 'n',
    counts: TABLE_COUNTS.outcomes,
    families: (r) => (PARTICIPANT_OUTCOMES.has(text(r.outcome)) ? { n: participantsOf(r) } : {}),
  },
  {
    name: 'retention.segments',
    rows: byAttribute('retention.segments'),
    people: 'n',
    counts: TABLE_COUNTS.retentionSegments,
    families: (r) => ({ n: participantsOf(r) }),
  },
  {
    name: 'readiness.segments',
    rows: byAttribute('readiness.segments'),
    people: 'n',
    counts: TABLE_COUNTS.readinessSegments,
    families: (r) => (COLUMN_SEGMENTS.has(text(r.attribute)) ? { n: participantsOf(r) } : {}),
  },
  {
    name: 'load.seniorShare',
    rows: byAttribute('load.seniorShare'),
    people: 'n',
    counts: TABLE_COUNTS.seniorShare,
    families: (r) => ({ n: participantsOf(r) }),
  },
  {
    name: 'satisfaction',
    rows: (d) =>
      at(d, 'satisfaction').map((row) => ({
        row,
        table: `${text(row.instrument)}|${text(row.scaleMax)}|${text(row.quarter)}`,
        group: text(row.role),
        total: row.role === 'All',
      })),
    people: 'respondents',
    counts: TABLE_COUNTS.satisfaction,
  },
  {
    // the previous quarter's figures of each satisfaction row: a table of their own
    name: 'satisfaction[].previous',
    rows: (d) =>
      at(d, 'satisfaction').flatMap((parent) =>
        isObject(parent.previous)
          ? [{ row: parent.previous, table: `${text(parent.instrument)}|${text(parent.scaleMax)}|${text(parent.previous.quarter)}`, group: text(parent.role), total: parent.role === 'All' }]
          : [],
      ),
    people: 'respondents',
    counts: TABLE_COUNTS.satisfaction,
  },
  {
    name: 'satisfactionBySupport',
    rows: (d) => at(d, 'satisfactionBySupport').map((row) => ({ row, table: `${text(row.instrument)}|${text(row.scaleMax)}`, group: text(row.supportType) })),
    people: 'respondents',
    counts: TABLE_COUNTS.satisfactionBySupport,
  },
  {
    name: 'operations.rotations.byFunction',
    rows: (d) => at(d, 'operations.rotations.byFunction').map((row) => ({ row, table: '', group: text(row.function) })),
    people: 'participants',
    // one person can rotate through several functions, but the people per function still add up to
    // the rotations shown (where nobody repeats a function): all of them are counts
    counts: TABLE_COUNTS.rotationsByFunction,
    parts: [{ people: 'ratedParticipants', fields: ROTATION_RATING_FIELDS }],
  },
  {
    name: 'readiness.bench.byRating',
    rows: (d) => at(d, 'readiness.bench.byRating').map((row) => ({ row, table: '', group: text(row.rating) })),
    people: 'n',
    counts: TABLE_COUNTS.benchByRating,
  },
  {
    name: 'readiness.bench.byTargetRole',
    rows: (d) => at(d, 'readiness.bench.byTargetRole').map((row) => ({ row, table: '', group: text(row.targetRole) })),
    people: 'n',
    counts: TABLE_COUNTS.benchByTargetRole,
  },
];

/**
 * Arrays of the document whose rows are not per-group figures, and why: the completeness test
 * accepts these and nothing else undeclared.
 */
export const NOT_GROUP_TABLES: Readonly<Record<string, string>> = {
  'equity.outcomeTests': 'one test across all the groups of an attribute',
  'retention.participants.curve': 'the whole program over time',
  'retention.comparison.curve': 'the whole comparison pool over time',
  'readiness.curve': 'the whole program over time',
  'retention.period.participants': 'the whole program per period',
  'retention.period.comparison': 'the whole comparison pool per period',
  'satisfaction[].distribution': 'answers per score of one satisfaction row (withheld with its row)',
  'satisfaction[].previous.distribution': 'answers per score of one satisfaction row (withheld with its row)',
  conflicts: 'person-level findings for the analyst',
  'load.overCapacity': 'person-level findings for the analyst',
  'load.overHours': 'person-level findings for the analyst',
  'pairingFindings.inactive': 'person-level findings for the analyst',
  'pairingFindings.lowSatisfaction': 'person-level findings for the analyst',
  'dataQuality.problems': 'input problems, by cell',
  attributes: 'attribute names',
  findings: 'sentences written after the pass, from its output',
  'impact.matching.variables': 'variable names',
  'impact.matching.skipped': 'variable names, and why each was left out',
  'impact.matching.unmatchedCombinations': 'for the analyst (impact.md: unmatched participants listed for the analyst): the matching values that had no candidate control',
  'impact.matching.balance': 'standardised differences per variable level; a level about 1 to k − 1 people on either side already suppressed by the engine (balancePrivacy)',
  'impact.measures': 'one effect per measure over all matched participants; under k on either side already suppressed by the engine',
};

/**
 * The tables of the equity audit of pairing suggestions (matching.md; `matching/auditSuggestions.ts`),
 * as the suggestion document holds them under `audit`:
 * - `audit.tests`: per resource (Suggestion, Senior giver), attribute and group, an access test over
 *   the group's mentees (Suggestion) or its mentees with a numeric Level (Senior giver); `count` is
 *   how many got a suggestion, or a senior giver;
 * - `audit.scores`: per attribute and group, the group's mentees `n`, how many got a suggestion
 *   (`suggested`) and their mean score, a figure about those `suggested` people.
 * A group's mentees are counted in both tables (Suggestion's n and the scores' n): one family, so
 * where a group's mentees number 1 to k − 1, the counts beside it are withheld in both tables.
 */
export const SUGGESTION_DISCLOSURE_TABLES: readonly DisclosureTable[] = [
  accessTestsTable('audit.tests', (r) =>
    r.resource === 'Suggestion' ? { n: `mentees|${text(r.attribute)}` } : {},
  ),
  {
    name: 'audit.scores',
    rows: byAttribute('audit.scores'),
    people: 'n',
    counts: ['n', 'suggested'],
    families: (r) => ({ n: `mentees|${text(r.attribute)}` }),
    parts: [{ people: 'suggested', fields: ['meanScore'] }],
  },
];
