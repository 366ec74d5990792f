import { suppressedReason } from '../equity/accessReason';
import type { RefreshDocument } from '../report/refreshDocument';
import { DISCLOSURE_TABLES, type DisclosureTable, type Json, type JsonObject, isObject, type TableRow } from './disclosureTables';
import type { ProtectedDocument } from './protectedDocument';
import { MIN_GROUP_RULE, isMinGroup } from './minGroup';

/**
 * The privacy pass (equity.md, Privacy), the one every output goes through: the JSON document, and
 * the dashboard plan and History built from it. Groups under k have already been pooled where that
 * reaches k (`poolingFor`); this pass does the rest, over the tables of `DISCLOSURE_TABLES`:
 *
 * 1. **Small groups.** A row whose people number 1 to k − 1 is suppressed: it keeps its labels
 *    (attribute, group, resource, …) and loses every figure (null), with `suppressed: true` and
 *    `reason: "fewer than k people: suppressed"` (status `suppressed` where it has one). Figures about
 *    a subset of a row's people (checkpoint ratings by function: the people rated) are suppressed
 *    alone when that subset is under k (`suppressedFields`). A table whose rows together count 1 to
 *    k − 1 holders of a resource is suppressed whole (how a handful of people split across groups is
 *    a figure about them).
 * 2. **No subtraction.** In a table with a suppressed row, the exact counts that add up across the
 *    rows (n, counts, shortfall, answers, …) are withheld in every other row but the total: null,
 *    named in the row's `withheld`, and the row's other figures are rounded (`coarsen`), since exact
 *    rates, intervals and means would give the counts back. Rates, intervals, impact ratios, p-values and statuses stay, so a
 *    large group's finding is never hidden to protect a small one. Where a count is the same people
 *    as in other tables (the participants of each group of an attribute) and one of them is under k,
 *    it is withheld in all those tables. A row's counts are withheld together (a rate with its n, or a
 *    shortfall with its n and the reference rate, would give the count back). A row's counts are withheld together (a rate with its n, or a
 *    shortfall with its n and the reference rate, would give the count back).
 * 3. **Anything else** with `respondents` (else `n`) of 1 to k − 1 — a figure about the whole
 *    program when the program is smaller than k — is suppressed as in 1; the points of a curve
 *    where 1 to k − 1 people remain at risk (its tail) are left out.
 *
 * An object about nobody (n = 0) has no figure to hide and keeps its own reason ("not available: …").
 * Returns a copy; `document` is not changed. The copy's type, `ProtectedDocument`, says where a
 * figure can be null, withheld or suppressed; the pass itself works on the JSON, from
 * `DISCLOSURE_TABLES`, so the type is checked against its output by validating protected documents
 * with the schema (test/refreshDocument.test.ts, test/disclosure.test.ts).
 */
export function suppressSmallGroups(document: RefreshDocument, k: number): ProtectedDocument {
  return protectTables(document as unknown as JsonObject, k, DISCLOSURE_TABLES) as unknown as ProtectedDocument;
}

/**
 * The pass of `suppressSmallGroups` over any document and its declared tables: the refresh document
 * with `DISCLOSURE_TABLES`, the audit of pairing suggestions with `SUGGESTION_DISCLOSURE_TABLES`. The
 * same three steps, the same reasons and the same rounding. Returns a copy.
 */
export function protectTables(document: JsonObject, k: number, declared: readonly DisclosureTable[]): JsonObject {
  if (!isMinGroup(k)) throw new RangeError(`the minimum group size k must be ${MIN_GROUP_RULE} (got ${k})`);
  const doc = JSON.parse(JSON.stringify(document)) as JsonObject;
  const under = (v: Json | undefined): boolean => typeof v === 'number' && v > 0 && v < k;
  const small = suppressedReason(k);

  const tables = declared.map((spec) => ({ spec, rows: spec.rows(doc) }));

  // families with a count under k, read before anything changes
  const hiddenFamilies = new Set<string>();
  for (const { spec, rows } of tables) {
    for (const { row } of rows) {
      for (const [field, family] of Object.entries(spec.families?.(row) ?? {})) if (family !== undefined && under(row[field])) hiddenFamilies.add(family);
    }
  }

  for (const { spec, rows } of tables) {
    // 1. small groups, rare resources, small parts
    for (const [, members] of tablesOf(rows)) {
      if (spec.holders !== undefined) {
        const holders = members.reduce((s, { row }) => s + (typeof row[spec.holders!] === 'number' ? (row[spec.holders!] as number) : 0), 0);
        if (under(holders)) {
          for (const { row } of members) suppress(row, `fewer than ${k} people ${spec.holdersAre?.(row) ?? 'are counted in this table'}: suppressed`);
          continue;
        }
      }
      for (const { row } of members) if (under(row[spec.people])) suppress(row, small);
      for (const part of spec.parts ?? []) {
        for (const { row } of members) {
          if (row.suppressed === true || !under(row[part.people])) continue;
          for (const f of part.fields) if (f in row) row[f] = null;
          row.suppressedFields = [...part.fields];
        }
      }
    }
  }

  for (const { spec, rows } of tables) {
    // 2. withhold what would give a suppressed row away
    for (const [, members] of tablesOf(rows)) {
      const hides = members.some(({ row, total }) => !total && row.suppressed === true);
      for (const { row, total } of members) {
        if (row.suppressed === true || total) continue;
        const linked = Object.entries(spec.families?.(row) ?? {}).some(([, family]) => family !== undefined && hiddenFamilies.has(family));
        // all of a row's counts or none: a rate and its n give the count, n and a shortfall give it too
        if (!hides && !linked) continue;
        withhold(row, spec.counts);
        coarsen(row);
        spec.afterWithholding?.(row);
      }
    }
  }

  // 3. anything else about fewer than k people
  return suppressRest(doc, k, small) as JsonObject;
}

/** p-values and the like: rounded to two significant digits rather than two decimals */
const P_VALUE = /^(p|pAdjusted|changeP)$/;

/**
 * The figures left beside withheld counts, rounded: exact ones would give the counts back (a rate's
 * exact value is count/n in lowest terms, a Wilson interval around it solves for n, a mean with its
 * t-interval and sd does too). Proportions, means, months, ratios and intervals to two decimals,
 * p-values to two significant digits; labels, counts already withheld and text stay as they are.
 */
function coarsen(o: JsonObject): void {
  for (const [key, v] of Object.entries(o)) {
    if (LABELS.has(key)) continue;
    if (typeof v === 'number' && Number.isFinite(v)) o[key] = P_VALUE.test(key) ? Number(v.toPrecision(2)) : Math.round(v * 100) / 100;
    else if (isObject(v)) coarsen(v);
  }
}

/** The rows of a declaration by table, in order. */
function tablesOf(rows: readonly TableRow[]): Map<string, TableRow[]> {
  const out = new Map<string, TableRow[]>();
  for (const r of rows) {
    let list = out.get(r.table);
    if (!list) out.set(r.table, (list = []));
    list.push(r);
  }
  return out;
}

/** The labels a suppressed row keeps: what it is about, never how many or how much. */
export const SUPPRESSED_ROW_LABELS = ['resource', 'attribute', 'group', 'outcome', 'instrument', 'role', 'quarter', 'supportType', 'function', 'targetRole', 'rating', 'reference', 'best', 'scaleMax'] as const;
const LABELS = new Set<string>(SUPPRESSED_ROW_LABELS);

function suppress(o: JsonObject, reason: string): void {
  if (o.suppressed === true) return;
  for (const [key, value] of Object.entries(o)) if (!(LABELS.has(key) && typeof value !== 'object')) o[key] = null;
  if ('status' in o) o.status = 'suppressed';
  o.suppressed = true;
  o.reason = reason;
}

function withhold(o: JsonObject, fields: readonly string[]): void {
  const done = new Set(Array.isArray(o.withheld) ? (o.withheld as string[]) : []);
  for (const f of fields) {
    if (!(f in o) || o[f] === null || done.has(f)) continue;
    o[f] = null;
    done.add(f);
  }
  if (done.size > 0) o.withheld = [...done];
}

function suppressRest(value: Json, k: number, reason: string): Json {
  if (Array.isArray(value)) {
    // a curve's points where fewer than k people remain at risk are figures about those few
    const kept = value.filter((v) => !(isObject(v) && typeof v.atRisk === 'number' && v.atRisk > 0 && v.atRisk < k));
    return kept.map((v) => suppressRest(v, k, reason));
  }
  if (!isObject(value) || value.suppressed === true) return value;
  const people = typeof value.respondents === 'number' ? value.respondents : value.n;
  if (typeof people === 'number' && people > 0 && people < k) {
    suppress(value, reason);
    return value;
  }
  for (const [key, v] of Object.entries(value)) value[key] = suppressRest(v, k, reason);
  return value;
}

export type { DisclosureTable };
