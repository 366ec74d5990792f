import type { Participant } from '../model/records';
import type { ProgramData } from '../model/program';
import { pooledGroupOf } from '../privacy/poolSmallGroups';

/** An attribute people are segmented by: its name and how to read a person's group. */
export interface SegmentAttribute {
  readonly attribute: string;
  readonly groupOf: (p: Participant) => string | undefined;
}

/**
 * The attributes metrics are segmented by (metrics.md: "By segment: Cohort, Track, BusinessUnit and
 * each demographic attribute"), those the data has: a column absent from the workbook is no segment.
 */
export function segmentAttributes(data: ProgramData, organisational: readonly ('Cohort' | 'Track' | 'BusinessUnit')[] = ['Cohort', 'Track', 'BusinessUnit']): SegmentAttribute[] {
  const has = (c: string) => data.columns.Participants.includes(c);
  const out: SegmentAttribute[] = [];
  for (const c of organisational) {
    if (!has(c)) continue;
    if (c === 'Cohort') out.push({ attribute: c, groupOf: (p) => p.cohort });
    if (c === 'Track') out.push({ attribute: c, groupOf: (p) => p.track });
    if (c === 'BusinessUnit') out.push({ attribute: c, groupOf: (p) => p.businessUnit });
  }
  for (const a of data.attributes) out.push({ attribute: a, groupOf: (p) => p.attributes[a] });
  return out.map(({ attribute, groupOf }) => ({ attribute, groupOf: pooledGroupOf(data, attribute, groupOf) }));
}

/**
 * People grouped by an attribute, groups in a stable order (by name); people without a value are in
 * no group (they are counted in the population, not in a segment).
 */
export function groupBy<T>(items: readonly T[], groupOf: (item: T) => string | undefined): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const g = groupOf(item);
    if (g === undefined) continue;
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(item);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
