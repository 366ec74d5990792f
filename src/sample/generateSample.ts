import { excelSerialFromDay } from '../calendar/dayFromExcelSerial';
import { dayFromYmd } from '../calendar/dayFromYmd';
import { quarterOf } from '../calendar/quarter';
import { MENTORS, PAIRINGS, PARTICIPANTS, ROTATIONS, SURVEYS } from '../intake/schema';
import type { CellValue, SheetValues } from '../model/cell';
import type { Day } from '../model/day';
import { assignMentors } from './assignMentors';
import { coachTargetRates, pickCoachedAndSponsored } from './coachAccess';
import { cohortsFor } from './cohorts';
import { COMPARISON_EXIT_RATE, generateLifecycle, PARTICIPANT_EXIT_RATE } from './lifecycle';
import { addEmployeeMentors, drawNominalCapacities, nodeOfMentor as nodeOfMentorIn, seniorMentors } from './mentorRoster';
import { plantOverCapacity } from './overCapacity';
import { pairingSlots } from './pairingSlots';
import { planPairings } from './pairingPlan';
import { attributeGroups as attributeGroupsOf, generatePool } from './pool';
import { Rng } from './random';
import { plantReportingConflict } from './reportingConflict';
import { idOfNode as idOfNodeIn, reportingTree } from './reportingTree';
import { columnIndex, DATE_FORMAT, sampleHeader } from './sampleHeader';
import { ROLE_NAMES, TYPE_NAMES, type MentorRec } from './sampleRecords';
import { sampleTargets, type SampleSize, type SampleTargets } from './sampleSizes';
import { generateRotations } from './rotations';
import { comparisonPool, selectProgram } from './selection';
import { recordSessions } from './sessions';
import { generateSurveys } from './surveys';
import * as V from './vocabulary';

export { cohortsFor } from './cohorts';
export { SAMPLE_ATTRIBUTES, sampleHeader } from './sampleHeader';
export { MIN_SAMPLE_PEOPLE, SAMPLE_SIZES, sampleTargets, type SampleSize, type SampleTargets } from './sampleSizes';

/**
 * The sample program generator behind `cadre sample` and `cadre demo`: a realistic, seeded,
 * deterministic executive mentorship program (roster, mentors, pairings, rotations, surveys) in the
 * canonical input sheets, with findings planted so that a new user sees every part of the product and
 * tests can check that the engine finds them.
 *
 * ## The program
 * - An eligible pool of people (levels 5–9, a pyramid) in four business units, seven functions and six
 *   locations, with Gender (Woman, Man, Non-binary ~3%) and Ethnicity (five groups) attributes. A
 *   share of them is in the program (InProgram Y): cohorts "YYYY Pilot" then half-yearly "YYYY-A" /
 *   "YYYY-B" (for the default as-of date 2026-09-30: 2023 Pilot, 2024-A … 2026-A), three tracks, a
 *   two-year program. The others are the comparison pool (InProgram N, EligibleDate, no
 *   ProgramStart).
 * - Selection into the program, sponsors and (within each Gender group) external coaches are handed
 *   out by a greedy balanced sample over Gender, Ethnicity, BusinessUnit, Location and Level at once
 *   (`balancedPick`), and rotation functions so that each function's uptake stays level across those
 *   groups, so every group gets these at the same rate. Every participant has an internal mentor at
 *   least two levels above them (so "internal mentor" and "senior mentor" access are 100% everywhere)
 *   and almost every one a rotation. Exits and readiness do not depend on any attribute; their times
 *   come from stratified uniforms (`stratifiedUniforms`), so the realised counts sit close to the rates.
 * - Reporting tree: pool people report to a pool person one level up (same business unit mostly, a few
 *   skip a level); level-9 people report to directors (internal mentors with own ids M…, levels
 *   10–12), who report to more senior mentors and sponsors, up to an executive committee (2–8
 *   sponsors at level 12) and the top executive M0001 (a Sponsor with no manager). Managers are more
 *   senior, except that level-12 people report to a committee member, who reports to M0001: the
 *   tree has no cycles.
 * - Mentors sheet: ~75% internal mentors (about 30% of them employees from the comparison pool whose
 *   MentorID is their PersonID, levels 8–9, who never leave; the rest own ids, levels 10–12), ~10%
 *   external coaches from four vendors (no Level, no manager), ~15% sponsors (levels 11–12). Capacity
 *   is the larger of a nominal one (internal 2–4, coaches 5–9, sponsors 3–6) and the most mentees the
 *   mentor ever carried at once (pairings go to the least loaded eligible mentor; at the large size,
 *   1,500 mentors for 8,000 participants, some internal mentors carry 5–6). CapacityHours is
 *   2·Capacity + 4 (coaches 4·Capacity + 4, sponsors Capacity + 2).
 * - Pairings: every participant has a chain of internal-mentor pairings (one, or rematched into two
 *   or three) over a 15–24-month mentoring phase; some have a coaching engagement (6–10 months,
 *   sometimes a second one with another vendor) and a sponsor (about a year). Sessions, Hours and
 *   LastMeeting follow each pairing's meeting interval.
 * - Rotations: one to four sequential 4–6-month rotations outside the participant's home function
 *   through Product, Operations, Finance and Customer Experience, one row per rotation with its
 *   mid-point checkpoint (CheckpointDate, CheckpointRating 1–5; about 7% of due checkpoints unrated).
 *   Status Completed, Active (End blank) or Cancelled (about 5%, and rotations cut short by a
 *   withdrawal); no Planned rows, since nothing is dated after asOf.
 * - Surveys (long format), one pulse in the last month of every quarter from the pilot's quarter
 *   through the as-of quarter: participants rate each active mentor/coach (Mentee satisfaction, three
 *   items, AboutID = the mentor), answer Climate (three items) and the program NPS (0–10, ScaleMax
 *   10); mentors and coaches rate each active relationship (Mentor satisfaction / Coach satisfaction,
 *   two items, AboutID = the mentee); employees of the comparison pool answer the Climate pulse
 *   (RespondentRole Other), the only part whose volume is tuned to hit the size's answer count.
 *
 * ## Planted findings (returned in `planted`, with the ids involved)
 * 1. **Retention**: participants leave at an annual rate of 8%, the comparison pool at 16% (exponential
 *    times from ProgramStart and EligibleDate respectively), so participants retain better; at the
 *    standard size the log-rank test gives p far below 0.05.
 * 2. **Coach access gap**: Woman participants get an external coach at 30%, everyone else at 60%
 *    (impact ratio ≈ 0.5, Fisher p ≪ 0.05: the only `adverse` equity flag). Counts are rounded so that
 *    Man, the largest other group, has the highest rate (the screen's reference group is then a large
 *    group, not the handful of Non-binary participants). Everything else — program selection,
 *    internal mentor, senior mentor, sponsor, rotation (per function too), ready-now — is balanced
 *    across all groups. With `balanced: true` every group gets coaches at 60%.
 * 3. **Mentor overload**: exactly two internal mentors have more active mentees at the as-of date
 *    than their Capacity; every other mentor (of any type) is within capacity, and within
 *    CapacityHours.
 * 4. **Conflict of interest**: exactly one pairing, active at the as-of date, where the internal mentor
 *    is the mentee's manager's manager. No other pairing has the mentor (or sponsor) anywhere in the
 *    mentee's reporting chain or the mentee in the mentor's; nobody mentors themself; no mentee has the
 *    same mentor twice, nor two coaches from one vendor.
 * 5. **Inactive pairing**: exactly one active pairing whose LastMeeting is more than 90 days before the
 *    as-of date (100–140 days); every other active pairing met within the last ~60 days (or has not
 *    had its first session yet, LastMeeting blank).
 * 6. **Satisfaction rise**: mentee satisfaction in the as-of quarter is drawn from a better
 *    distribution (mean 4.21 vs 3.85; scores through a low-discrepancy sequence, so each quarter's
 *    mean sits close to its distribution's), so the quarter's mean is clearly (≈ +0.36) above the
 *    previous quarter's; Welch's test gives p ≪ 0.001.
 *
 * Findings 3–5 need a few busy mentors and long-running pairings: in samples of a few hundred people
 * or fewer they may be missing (`overCapacity` shorter, `reportingChainConflict` / `inactivePairing`
 * null), and a pairing with no eligible mentor is left out (the pairing count then falls short).
 *
 * ## Guarantees (checked by the tests)
 * Every id referenced exists (ManagerID, Pairings PersonID/MentorID, Rotations PersonID, Surveys
 * RespondentID/AboutID); ids are unique; the reporting chain has no cycle; nothing is dated after
 * `asOf`; dates are in order (EligibleDate < ProgramStart ≤ ReadyDate/ProgramEnd, ExitDate after
 * ProgramStart, Start ≤ LastMeeting ≤ End, Start ≤ CheckpointDate ≤ End); Status agrees with the dates
 * (Completed/Withdrawn have ProgramEnd, Active has none); ReadinessRating is "Ready now" exactly when
 * ReadyDate is filled; Regrettable is filled exactly for exits. The named sizes hit their row counts
 * exactly.
 *
 * Cells are as Office.js `Range.values` gives them: dates as Excel 1900-system serials (integers),
 * booleans as "Y"/"N" text, blanks as null. `numberFormats` marks the date columns (`yyyy-mm-dd`)
 * for the .xlsx writer.
 */

// ---------------------------------------------------------------------------------------------------
// Public types

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
}

export interface GroupRate {
  readonly n: number;
  readonly count: number;
  readonly rate: number;
}

/** The findings planted in the sample (see the module comment), with the ids involved. */
export interface PlantedFindings {
  /** (1) participants retain better than the comparison pool */
  readonly retention: {
    readonly participantAnnualExitRate: number;
    readonly comparisonAnnualExitRate: number;
    readonly participants: { readonly n: number; readonly exits: number };
    readonly comparison: { readonly n: number; readonly exits: number };
  };
  /** (2) external-coach access by Gender (the gap is absent when `balanced`) */
  readonly coachGap: {
    readonly resource: 'External coach';
    readonly attribute: 'Gender';
    readonly group: 'Woman';
    readonly balanced: boolean;
    /** the rates the generator aimed at, per Gender group */
    readonly targetRates: Readonly<Record<string, number>>;
    /** participants per Gender group who ever had a Coach pairing starting on or before asOf */
    readonly observed: Readonly<Record<string, GroupRate>>;
  };
  /**
   * (3) the two internal mentors with more active mentees at asOf than their Capacity (fewer only in
   * samples too small to have two mentors with two active mentees)
   */
  readonly overCapacity: readonly {
    readonly mentorId: string;
    readonly capacity: number;
    readonly active: number;
    readonly personIds: readonly string[];
  }[];
  /** (4) the one pairing whose mentor is in the mentee's reporting chain (null only in very small samples) */
  readonly reportingChainConflict: {
    readonly personId: string;
    readonly mentorId: string;
    /** the mentee's manager, whose manager is the mentor */
    readonly managerId: string;
    readonly relation: "mentor is the mentee's manager's manager";
    /** 1-based row of the pairing on the Pairings sheet */
    readonly pairingRow: number;
  } | null;
  /** (5) the one active pairing that has not met for more than 90 days (null only in very small samples) */
  readonly inactivePairing: {
    readonly personId: string;
    readonly mentorId: string;
    readonly lastMeeting: Day;
    readonly daysSinceLastMeeting: number;
    readonly pairingRow: number;
  } | null;
  /** (6) mean mentee satisfaction, as-of quarter vs the previous quarter (from the generated rows) */
  readonly satisfactionRise: {
    readonly instrument: 'Mentee satisfaction';
    readonly quarter: string;
    readonly previousQuarter: string;
    readonly mean: number;
    readonly n: number;
    readonly previousMean: number;
    readonly previousN: number;
    readonly change: number;
  };
}

export interface SampleWorkbook {
  /** Participants, Mentors, Pairings, Rotations, Surveys: header row then one row per record */
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

// ---------------------------------------------------------------------------------------------------

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
  const N = targets.people;
  const serial = (d: Day): number => excelSerialFromDay(d, '1900');

  // ----- people and the organisation: pool.ts, mentorRoster.ts, reportingTree.ts, selection.ts ----
  const pool = generatePool(N, root.fork('people'));
  const { personId, personName, level, gender, eth, bu, fn, loc } = pool;
  const rm = root.fork('mentors');
  const roster = seniorMentors(targets.mentors, rm);
  const mentors = roster.mentors;
  const parent = reportingTree(pool, mentors, roster.nExco, roster.nPoolMentors, root.fork('tree'));
  const rs = root.fork('selection');
  const program = selectProgram(pool, targets.participants, cohorts, rs);
  const { participants, inProgram, cohortOf, trackOf } = program;
  const attributeGroups = attributeGroupsOf(pool);
  const isPoolMentor = addEmployeeMentors(mentors, pool, inProgram, roster.nPoolMentors, rs);
  const nodeOfMentor = (k: number): number => nodeOfMentorIn(mentors, N, k);
  const idOfNode = (node: number): string => idOfNodeIn(pool, mentors, node);
  drawNominalCapacities(mentors, rm);

  // ----- dates: eligibility, program, exits, readiness (lifecycle.ts) --------------------------------
  const life = generateLifecycle(program, cohorts, isPoolMentor, asOf, root.fork('lifecycle'));
  const { eligible, programStart, programEnd, exitDate, readyDate, status, exitType, regrettable, readiness, targetRole, hipo } = life;

  // ----- pairings: coachAccess.ts, pairingPlan.ts, pairingSlots.ts, reportingConflict.ts, -----------
  // ----- assignMentors.ts, sessions.ts, overCapacity.ts ---------------------------------------------
  const rpl = root.fork('pairing-plan');
  const coachTargets = coachTargetRates(balanced);
  const access = pickCoachedAndSponsored(pool, participants, coachTargets, rpl);
  const plan = planPairings(participants, life, access, targets.pairings, asOf, rpl);
  const planned = pairingSlots(participants, life, plan, asOf, rpl);
  const conflict = plantReportingConflict(pool, participants, mentors, parent, planned.lastMentorSlot, asOf, root.fork('conflict'));
  const { slots, pairedWith } = assignMentors(pool, mentors, parent, planned.slots, root.fork('assign'));
  const rh = root.fork('sessions');
  const inactiveSlot = recordSessions(slots, conflict?.slot ?? null, asOf, rh);
  const { overloaded, activeAtAsOf, activeMentees } = plantOverCapacity(
    pool,
    mentors,
    slots,
    [conflict?.mentor ?? -1, inactiveSlot?.mentor ?? -1],
    rh,
  );

  // ----- rotations (rotations.ts) and surveys (surveys.ts, programPulses.ts) ------------------------
  const rotations = generateRotations(participants, fn, attributeGroups, life, targets.rotations, asOf, root.fork('rotations'));
  const comparison = comparisonPool(program);
  const surveys = generateSurveys(
    participants,
    comparison,
    personId,
    life,
    mentors,
    slots,
    cohorts[0].kickoff,
    targets.surveyAnswers,
    asOf,
    root.fork('surveys'),
  );
  const surveyRows = surveys.rows;
  const { quarters, satSum, satN } = surveys;
  const lastQ = quarters.length - 1;

  // ----- sheets ----------------------------------------------------------------------------------
  const yn = (b: boolean): string => (b ? 'Y' : 'N');
  const day = (d: Day): number | null => (Number.isNaN(d) ? null : serial(d));

  const pHeader = sampleHeader(PARTICIPANTS);
  const pc = columnIndex(pHeader);
  const participantRows: CellValue[][] = [pHeader];
  for (let i = 0; i < N; i++) {
    const row = new Array<CellValue>(pHeader.length).fill(null);
    const inP = inProgram[i] === 1;
    row[pc.PersonID] = personId[i];
    row[pc.Name] = personName[i];
    row[pc.InProgram] = yn(inP);
    row[pc.Cohort] = inP ? cohorts[cohortOf[i]].name : null;
    row[pc.Track] = inP ? V.TRACKS[trackOf[i]] : null;
    row[pc.BusinessUnit] = V.BUSINESS_UNITS[bu[i]];
    row[pc.Function] = V.FUNCTIONS[fn[i]];
    row[pc.Location] = V.LOCATIONS[loc[i]];
    row[pc.Gender] = V.GENDERS[gender[i]];
    row[pc.Ethnicity] = V.ETHNICITIES[eth[i]];
    row[pc.Level] = level[i];
    row[pc.ManagerID] = idOfNode(parent[i]);
    row[pc.HighPotential] = yn(hipo[i] === 1);
    row[pc.EligibleDate] = day(eligible[i]);
    row[pc.ProgramStart] = day(programStart[i]);
    row[pc.ProgramEnd] = day(programEnd[i]);
    row[pc.Status] = status[i] >= 0 ? V.STATUSES[status[i]] : null;
    row[pc.ExitDate] = day(exitDate[i]);
    row[pc.ExitType] = exitType[i] >= 0 ? V.EXIT_TYPES[exitType[i]] : null;
    row[pc.Regrettable] = regrettable[i] >= 0 ? yn(regrettable[i] === 1) : null;
    row[pc.ReadyDate] = day(readyDate[i]);
    row[pc.ReadinessRating] = readiness[i] >= 0 ? V.READINESS[readiness[i]] : null;
    row[pc.TargetRole] = targetRole[i] >= 0 ? V.TARGET_ROLES[targetRole[i]] : null;
    participantRows.push(row);
  }

  const mHeader = sampleHeader(MENTORS);
  const mc = columnIndex(mHeader);
  const mentorRows: CellValue[][] = [mHeader];
  const mentorOrder = mentors.map((m, k) => k).sort((a, b) => sheetRank(mentors[a]) - sheetRank(mentors[b]) || a - b);
  for (const k of mentorOrder) {
    const m = mentors[k];
    const row = new Array<CellValue>(mHeader.length).fill(null);
    const node = nodeOfMentor(k);
    row[mc.MentorID] = m.id;
    row[mc.Name] = m.name;
    row[mc.MentorType] = TYPE_NAMES[m.type];
    row[mc.Level] = Number.isNaN(m.level) ? null : m.level;
    row[mc.BusinessUnit] = m.bu >= 0 ? V.BUSINESS_UNITS[m.bu] : null;
    row[mc.Function] = m.fn >= 0 ? V.FUNCTIONS[m.fn] : null;
    row[mc.Location] = V.LOCATIONS[m.loc];
    row[mc.Gender] = V.GENDERS[m.gender];
    row[mc.Ethnicity] = V.ETHNICITIES[m.eth];
    row[mc.ManagerID] = parent[node] >= 0 ? idOfNode(parent[node]) : null;
    row[mc.Capacity] = m.capacity;
    row[mc.CapacityHours] = m.capacityHours;
    row[mc.Vendor] = m.vendor >= 0 ? V.VENDORS[m.vendor] : null;
    mentorRows.push(row);
  }

  const prHeader = sampleHeader(PAIRINGS);
  const prc = columnIndex(prHeader);
  const pairingRows: CellValue[][] = [prHeader];
  slots.forEach((s, r) => {
    s.row = r + 2;
    const row = new Array<CellValue>(prHeader.length).fill(null);
    row[prc.PersonID] = personId[s.p];
    row[prc.MentorID] = mentors[s.mentor].id;
    row[prc.Role] = ROLE_NAMES[s.role];
    row[prc.Start] = serial(s.start);
    row[prc.End] = day(s.end);
    row[prc.EndReason] = s.reason;
    row[prc.Sessions] = s.sessions;
    row[prc.Hours] = s.hours;
    row[prc.LastMeeting] = day(s.lastMeeting);
    pairingRows.push(row);
  });

  const rHeader = sampleHeader(ROTATIONS);
  const rc2 = columnIndex(rHeader);
  const rotationRows: CellValue[][] = [rHeader];
  for (const r of rotations) {
    const row = new Array<CellValue>(rHeader.length).fill(null);
    row[rc2.PersonID] = personId[r.p];
    row[rc2.Function] = V.ROTATION_FUNCTIONS[r.fn];
    row[rc2.Start] = serial(r.start);
    row[rc2.End] = day(r.end);
    row[rc2.CheckpointDate] = day(r.cpDate);
    row[rc2.CheckpointRating] = Number.isNaN(r.cpRating) ? null : r.cpRating;
    row[rc2.Status] = r.status;
    rotationRows.push(row);
  }

  const specs = [PARTICIPANTS, MENTORS, PAIRINGS, ROTATIONS, SURVEYS];
  const sheets: SheetValues[] = [
    { name: 'Participants', values: participantRows },
    { name: 'Mentors', values: mentorRows },
    { name: 'Pairings', values: pairingRows },
    { name: 'Rotations', values: rotationRows },
    { name: 'Surveys', values: surveyRows },
  ];
  const numberFormats: Record<string, (string | null)[]> = {};
  for (const spec of specs) {
    numberFormats[spec.name] = sampleHeader(spec).map((h) =>
      spec.columns.find((c) => c.name === h)?.type === 'date' ? DATE_FORMAT : null,
    );
  }

  // ----- what was planted, as found in the rows ----------------------------------------------------
  const coachObserved: Record<string, GroupRate> = {};
  V.GENDERS.forEach((g, k) => {
    const group = participants.filter((i) => gender[i] === k);
    const count = group.filter((i) => (pairedWith[i] ?? []).some((x) => mentors[x].type === 1)).length;
    coachObserved[g] = { n: group.length, count, rate: group.length > 0 ? count / group.length : NaN };
  });
  const comparisonExits = comparison.filter((i) => !Number.isNaN(exitDate[i])).length;
  const participantExits = participants.filter((i) => !Number.isNaN(exitDate[i])).length;
  const prevQuarter = quarters[lastQ - 1] ?? quarterOf(quarters[lastQ].first - 1);
  const mean = satN[0] > 0 ? satSum[0] / satN[0] : NaN;
  const previousMean = satN[1] > 0 ? satSum[1] / satN[1] : NaN;

  const planted: PlantedFindings = {
    retention: {
      participantAnnualExitRate: PARTICIPANT_EXIT_RATE,
      comparisonAnnualExitRate: COMPARISON_EXIT_RATE,
      participants: { n: participants.length, exits: participantExits },
      comparison: { n: comparison.length, exits: comparisonExits },
    },
    coachGap: {
      resource: 'External coach',
      attribute: 'Gender',
      group: 'Woman',
      balanced,
      targetRates: coachTargets,
      observed: coachObserved,
    },
    overCapacity: overloaded.map((k) => ({
      mentorId: mentors[k].id,
      capacity: mentors[k].capacity,
      active: activeAtAsOf[k],
      personIds: activeMentees[k],
    })),
    reportingChainConflict:
      conflict === null
        ? null
        : {
            personId: personId[conflict.person],
            mentorId: mentors[conflict.mentor].id,
            managerId: personId[conflict.manager],
            relation: "mentor is the mentee's manager's manager",
            pairingRow: conflict.slot.row,
          },
    inactivePairing:
      inactiveSlot === null
        ? null
        : {
            personId: personId[inactiveSlot.p],
            mentorId: mentors[inactiveSlot.mentor].id,
            lastMeeting: inactiveSlot.lastMeeting,
            daysSinceLastMeeting: asOf - inactiveSlot.lastMeeting,
            pairingRow: inactiveSlot.row,
          },
    satisfactionRise: {
      instrument: 'Mentee satisfaction',
      quarter: quarters[lastQ].label,
      previousQuarter: prevQuarter.label,
      mean,
      n: satN[0],
      previousMean,
      previousN: satN[1],
      change: mean - previousMean,
    },
  };

  const counts: SampleCounts = {
    people: N,
    participants: participants.length,
    comparison: comparison.length,
    mentors: mentors.length,
    internalMentors: mentors.filter((m) => m.type === 0).length,
    externalCoaches: mentors.filter((m) => m.type === 1).length,
    sponsors: mentors.filter((m) => m.type === 2).length,
    pairings: slots.length,
    rotations: rotations.length,
    surveyAnswers: surveyRows.length - 1,
  };

  return { sheets, numberFormats, asOf, seed, size, balanced, targets, counts, planted };
}

// ---------------------------------------------------------------------------------------------------
// Helpers

/** Mentors sheet order: sponsors (top executive first), internal mentors, external coaches. */
function sheetRank(m: MentorRec): number {
  return m.type === 2 ? 0 : m.type === 0 ? 1 : 2;
}
