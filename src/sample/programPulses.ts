import type { CellValue } from '../model/cell';
import type { Day } from '../model/day';
import { excelSerialFromDay } from '../calendar/dayFromExcelSerial';
import { WeightedChoice, type Rng } from './random';
import type { Lifecycle } from './lifecycle';
import { ROLE_COACH, ROLE_SPONSOR, type MentorRec, type Slot } from './sampleRecords';
import * as V from './vocabulary';

/**
 * The program's own survey answers, one pulse per quarter (a day in its last 30 days per person):
 * participants (85% respond) rate each active mentor and coach (Mentee satisfaction, three items,
 * AboutID = the mentor), answer Climate (three items) and the program NPS (0–10, ScaleMax 10);
 * mentors and coaches (80%) rate each active relationship (Mentor / Coach satisfaction, two items,
 * AboutID = the mentee). A pairing is rated once it is two weeks old.
 *
 * Planted finding 6, **satisfaction shift**: mentee satisfaction in the as-of quarter is drawn from a
 * better distribution (mean 4.21 vs 3.85) through a low-discrepancy sequence, so each quarter's mean
 * sits close to its distribution's and the as-of quarter's is clearly (≈ +0.36) above the previous
 * quarter's (Welch p ≪ 0.001). Stream: `surveys` (before the comparison pool's pulse, `surveys.ts`).
 */

/** A quarter's survey window: its last 30 days, up to asOf. */
export interface SurveyWindow {
  readonly wStart: Day;
  readonly wEnd: Day;
}

export interface ProgramPulses {
  /** the answers of each quarter (Surveys sheet rows) */
  readonly rowsByQuarter: CellValue[][][];
  /** mean mentee satisfaction's sum and count: [as-of quarter, previous quarter] */
  readonly satSum: [number, number];
  readonly satN: [number, number];
}

const MENTEE_RESPONSE = 0.85;
const MENTOR_RESPONSE = 0.8;
/** golden-ratio steps: the low-discrepancy sequence of mentee satisfaction */
const GOLDEN = 0.6180339887498949;
const scores = (weights: readonly number[]): WeightedChoice<number> => new WeightedChoice([1, 2, 3, 4, 5], weights);
const menteeBase = scores(V.MENTEE_BASE);
const menteeLifted = scores(V.MENTEE_LIFTED);
const mentorScores = scores(V.MENTOR_SCORES);
const coachScores = scores(V.COACH_SCORES);
const climateP = scores(V.CLIMATE_PARTICIPANT);
const nps = new WeightedChoice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], V.NPS_SCORES);
const serial = (d: Day): number => excelSerialFromDay(d, '1900');

/** The mentee satisfaction scores of one quarter: its distribution walked by golden-ratio steps. */
class MenteeSatisfaction {
  private u = 0;
  private dist = menteeBase;
  /** 0: the as-of quarter, 1: the previous one, -1: not tracked */
  private track = -1;
  readonly sum: [number, number] = [0, 0];
  readonly n: [number, number] = [0, 0];

  startQuarter(qi: number, lastQ: number, rng: Rng): void {
    this.dist = qi === lastQ ? menteeLifted : menteeBase;
    this.track = qi === lastQ ? 0 : qi === lastQ - 1 ? 1 : -1;
    this.u = rng.next();
  }

  next(): number {
    this.u = (this.u + GOLDEN) % 1;
    const score = this.dist.items[this.dist.indexAt(this.u)];
    if (this.track >= 0) {
      this.sum[this.track] += score;
      this.n[this.track]++;
    }
    return score;
  }
}

export function programPulses(
  participants: readonly number[],
  personId: readonly string[],
  life: Lifecycle,
  mentors: readonly MentorRec[],
  slots: readonly Slot[],
  windows: readonly SurveyWindow[],
  rng: Rng,
): ProgramPulses {
  const slotsOf: Slot[][] = new Array(personId.length);
  for (const s of slots) if (s.role !== ROLE_SPONSOR) (slotsOf[s.p] ??= []).push(s);
  const sat = new MenteeSatisfaction();
  const lastQ = windows.length - 1;
  const rowsByQuarter = windows.map((w, qi) => {
    const rows: CellValue[][] = [];
    sat.startQuarter(qi, lastQ, rng);
    for (const i of participants) {
      const d = w.wStart + rng.int(0, w.wEnd - w.wStart);
      if (!(life.programStart[i] <= d - 14) || life.programEnd[i] <= d || life.exitDate[i] <= d) continue;
      const mySlots = slotsOf[i] ?? [];
      if (rng.chance(MENTEE_RESPONSE)) menteeAnswers(rows, personId[i], serial(d), mySlots, d, mentors, sat, rng);
      for (const s of mySlots) {
        const dm = w.wStart + rng.int(0, w.wEnd - w.wStart);
        if (!(s.start <= dm - 14) || s.end <= dm || life.programEnd[i] <= dm || life.exitDate[i] <= dm) continue;
        if (!rng.chance(MENTOR_RESPONSE)) continue;
        relationshipAnswers(rows, mentors[s.mentor], s.role === ROLE_COACH, serial(dm), personId[i], rng);
      }
    }
    return rows;
  });
  return { rowsByQuarter, satSum: sat.sum, satN: sat.n };
}

/** A participant's pulse: satisfaction with each active mentor and coach, Climate, NPS. */
function menteeAnswers(
  rows: CellValue[][],
  pid: string,
  ds: number,
  mySlots: readonly Slot[],
  d: Day,
  mentors: readonly MentorRec[],
  sat: MenteeSatisfaction,
  rng: Rng,
): void {
  for (const s of mySlots) {
    if (!(s.start <= d - 14) || s.end <= d) continue;
    const about = mentors[s.mentor].id;
    for (const item of V.MENTEE_ITEMS) rows.push([pid, 'Mentee', ds, 'Mentee satisfaction', item, sat.next(), 5, about]);
  }
  for (const item of V.CLIMATE_ITEMS) rows.push([pid, 'Mentee', ds, 'Climate', item, climateP.draw(rng), 5, null]);
  rows.push([pid, 'Mentee', ds, 'NPS', V.NPS_ITEM, nps.draw(rng), 10, null]);
}

/** A mentor's or coach's rating of one relationship. */
function relationshipAnswers(rows: CellValue[][], m: MentorRec, isCoach: boolean, ds: number, menteeId: string, rng: Rng): void {
  const items = isCoach ? V.COACH_ITEMS : V.MENTOR_ITEMS;
  for (const item of items) {
    rows.push([
      m.id,
      isCoach ? 'Coach' : 'Mentor',
      ds,
      isCoach ? 'Coach satisfaction' : 'Mentor satisfaction',
      item,
      (isCoach ? coachScores : mentorScores).draw(rng),
      5,
      menteeId,
    ]);
  }
}
