import { dayFromYmd } from '../calendar/dayFromYmd';
import { MEASURES, MENTORS, PAIRINGS, PARTICIPANTS, PREFERENCES, ROTATIONS, SURVEYS } from '../intake/schema';
import type { SheetValues } from '../model/cell';
import type { Day } from '../model/day';
import { assignMentors } from './assignMentors';
import { coachTargetRates, pickCoachedAndSponsored } from './coachAccess';
import { cohortsFor } from './cohorts';
import { generateLifecycle } from './lifecycle';
import { addEmployeeMentors, drawNominalCapacities, seniorMentors } from './mentorRoster';
import { plantOverCapacity } from './overCapacity';
import { pairingSlots } from './pairingSlots';
import { planPairings } from './pairingPlan';
import { reportPlanted, type PlantedFindings } from './plantedFindings';
import { attributeGroups, generatePool } from './pool';
import { Rng } from './random';
import { plantReportingConflict } from './reportingConflict';
import { reportingTree } from './reportingTree';
import { generateRotations } from './rotations';
import { sampleNumberFormats } from './sampleHeader';
import { TYPE_COACH, TYPE_INTERNAL, TYPE_SPONSOR } from './sampleRecords';
import { generateMeasures } from './measures';
import { planMentorRequests } from './mentorRequests';
import { measureRows, mentorRows, pairingRows, participantRows, preferenceRows, rotationRows } from './sampleSheets';
import { sampleTargets, type SampleSize, type SampleTargets } from './sampleSizes';
import { comparisonPool, selectProgram } from './selection';
import { recordSessions } from './sessions';
import { generateSurveys } from './surveys';

export { cohortsFor } from './cohorts';
export type { GroupRate, PlantedFindings } from './plantedFindings';
export { SAMPLE_ATTRIBUTES, sampleHeader } from './sampleHeader';
export { MIN_SAMPLE_PEOPLE, SAMPLE_SIZES, sampleTargets, type SampleSize, type SampleTargets } from './sampleSizes';

/**
 * The sample program generator behind `cadre sample` and `cadre demo`: a realistic, seeded,
 * deterministic executive mentorship program (roster, mentors, pairings, rotations, surveys) in the
 * canonical input sheets, with findings planted so that a new user sees every part of the product and
 * tests can check that the engine finds them.
 *
 * This module is the orchestrator: it runs the stages below in order, each with its own random
 * stream (`Rng.fork`), so one seed always gives the same workbook (`sampleGolden.test.ts` holds the
 * output's hashes). Each stage's module says what it generates and which finding it plants.
 *
 * ## The program, stage by stage
 * - `pool.ts`: the eligible pool (levels 5–9, four business units, seven functions, six locations,
 *   Gender and Ethnicity).
 * - `mentorRoster.ts`: the Mentors sheet's people: sponsors up to the top executive M0001, internal
 *   mentors (some of them employees of the comparison pool), external coaches from four vendors.
 * - `reportingTree.ts`: ManagerID, a reporting tree without cycles.
 * - `selection.ts` and `cohorts.ts`: who is in the program (balanced over every attribute), cohorts
 *   ("YYYY Pilot", then "YYYY-A" / "YYYY-B"), tracks.
 * - `lifecycle.ts`: eligibility, program dates, Status, exits and readiness.
 * - `coachAccess.ts`, `pairingPlan.ts`, `pairingSlots.ts`: who gets a coach and a sponsor, how many
 *   pairings each participant has and when.
 * - `assignMentors.ts`: the mentor, coach or sponsor of every pairing.
 * - `sessions.ts`, `overCapacity.ts`: Sessions, Hours, LastMeeting; mentors' Capacity.
 * - `rotations.ts`: the Rotations sheet.
 * - `surveys.ts`, `programPulses.ts`: the Surveys sheet (long format), one pulse a quarter.
 * - `mentorRequests.ts`: three mentees whose mentor pairing ended at their request, and the
 *   Preferences sheet (matching.md), with the preference trap.
 * - `measures.ts`: HireDate, and the Measures sheet (annual performance ratings, promotions).
 * - `sampleSheets.ts`: the rows of the other four sheets; `plantedFindings.ts`: the report of what
 *   was planted.
 *
 * ## Planted findings (returned in `planted`, with the ids involved)
 * 1. **Retention** (`lifecycle.ts`): participants leave at 8% a year, the comparison pool at 16%.
 * 2. **Coach access gap** (`coachAccess.ts`): Woman participants get an external coach at 30%,
 *    everyone else at 60% (the only `adverse` equity flag); everything else is balanced across all
 *    groups. With `balanced: true` every group gets coaches at 60%.
 * 3. **Mentor overload** (`overCapacity.ts`): exactly two internal mentors over their Capacity.
 * 4. **Conflict of interest** (`reportingConflict.ts`): exactly one active pairing whose internal
 *    mentor is the mentee's manager's manager.
 * 5. **Inactive pairing** (`sessions.ts`): exactly one active pairing that last met 100–140 days
 *    before the as-of date.
 * 6. **Satisfaction rise** (`programPulses.ts`): mentee satisfaction in the as-of quarter ≈ +0.36
 *    above the previous quarter's.
 * 7. **Selection and the program's effect** (`lifecycle.ts`, `measures.ts`; impact.md): participants
 *    are more often high-potential (85% vs 20%) and rated higher; high-potential people of the pool
 *    stay longer (as if leaving at 9% a year, the others 17.75%), so the raw retention gap shrinks against
 *    matched colleagues; participants are promoted 1.8 times as often after ProgramStart (the
 *    program's effect), so promotion by 24 months is higher than matched colleagues'.
 * 8. **Mentees without a mentor and the preference trap** (`mentorRequests.ts`; matching.md): three
 *    Active participants whose mentor pairing ended 7–45 days before asOf ("Mentee asked for a new
 *    mentor"), the only ones in the program without an active Mentor pairing at asOf; about thirty
 *    participants' ranked wishes (Preferences); one of the three ranks first the internal mentor two
 *    (or three) levels up their reporting chain, who would score highest under matching.md's score
 *    (default weights) of the mentors breaking no other hard rule.
 *
 * Findings 3–5 and 8 need a few busy mentors and long-running pairings: in samples of a few hundred
 * people or fewer they may be missing (`overCapacity` or `mentorUnpaired` shorter,
 * `reportingChainConflict` / `inactivePairing` / `preferenceTrap` null), and a pairing with no
 * eligible mentor is left out (the pairing count then falls short).
 *
 * ## Guarantees (checked by the tests)
 * Every id referenced exists (ManagerID, Pairings PersonID/MentorID, Rotations PersonID, Surveys
 * RespondentID/AboutID); ids are unique; the reporting chain has no cycle; nothing is dated after
 * `asOf`; dates are in order (EligibleDate < ProgramStart ≤ ReadyDate/ProgramEnd, ExitDate after
 * ProgramStart, Start ≤ LastMeeting ≤ End, Start ≤ CheckpointDate ≤ End); Status agrees with the dates
 * (Completed/Withdrawn have ProgramEnd, Active has none); ReadinessRating is "Ready now" exactly when
 * ReadyDate is filled; Regrettable is filled exactly for exits. Everyone in the program at a date
 * (ProgramStart ≤ it < ProgramEnd or ExitDate) has an active pairing then, except in their first 30
 * days, between two mentors (`pairingPlan.ts`), or at asOf when they asked for a new mentor (finding
 * 8), so the match rate is high at every quarter end and no finding (in very small samples a pairing with no eligible mentor is left out, as above, and its
 * mentee is unpaired for its term). The named sizes hit their row counts exactly.
 *
 * Cells are as Office.js `Range.values` gives them: dates as Excel 1900-system serials (integers),
 * booleans as "Y"/"N" text, blanks as null. `numberFormats` marks the date columns (`yyyy-mm-dd`)
 * for the .xlsx writer.
 */

export interface SampleOptions {
  /** 'standard', 'large' or a number of people in the pool (with the standard's proportions) */
  readonly size?: SampleSize;
  /** default 42 */
  readonly seed?: number;
  /** default 2026-09-30 */
  readonly asOf?: Day;
  /** true: no coach-access gap (planted finding 2 left out), for false-positive-rate tests */
  readonly balanced?: boolean;
}

/** What was generated (data rows, headers not counted). */
export interface SampleCounts {
  readonly people: number;
  readonly participants: number;
  readonly comparison: number;
  readonly mentors: number;
  readonly internalMentors: number;
  readonly externalCoaches: number;
  readonly sponsors: number;
  readonly pairings: number;
  readonly rotations: number;
  readonly surveyAnswers: number;
  /** rows of the Measures sheet: performance ratings and promotions */
  readonly measures: number;
  /** rows of the Preferences sheet: mentees' ranked wishes for a mentor */
  readonly preferences: number;
}

export interface SampleWorkbook {
  /** Participants, Mentors, Pairings, Rotations, Surveys, Measures, Preferences: header row then one row per record */
  readonly sheets: SheetValues[];
  /** per sheet, per column: 'yyyy-mm-dd' for date columns, null otherwise */
  readonly numberFormats: Record<string, (string | null)[]>;
  readonly asOf: Day;
  readonly seed: number;
  readonly size: SampleSize;
  readonly balanced: boolean;
  readonly targets: SampleTargets;
  readonly counts: SampleCounts;
  readonly planted: PlantedFindings;
}

/** Generates the sample program workbook (see the module comment). Deterministic for a given seed. */
export function generateSample(options: SampleOptions = {}): SampleWorkbook {
  const size = options.size ?? 'standard';
  const seed = options.seed ?? 42;
  const asOf = options.asOf ?? dayFromYmd(2026, 9, 30);
  const balanced = options.balanced ?? false;
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be a whole number');
  if (!Number.isInteger(asOf) || asOf < dayFromYmd(2000, 1, 1) || asOf > dayFromYmd(2100, 1, 1)) {
    throw new RangeError('asOf must be a Day between 2000 and 2100');
  }
  const targets = sampleTargets(size);
  const root = new Rng(seed, 'cadre-sample');
  const cohorts = cohortsFor(asOf);

  // people and the organisation
  const pool = generatePool(targets.people, root.fork('people'));
  const rm = root.fork('mentors');
  const roster = seniorMentors(targets.mentors, rm);
  const mentors = roster.mentors;
  const parent = reportingTree(pool, mentors, roster.nExco, roster.nPoolMentors, root.fork('tree'));
  const rs = root.fork('selection');
  const program = selectProgram(pool, targets.participants, cohorts, rs);
  const { participants } = program;
  const comparison = comparisonPool(program);
  const isPoolMentor = addEmployeeMentors(mentors, pool, program.inProgram, roster.nPoolMentors, rs);
  drawNominalCapacities(mentors, rm);
  const life = generateLifecycle(program, cohorts, isPoolMentor, asOf, root.fork('lifecycle'));

  // pairings
  const rpl = root.fork('pairing-plan');
  const coachTargets = coachTargetRates(balanced);
  const access = pickCoachedAndSponsored(pool, participants, coachTargets, rpl);
  const plan = planPairings(participants, life, access, targets.pairings, asOf, rpl);
  const planned = pairingSlots(participants, life, plan, asOf, rpl);
  const conflict = plantReportingConflict(pool, participants, mentors, parent, planned.lastMentorSlot, asOf, root.fork('conflict'));
  const { slots, pairedWith } = assignMentors(pool, mentors, parent, planned.slots, root.fork('assign'));
  const rh = root.fork('sessions');
  const inactiveSlot = recordSessions(slots, conflict?.slot ?? null, asOf, rh);
  const overload = plantOverCapacity(pool, mentors, slots, [conflict?.mentor ?? -1, inactiveSlot?.mentor ?? -1], rh);

  // rotations and surveys
  const groups = attributeGroups(pool);
  const rotations = generateRotations(participants, pool.fn, groups, life, targets.rotations, asOf, root.fork('rotations'));
  const surveys = generateSurveys(
    participants,
    comparison,
    pool.personId,
    life,
    mentors,
    slots,
    cohorts[0].kickoff,
    targets.surveyAnswers,
    asOf,
    root.fork('surveys'),
  );

  // mentees who asked for a new mentor, the preference trap and the Preferences sheet (matching.md)
  const requests = planMentorRequests(
    { pool, program, life, mentors, parent, slots, overload, conflict, inactiveSlot, surveyRows: surveys.rows, asOf },
    root.fork('requests'),
  );

  // HireDate, performance ratings and promotions (impact.md): selection and the program's effect planted
  const measures = generateMeasures(program, life, asOf, root.fork('measures'));

  const sheets: SheetValues[] = [
    { name: 'Participants', values: participantRows(pool, program, life, cohorts, mentors, parent, measures) },
    { name: 'Mentors', values: mentorRows(pool, mentors, parent) },
    { name: 'Pairings', values: pairingRows(pool.personId, mentors, slots) },
    { name: 'Rotations', values: rotationRows(pool.personId, rotations) },
    { name: 'Surveys', values: surveys.rows },
    { name: 'Measures', values: measureRows(pool.personId, measures) },
    { name: 'Preferences', values: preferenceRows(pool.personId, mentors, requests.wishes) },
  ];
  const numberFormats: Record<string, (string | null)[]> = {};
  for (const spec of [PARTICIPANTS, MENTORS, PAIRINGS, ROTATIONS, SURVEYS, MEASURES, PREFERENCES]) numberFormats[spec.name] = sampleNumberFormats(spec);

  const planted = reportPlanted({
    pool,
    participants,
    comparison,
    life,
    mentors,
    pairedWith,
    balanced,
    coachTargets,
    overload,
    conflict,
    inactiveSlot,
    surveys,
    requests,
    asOf,
  });
  const counts: SampleCounts = {
    people: pool.size,
    participants: participants.length,
    comparison: comparison.length,
    mentors: mentors.length,
    internalMentors: mentors.filter((m) => m.type === TYPE_INTERNAL).length,
    externalCoaches: mentors.filter((m) => m.type === TYPE_COACH).length,
    sponsors: mentors.filter((m) => m.type === TYPE_SPONSOR).length,
    pairings: slots.length,
    rotations: rotations.length,
    surveyAnswers: surveys.rows.length - 1,
    measures: measures.rows.length,
    preferences: requests.wishes.length,
  };
  return { sheets, numberFormats, asOf, seed, size, balanced, targets, counts, planted };
}
