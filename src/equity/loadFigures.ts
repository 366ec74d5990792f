import { pooledGroupOf } from '../privacy/poolSmallGroups';
import { isSeniorPairing, mentorLevels } from './seniorMentor';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Mentor, Pairing, Participant } from '../model/records';
import { isActivePairing, originOf } from '../metrics/activity';
import { DAYS_PER_MONTH } from '../metrics/months';
import { gini } from '../stats';
import type { LoadResult, MentorLoad, SeniorShare } from './equityResults';

/** Code-unit order (stable across locales), for ids and group names. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One mentor's active mentees at A: each distinct mentee with their earliest-started active pairing. */
export interface ActiveMentees {
  readonly mentorId: string;
  /** one pairing per distinct mentee (the earliest-started active one, then the lowest row), by start then row */
  readonly pairings: readonly Pairing[];
  /** every active pairing of the mentor (a mentee with two active pairings has both), in sheet order */
  readonly all: readonly Pairing[];
}

/**
 * Active mentees per mentor at A (equity.md, "Mentor load": "Active mentees per mentor at A"):
 * active pairings (`isActivePairing`: Start ≤ A, End blank or after A), distinct mentees per
 * MentorID, any Role. Each mentee is represented by their earliest-started active pairing with the
 * mentor; the list is in start order (then row), so the latest-started relationships come last.
 * O(n log n).
 */
export function activeMenteesByMentor(pairings: readonly Pairing[], asOf: Day): Map<string, ActiveMentees> {
  const byMentor = new Map<string, { mentees: Map<string, Pairing>; all: Pairing[] }>();
  for (const p of pairings) {
    if (!isActivePairing(p, asOf)) continue;
    let acc = byMentor.get(p.mentorId);
    if (!acc) byMentor.set(p.mentorId, (acc = { mentees: new Map(), all: [] }));
    acc.all.push(p);
    const seen = acc.mentees.get(p.personId);
    if (seen === undefined || byStartThenRow(p, seen) < 0) acc.mentees.set(p.personId, p);
  }
  const out = new Map<string, ActiveMentees>();
  for (const [mentorId, { mentees, all }] of byMentor) {
    out.set(mentorId, { mentorId, pairings: [...mentees.values()].sort(byStartThenRow), all });
  }
  return out;
}

/** Pairings in start order, then row order. */
export function byStartThenRow(a: Pairing, b: Pairing): number {
  return a.start - b.start || a.row - b.row;
}

/** The Mentors rows by MentorID (a duplicated id keeps its first row). */
export function mentorsById(mentors: readonly Mentor[]): Map<string, Mentor> {
  const out = new Map<string, Mentor>();
  for (const m of mentors) if (!out.has(m.mentorId)) out.set(m.mentorId, m);
  return out;
}

/**
 * Months a pairing has been active at A, for hours per month: (A − Start) / 30.4375, at least one
 * month (so a pairing a week old is not read as a huge monthly rate).
 */
export function monthsActive(pairing: Pairing, asOf: Day): number {
  return Math.max(1, (asOf - pairing.start) / DAYS_PER_MONTH);
}

/**
 * Mentor load at A (equity.md, "Mentor load"):
 * - **Over capacity**: active mentees at A (`activeMenteesByMentor`) > Capacity, for mentors of every
 *   type (Capacity blank: never). `overCapacity` lists exactly these mentors: the one meaning of
 *   "over capacity" on every sheet, tile and in the JSON.
 * - **Hour overrun**, apart (`overHours`), never counted as over capacity: hours per month >
 *   CapacityHours where both exist, hours per month being Σ over the mentor's active pairings of
 *   Hours / months active (`monthsActive`: (A − Start)/30.4375, at least 1); pairings without Hours
 *   are left out of the sum, and the figure is null when none of them has Hours.
 * - **Concentration**: the Gini coefficient (`gini`, stats) of active mentees across every internal
 *   mentor (MentorType Internal mentor; 0 for those with none); `activeMentees` is their sum.
 * - **Senior-mentor share** (`seniorShare`) per group of each demographic attribute.
 * `mentors` counts the Mentors rows (distinct MentorIDs, any type): the population of over capacity.
 * Both lists are by MentorID.
 *
 * @param attributes the demographic attributes to split the senior-mentor share by (default: all of
 *   `data.attributes`)
 */
export function computeLoad(data: ProgramData, asOf: Day, attributes: readonly string[] = data.attributes): LoadResult {
  const active = activeMenteesByMentor(data.pairings, asOf);
  const mentors = mentorsById(data.mentors);

  const overCapacity: MentorLoad[] = [];
  const overHours: MentorLoad[] = [];
  const internalCounts: number[] = [];
  let activeMentees = 0;
  for (const m of mentors.values()) {
    const mine = active.get(m.mentorId);
    const count = mine?.pairings.length ?? 0;
    if (m.mentorType === 'Internal mentor') {
      internalCounts.push(count);
      activeMentees += count;
    }
    if (mine === undefined) continue;
    const hours = hoursPerMonth(mine.all, asOf);
    const capacity = m.capacity ?? null;
    const capacityHours = m.capacityHours ?? null;
    const row: MentorLoad = { mentorId: m.mentorId, mentorType: m.mentorType, activeMentees: count, capacity, hoursPerMonth: hours, capacityHours };
    if (capacity !== null && count > capacity) overCapacity.push(row);
    if (capacityHours !== null && hours !== null && hours > capacityHours) overHours.push(row);
  }
  const byId = (a: MentorLoad, b: MentorLoad) => compareText(a.mentorId, b.mentorId);
  overCapacity.sort(byId);
  overHours.sort(byId);

  return {
    mentors: mentors.size,
    overCapacity,
    overHours,
    gini: gini(internalCounts),
    internalMentors: internalCounts.length,
    activeMentees,
    seniorShare: seniorShare(data, asOf, attributes),
  };
}

/** Hours per month over a mentor's active pairings at A (Σ Hours / months active), null when none has Hours. */
export function hoursPerMonth(active: readonly Pairing[], asOf: Day): number | null {
  let sum: number | null = null;
  for (const p of active) if (p.hours !== undefined) sum = (sum ?? 0) + p.hours / monthsActive(p, asOf);
  return sum;
}

/** A participant for the access resources of equity.md: InProgram with origin (ProgramStart) ≤ A. */
export function isParticipantAt(p: Participant, asOf: Day): boolean {
  const origin = originOf(p);
  return p.inProgram && origin !== undefined && origin <= asOf;
}

/**
 * Share of senior-mentor pairings going to each group (equity.md, "Mentor load", Concentration):
 * among participants (InProgram, origin ≤ A), per group of each attribute: n = the group's
 * participants, seniorPairings = senior-mentor pairings (`isSeniorPairing`) of its participants,
 * share = seniorPairings / all participants' senior-mentor pairings, populationShare = n / all
 * participants. A participant with the attribute blank is in the totals but in no group (so shares
 * may sum to less than 1). Groups by name (code-unit order), attributes in the order given; groups
 * pooled for privacy (`data.pooling`) as their pooled group.
 */
export function seniorShare(data: ProgramData, asOf: Day, attributes: readonly string[] = data.attributes): SeniorShare[] {
  // participants at A, by id (a duplicated id keeps its first row)
  const population: Participant[] = [];
  const byId = new Map<string, Participant>();
  for (const p of data.participants) {
    if (!isParticipantAt(p, asOf) || byId.has(p.personId)) continue;
    byId.set(p.personId, p);
    population.push(p);
  }
  // Mentor and Sponsor pairings started by A of participants with a numeric Level: the candidates
  const candidates: { pairing: Pairing; menteeLevel: number }[] = [];
  for (const pairing of data.pairings) {
    if ((pairing.role !== 'Mentor' && pairing.role !== 'Sponsor') || pairing.start > asOf) continue;
    const menteeLevel = byId.get(pairing.personId)?.levelNumber;
    if (menteeLevel !== undefined) candidates.push({ pairing, menteeLevel });
  }
  const mentorLevel = mentorLevels(data, candidates.map((c) => c.pairing.mentorId));

  const seniorOf = new Map<string, number>();
  let total = 0;
  for (const { pairing, menteeLevel } of candidates) {
    if (!isSeniorPairing(pairing, asOf, menteeLevel, mentorLevel.get(pairing.mentorId))) continue;
    seniorOf.set(pairing.personId, (seniorOf.get(pairing.personId) ?? 0) + 1);
    total++;
  }

  const out: SeniorShare[] = [];
  for (const attribute of attributes) {
    const groupOf = pooledGroupOf(data, attribute, (p) => p.attributes[attribute]);
    const groups = new Map<string, { n: number; senior: number }>();
    for (const p of population) {
      const g = groupOf(p);
      if (g === undefined) continue;
      let acc = groups.get(g);
      if (!acc) groups.set(g, (acc = { n: 0, senior: 0 }));
      acc.n++;
      acc.senior += seniorOf.get(p.personId) ?? 0;
    }
    for (const [group, { n, senior }] of [...groups].sort((a, b) => compareText(a[0], b[0]))) {
      out.push({
        attribute,
        group,
        n,
        seniorPairings: senior,
        share: total > 0 ? senior / total : null,
        populationShare: population.length > 0 ? n / population.length : null,
      });
    }
  }
  return out;
}
