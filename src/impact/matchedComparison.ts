import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { sortFloat64 } from '../stats/sortFloat64';
import type { ImpactInput } from './impactInput';
import type { MeasureTable } from './measureTable';
import { DEFAULT_MATCHING_VARIABLES, matchingVariables, type MatchingVariable, type MatchingVariableName, type SkippedVariable } from './matchingVariables';
import { PriorityQueue } from './priorityQueue';

/** One participant of the matched comparison and the controls it got (none: unmatched). */
export interface MatchedSet {
  readonly participant: Participant;
  /** the participant's index in the input's Participants rows */
  readonly row: number;
  /** I_p = ProgramStart */
  readonly indexDate: Day;
  /** the participant's value of each used matching variable at I_p, in the variables' order; null: blank */
  readonly values: readonly (string | null)[];
  /** up to k controls, nearest EligibleDate first (ties by PersonID); empty: unmatched */
  readonly controls: readonly Participant[];
  /** the controls' indexes in the input's Participants rows, beside `controls` */
  readonly controlRows: readonly number[];
}

export interface MatchingOptions {
  /** the matching variables, in order (default impact.md's: Level band, BusinessUnit, HighPotential, Tenure band, Performance rating) */
  readonly variables?: readonly MatchingVariableName[];
  /** controls per participant, k of "1:k without replacement" (default 3) */
  readonly controlsPerParticipant?: number;
}

export interface MatchedComparison {
  /** the matching variables used, in order */
  readonly variables: readonly MatchingVariable[];
  readonly skipped: readonly SkippedVariable[];
  readonly controlsPerParticipant: number;
  /** every participant (InProgram, ProgramStart ≤ A) in (I_p, PersonID) order, matched or not */
  readonly sets: readonly MatchedSet[];
}

/** impact.md's default k of 1:k matching */
export const DEFAULT_CONTROLS_PER_PARTICIPANT = 3;

/**
 * The matched comparison group of impact.md ("The matched comparison group"), as of A.
 *
 * Participants are the retention population of metrics.md (InProgram, ProgramStart ≤ A), index date
 * I_p = ProgramStart, taken in (I_p, PersonID) order (equal PersonIDs by row). A **candidate
 * control** for p is a Participants row c with InProgram false or ProgramStart after I_p, with
 * EligibleDate ≤ I_p and not exited (ExitDate blank or after I_p); c is never p (p's ProgramStart is
 * not after I_p). Among the unused candidates with exactly p's values of every used matching variable
 * at I_p (a blank is its own value; `matchingVariables`), p takes up to k: the smallest
 * |EligibleDate − I_p| first — every candidate's EligibleDate is ≤ I_p, so the latest EligibleDate
 * first — ties by PersonID; they are used (1:k without replacement). No candidate: unmatched.
 *
 * **How it avoids comparing every participant with every row.** Each row with an EligibleDate is
 * available on the days [EligibleDate, min(ExitDate, ProgramStart if InProgram)). Its stratum key
 * (the coded values of the matching variables as one number, `StratumKeys`) changes only on a few
 * days: the tenure band on the three days its band boundaries are crossed, the last rating the day
 * after a rating that rounds differently. Each row's key is read once on its EligibleDate and on each
 * such day while it is available, and kept as a "refresh" event only where it changes; an event is
 * stale from the row's next one (or from the day it leaves). The participants are swept in I_p
 * order over the events sorted by day once: when the sweep reaches a day, the rows refreshed on it
 * are pushed, with their key, into the priority queue of their stratum (latest EligibleDate, then
 * PersonID, first). A participant looks up its own stratum's queue and pops until it has k
 * controls, discarding, as they reach the top, entries made stale (the row's key changed since, it
 * was used, or it left by exit or by joining the program on or before I_p: a row never comes back
 * after leaving, since I_p only grows). Every row enters at most 1 + (its key
 * changes) queues and leaves each once, so with N rows, R Performance ratings and P participants the
 * whole matching is O((N + R) log N + P · v), v the number of variables: near linear. `table`: the
 * Measures sheet already read (`MeasureTable`), read here when not given.
 */
export function matchedComparison(input: ImpactInput, asOf: Day, options: MatchingOptions = {}, table?: MeasureTable): MatchedComparison {
  const k = options.controlsPerParticipant ?? DEFAULT_CONTROLS_PER_PARTICIPANT;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`controls per participant must be a whole number ≥ 1, got ${k}`);
  const { used: variables, skipped } = matchingVariables(input, options.variables ?? DEFAULT_MATCHING_VARIABLES, table);
  const people = input.participants;
  const size = people.length;
  const idRank = idRanks(people);

  const participantRows: number[] = [];
  for (let i = 0; i < size; i++) {
    const p = people[i];
    if (p.inProgram && p.programStart !== undefined && p.programStart <= asOf) participantRows.push(i);
  }
  participantRows.sort((a, b) => people[a].programStart! - people[b].programStart! || idRank[a] - idRank[b]);
  const lastIndexDate = participantRows.length === 0 ? -Infinity : people[participantRows[participantRows.length - 1]].programStart!;

  // rows that can be a candidate on some day: [enter, leave)
  const candidateRows: number[] = [];
  const enterDays: Day[] = [];
  const leaveDays: Day[] = [];
  for (let i = 0; i < size; i++) {
    const c = people[i];
    if (c.eligibleDate === undefined || c.eligibleDate > lastIndexDate) continue;
    const joins = c.inProgram ? (c.programStart ?? -Infinity) : Infinity;
    const end = Math.min(c.exitDate ?? Infinity, joins);
    if (end <= c.eligibleDate) continue;
    candidateRows.push(i);
    enterDays.push(c.eligibleDate);
    leaveDays.push(end);
  }
  const n = candidateRows.length;
  const rows = Int32Array.from(candidateRows);
  const enter = Float64Array.from(enterDays);
  const leave = Float64Array.from(leaveDays);

  // priority: latest EligibleDate first, then PersonID (the rank of the row in PersonID order)
  const priority = new Float64Array(n);
  for (let c = 0; c < n; c++) priority[c] = -enter[c] * size + idRank[rows[c]];

  // the stratum of a row at a day: the codes of its values as one number, the part that does not
  // depend on the day made once
  const fixed = variables.filter((v) => !v.dependsOnDay);
  const moving = variables.filter((v) => v.dependsOnDay);
  const stratum = new StratumKeys(fixed, moving, size);

  // the refresh events: each row's stratum on its EligibleDate and on each later day its stratum can
  // change while it is available, kept only where it does change; an entry pushed for one is stale
  // from the row's next event (or from the day it leaves)
  let firstDay = Infinity;
  for (let c = 0; c < n; c++) firstDay = Math.min(firstDay, enter[c]);
  // per event, side by side (one cache line, read in day order at random): the row's candidate index,
  // its key, the day it goes stale, its priority; and the event's day
  const event: number[] = [];
  const eventDay: Day[] = [];
  const days: Day[] = [];
  for (let c = 0; c < n; c++) {
    days.length = 0;
    for (const v of moving) v.changeDays(rows[c], days);
    let kept = 0;
    for (const d of days) if (d > enter[c] && d < leave[c] && d <= lastIndexDate) days[kept++] = d;
    days.length = kept;
    insertionSort(days);
    let last = -1;
    for (let j = -1; j < days.length; j++) {
      const day = j < 0 ? enter[c] : days[j];
      const key = stratum.at(rows[c], day);
      if (last >= 0 && key === event[4 * last + 1]) continue;
      if (last >= 0) event[4 * last + 2] = day;
      last = eventDay.length;
      event.push(c, key, leave[c], priority[c]);
      eventDay.push(day);
    }
  }
  const eventData = Float64Array.from(event);
  // in day order: packed as (day − first day) · (number of events) + event into one sortable number
  const count = eventDay.length;
  const packed = new Float64Array(count);
  for (let ev = 0; ev < count; ev++) packed[ev] = (eventDay[ev] - firstDay) * count + ev;
  const events = sortFloat64(packed);

  const strata = new Map<number, PriorityQueue>();
  const usedRow = new Uint8Array(n);

  const sets: MatchedSet[] = [];
  let e = 0;
  for (const row of participantRows) {
    const p = people[row];
    const indexDate = p.programStart!;
    for (; e < count; e++) {
      const day = Math.floor(events[e] / count);
      if (day + firstDay > indexDate) break;
      const ev = 4 * (events[e] - day * count);
      const c = eventData[ev];
      if (usedRow[c]) continue;
      const key = eventData[ev + 1];
      let queue = strata.get(key);
      if (!queue) strata.set(key, (queue = new PriorityQueue()));
      queue.push(eventData[ev + 3], c, eventData[ev + 2]);
    }

    const values = variables.map((v) => v.label(v.codeAt(row, indexDate)));
    const queue = strata.get(stratum.at(row, indexDate));
    const controls: Participant[] = [];
    const controlRows: number[] = [];
    while (queue && controls.length < k && queue.pop()) {
      const c = queue.item;
      if (queue.tag <= indexDate || usedRow[c]) continue; // stale: its stratum changed, or it left, by I_p; or used
      usedRow[c] = 1;
      controls.push(people[rows[c]]);
      controlRows.push(rows[c]);
    }
    sets.push({ participant: p, row, indexDate, values, controls, controlRows });
  }
  return { variables, skipped, controlsPerParticipant: k, sets };
}

/**
 * A row's stratum at a day as one number: the codes of the variables that do not depend on the day
 * (made once per row, in mixed radix), times the number of combinations of the others, plus theirs
 * at the day. Two rows have the same number exactly when they have the same value of every variable
 * (a blank being its own value). Where the mixed radix of the fixed variables would pass 2⁵³, their
 * combinations are numbered in order of first appearance instead (at most one per row).
 */
class StratumKeys {
  private readonly fixedKey: Float64Array;
  private readonly movingCount: number;

  constructor(
    fixed: readonly MatchingVariable[],
    private readonly moving: readonly MatchingVariable[],
    size: number,
  ) {
    this.movingCount = moving.reduce((product, v) => product * v.codeCount, 1);
    this.fixedKey = new Float64Array(size);
    const fixedCount = fixed.reduce((product, v) => product * v.codeCount, 1);
    if (fixedCount * this.movingCount <= Number.MAX_SAFE_INTEGER) {
      for (const v of fixed) for (let i = 0; i < size; i++) this.fixedKey[i] = this.fixedKey[i] * v.codeCount + v.codeAt(i, 0);
    } else {
      const numbers = new Map<string, number>();
      for (let i = 0; i < size; i++) {
        const combination = fixed.map((v) => v.codeAt(i, 0)).join(',');
        let number = numbers.get(combination);
        if (number === undefined) numbers.set(combination, (number = numbers.size));
        this.fixedKey[i] = number;
      }
      if (numbers.size * this.movingCount > Number.MAX_SAFE_INTEGER) throw new RangeError('too many combinations of matching values to number');
    }
  }

  /** row i's stratum at `day` */
  at(i: number, day: Day): number {
    let key = 0;
    for (const v of this.moving) key = key * v.codeCount + v.codeAt(i, day);
    return this.fixedKey[i] * this.movingCount + key;
  }
}

/** sorts a few numbers ascending, in place */
function insertionSort(values: number[]): void {
  for (let i = 1; i < values.length; i++) {
    const x = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > x; j--) values[j + 1] = values[j];
    values[j + 1] = x;
  }
}

/** each row's rank in PersonID order (code units), equal PersonIDs by row */
function idRanks(people: readonly Participant[]): Float64Array {
  const order = Array.from(people.keys());
  let sorted = true;
  for (let i = 1; i < people.length && sorted; i++) sorted = compareIds(people[i - 1], people[i]) <= 0;
  if (!sorted) order.sort((a, b) => compareIds(people[a], people[b]));
  const rank = new Float64Array(people.length);
  for (let r = 0; r < order.length; r++) rank[order[r]] = r;
  return rank;
}

/** PersonID order (code units), equal PersonIDs by row */
function compareIds(a: Participant, b: Participant): number {
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.row - b.row;
}
