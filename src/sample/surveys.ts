import { excelSerialFromDay } from '../calendar/dayFromExcelSerial';
import { quarterOf } from '../calendar/quarter';
import { SURVEYS } from '../intake/schema';
import type { CellValue } from '../model/cell';
import type { Day } from '../model/day';
import { WeightedChoice, type Rng } from './random';
import type { Lifecycle } from './lifecycle';
import { programPulses, type SurveyWindow } from './programPulses';
import { sampleHeader } from './sampleHeader';
import type { MentorRec, Slot } from './sampleRecords';
import * as V from './vocabulary';

/**
 * The Surveys sheet (long format): one pulse in the last month of every quarter from the pilot's
 * quarter through the as-of quarter. The program's answers come from `programPulses.ts` (which plants
 * finding 6, the satisfaction shift); the comparison pool's employees answer the Climate pulse
 * (RespondentRole Other), the only part whose volume is tuned: selection sampling over everyone
 * employed through a quarter's window fills the size's answer count exactly. Stream: `surveys`.
 */

export interface Quarter {
  readonly first: Day;
  readonly last: Day;
  readonly label: string;
}

export interface Surveys {
  /** header row, then each quarter's program answers followed by its comparison-pool answers */
  readonly rows: CellValue[][];
  readonly quarters: Quarter[];
  /** mean mentee satisfaction's sum and count: [as-of quarter, previous quarter] */
  readonly satSum: [number, number];
  readonly satN: [number, number];
}

const SURVEY_COLUMNS = ['RespondentID', 'RespondentRole', 'Date', 'Instrument', 'Item', 'Score', 'ScaleMax', 'AboutID'];
const climateC = new WeightedChoice([1, 2, 3, 4, 5], V.CLIMATE_POOL);
const serial = (d: Day): number => excelSerialFromDay(d, '1900');

export function generateSurveys(
  participants: readonly number[],
  comparison: readonly number[],
  personId: readonly string[],
  life: Lifecycle,
  mentors: readonly MentorRec[],
  slots: readonly Slot[],
  firstKickoff: Day,
  answerTarget: number,
  asOf: Day,
  rng: Rng,
): Surveys {
  const header = sampleHeader(SURVEYS);
  if (header.join('|') !== SURVEY_COLUMNS.join('|')) throw new Error('sample: the Surveys schema changed; update the generator');
  const quarters: Quarter[] = [];
  for (let q = quarterOf(firstKickoff); q.first <= asOf; q = quarterOf(q.last + 1)) quarters.push(q);
  const windows = quarters.map((q) => {
    const wEnd = Math.min(q.last, asOf);
    return { wStart: Math.max(q.first, wEnd - 29), wEnd };
  });
  const pulses = programPulses(participants, personId, life, mentors, slots, windows, rng);
  const programAnswers = pulses.rowsByQuarter.reduce((n, rows) => n + rows.length, 0);
  const rows: CellValue[][] = [header];
  comparisonClimate(rows, pulses.rowsByQuarter, comparison, personId, life, windows, answerTarget - programAnswers, rng);
  return { rows, quarters, satSum: pulses.satSum, satN: pulses.satN };
}

/**
 * Appends, quarter by quarter, the program's answers and then the comparison pool's Climate answers:
 * `fill` answers in all (selection sampling over the people employed through each window; the last
 * response chosen may answer fewer items).
 */
function comparisonClimate(
  rows: CellValue[][],
  programRows: readonly (readonly CellValue[][])[],
  comparison: readonly number[],
  personId: readonly string[],
  life: Lifecycle,
  windows: readonly SurveyWindow[],
  fillWanted: number,
  rng: Rng,
): void {
  const employedIn = (i: number, qi: number): boolean =>
    life.eligible[i] <= windows[qi].wStart && !(life.exitDate[i] <= windows[qi].wEnd);
  let opportunities = 0;
  for (let qi = 0; qi < windows.length; qi++) for (const i of comparison) if (employedIn(i, qi)) opportunities++;
  const itemsPer = V.CLIMATE_ITEMS.length;
  const fill = Math.max(0, fillWanted);
  let needed = Math.min(opportunities, Math.ceil(fill / itemsPer));
  let lastItems = fill - (needed - 1) * itemsPer;
  if (needed * itemsPer < fill) lastItems = itemsPer;
  let seen = 0;
  for (let qi = 0; qi < windows.length; qi++) {
    for (const row of programRows[qi]) rows.push(row);
    const { wStart, wEnd } = windows[qi];
    for (const i of comparison) {
      if (!employedIn(i, qi)) continue;
      const left = opportunities - seen++;
      if (needed === 0 || rng.next() * left >= needed) continue;
      needed--;
      const ds = serial(wStart + rng.int(0, wEnd - wStart));
      const n = needed === 0 ? lastItems : itemsPer;
      for (let t = 0; t < n; t++) rows.push([personId[i], 'Other', ds, 'Climate', V.CLIMATE_ITEMS[t], climateC.draw(rng), 5, null]);
    }
  }
}
