import type { Day } from '../model/day';
import { WeightedChoice, type Rng } from './random';
import type { Cohort } from './cohorts';
import { NONE, STATUS_ACTIVE, STATUS_COMPLETED, STATUS_WITHDRAWN } from './sampleRecords';
import type { Program } from './selection';
import { stratifiedUniforms } from './stratify';
import * as V from './vocabulary';

/**
 * Everyone's dates and outcomes: EligibleDate, ProgramStart/End, Status, exits (ExitDate, ExitType,
 * Regrettable), readiness (ReadyDate, ReadinessRating, TargetRole) and HighPotential.
 *
 * Planted finding 1, **retention**: participants leave at an annual rate of 8%, the comparison pool
 * at 16% (exponential times from ProgramStart and EligibleDate respectively; the pool's high-potential
 * people stay longer than the others, `hipoGivenStay`), so participants retain
 * better (log-rank p far below 0.05 at the standard size). **Readiness**: nobody is ready in the first
 * 150 days, then ~45% by 24 months. Exit and readiness times come from stratified uniforms, so the
 * realised counts sit close to the rates, and depend on no attribute. Stream: `lifecycle`.
 */

/** annual exit rates: participants vs comparison pool (planted finding 1) */
export const PARTICIPANT_EXIT_RATE = 0.08;
export const COMPARISON_EXIT_RATE = 0.16;
const YEAR = 365.25;
/** readiness: no one is ready in the first 150 days, then ~45% by 24 months */
const READY_DELAY = 150;
const READY_RATE = -Math.log(0.55) / (730 - READY_DELAY);
const WITHDRAW_RATE = 0.05;
/** daily hazards of leaving */
const LAMBDA_P = -Math.log(1 - PARTICIPANT_EXIT_RATE) / YEAR;
const LAMBDA_C = -Math.log(1 - COMPARISON_EXIT_RATE) / YEAR;

/**
 * Selection planted for the matched comparison (impact.md): in the pool, whether someone is
 * high-potential depends on how long they stay. A fifth of the pool is high-potential; were the
 * high-potential leaving at 9% a year and the others at 17.75% (exponential times), the chance that
 * someone who stays `days` is high-potential is 0.2·f₉(t) / (0.2·f₉(t) + 0.8·f₁₇.₇₅(t)), f the
 * exponential densities (Bayes). The times themselves are the pool's as before (16% a year), and so
 * is every random draw, so only HighPotential changes: the high-potential of the pool stay longer
 * than the others, as high-potential participants' matched colleagues should.
 */
export function hipoGivenStay(days: number): number {
  const t = days / YEAR;
  const lh = -Math.log(1 - 0.09);
  const lo = -Math.log(1 - 0.1775);
  const fh = 0.2 * lh * Math.exp(-lh * t);
  const fo = 0.8 * lo * Math.exp(-lo * t);
  return fh / (fh + fo);
}

/** Per pool index; NaN for a blank date, -1 for a blank code. */
export interface Lifecycle {
  readonly eligible: Float64Array;
  readonly programStart: Float64Array;
  readonly programEnd: Float64Array;
  readonly exitDate: Float64Array;
  readonly readyDate: Float64Array;
  /** index into `vocabulary.STATUSES` */
  readonly status: Int8Array;
  readonly exitType: Int8Array;
  /** 1 regrettable, 0 not, -1 no exit */
  readonly regrettable: Int8Array;
  /** index into `vocabulary.READINESS` */
  readonly readiness: Int8Array;
  readonly targetRole: Int8Array;
  readonly hipo: Uint8Array;
}

const exitTypeChoice = new WeightedChoice([0, 1, 2, 3], V.EXIT_TYPE_WEIGHTS);
const roleChoice = new WeightedChoice(
  V.TARGET_ROLES.map((_, k) => k),
  V.TARGET_ROLE_WEIGHTS,
);
const exponential = (u: number, rate: number): number => -Math.log(1 - u) / rate;

/** Everyone's dates; employee mentors (`isPoolMentor`) never leave. */
export function generateLifecycle(
  program: Program,
  cohorts: readonly Cohort[],
  isPoolMentor: Uint8Array,
  asOf: Day,
  rng: Rng,
): Lifecycle {
  const N = program.inProgram.length;
  const life: Lifecycle = {
    eligible: new Float64Array(N),
    programStart: new Float64Array(N).fill(NONE),
    programEnd: new Float64Array(N).fill(NONE),
    exitDate: new Float64Array(N).fill(NONE),
    readyDate: new Float64Array(N).fill(NONE),
    status: new Int8Array(N).fill(-1),
    exitType: new Int8Array(N).fill(-1),
    regrettable: new Int8Array(N).fill(-1),
    readiness: new Int8Array(N).fill(-1),
    targetRole: new Int8Array(N).fill(-1),
    hipo: new Uint8Array(N),
  };
  const { inProgram } = program;
  // exit and readiness times from stratified uniforms: exponential as drawn independently, but the
  // realised numbers of exits and of ready people stay close to what the rates say
  const orderInGroup = new Int32Array(N);
  let nPart = 0;
  let nComp = 0;
  for (let i = 0; i < N; i++) orderInGroup[i] = inProgram[i] ? nPart++ : nComp++;
  const uExitP = stratifiedUniforms(nPart, rng);
  const uReady = stratifiedUniforms(nPart, rng);
  const uExitC = stratifiedUniforms(nComp, rng);
  const poolOpen = cohorts[0].kickoff - 900;
  for (let i = 0; i < N; i++) {
    const o = orderInGroup[i];
    if (inProgram[i]) participantDates(life, i, cohorts[program.cohortOf[i]], uExitP[o], uReady[o], asOf, rng);
    else {
      life.eligible[i] = rng.int(poolOpen, asOf - 30);
      const stay = Math.max(14, Math.round(exponential(uExitC[o], LAMBDA_C)));
      // one draw, as before: high-potential with the chance Bayes gives for this time to leave
      life.hipo[i] = rng.chance(hipoGivenStay(stay)) ? 1 : 0;
      const exitAt = life.eligible[i] + stay;
      if (exitAt <= asOf && !isPoolMentor[i]) life.exitDate[i] = exitAt;
    }
    if (!Number.isNaN(life.exitDate[i])) {
      life.exitType[i] = exitTypeChoice.draw(rng);
      life.regrettable[i] = life.exitType[i] === 0 && rng.chance(inProgram[i] ? 0.7 : 0.45) ? 1 : 0;
    }
  }
  return life;
}

/** One participant's program dates, status, exit date and readiness (uExit, uReady: stratified uniforms). */
function participantDates(life: Lifecycle, i: number, c: Cohort, uExit: number, uReady: number, asOf: Day, rng: Rng): void {
  const ps = Math.min(asOf, c.kickoff + rng.int(0, c.windowDays - 1));
  life.programStart[i] = ps;
  life.eligible[i] = ps - rng.int(90, 720);
  life.hipo[i] = rng.chance(0.85) ? 1 : 0;
  const exitAt = ps + Math.max(14, Math.round(exponential(uExit, LAMBDA_P)));
  const withdrawAt = rng.chance(WITHDRAW_RATE) ? ps + rng.int(60, 600) : Infinity;
  const nominalEnd = ps + rng.int(720, 745);
  if (exitAt <= asOf) life.exitDate[i] = exitAt;
  if (exitAt <= asOf && exitAt < nominalEnd && exitAt <= withdrawAt) {
    life.status[i] = STATUS_WITHDRAWN;
    life.programEnd[i] = exitAt;
  } else if (withdrawAt < nominalEnd && withdrawAt <= asOf) {
    life.status[i] = STATUS_WITHDRAWN;
    life.programEnd[i] = withdrawAt;
  } else if (nominalEnd <= asOf) {
    life.status[i] = STATUS_COMPLETED;
    life.programEnd[i] = nominalEnd;
  } else {
    life.status[i] = STATUS_ACTIVE;
  }
  const readyAt = ps + READY_DELAY + Math.round(exponential(uReady, READY_RATE));
  if (readyAt <= asOf && !(life.exitDate[i] <= readyAt)) {
    life.readyDate[i] = readyAt;
    life.readiness[i] = 0;
  } else {
    const tenure = (Number.isNaN(life.exitDate[i]) ? asOf : life.exitDate[i]) - ps;
    const w = tenure > 540 ? [0, 0.6, 0.3, 0.1] : tenure > 180 ? [0, 0.35, 0.5, 0.15] : [0, 0.15, 0.55, 0.3];
    life.readiness[i] = rng.weightedIndex(w);
  }
  life.targetRole[i] = roleChoice.draw(rng);
}

/** The last day a participant can have an active pairing or rotation. */
export function limitOf(life: Lifecycle, asOf: Day, i: number): Day {
  return life.status[i] === STATUS_ACTIVE ? asOf : life.programEnd[i];
}

/** The EndReason of a pairing cut short by the participant's leaving the program. */
export function closingReason(life: Lifecycle, i: number): string {
  return life.status[i] === STATUS_COMPLETED
    ? 'Program completed'
    : life.exitDate[i] === life.programEnd[i]
      ? 'Mentee left the organisation'
      : 'Mentee withdrew from the program';
}
