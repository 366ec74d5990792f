import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { sortFloat64 } from '../stats/sortFloat64';
import type { ImpactInput } from './impactInput';
import { DEFAULT_MATCHING_VARIABLES, matchingVariables, type MatchingVariable, type MatchingVariableName, type SkippedVariable } from './matchingVariables';
import { PriorityQueue } from './priorityQueue';

/** One participant of the matched comparison and the controls it got (none: unmatched). */
export interface MatchedSet {
  readonly participant: Participant;
  /** I_p = ProgramStart */
  readonly indexDate: Day;
  /** the participant's value of each used matching variable at I_p, in the variables' order; null: blank */
  readonly values: readonly (string | null)[];
  /** up to k controls, nearest EligibleDate first (ties by PersonID); empty: unmatched */
  readonly controls: readonly Participant[];
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
 * (the joined values of the matching variables) changes only on a few days: the tenure band on the
 * three days its band boundaries are crossed, the last rating the day after each rating. The
 * participants are swept in I_p order; every row's "refresh" days (its EligibleDate and each day its
 * key can change while available) are sorted once, and when the sweep reaches a day the rows
 * refreshed on it are pushed, with their key at that day, into the priority queue of their stratum
 * (latest EligibleDate, then PersonID, first). A participant looks up its own stratum's queue and
 * pops until it has k controls, discarding, as they reach the top, entries made stale (the row's key
 * changed since, it was used, or it left by exit or by joining the program on or before I_p: a row
 * never comes back after leaving, since I_p only grows). Every row enters at most 1 + (its key
 * changes) queues and leaves each once, so with N rows, R Performance ratings and P participants the
 * whole matching is O((N + R) log N + P · v), v the number of variables: near linear.
 */
export function matchedComparison(input: ImpactInput, asOf: Day, options: MatchingOptions = {}): MatchedComparison {
  const k = options.controlsPerParticipant ?? DEFAULT_CONTROLS_PER_PARTICIPANT;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`controls per participant must be a whole number ≥ 1, got ${k}`);
  const { used: variables, skipped } = matchingVariables(input, options.variables ?? DEFAULT_MATCHING_VARIABLES);
  const people = input.participants;

  const participants = people.filter((p) => p.inProgram && p.programStart !== undefined && p.programStart <= asOf);
  participants.sort((a, b) => a.programStart! - b.programStart! || compareIds(a, b));
  const lastIndexDate = participants.length === 0 ? -Infinity : participants[participants.length - 1].programStart!;

  // rows that can be a candidate on some day: [enter, leave)
  const rows: Participant[] = [];
  const enter: Day[] = [];
  const leave: Day[] = [];
  for (const c of people) {
    if (c.eligibleDate === undefined || c.eligibleDate > lastIndexDate) continue;
    const joins = c.inProgram ? (c.programStart ?? -Infinity) : Infinity;
    const end = Math.min(c.exitDate ?? Infinity, joins);
    if (end <= c.eligibleDate) continue;
    rows.push(c);
    enter.push(c.eligibleDate);
    leave.push(end);
  }
  const n = rows.length;

  // priority: latest EligibleDate first, then PersonID (the rank of the row in PersonID order)
  const byId = Array.from(rows.keys()).sort((a, b) => compareIds(rows[a], rows[b]));
  const priority = new Float64Array(n);
  byId.forEach((c, rank) => (priority[c] = -enter[c] * n + rank));

  // refresh days, packed as (day − first day) · n + row into one sortable number
  let firstDay = Infinity;
  for (let c = 0; c < n; c++) firstDay = Math.min(firstDay, enter[c]);
  const packed: number[] = [];
  for (let c = 0; c < n; c++) {
    packed.push((enter[c] - firstDay) * n + c);
    for (const v of variables) {
      for (const d of v.changeDays(rows[c])) if (d > enter[c] && d < leave[c] && d <= lastIndexDate) packed.push((d - firstDay) * n + c);
    }
  }
  const events = sortFloat64(Float64Array.from(packed));

  // the part of a row's key that does not depend on the day, made once
  const fixed = variables.filter((v) => !v.dependsOnDay);
  const moving = variables.filter((v) => v.dependsOnDay);
  const fixedKey = rows.map((c) => stratumKey(fixed, c, 0));
  const keyAt = (c: number, day: Day) => (moving.length === 0 ? fixedKey[c] : fixedKey[c] + stratumKey(moving, rows[c], day));

  const strata = new Map<string, PriorityQueue>();
  const key = new Array<string | undefined>(n).fill(undefined);
  const version = new Int32Array(n);
  const usedRow = new Uint8Array(n);

  const sets: MatchedSet[] = [];
  let e = 0;
  for (const p of participants) {
    const indexDate = p.programStart!;
    for (; e < events.length; e++) {
      const day = Math.floor(events[e] / n);
      if (day + firstDay > indexDate) break;
      const c = events[e] - day * n;
      if (usedRow[c]) continue;
      const now = keyAt(c, day + firstDay);
      if (now === key[c]) continue;
      key[c] = now;
      version[c]++;
      let queue = strata.get(now);
      if (!queue) strata.set(now, (queue = new PriorityQueue()));
      queue.push(priority[c], c, version[c]);
    }

    const own = variables.map((v) => v.valueAt(p, indexDate));
    const queue = strata.get(stratumKey(fixed, p, indexDate) + stratumKey(moving, p, indexDate));
    const controls: Participant[] = [];
    while (queue && controls.length < k && queue.pop()) {
      const c = queue.item;
      if (queue.version !== version[c] || usedRow[c] || leave[c] <= indexDate) continue;
      usedRow[c] = 1;
      controls.push(rows[c]);
    }
    sets.push({ participant: p, indexDate, values: own, controls });
  }
  return { variables, skipped, controlsPerParticipant: k, sets };
}

/** a person's values of `variables` at `day` as one string, a blank distinct from every text (the stratum) */
function stratumKey(variables: readonly MatchingVariable[], p: Participant, day: Day): string {
  let s = '';
  for (const v of variables) {
    const value = v.valueAt(p, day);
    s += value === null ? '\u0000\u001f' : `${value}\u001f`;
  }
  return s;
}

/** PersonID order (code units), equal PersonIDs by row */
function compareIds(a: Participant, b: Participant): number {
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.row - b.row;
}
