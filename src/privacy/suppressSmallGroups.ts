/**
 * Small-group suppression (equity.md, Privacy), the one pass every output goes through: the JSON
 * document, and the dashboard plan built from it.
 *
 * - Any figure about a group whose population is below k is suppressed: the group's object keeps its
 *   labels (attribute, group, resource, …) and loses every figure — numbers, flags, nested objects and
 *   free text become null — and says why: `suppressed: true`, `reason: "fewer than k people …"`. A
 *   suppressed figure is absent, not zero.
 * - Complementary suppression: in a table (sibling groups of one attribute, resource, instrument, …)
 *   where exactly one group is suppressed, the next-smallest group is suppressed too, so the suppressed
 *   value cannot be worked out by subtraction from the total. The reference group of an equity table
 *   is never the one chosen (every other row is measured against it), nor a total row ("All").
 *
 * The population of an object is its `respondents` where it has one (survey figures: people, not
 * answers), else its `n`. Objects without either are not groups and are left as they are; an object
 * about nobody (n = 0) has no figure to hide and keeps its own reason ("not available: …").
 */

/** The labels a suppressed group keeps: what the row is about, never how many or how much. */
const LABELS = new Set([
  'resource',
  'attribute',
  'group',
  'outcome',
  'instrument',
  'role',
  'quarter',
  'supportType',
  'function',
  'targetRole',
  'rating',
  'reference',
  'best',
  'scaleMax',
]);

/** Fields that name the group within its table; the others of LABELS make the table's key. */
const GROUP_FIELDS = ['group', 'role', 'targetRole', 'rating', 'function', 'supportType'] as const;

/** Total rows of a table (the satisfaction row for every role together). */
const TOTAL_GROUPS = new Set(['All']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function populationOf(o: JsonObject): number | undefined {
  const p = typeof o.respondents === 'number' ? o.respondents : o.n;
  return typeof p === 'number' ? p : undefined;
}

function suppressed(o: JsonObject, reason: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(o)) {
    out[key] = LABELS.has(key) && typeof value !== 'object' ? value : null;
  }
  if ('status' in o) out.status = 'suppressed';
  out.suppressed = true;
  out.reason = reason;
  return out;
}

/** The table an array element belongs to: its label fields other than the group's own name. */
function tableKey(o: JsonObject): string {
  const parts: string[] = [];
  for (const key of LABELS) {
    if ((GROUP_FIELDS as readonly string[]).includes(key) || key === 'reference' || key === 'best') continue;
    if (key in o) parts.push(`${key}=${String(o[key])}`);
  }
  return parts.join('|');
}

function groupName(o: JsonObject): string | undefined {
  for (const f of GROUP_FIELDS) if (typeof o[f] === 'string') return o[f] as string;
  return undefined;
}

/**
 * A copy of `document` with every group below `k` suppressed, and the complementary groups.
 * `k` must be 3 or more (equity.md: never below 3).
 */
export function suppressSmallGroups<T>(document: T, k: number): T {
  if (!Number.isInteger(k) || k < 3) throw new RangeError(`the minimum group size k must be a whole number of 3 or more (got ${k})`);
  const small = `fewer than ${k} people: suppressed`;
  const complementary = `suppressed with a smaller group, so that group cannot be worked out from the total`;

  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return walkArray(value);
    if (!isObject(value)) return value;
    const population = populationOf(value);
    // nobody (n = 0) is no group: its figures are already null with their own reason
    if (population !== undefined && population > 0 && population < k) return suppressed(value, small);
    const out: JsonObject = {};
    for (const [key, v] of Object.entries(value)) out[key] = walk(v);
    return out;
  };

  const walkArray = (items: Json[]): Json[] => {
    const out = items.map(walk);
    // complementary suppression, table by table
    const tables = new Map<string, number[]>();
    out.forEach((item, i) => {
      if (!isObject(item) || groupName(item) === undefined) return;
      const original = items[i] as JsonObject;
      if (populationOf(original) === undefined) return;
      const key = tableKey(original);
      let list = tables.get(key);
      if (!list) tables.set(key, (list = []));
      list.push(i);
    });
    for (const members of tables.values()) {
      const isSuppressed = (i: number) => (out[i] as JsonObject).suppressed === true;
      const groups = members.filter((i) => !TOTAL_GROUPS.has(groupName(items[i] as JsonObject)!));
      if (groups.filter(isSuppressed).length !== 1) continue;
      const candidates = groups
        .filter((i) => !isSuppressed(i) && (items[i] as JsonObject).status !== 'reference')
        .sort((a, b) => populationOf(items[a] as JsonObject)! - populationOf(items[b] as JsonObject)!);
      if (candidates.length > 0) out[candidates[0]] = suppressed(items[candidates[0]] as JsonObject, complementary);
    }
    return out;
  };

  return walk(document as unknown as Json) as unknown as T;
}
