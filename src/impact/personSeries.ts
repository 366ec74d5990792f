import type { Day } from '../model/day';
import type { Measure } from '../model/records';

/** One person's observations of one measure: dates ascending (equal dates in row order), values beside them. */
export interface PersonSeries {
  readonly dates: readonly Day[];
  readonly values: readonly number[];
}

/**
 * The rows of one measure grouped by PersonID, each person's in date order and, on one date, in row
 * order. Grouped first and each person's few rows sorted alone (a sheet is usually in row order, so
 * most need no sorting), never one sort of all the rows: O(m) for m rows in practice, O(m log m) at
 * worst. Rows without a finite value are left out.
 *
 * @example personSeries([{ row: 3, personId: 'P1', date: 20, measure: 'KPI', value: 2 }, { row: 2, personId: 'P1', date: 10, measure: 'KPI', value: 1 }]).get('P1') // { dates: [10, 20], values: [1, 2] }
 */
export function personSeries(rows: readonly Measure[]): Map<string, PersonSeries> {
  const grouped = new Map<string, Measure[]>();
  for (const m of rows) {
    if (m.value === null || !Number.isFinite(m.value)) continue;
    let list = grouped.get(m.personId);
    if (!list) grouped.set(m.personId, (list = []));
    list.push(m);
  }
  const out = new Map<string, PersonSeries>();
  for (const [personId, list] of grouped) {
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1].date < list[i].date || (list[i - 1].date === list[i].date && list[i - 1].row <= list[i].row);
    if (!sorted) list.sort((a, b) => a.date - b.date || a.row - b.row);
    out.set(personId, { dates: list.map((m) => m.date), values: list.map((m) => m.value!) });
  }
  return out;
}
