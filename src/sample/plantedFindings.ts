import { quarterOf } from '../calendar/quarter';
import type { Day } from '../model/day';
import { COMPARISON_EXIT_RATE, PARTICIPANT_EXIT_RATE, type Lifecycle } from './lifecycle';
import type { MentorRequests } from './mentorRequests';
import type { Overload } from './overCapacity';
import { idOfNode } from './reportingTree';
import type { Pool } from './pool';
import type { ReportingConflict } from './reportingConflict';
import { TYPE_COACH, type MentorRec, type Slot } from './sampleRecords';
import type { Surveys } from './surveys';
import * as V from './vocabulary';

/**
 * What was planted, as found in the generated rows (`SampleWorkbook.planted`): the findings with
 * the ids involved, so that tests can check that the engine finds them. Each finding is planted by
 * its own module: retention `lifecycle.ts`, the coach-access gap `coachAccess.ts`, over-capacity
 * mentors `overCapacity.ts`, the conflict of interest `reportingConflict.ts`, the inactive pairing
 * `sessions.ts`, the satisfaction shift `programPulses.ts`, the mentees without a mentor and the
 * preference trap `mentorRequests.ts`. No random draws.
 */

export interface GroupRate {
  readonly n: number;
  readonly count: number;
  readonly rate: number;
}

/** The findings planted in the sample (see the module comment of `generateSample.ts`), with the ids involved. */
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
  /**
   * (8) the Active participants with no active Mentor pairing at asOf (matching.md's mentees for the
   * Mentor role), PersonIDs ascending: each asked for a new mentor (their last mentor pairing ended
   * with EndReason "Mentee asked for a new mentor"); nobody else in the program is without a mentor
   */
  readonly mentorUnpaired: readonly string[];
  /**
   * (8) the trap for pairing suggestions: one of `mentorUnpaired` ranks first (Preferences) the
   * internal mentor two or three levels up their reporting chain, who scores highest under
   * matching.md's score with the default weights among the internal mentors that break no other hard
   * rule, so a suggestion must avoid them; `nextBest` breaks no hard rule at all. Scores on 0..100.
   * Null only in samples too small to have such a mentee.
   */
  readonly preferenceTrap: {
    readonly personId: string;
    readonly mentorId: string;
    /** the mentee's manager */
    readonly managerId: string;
    readonly relation: "mentor is the mentee's manager's manager" | "mentor is the manager of the mentee's manager's manager";
    readonly reason: string;
    readonly score: number;
    readonly nextBestMentorId: string;
    readonly nextBestScore: number;
  } | null;
}

/** What the generator did, module by module, for the report. */
export interface PlantedInputs {
  readonly pool: Pool;
  readonly participants: readonly number[];
  readonly comparison: readonly number[];
  readonly life: Lifecycle;
  readonly mentors: readonly MentorRec[];
  readonly pairedWith: readonly number[][];
  readonly balanced: boolean;
  readonly coachTargets: Readonly<Record<string, number>>;
  readonly overload: Overload;
  readonly conflict: ReportingConflict | null;
  readonly inactiveSlot: Slot | null;
  readonly surveys: Surveys;
  readonly requests: MentorRequests;
  readonly asOf: Day;
}

export function reportPlanted(x: PlantedInputs): PlantedFindings {
  const { pool, participants, comparison, life, mentors, overload, conflict, inactiveSlot, asOf } = x;
  const exits = (group: readonly number[]): number => group.filter((i) => !Number.isNaN(life.exitDate[i])).length;
  const { personId } = pool;
  return {
    retention: {
      participantAnnualExitRate: PARTICIPANT_EXIT_RATE,
      comparisonAnnualExitRate: COMPARISON_EXIT_RATE,
      participants: { n: participants.length, exits: exits(participants) },
      comparison: { n: comparison.length, exits: exits(comparison) },
    },
    coachGap: {
      resource: 'External coach',
      attribute: 'Gender',
      group: 'Woman',
      balanced: x.balanced,
      targetRates: x.coachTargets,
      observed: coachObserved(pool, participants, mentors, x.pairedWith),
    },
    overCapacity: overload.overloaded.map((k) => ({
      mentorId: mentors[k].id,
      capacity: mentors[k].capacity,
      active: overload.activeAtAsOf[k],
      personIds: overload.activeMentees[k],
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
    satisfactionRise: satisfactionRise(x.surveys),
    mentorUnpaired: x.requests.unpaired.map((i) => personId[i]),
    preferenceTrap: preferenceTrap(x),
  };
}

function preferenceTrap(x: PlantedInputs): PlantedFindings['preferenceTrap'] {
  const trap = x.requests.trap;
  if (trap === null) return null;
  const { pool, mentors } = x;
  const personId = pool.personId[trap.person];
  const mentorId = mentors[trap.mentor].id;
  const managerId = idOfNode(pool, mentors, trap.manager);
  const relation = trap.levelsUp === 2 ? "mentor is the mentee's manager's manager" : "mentor is the manager of the mentee's manager's manager";
  return {
    personId,
    mentorId,
    managerId,
    relation,
    reason:
      `${personId} ranks ${mentorId} first, who would score highest (${trap.score.toFixed(1)} of 100) but is ${trap.levelsUp} levels up ` +
      `${personId}'s reporting chain (above their manager ${managerId}): a conflict of interest, never to be suggested; ` +
      `the best mentor outside the chain is ${mentors[trap.nextBest].id} (${trap.nextBestScore.toFixed(1)}).`,
    score: trap.score,
    nextBestMentorId: mentors[trap.nextBest].id,
    nextBestScore: trap.nextBestScore,
  };
}

/** Participants per Gender group who ever had a coach. */
function coachObserved(
  pool: Pool,
  participants: readonly number[],
  mentors: readonly MentorRec[],
  pairedWith: readonly number[][],
): Record<string, GroupRate> {
  const out: Record<string, GroupRate> = {};
  V.GENDERS.forEach((g, k) => {
    const group = participants.filter((i) => pool.gender[i] === k);
    const count = group.filter((i) => (pairedWith[i] ?? []).some((m) => mentors[m].type === TYPE_COACH)).length;
    out[g] = { n: group.length, count, rate: group.length > 0 ? count / group.length : NaN };
  });
  return out;
}

function satisfactionRise(surveys: Surveys): PlantedFindings['satisfactionRise'] {
  const { quarters, satSum, satN } = surveys;
  const lastQ = quarters.length - 1;
  const prevQuarter = quarters[lastQ - 1] ?? quarterOf(quarters[lastQ].first - 1);
  const mean = satN[0] > 0 ? satSum[0] / satN[0] : NaN;
  const previousMean = satN[1] > 0 ? satSum[1] / satN[1] : NaN;
  return {
    instrument: 'Mentee satisfaction',
    quarter: quarters[lastQ].label,
    previousQuarter: prevQuarter.label,
    mean,
    n: satN[0],
    previousMean,
    previousN: satN[1],
    change: mean - previousMean,
  };
}
