import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Participant } from '../model/records';

/** The name of the group that pools an attribute's groups under k (equity.md, Privacy). */
export const POOLED_GROUP = 'groups under k, combined';

/** An attribute the engine groups people by: its name and a person's group (undefined: none). */
export interface GroupedAttribute {
  readonly attribute: string;
  readonly groupOf: (p: Participant) => string | undefined;
}

/**
 * Which groups to pool (equity.md, Privacy: "pool the groups under k into one 'groups under k,
 * combined' row where that row reaches k"). Per attribute, among the participants (InProgram,
 * ProgramStart ≤ A, the population every per-group table of participants counts), the groups with 1
 * to k − 1 people: where there are two or more of them and together they number k or more, each is
 * mapped to POOLED_GROUP. A single small group, or small groups that together stay under k, are not
 * pooled (pooling would not reach k, or would be the group itself under another name): the privacy
 * pass suppresses them and withholds the counts that would give them away.
 *
 * @example
 * // Gender: Man 125, Woman 109, Non-binary 3, Another gender 2, k = 5
 * poolingFor(people, [{ attribute: 'Gender', groupOf: (p) => p.attributes.Gender }], asOf, 5)
 * // Map { 'Gender' => Map { 'Another gender' => 'groups under k, combined', 'Non-binary' => 'groups under k, combined' } }
 */
export function poolingFor(
  people: readonly Participant[],
  attributes: readonly GroupedAttribute[],
  asOf: Day,
  k: number,
): Map<string, Map<string, string>> {
  const participants = people.filter((p) => p.inProgram && p.programStart !== undefined && p.programStart <= asOf);
  const out = new Map<string, Map<string, string>>();
  for (const { attribute, groupOf } of attributes) {
    if (out.has(attribute)) continue;
    const sizes = new Map<string, number>();
    for (const p of participants) {
      const g = groupOf(p);
      if (g !== undefined) sizes.set(g, (sizes.get(g) ?? 0) + 1);
    }
    const pooled = pooledSmallGroups(sizes, k);
    if (pooled !== null) out.set(attribute, pooled);
  }
  return out;
}

/**
 * The rule of `poolingFor` on one attribute's group sizes: the groups of 1 to k − 1 people, each
 * mapped to POOLED_GROUP, where there are two or more of them and together they number k or more;
 * otherwise null (nothing pooled).
 */
export function pooledSmallGroups(sizes: ReadonlyMap<string, number>, k: number): Map<string, string> | null {
  const small = [...sizes].filter(([, n]) => n < k);
  const together = small.reduce((s, [, n]) => s + n, 0);
  return small.length >= 2 && together >= k ? new Map(small.map(([g]) => [g, POOLED_GROUP])) : null;
}

/**
 * A person's group for `attribute` through the data's pooling: the pooled group's name for a group
 * that was pooled, else the group itself. Every group-by over people in the engine reads groups this
 * way, so a pooled group is one group in every table.
 */
export function pooledGroupOf(
  data: Pick<ProgramData, 'pooling'>,
  attribute: string,
  groupOf: (p: Participant) => string | undefined,
): (p: Participant) => string | undefined {
  const pooled = data.pooling?.get(attribute);
  if (pooled === undefined || pooled.size === 0) return groupOf;
  return (p) => {
    const g = groupOf(p);
    return g === undefined ? undefined : (pooled.get(g) ?? g);
  };
}
