import type { Day } from '../model/day';
import type { Measure } from '../model/records';
import type { ImpactInput } from './impactInput';
import { matchedComparison, type MatchedComparison, type MatchingOptions } from './matchedComparison';
import { MeasureTable } from './measureTable';

/**
 * The matched comparison as of A, taken from one matching of every participant — what a first
 * refresh needs five times (this quarter and the four History recomputes), computed once.
 *
 * Why this is exact: the matching takes participants in (I_p, PersonID) order, and what a participant
 * finds depends only on the rows (their dates, values and leaving days, none of which depend on A)
 * and on the controls taken before it. So the matching as of A is the part of the matching of every
 * participant with a ProgramStart (A = +∞) whose I_p is on or before A: a prefix of its sets.
 * (matchedComparison.property.test.ts checks this on random programs.)
 *
 * The matching of every participant is kept per Participants array (and Measures table and options)
 * in a WeakMap, so it lives as long as the records it was made from, and is made again for new ones.
 */
export function comparisonAsOf(input: ImpactInput, asOf: Day, options: MatchingOptions, table: MeasureTable | undefined): MatchedComparison {
  const key = JSON.stringify([options.controlsPerParticipant ?? null, options.variables ?? null]);
  let byInput = cache.get(input.participants);
  if (!byInput) cache.set(input.participants, (byInput = []));
  let hit = byInput.find((c) => c.table === table && c.key === key && c.attributes === input.attributes && c.columns === input.columns);
  if (!hit) byInput.push((hit = { table, key, attributes: input.attributes, columns: input.columns, every: matchedComparison(input, Infinity, options, table) }));
  const every = hit.every;
  let end = every.sets.length;
  while (end > 0 && every.sets[end - 1].indexDate > asOf) end--;
  return end === every.sets.length ? every : { ...every, sets: every.sets.slice(0, end) };
}

/** The Measures sheet's rows read once per array (`MeasureTable`): undefined without a Measures sheet. */
export function measureTableOf(measures: readonly Measure[] | undefined): MeasureTable | undefined {
  if (measures === undefined) return undefined;
  let table = tables.get(measures);
  if (!table) tables.set(measures, (table = new MeasureTable(measures)));
  return table;
}

interface Cached {
  readonly table: MeasureTable | undefined;
  readonly key: string;
  readonly attributes: ImpactInput['attributes'];
  readonly columns: ImpactInput['columns'];
  readonly every: MatchedComparison;
}

const cache = new WeakMap<object, Cached[]>();
const tables = new WeakMap<readonly Measure[], MeasureTable>();
