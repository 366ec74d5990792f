import type { Day } from '../model/day';
import { tInterval } from '../stats/tInterval';
import { welchInterval } from '../stats/welchInterval';
import type { FollowUp } from './followUp';
import type { MeasureEffect, MeasureSide } from './impactResults';
import { firstFrom, type MeasureTable } from './measureTable';

/** One measure's observations: its rows of the Measures sheet's `MeasureTable`. */
export interface MeasureSeries {
  /** the name as first written in the sheet */
  readonly measure: string;
  readonly table: MeasureTable;
  /** its kind in `table` */
  readonly kind: number;
  /** the person number in `table` of each Participants row (`MeasureTable.personsOf`) */
  readonly persons: Int32Array;
}

/**
 * The measures of the Measures sheet other than Promotion, each with its observations (rows with a
 * value) by person in date order (`MeasureTable`); names case and spaces folded (`foldMeasureName`),
 * labelled as written on the first row; in the order of their first rows.
 */
export function measureSeries(table: MeasureTable, persons: Int32Array): MeasureSeries[] {
  return table.measures.map((m) => ({ measure: m.measure, table, kind: m.kind, persons }));
}

/** impact.md's windows, in days from the (pseudo-)origin: before [−365, 0), after [183, 547] */
const BEFORE_FROM = -365;
const AFTER_FROM = 183;
const AFTER_TO = 547;

/**
 * A person's change in one measure (impact.md, Effects, "Each other measure"): with d = Date −
 * (pseudo-)origin in days, before = the mean of the values with −365 ≤ d < 0, after = the mean of the
 * values with 183 ≤ d ≤ 547 dated on or before `FollowUp.lastDay` (not after its exit or A, not on or
 * after a control's own ProgramStart); change = after − before, undefined without both.
 *
 * @example personChange({ dates: [-10, 200], values: [3, 4] } (days from origin 0), follow-up to 400) // 1
 */
export function personChange(series: MeasureSeries, f: FollowUp): number | undefined {
  const t = series.table;
  if (!t.find(series.persons[f.row], series.kind)) return undefined;
  const { from, to } = t;
  const before = meanOfRange(t, from, to, f.origin + BEFORE_FROM, f.origin - 1);
  if (before === undefined) return undefined;
  const after = meanOfRange(t, from, to, f.origin + AFTER_FROM, Math.min(f.origin + AFTER_TO, f.lastDay));
  return after === undefined ? undefined : after - before;
}

/**
 * The difference in differences of one measure (impact.md): per side the people with a change, their
 * mean change with its t-interval (`tInterval`); DiD = mean change₁ − mean change₀ with Welch's
 * interval and p (`welchInterval`), null with a reason where Welch's test is undefined (fewer than 2
 * people with a change on a side, or no spread on either).
 */
export function measureEffect(series: MeasureSeries, participants: readonly FollowUp[], controls: readonly FollowUp[]): MeasureEffect {
  const a = changes(series, participants);
  const b = changes(series, controls);
  const sideA = sideOf(a);
  const sideB = sideOf(b);
  const welch = welchInterval(a, b);
  return {
    measure: series.measure,
    nParticipants: a.length,
    nControls: b.length,
    participants: sideA,
    controls: sideB,
    difference: welch
      ? { value: welch.difference, lower: welch.lower, upper: welch.upper, p: welch.p }
      : {
          value: sideA.meanChange !== null && sideB.meanChange !== null ? sideA.meanChange - sideB.meanChange : null,
          lower: null,
          upper: null,
          p: null,
          reason: "no Welch interval: it needs 2 or more people with a change on each side, with some spread",
        },
  };
}

function changes(series: MeasureSeries, people: readonly FollowUp[]): number[] {
  const out: number[] = [];
  for (const f of people) {
    const c = personChange(series, f);
    if (c !== undefined) out.push(c);
  }
  return out;
}

function sideOf(values: readonly number[]): MeasureSide {
  const t = tInterval(values);
  return { n: t.n, meanChange: t.mean, lower: t.lower, upper: t.upper };
}

/** the mean of the values of the table's rows [start, end) (dates ascending) dated in [from, to]; undefined when none */
function meanOfRange(t: MeasureTable, start: number, end: number, from: Day, to: Day): number | undefined {
  const { dates, values } = t;
  let sum = 0;
  let n = 0;
  for (let i = firstFrom(dates, start, end, from); i < end && dates[i] <= to; i++) {
    sum += values[i];
    n++;
  }
  return n === 0 ? undefined : sum / n;
}
