import type { Day } from '../model/day';
import type { Measure, Participant } from '../model/records';
import { foldMeasureName, isPerformanceRating, isPromotion } from './measureNames';

/** The kind number of the Promotion rows in a `MeasureTable`. */
export const PROMOTION_KIND = 0;

/** One measure other than Promotion (names case and spaces folded): its label and kind number. */
export interface MeasureKind {
  /** the name as written on its first row (the lowest row number with a value) */
  readonly measure: string;
  /** its rows in the table are the ones of this kind (≥ 1) */
  readonly kind: number;
}

/**
 * The Measures sheet read once (impact.md: the Performance ratings of matching, the promotions and
 * every other measure of the effects), as columns grouped by person: each person's rows together,
 * within a person by kind (`PROMOTION_KIND`, then one kind per measure), within a kind by date and, on
 * one date, by row, so that the last of a day's values is the one read. Promotion rows are all kept
 * (a promotion needs no value); a measure's rows without a finite value are left out.
 *
 * Built by two stable counting sorts (by kind, then by person) and a check that each person's run of
 * one kind is in (date, row) order (a sheet usually is; a run that is not is sorted alone): O(m + p +
 * kinds) for m rows and p people, never one comparison sort of all the rows. A person's run of one
 * kind is found with `find`, by binary search in the person's rows.
 */
export class MeasureTable {
  /** PersonID → person number (0 … people − 1), in order of first row */
  readonly people: ReadonlyMap<string, number>;
  /** the measures other than Promotion that have a row with a value, in order of their first rows */
  readonly measures: readonly MeasureKind[];
  /** the kind of the Performance rating (matching), −1 when the sheet has none with a finite value */
  readonly ratingKind: number;
  /** Promotion rows in the sheet */
  readonly promotionRows: number;
  /** person q's rows are [personStart[q], personStart[q + 1]) */
  readonly personStart: Int32Array;
  readonly kinds: Int32Array;
  readonly dates: Float64Array;
  readonly values: Float64Array;
  /** the run of the last successful `find`: [from, to) */
  from = 0;
  to = 0;

  constructor(measures: readonly Measure[]) {
    const m = measures.length;
    const kindOfRow = new Int32Array(m);
    const personOfRow = new Int32Array(m);
    const people = new Map<string, number>();
    const byFolded = new Map<string, { measure: string; firstRow: number; kind: number }>();
    const entries: { measure: string; firstRow: number; kind: number }[] = [];
    // each name written: its folded name, or ' ' (never a folded name) for a promotion; a sheet has a few names, each on many rows
    const folded = new Map<string, string>();
    // the last PersonID seen, and its person: a sheet repeats it row after row
    let lastId: string | undefined;
    let lastPerson = -1;
    let promotionRows = 0;
    let kept = 0;
    // the rows' columns, read once in sheet order
    const rowDates = new Float64Array(m);
    const rowValues = new Float64Array(m);
    let lastMeasure: string | undefined;
    let name = '';
    for (let i = 0; i < m; i++) {
      const row = measures[i];
      if (row.measure !== lastMeasure) {
        lastMeasure = row.measure;
        const known = folded.get(lastMeasure);
        if (known === undefined) folded.set(lastMeasure, (name = isPromotion(lastMeasure) ? ' ' : foldMeasureName(lastMeasure)));
        else name = known;
      }
      let kind: number;
      if (name === ' ') {
        kind = PROMOTION_KIND;
        promotionRows++;
      } else {
        if (row.value === null) {
          kindOfRow[i] = -1;
          continue;
        }
        let entry = byFolded.get(name);
        if (!entry) {
          byFolded.set(name, (entry = { measure: row.measure, firstRow: row.row, kind: entries.length + 1 }));
          entries.push(entry);
        } else if (row.row < entry.firstRow) {
          entry.measure = row.measure;
          entry.firstRow = row.row;
        }
        if (!Number.isFinite(row.value)) {
          kindOfRow[i] = -1;
          continue;
        }
        kind = entry.kind;
      }
      if (row.personId !== lastId) {
        lastId = row.personId;
        let q = people.get(lastId);
        if (q === undefined) people.set(lastId, (q = people.size));
        lastPerson = q;
      }
      kindOfRow[i] = kind;
      personOfRow[i] = lastPerson;
      rowDates[i] = row.date;
      rowValues[i] = row.value ?? NaN;
      kept++;
    }

    // stable counting sort by kind, then by person: rows grouped by person, then kind, in sheet order
    const kindCount = entries.length + 1;
    const kindStart = new Int32Array(kindCount + 1);
    for (let i = 0; i < m; i++) if (kindOfRow[i] >= 0) kindStart[kindOfRow[i] + 1]++;
    const kindRows = kindStart.slice(1);
    for (let k = 0; k < kindCount; k++) kindStart[k + 1] += kindStart[k];
    const byKind = new Int32Array(kept);
    for (let i = 0; i < m; i++) if (kindOfRow[i] >= 0) byKind[kindStart[kindOfRow[i]]++] = i;
    const personCount = people.size;
    const personStart = new Int32Array(personCount + 1);
    for (let j = 0; j < kept; j++) personStart[personOfRow[byKind[j]] + 1]++;
    for (let q = 0; q < personCount; q++) personStart[q + 1] += personStart[q];
    const next = personStart.slice(0, personCount);
    const order = new Int32Array(kept);
    for (let j = 0; j < kept; j++) {
      const i = byKind[j];
      order[next[personOfRow[i]]++] = i;
    }

    const kinds = new Int32Array(kept);
    const dates = new Float64Array(kept);
    const values = new Float64Array(kept);
    for (let j = 0; j < kept; j++) {
      const i = order[j];
      kinds[j] = kindOfRow[i];
      dates[j] = rowDates[i];
      values[j] = rowValues[i];
    }
    // each person's run of one kind in (date, row) order
    for (let q = 0; q < personCount; q++) {
      const end = personStart[q + 1];
      for (let from = personStart[q]; from < end; ) {
        let to = from + 1;
        let sorted = true;
        for (; to < end && kinds[to] === kinds[from]; to++) {
          if (dates[to] < dates[to - 1] || (dates[to] === dates[to - 1] && measures[order[to]].row < measures[order[to - 1]].row)) sorted = false;
        }
        if (!sorted) sortRun(from, to, dates, values, Float64Array.from(order.subarray(from, to), (i) => measures[i].row));
        from = to;
      }
    }

    entries.sort((a, b) => a.firstRow - b.firstRow);
    this.people = people;
    this.measures = entries.map((e) => ({ measure: e.measure, kind: e.kind }));
    const rating = entries.find((e) => isPerformanceRating(e.measure));
    this.ratingKind = rating !== undefined && kindRows[rating.kind] > 0 ? rating.kind : -1;
    this.promotionRows = promotionRows;
    this.personStart = personStart;
    this.kinds = kinds;
    this.dates = dates;
    this.values = values;
  }

  /** the person number of a PersonID, −1 when it has no row kept */
  personOf(personId: string): number {
    return this.people.get(personId) ?? -1;
  }

  /** the person number (`personOf`) of each of the Participants rows, looked up once per array */
  personsOf(participants: readonly Participant[]): Int32Array {
    if (this.lastRows !== participants) {
      const persons = new Int32Array(participants.length);
      for (let i = 0; i < participants.length; i++) persons[i] = this.personOf(participants[i].personId);
      this.lastRows = participants;
      this.lastPersons = persons;
    }
    return this.lastPersons;
  }

  private lastRows: readonly Participant[] | undefined;
  private lastPersons = new Int32Array(0);

  /**
   * Finds person q's rows of `kind` into [`from`, `to`) (dates ascending); false (and an empty run)
   * when there are none. O(log r) for the person's r rows.
   */
  find(q: number, kind: number): boolean {
    if (q < 0) {
      this.from = this.to = 0;
      return false;
    }
    const kinds = this.kinds;
    const end = this.personStart[q + 1];
    let lo = this.personStart[q];
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kinds[mid] < kind) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    hi = end;
    while (to < hi) {
      const mid = (to + hi) >>> 1;
      if (kinds[mid] <= kind) to = mid + 1;
      else hi = mid;
    }
    this.from = lo;
    this.to = to;
    return to > lo;
  }
}

/** the first index in [from, to) with dates[i] ≥ day (dates ascending) */
export function firstFrom(dates: Float64Array, from: number, to: number, day: Day): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (dates[mid] < day) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** the first index in [from, to) with dates[i] > day (dates ascending) */
export function firstAfter(dates: Float64Array, from: number, to: number, day: Day): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (dates[mid] <= day) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** sorts the run [from, to) of dates and values by (date, row), stably; `rows` the run's row numbers */
function sortRun(from: number, to: number, dates: Float64Array, values: Float64Array, rows: Float64Array): void {
  const idx = Array.from({ length: to - from }, (_, j) => j);
  idx.sort((a, b) => dates[from + a] - dates[from + b] || rows[a] - rows[b]);
  const d = idx.map((j) => dates[from + j]);
  const v = idx.map((j) => values[from + j]);
  for (let j = 0; j < idx.length; j++) {
    dates[from + j] = d[j];
    values[from + j] = v[j];
  }
}
