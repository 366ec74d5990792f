import { accessTestsOfGroups } from '../equity/accessEquity';
import type { Json, JsonObject } from '../privacy/disclosureTables';
import { groupBy } from '../metrics/segmentAttributes';
import { pooledSmallGroups } from '../privacy/poolSmallGroups';
import { suppressSmallGroups } from '../privacy/suppressSmallGroups';
import type { RefreshDocument } from '../report/refreshDocument';
import { type FunctionError, guarded, notAvailable } from './functionError';
import { type CellArgument, type RangeArgument, cellsOf, groupOf, minGroupOf, sameLength, yesNoOf } from './functionArguments';
import type { FunctionContext, Spill } from './retentionFunctions';

/** The header of CADRE.ACCESS (functions.md). */
export const ACCESS_HEADER = ['group', 'n', 'count', 'rate', 'lower', 'upper', 'impact ratio', 'p', 'adjusted p', 'shortfall', 'status'] as const;

/** The fields of an access test, in the order of the header after the group. */
const FIELDS = ['n', 'count', 'rate', 'lower', 'upper', 'impactRatio', 'p', 'pAdjusted', 'shortfall'] as const;

/**
 * CADRE.ACCESS: the access-equity table of one resource over the groups of one attribute
 * (equity.md, Access equity), with the privacy rule applied exactly as the dashboards apply it.
 *
 * One row per person: `groups` their group (a blank leaves the row out), `has_resource` yes or no
 * (a blank leaves the row out). Groups under k are pooled into "groups under k, combined" where two
 * or more of them together reach k (`pooledSmallGroups`, the rule of the refresh's `poolingFor`); the tests are `computeAccessEquity`'s
 * (`accessTestsOfGroups`: reference group, Wilson interval, impact ratio, Fisher, shortfall, status),
 * with the Benjamini–Hochberg adjustment over this call's tests; then the privacy pass of the refresh
 * (`suppressSmallGroups`) over this one table: a group under k shows its label and "fewer than k" in
 * place of every figure, counts that would give it away by subtraction are "withheld" and the other
 * figures of their rows rounded, and a resource fewer than k people have is suppressed in every
 * group. A figure that does not exist (the reference row's p) is blank.
 */
export function access(groups: RangeArgument, hasResource: RangeArgument, minGroup: CellArgument, ctx: FunctionContext): Spill | FunctionError {
  return guarded(() => {
    const k = minGroupOf(minGroup, ctx.k);
    const labels = cellsOf(groups);
    const answers = cellsOf(hasResource);
    sameLength([
      { name: 'groups', length: labels.length },
      { name: 'has_resource', length: answers.length },
    ]);
    // people and holders per group as written (a row with a blank group or a blank answer is left out)
    const counts = new Map<string, { n: number; x: number }>();
    for (let i = 0; i < labels.length; i++) {
      const yes = yesNoOf(answers[i], () => `has_resource: value ${i + 1}`);
      const label = labels[i];
      const group = typeof label === 'string' && label !== '' && label.trim() === label ? label : groupOf(label);
      if (group === undefined || yes === undefined) continue;
      let c = counts.get(group);
      if (c === undefined) counts.set(group, (c = { n: 0, x: 0 }));
      c.n++;
      if (yes) c.x++;
    }
    if (counts.size === 0) return notAvailable('nobody with both a group and a yes or no');

    // the groups under k pooled by the refresh's rule, then in the refresh's order (`groupBy`: by name)
    const pooled = pooledSmallGroups(new Map([...counts].map(([g, c]) => [g, c.n])), k);
    const merged = new Map<string, { n: number; x: number }>();
    for (const [g, c] of counts) {
      const name = pooled?.get(g) ?? g;
      const m = merged.get(name) ?? { n: 0, x: 0 };
      merged.set(name, { n: m.n + c.n, x: m.x + c.x });
    }
    const names = groupBy([...merged.keys()], (g) => g).map(([g]) => g);
    const n = Int32Array.from(names, (g) => merged.get(g)!.n);
    const x = Int32Array.from(names, (g) => merged.get(g)!.x);

    const tests = accessTestsOfGroups('the resource', 'group', names, n, x, k);
    const shielded = suppressSmallGroups({ equity: { tests } } as unknown as RefreshDocument, k) as unknown as { equity: { tests: JsonObject[] } };
    const rows: Spill = [[...ACCESS_HEADER]];
    for (const t of shielded.equity.tests) {
      const group = String(t.group);
      if (t.suppressed === true) {
        rows.push([group, ...FIELDS.map(() => `fewer than ${k}`), 'suppressed']);
        continue;
      }
      const withheld = new Set(Array.isArray(t.withheld) ? (t.withheld as Json[]) : []);
      rows.push([group, ...FIELDS.map((f) => cell(t[f], withheld.has(f))), String(t.status)]);
    }
    return rows;
  });
}

function cell(value: Json | undefined, withheld: boolean): number | string {
  if (typeof value === 'number') return value;
  return withheld ? 'withheld' : '';
}
