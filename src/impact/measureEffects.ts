import type { Day } from '../model/day';
import type { Measure } from '../model/records';
import { tInterval } from '../stats/tInterval';
import { welchInterval } from '../stats/welchInterval';
import type { FollowUp } from './followUp';
import type { MeasureEffect, MeasureSide } from './impactResults';
import { foldMeasureName, isPromotion } from './measureNames';
import { personSeries, type PersonSeries } from './personSeries';

/** One measure's observations by PersonID, dates ascending. */
export interface MeasureSeries {
  /** the name as first written in the sheet */
  readonly measure: string;
  readonly byPerson: ReadonlyMap<string, PersonSeries>;
}

/**
 * The measures of the Measures sheet other than Promotion, each with its observations (rows with a
 * value) by person in date order (`personSeries`); names case and spaces folded (`foldMeasureName`),
 * labelled as written on the first row; in the order of their first rows.
 */
export function measureSeries(measures: readonly Measure[]): MeasureSeries[] {
  const byName = new Map<string, { measure: string; firstRow: number; rows: Measure[] }>();
  for (const m of measures) {
    if (m.value === null || isPromotion(m.measure)) continue;
    const name = foldMeasureName(m.measure);
    let entry = byName.get(name);
    if (!entry) byName.set(name, (entry = { measure: m.measure, firstRow: m.row, rows: [] }));
    else if (m.row < entry.firstRow) {
      entry.measure = m.measure;
      entry.firstRow = m.row;
    }
    entry.rows.push(m);
  }
  return [...byName.values()].sort((a, b) => a.firstRow - b.firstRow).map((e) => ({ measure: e.measure, byPerson: personSeries(e.rows) }));
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
  const entry = series.byPerson.get(f.person.personId);
  if (!entry) return undefined;
  const before = meanOfRange(entry.dates, entry.values, f.origin + BEFORE_FROM, f.origin - 1);
  if (before === undefined) return undefined;
  const after = meanOfRange(entry.dates, entry.values, f.origin + AFTER_FROM, Math.min(f.origin + AFTER_TO, f.lastDay));
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

/** the mean of the values dated in [from, to] (dates ascending); undefined when none */
function meanOfRange(dates: readonly Day[], values: readonly number[], from: Day, to: Day): number | undefined {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  let n = 0;
  for (let i = lo; i < dates.length && dates[i] <= to; i++) {
    sum += values[i];
    n++;
  }
  return n === 0 ? undefined : sum / n;
}
