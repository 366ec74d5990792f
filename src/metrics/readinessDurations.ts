import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { DAYS_PER_MONTH } from './months';

/** Cause codes of `cumulativeIncidence`: 0 still in development (censored at A), 1 ready, 2 left before ready. */
export const IN_DEVELOPMENT = 0;
export const READY = 1;
export const LEFT_BEFORE_READY = 2;

/** Durations (months) and causes of the time-to-readiness population, ready for `cumulativeIncidence`. */
export interface ReadinessDurations {
  readonly times: Float64Array;
  /** 0 censored at A (in development), 1 ready, 2 left before ready */
  readonly causes: Uint8Array;
  /** the people behind each duration, in the same order */
  readonly people: readonly Participant[];
}

/**
 * Whether a row is in the time-to-readiness population (metrics.md, "Time-to-readiness"): a
 * participant (InProgram) whose ProgramStart is filled and on or before A, and whose ReadyDate is not
 * before ProgramStart (intake flags that as `excludedFromReadiness`, a data-quality warning; the date
 * order is checked here too so that hand-built data cannot give a negative duration).
 */
export function inReadinessPopulation(p: Participant, asOf: Day): boolean {
  return (
    p.inProgram &&
    p.programStart !== undefined &&
    p.programStart <= asOf &&
    p.excludedFromReadiness !== true &&
    !(p.readyDate !== undefined && p.readyDate < p.programStart)
  );
}

/**
 * Time-to-readiness durations (metrics.md, "Time-to-readiness"), in months from ProgramStart: to
 * ReadyDate if ReadyDate ≤ A (ready, cause 1), else to ExitDate if ExitDate ≤ A (left before ready,
 * cause 2), else to A (still in development, censored). A ReadyDate or ExitDate after A has not
 * happened yet. Following the spec literally, a ReadyDate ≤ A counts as ready even where the
 * ExitDate is earlier than the ReadyDate.
 */
export function readinessDurations(participants: readonly Participant[], asOf: Day): ReadinessDurations {
  const people = participants.filter((p) => inReadinessPopulation(p, asOf));
  const times = new Float64Array(people.length);
  const causes = new Uint8Array(people.length);
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const start = p.programStart!;
    if (p.readyDate !== undefined && p.readyDate <= asOf) {
      times[i] = (p.readyDate - start) / DAYS_PER_MONTH;
      causes[i] = READY;
    } else if (p.exitDate !== undefined && p.exitDate <= asOf) {
      times[i] = (p.exitDate - start) / DAYS_PER_MONTH;
      causes[i] = LEFT_BEFORE_READY;
    } else {
      times[i] = (asOf - start) / DAYS_PER_MONTH;
      causes[i] = IN_DEVELOPMENT;
    }
  }
  return { times, causes, people };
}
