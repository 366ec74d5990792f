import { groupIndexes } from '../equity/accessAttributes';
import { accessTestsOfGroups } from '../equity/accessEquity';
import type { Json, JsonObject } from '../privacy/disclosureTables';
import { pooledGroupOf, poolingFor } from '../privacy/poolSmallGroups';
import { suppressSmallGroups } from '../privacy/suppressSmallGroups';
import type { RefreshDocument } from '../report/refreshDocument';
import { type FunctionError, guarded, notAvailable } from './functionError';
import { type CellArgument, type RangeArgument, cellsOf, groupOf, minGroupOf, sameLength, yesNoOf } from './functionArguments';
import { participantRows } from './people';
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
 * or more of them together reach k (`poolingFor`); the tests are `computeAccessEquity`'s
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
    const labels = cellsOf(groups).map(groupOf);
    const answers = cellsOf(hasResource).map((v, i) => yesNoOf(v, `has_resource: value ${i + 1}`));
    sameLength([
      { name: 'groups', length: labels.length },
      { name: 'has_resource', length: answers.length },
    ]);
    const kept: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] !== undefined && answers[i] !== undefined) kept.push(i);
    if (kept.length === 0) return notAvailable('nobody with both a group and a yes or no');

    // the people as participants who all started on day 0, so that pooling and grouping are the refresh's own
    const people = participantRows(new Float64Array(kept.length), { groups: kept.map((i) => labels[i]) });
    const byGroup = { attribute: 'group', groupOf: (p: (typeof people)[number]) => p.attributes.group };
    const pooled = pooledGroupOf({ pooling: poolingFor(people, [byGroup], 0, k) }, 'group', byGroup.groupOf);
    const [{ names, index }] = groupIndexes([{ attribute: 'group', groupOf: pooled }], people);
    const n = new Int32Array(names.length);
    const x = new Int32Array(names.length);
    kept.forEach((row, j) => {
      n[index[j]!]!++;
      if (answers[row]) x[index[j]!]!++;
    });

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
