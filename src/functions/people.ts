import type { Participant } from '../model/records';
import type { Day } from '../model/day';

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The rows of the ranges as the engine's Participant records (participants, whose origin is the
 * start), so that the functions compute through the same `src/metrics` code as the refresh: the same
 * population rules (a blank start, or a start after as-of, is left out), the same durations. Blank
 * days (NaN) are left undefined.
 */
export function participantRows(starts: Float64Array, columns: { readonly exits?: Float64Array; readonly ready?: Float64Array; readonly groups?: readonly (string | undefined)[] } = {}): Participant[] {
  const out: Participant[] = new Array(starts.length);
  const day = (d: number | undefined): Day | undefined => (d === undefined || Number.isNaN(d) ? undefined : d);
  for (let i = 0; i < starts.length; i++) {
    const group = columns.groups?.[i];
    out[i] = {
      row: i + 1,
      personId: '',
      inProgram: true,
      programStart: day(starts[i]),
      exitDate: day(columns.exits?.[i]),
      readyDate: day(columns.ready?.[i]),
      attributes: group === undefined ? NO_ATTRIBUTES : { group },
    };
  }
  return out;
}
