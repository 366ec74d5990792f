import { excelSerialFromDay } from '../calendar/dayFromExcelSerial';
import { dayFromYmd } from '../calendar/dayFromYmd';
import { quarterOf } from '../calendar/quarter';
import { MENTORS, PAIRINGS, PARTICIPANTS, ROTATIONS, SURVEYS } from '../intake/schema';
import type { CellValue, SheetValues } from '../model/cell';
import type { Day } from '../model/day';
import { cohortsFor } from './cohorts';
import { closingReason as closingReasonOf, COMPARISON_EXIT_RATE, generateLifecycle, limitOf as limitOfLife, PARTICIPANT_EXIT_RATE } from './lifecycle';
import { addEmployeeMentors, drawNominalCapacities, nodeOfMentor as nodeOfMentorIn, seniorMentors } from './mentorRoster';
import { attributeGroups as attributeGroupsOf, generatePool } from './pool';
import { Rng, WeightedChoice } from './random';
import { idOfNode as idOfNodeIn, reportingTree } from './reportingTree';
import { columnIndex, DATE_FORMAT, sampleHeader } from './sampleHeader';
import {
  NONE,
  ROLE_COACH,
  ROLE_MENTOR,
  ROLE_NAMES,
  ROLE_SPONSOR,
  STATUS_ACTIVE,
  STATUS_COMPLETED,
  TYPE_NAMES,
  type MentorRec,
  type RotationRec,
  type Slot,
} from './sampleRecords';
import { sampleTargets, type SampleSize, type SampleTargets } from './sampleSizes';
import { selectProgram } from './selection';
import { balancedPick } from './stratify';
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
// Model constants

/** coach access (planted finding 2) */
const COACH_RATE = 0.6;
const COACH_RATE_WOMAN = 0.3;
const SPONSOR_RATE = 0.35;
const MENTEE_RESPONSE = 0.85;
const MENTOR_RESPONSE = 0.8;

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
  const everyone = Array.from({ length: N }, (_, i) => i);
  const isPoolMentor = addEmployeeMentors(mentors, pool, inProgram, roster.nPoolMentors, rs);
  const nodeOfMentor = (k: number): number => nodeOfMentorIn(mentors, N, k);
  const idOfNode = (node: number): string => idOfNodeIn(pool, mentors, node);
  drawNominalCapacities(mentors, rm);

  // ----- dates: eligibility, program, exits, readiness (lifecycle.ts) --------------------------------
  const life = generateLifecycle(program, cohorts, isPoolMentor, asOf, root.fork('lifecycle'));
  const { eligible, programStart, programEnd, exitDate, readyDate, status, exitType, regrettable, readiness, targetRole, hipo } = life;
  /** the last day a participant can have an active pairing or rotation */
  const limitOf = (i: number): Day => limitOfLife(life, asOf, i);
  const closingReason = (i: number): string => closingReasonOf(life, i);

  // ----- pairing plan: who gets a coach and a sponsor, and how many pairings of each --------------
  const rpl = root.fork('pairing-plan');
  const coachTargets: Record<string, number> = {};
  V.GENDERS.forEach((g, k) => (coachTargets[g] = !balanced && k === V.WOMAN ? COACH_RATE_WOMAN : COACH_RATE));
  const hasCoach = new Uint8Array(N);
  // per Gender group, exactly its target share; the largest group other than Woman (Man) rounds up
  // and every other group rounds down below it, so that the group with the highest coach rate (the
  // equity screen's reference) is a large one and never a handful of people whose rate is noise
  const genderSizes = V.GENDERS.map((_, g) => participants.filter((i) => gender[i] === g).length);
  const leader = genderSizes.reduce((best, n, g) => (g !== V.WOMAN && n > genderSizes[best] ? g : best), V.WOMAN === 0 ? 1 : 0);
  const leaderCount = Math.ceil(genderSizes[leader] * coachTargets[V.GENDERS[leader]]);
  for (let g = 0; g < V.GENDERS.length; g++) {
    const group = participants.filter((i) => gender[i] === g);
    let count = Math.ceil(group.length * coachTargets[V.GENDERS[g]]);
    if (g !== leader) {
      count = Math.floor(group.length * coachTargets[V.GENDERS[g]]);
      while (count > 0 && count * genderSizes[leader] >= leaderCount * group.length) count--;
    }
    for (const i of balancedPick(group, [eth, bu, loc, level], count, rpl)) hasCoach[i] = 1;
  }
  const hasSponsor = new Uint8Array(N);
  for (const i of balancedPick(participants, attributeGroups, Math.round(participants.length * SPONSOR_RATE), rpl)) hasSponsor[i] = 1;

  const P = participants.length;
  const mStart = new Float64Array(P);
  const mEnd = new Float64Array(P); // end of the mentoring phase (asOf when still open)
  const mOpen = new Uint8Array(P);
  const mMax = new Int32Array(P);
  const mCount = new Int32Array(P);
  const cStart = new Float64Array(P).fill(NONE);
  const cLen = new Int32Array(P);
  const c2Start = new Float64Array(P).fill(NONE);
  const c2Len = new Int32Array(P);
  const cCount = new Int32Array(P);
  const sStart = new Float64Array(P).fill(NONE);
  const sLen = new Int32Array(P);
  const early = (i: number, lo: number, hi: number): Day => {
    const ps = programStart[i];
    const limit = limitOf(i);
    const d = ps + rpl.int(lo, hi);
    return d < limit ? d : ps + Math.floor((limit - ps) / 2);
  };
  let primaries = 0;
  participants.forEach((i, j) => {
    const limit = limitOf(i);
    mStart[j] = early(i, 3, 30);
    const phaseEnd = mStart[j] + rpl.int(450, 730);
    mOpen[j] = status[i] === STATUS_ACTIVE && phaseEnd > asOf ? 1 : 0;
    mEnd[j] = mOpen[j] ? asOf : Math.min(phaseEnd, limit);
    mMax[j] = Math.max(1, Math.floor((mEnd[j] - mStart[j]) / 180));
    mCount[j] = 1;
    primaries += 1;
    if (hasCoach[i]) {
      cStart[j] = early(i, 20, 100);
      cLen[j] = rpl.int(180, 300);
      cCount[j] = 1;
      primaries += 1;
      const firstEnd = cStart[j] + cLen[j];
      const second = firstEnd + rpl.int(14, 90);
      c2Len[j] = rpl.int(150, 270);
      if (firstEnd < limit && second <= Math.min(limit - 60, asOf - 14)) c2Start[j] = second;
    }
    if (hasSponsor[i]) {
      sStart[j] = early(i, 30, 150);
      sLen[j] = rpl.int(330, 450);
      primaries += 1;
    }
  });
  // extra pairings (rematched mentors, second coaching engagements) up to the target count
  let extras = targets.pairings - primaries;
  const roomy: number[] = [];
  const roomOf = (j: number): number => mMax[j] - mCount[j] + (Number.isNaN(c2Start[j]) ? 0 : 2 - cCount[j]);
  for (let j = 0; j < P; j++) if (roomOf(j) > 0) roomy.push(j);
  while (extras > 0 && roomy.length > 0) {
    const at = rpl.int(0, roomy.length - 1);
    const j = roomy[at];
    const mentorRoom = mMax[j] - mCount[j];
    const coachRoom = Number.isNaN(c2Start[j]) ? 0 : 2 - cCount[j];
    if (mentorRoom > 0 && (coachRoom === 0 || rpl.chance(0.7))) mCount[j]++;
    else cCount[j]++;
    extras--;
    if (roomOf(j) === 0) {
      roomy[at] = roomy[roomy.length - 1];
      roomy.pop();
    }
  }

  // ----- pairing slots -------------------------------------------------------------------------
  const slots: Slot[] = [];
  const newSlot = (p: number, role: number, start: Day, end: Day, reason: string | null): Slot => {
    const s: Slot = { p, role, start, end, reason, mentor: -1, forced: -1, sessions: 0, hours: 0, lastMeeting: NONE, row: 0 };
    slots.push(s);
    return s;
  };
  /** a term [start, start + len) inside the participant's time, open at asOf if it runs past it */
  const term = (i: number, role: number, start: Day, len: number, done: string): Slot => {
    const end = start + len;
    if (status[i] === STATUS_ACTIVE) return end > asOf ? newSlot(i, role, start, NONE, null) : newSlot(i, role, start, end, done);
    const limit = limitOf(i);
    if (end >= limit) return newSlot(i, role, start, Math.max(start, limit), closingReason(i));
    return newSlot(i, role, start, end, done);
  };
  const lastMentorSlot = new Array<Slot>(P);
  participants.forEach((i, j) => {
    // mentor chain: k segments of ≥150 days separated by 7–21-day gaps
    const k = mCount[j];
    const gaps = Array.from({ length: k - 1 }, () => rpl.int(7, 21));
    const span = mEnd[j] - mStart[j];
    const free = Math.max(0, span - gaps.reduce((a, b) => a + b, 0) - 150 * k);
    const shares = Array.from({ length: k }, () => rpl.next() + 0.2);
    const total = shares.reduce((a, b) => a + b, 0);
    let at = mStart[j];
    for (let s = 0; s < k; s++) {
      if (s === k - 1) {
        const end = mOpen[j] ? NONE : Math.max(at, mEnd[j]);
        const closing = status[i] !== STATUS_ACTIVE && mEnd[j] === limitOf(i);
        const reason = mOpen[j] ? null : closing ? closingReason(i) : 'Mentoring phase completed';
        lastMentorSlot[j] = newSlot(i, ROLE_MENTOR, at, end, reason);
      } else {
        const end = at + 150 + Math.floor((free * shares[s]) / total);
        newSlot(i, ROLE_MENTOR, at, end, 'Rematched');
        at = end + gaps[s];
      }
    }
    if (cCount[j] >= 1) {
      term(i, ROLE_COACH, cStart[j], cLen[j], 'Engagement completed');
      if (cCount[j] >= 2) term(i, ROLE_COACH, c2Start[j], c2Len[j], 'Engagement completed');
    }
    if (!Number.isNaN(sStart[j])) term(i, ROLE_SPONSOR, sStart[j], sLen[j], 'Sponsorship term ended');
  });

  // ----- planted finding 4: the mentor is the mentee's manager's manager --------------------------
  const rc = root.fork('conflict');
  const conflictCands = participants.filter((i, j) => {
    const s = lastMentorSlot[j];
    return Number.isNaN(s.end) && s.start <= asOf - 90 && parent[i] >= 0 && parent[i] < N && level[parent[i]] <= 9;
  });
  const preferred = conflictCands.filter((i) => level[i] === 8 && level[parent[i]] === 9);
  const ownInternal = mentors.map((m, k) => k).filter((k) => mentors[k].type === 0 && mentors[k].pool < 0);
  let conflictPerson = -1;
  let conflictManager = -1;
  let conflictMentor = -1;
  let conflictSlot: Slot | null = null;
  if (conflictCands.length > 0 && ownInternal.length > 0) {
    conflictPerson = rc.pick(preferred.length > 0 ? preferred : conflictCands);
    conflictManager = parent[conflictPerson];
    const grand = parent[conflictManager];
    const grandOk = grand >= N && mentors[grand - N].type === 0 && mentors[grand - N].level >= level[conflictPerson] + 2;
    if (grandOk) conflictMentor = grand - N;
    else {
      // re-point the manager to an internal mentor (levels 10–12, above the manager's level 8–9)
      const sameBu = ownInternal.filter((k) => mentors[k].bu === bu[conflictManager]);
      conflictMentor = rc.pick(sameBu.length > 0 ? sameBu : ownInternal);
      parent[conflictManager] = N + conflictMentor;
    }
    conflictSlot = lastMentorSlot[participants.indexOf(conflictPerson)];
    conflictSlot.forced = conflictMentor;
  }

  // ----- assign mentors, coaches and sponsors, in order of start -----------------------------------
  const ra = root.fork('assign');
  const order = slots.map((_, k) => k).sort((a, b) => slots[a].start - slots[b].start || a - b);
  const internalByMin: number[][] = [];
  for (let minLevel = 0; minLevel <= 13; minLevel++) {
    internalByMin.push(mentors.map((m, k) => k).filter((k) => mentors[k].type === 0 && mentors[k].level >= minLevel));
  }
  const coachList = mentors.map((m, k) => k).filter((k) => mentors[k].type === 1);
  const sponsorList = mentors.map((m, k) => k).filter((k) => mentors[k].type === 2 && k !== 0);
  const pairedWith: number[][] = new Array(N);
  const ancestors = (node: number): number[] => {
    const out: number[] = [];
    for (let a = parent[node]; a >= 0 && out.length < 64; a = parent[a]) out.push(a);
    return out;
  };
  const mentorAncestors: number[][] = new Array(mentors.length);
  const activeAt = (m: MentorRec, t: Day): number => {
    const e = m.ends;
    let w = 0;
    for (let r = 0; r < e.length; r++) if (e[r] > t) e[w++] = e[r];
    e.length = w;
    return w;
  };
  for (const k of order) {
    const slot = slots[k];
    const i = slot.p;
    const mine = (pairedWith[i] ??= []);
    let chosen = slot.forced;
    if (chosen < 0) {
      const anc = ancestors(i);
      const vendorsUsed = slot.role === ROLE_COACH ? mine.filter((x) => mentors[x].type === 1).map((x) => mentors[x].vendor) : [];
      const list =
        slot.role === ROLE_COACH ? coachList : slot.role === ROLE_SPONSOR ? sponsorList : internalByMin[Math.min(13, level[i] + 2)];
      const eligibleFor = (x: number): boolean => {
        const m = mentors[x];
        if (mine.includes(x)) return false;
        if (m.type === 1) return !vendorsUsed.includes(m.vendor);
        if (m.level < level[i] + 2) return false;
        const node = nodeOfMentor(x);
        return node !== i && !anc.includes(node) && !(mentorAncestors[x] ??= ancestors(node)).includes(i);
      };
      chosen = chooseMentor(list, eligibleFor, (x) => activeAt(mentors[x], slot.start) / mentors[x].nominal, ra);
      if (chosen < 0 && slot.role === ROLE_MENTOR) {
        chosen = chooseMentor(internalByMin[0], eligibleFor, (x) => activeAt(mentors[x], slot.start) / mentors[x].nominal, ra);
      }
      if (chosen < 0) continue; // nobody eligible (only in very small samples): the pairing is left out
    }
    const m = mentors[chosen];
    activeAt(m, slot.start);
    m.ends.push(Number.isNaN(slot.end) ? Infinity : slot.end);
    m.peak = Math.max(m.peak, m.ends.length);
    slot.mentor = chosen;
    mine.push(chosen);
  }
  {
    const assigned = order.map((k) => slots[k]).filter((s) => s.mentor >= 0);
    slots.length = 0;
    for (const s of assigned) slots.push(s);
  }

  // ----- sessions, hours, last meeting; planted findings 5 (inactive pairing) and 3 (overload) ----
  const rh = root.fork('sessions');
  const inactiveCands = slots.filter(
    (s) => s.role === ROLE_MENTOR && Number.isNaN(s.end) && s.start <= asOf - 240 && s !== conflictSlot,
  );
  const inactiveSlot = inactiveCands.length > 0 ? rh.pick(inactiveCands) : null;
  const inactiveUntil = asOf - rh.int(100, 140);
  for (const s of slots) {
    const interval = s.role === ROLE_MENTOR ? rh.uniform(28, 42) : s.role === ROLE_COACH ? rh.uniform(18, 28) : rh.uniform(40, 56);
    const length = s.role === ROLE_MENTOR ? rh.pick([1, 1, 1.25, 1.5]) : s.role === ROLE_COACH ? rh.pick([1, 1.5, 1.5, 2]) : rh.pick([0.5, 0.75, 1]);
    const until = s === inactiveSlot ? inactiveUntil : Number.isNaN(s.end) ? asOf : s.end;
    s.sessions = Math.floor((until - s.start) / interval);
    s.hours = s.sessions * length;
    s.lastMeeting = s.sessions > 0 ? Math.max(s.start + 1, Math.min(until, s.start + Math.round(s.sessions * interval) - rh.int(0, 2))) : NONE;
    if (s === inactiveSlot) s.lastMeeting = until; // its last session, 100–140 days ago
  }
  const activeAtAsOf = new Int32Array(mentors.length);
  const activeMentees: string[][] = mentors.map(() => []);
  for (const s of slots) {
    if (Number.isNaN(s.end)) {
      activeAtAsOf[s.mentor]++;
      activeMentees[s.mentor].push(personId[s.p]);
    }
  }
  for (const m of mentors) m.capacity = Math.max(m.nominal, m.peak);
  const overCands = mentors
    .map((m, k) => k)
    .filter((k) => mentors[k].type === 0 && k !== conflictMentor && k !== inactiveSlot?.mentor && activeAtAsOf[k] >= 2);
  const tie = overCands.map(() => rh.next());
  const overIdx = overCands.map((k, r) => r).sort((a, b) => activeAtAsOf[overCands[b]] - activeAtAsOf[overCands[a]] || tie[a] - tie[b]);
  const overloaded = overIdx.slice(0, 2).map((r) => overCands[r]);
  for (const k of overloaded) mentors[k].capacity = activeAtAsOf[k] - 1;
  for (const m of mentors) {
    m.capacityHours = m.type === 0 ? 2 * m.capacity + 4 : m.type === 1 ? 4 * m.capacity + 4 : m.capacity + 2;
  }

  // ----- rotations -------------------------------------------------------------------------------
  const rr = root.fork('rotations');
  const rotFns: number[][] = new Array(P);
  const rotStarts: number[][] = new Array(P);
  const rotLens: number[][] = new Array(P);
  const rotMax = new Int32Array(P);
  const rotCount = new Int32Array(P);
  participants.forEach((i, j) => {
    const fns = rr.shuffle([0, 1, 2, 3].filter((f) => f !== fn[i]));
    const limit = status[i] === STATUS_ACTIVE ? asOf - 7 : programEnd[i] - 30;
    const starts: number[] = [];
    const lens: number[] = [];
    let at = programStart[i] + rr.int(30, 75);
    for (let r = 0; r < fns.length; r++) {
      const len = rr.int(120, 180);
      if (at <= limit) rotMax[j]++;
      starts.push(at);
      lens.push(len);
      at += len + rr.int(0, 30);
    }
    rotFns[j] = fns;
    rotStarts[j] = starts;
    rotLens[j] = lens;
    rotCount[j] = Math.min(1, rotMax[j]);
  });
  let rotLeft = targets.rotations - rotCount.reduce((a, b) => a + b, 0);
  const rotRoomy: number[] = [];
  for (let j = 0; j < P; j++) if (rotMax[j] > rotCount[j]) rotRoomy.push(j);
  while (rotLeft > 0 && rotRoomy.length > 0) {
    const at = rr.int(0, rotRoomy.length - 1);
    const j = rotRoomy[at];
    rotCount[j]++;
    rotLeft--;
    if (rotCount[j] >= rotMax[j]) {
      rotRoomy[at] = rotRoomy[rotRoomy.length - 1];
      rotRoomy.pop();
    }
  }
  // which functions: participants in random order each take the functions their groups are most
  // behind on so far, so that rotation in each function is balanced across every attribute
  {
    const A = attributeGroups.length;
    const processed = new Map<number, number>();
    const withF = new Map<number, number>();
    const totalF = [0, 0, 0, 0];
    let total = 0;
    for (const j of rr.shuffle(Array.from({ length: P }, (_, j) => j))) {
      const i = participants[j];
      const k = rotCount[j];
      const score = (f: number): number => {
        const rate = total > 0 ? totalF[f] / total : 0.5;
        let sc = rr.next() * 0.01;
        for (let a = 0; a < A; a++) {
          const key = a * 64 + attributeGroups[a][i];
          const n = processed.get(key) ?? 0;
          sc += (rate * n - (withF.get(key * 4 + f) ?? 0)) / Math.sqrt(n + 1);
        }
        return sc;
      };
      const scored = rotFns[j].map((f) => [f, score(f)] as const).sort((x, y) => y[1] - x[1]);
      const chosen = rr.shuffle(scored.slice(0, k).map(([f]) => f));
      rotFns[j] = [...chosen, ...scored.slice(k).map(([f]) => f)];
      for (let a = 0; a < A; a++) {
        const key = a * 64 + attributeGroups[a][i];
        processed.set(key, (processed.get(key) ?? 0) + 1);
        for (const f of chosen) withF.set(key * 4 + f, (withF.get(key * 4 + f) ?? 0) + 1);
      }
      for (const f of chosen) totalF[f]++;
      total++;
    }
  }
  const rotations: RotationRec[] = [];
  participants.forEach((i, j) => {
    const endLimit = status[i] === STATUS_ACTIVE ? asOf : programEnd[i];
    for (let r = 0; r < rotCount[j]; r++) {
      const start = rotStarts[j][r];
      const len = rotLens[j][r];
      const f = rotFns[j][r];
      let end: Day = start + len;
      let st: string;
      if (end <= endLimit) {
        if (rr.chance(0.05)) {
          st = 'Cancelled';
          end = start + rr.int(20, Math.floor(len / 2));
        } else st = 'Completed';
      } else if (status[i] === STATUS_ACTIVE) {
        st = 'Active';
        end = NONE;
      } else {
        end = Math.max(start, endLimit);
        st = status[i] === STATUS_COMPLETED ? 'Completed' : 'Cancelled';
      }
      const cp = start + Math.floor(len / 2);
      const cpDue = cp <= asOf && (Number.isNaN(end) || cp <= end);
      const rating = cpDue && rr.chance(0.93) ? 1 + rr.weightedIndex(V.CHECKPOINT_WEIGHTS[f]) : NONE;
      rotations.push({ p: i, fn: f, start, end, cpDate: cpDue ? cp : NONE, cpRating: rating, status: st });
    }
  });
  rotations.sort((a, b) => a.start - b.start || a.p - b.p);

  // ----- surveys ---------------------------------------------------------------------------------
  const surveyHeader = sampleHeader(SURVEYS);
  const expected = ['RespondentID', 'RespondentRole', 'Date', 'Instrument', 'Item', 'Score', 'ScaleMax', 'AboutID'];
  if (surveyHeader.join('|') !== expected.join('|')) throw new Error('sample: the Surveys schema changed; update the generator');
  const rv = root.fork('surveys');
  const quarters: { first: Day; last: Day; label: string }[] = [];
  for (let q = quarterOf(cohorts[0].kickoff); q.first <= asOf; q = quarterOf(q.last + 1)) quarters.push(q);
  const slotsOf: Slot[][] = new Array(N);
  for (const s of slots) if (s.role !== ROLE_SPONSOR) (slotsOf[s.p] ??= []).push(s);
  const menteeBase = new WeightedChoice([1, 2, 3, 4, 5], V.MENTEE_BASE);
  const menteeLifted = new WeightedChoice([1, 2, 3, 4, 5], V.MENTEE_LIFTED);
  const mentorScores = new WeightedChoice([1, 2, 3, 4, 5], V.MENTOR_SCORES);
  const coachScores = new WeightedChoice([1, 2, 3, 4, 5], V.COACH_SCORES);
  const climateP = new WeightedChoice([1, 2, 3, 4, 5], V.CLIMATE_PARTICIPANT);
  const climateC = new WeightedChoice([1, 2, 3, 4, 5], V.CLIMATE_POOL);
  const nps = new WeightedChoice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], V.NPS_SCORES);
  const lastQ = quarters.length - 1;
  // mentee satisfaction scores from a low-discrepancy sequence (golden-ratio steps from a random
  // start, per quarter) through the quarter's distribution: each quarter's scores follow it closely,
  // so the planted rise is not at the mercy of sampling noise
  const GOLDEN = 0.6180339887498949;
  let satU = 0;
  const satSum = [0, 0];
  const satN = [0, 0];
  const windows = quarters.map((q) => {
    const wEnd = Math.min(q.last, asOf);
    return { wStart: Math.max(q.first, wEnd - 29), wEnd };
  });
  const programRows: CellValue[][][] = quarters.map(() => []);
  let programAnswers = 0;
  quarters.forEach((q, qi) => {
    const { wStart, wEnd } = windows[qi];
    const rows = programRows[qi];
    const sat = qi === lastQ ? menteeLifted : menteeBase;
    const track = qi === lastQ ? 0 : qi === lastQ - 1 ? 1 : -1;
    satU = rv.next();
    for (const i of participants) {
      const d = wStart + rv.int(0, wEnd - wStart);
      if (!(programStart[i] <= d - 14) || programEnd[i] <= d || exitDate[i] <= d) continue;
      const mySlots = slotsOf[i] ?? [];
      if (rv.chance(MENTEE_RESPONSE)) {
        const ds = serial(d);
        const pid = personId[i];
        for (const s of mySlots) {
          if (!(s.start <= d - 14) || s.end <= d) continue;
          const about = mentors[s.mentor].id;
          for (const item of V.MENTEE_ITEMS) {
            satU = (satU + GOLDEN) % 1;
            const score = sat.items[sat.indexAt(satU)];
            rows.push([pid, 'Mentee', ds, 'Mentee satisfaction', item, score, 5, about]);
            if (track >= 0) {
              satSum[track] += score;
              satN[track]++;
            }
          }
        }
        for (const item of V.CLIMATE_ITEMS) rows.push([pid, 'Mentee', ds, 'Climate', item, climateP.draw(rv), 5, null]);
        rows.push([pid, 'Mentee', ds, 'NPS', V.NPS_ITEM, nps.draw(rv), 10, null]);
      }
      for (const s of mySlots) {
        const dm = wStart + rv.int(0, wEnd - wStart);
        if (!(s.start <= dm - 14) || s.end <= dm || programEnd[i] <= dm || exitDate[i] <= dm) continue;
        if (!rv.chance(MENTOR_RESPONSE)) continue;
        const m = mentors[s.mentor];
        const isCoach = s.role === ROLE_COACH;
        const items = isCoach ? V.COACH_ITEMS : V.MENTOR_ITEMS;
        for (const item of items) {
          rows.push([
            m.id,
            isCoach ? 'Coach' : 'Mentor',
            serial(dm),
            isCoach ? 'Coach satisfaction' : 'Mentor satisfaction',
            item,
            (isCoach ? coachScores : mentorScores).draw(rv),
            5,
            personId[i],
          ]);
        }
      }
    }
    programAnswers += rows.length;
  });
  // the comparison pool's Climate pulse fills the answer count exactly (selection sampling)
  const comparison = everyone.filter((i) => !inProgram[i]);
  const employedIn = (i: number, qi: number): boolean =>
    eligible[i] <= windows[qi].wStart && !(exitDate[i] <= windows[qi].wEnd);
  let opportunities = 0;
  for (let qi = 0; qi < quarters.length; qi++) for (const i of comparison) if (employedIn(i, qi)) opportunities++;
  const itemsPer = V.CLIMATE_ITEMS.length;
  const fill = Math.max(0, targets.surveyAnswers - programAnswers);
  let needed = Math.min(opportunities, Math.ceil(fill / itemsPer));
  let lastItems = fill - (needed - 1) * itemsPer; // the last response chosen may answer fewer items
  if (needed * itemsPer < fill) lastItems = itemsPer;
  const surveyRows: CellValue[][] = [surveyHeader];
  let seen = 0;
  for (let qi = 0; qi < quarters.length; qi++) {
    for (const row of programRows[qi]) surveyRows.push(row);
    programRows[qi] = [];
    const { wStart, wEnd } = windows[qi];
    for (const i of comparison) {
      if (!employedIn(i, qi)) continue;
      const left = opportunities - seen++;
      if (needed === 0 || rv.next() * left >= needed) continue;
      needed--;
      const ds = serial(wStart + rv.int(0, wEnd - wStart));
      const n = needed === 0 ? lastItems : itemsPer;
      for (let t = 0; t < n; t++) surveyRows.push([personId[i], 'Other', ds, 'Climate', V.CLIMATE_ITEMS[t], climateC.draw(rv), 5, null]);
    }
  }

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
      conflictSlot === null
        ? null
        : {
            personId: personId[conflictPerson],
            mentorId: mentors[conflictMentor].id,
            managerId: personId[conflictManager],
            relation: "mentor is the mentee's manager's manager",
            pairingRow: conflictSlot.row,
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

/**
 * Picks a mentor from `list` for one pairing: among up to six eligible candidates found by random
 * draws, the least loaded (load = active pairings ÷ nominal capacity) with room; failing that, the
 * least loaded eligible one in the whole list (its capacity is then raised to what it carries).
 * Returns -1 when nobody in the list is eligible.
 */
function chooseMentor(list: readonly number[], eligible: (x: number) => boolean, load: (x: number) => number, rng: Rng): number {
  if (list.length === 0) return -1;
  let best = -1;
  let bestLoad = Infinity;
  let found = 0;
  for (let tries = 0; tries < 40 && found < 6; tries++) {
    const x = list[rng.int(0, list.length - 1)];
    if (!eligible(x)) continue;
    const l = load(x);
    if (l >= 1) continue;
    found++;
    if (l < bestLoad) {
      best = x;
      bestLoad = l;
    }
  }
  if (best >= 0) return best;
  for (const x of list) {
    if (!eligible(x)) continue;
    const l = load(x);
    if (l < bestLoad) {
      best = x;
      bestLoad = l;
    }
  }
  return best;
}

/** Mentors sheet order: sponsors (top executive first), internal mentors, external coaches. */
function sheetRank(m: MentorRec): number {
  return m.type === 2 ? 0 : m.type === 0 ? 1 : 2;
}
