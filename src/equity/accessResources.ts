import { mentorLevels, SENIOR_LEVEL_GAP } from './seniorMentor';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Participant } from '../model/records';
import { originOf } from '../metrics/activity';

/**
 * One resource of equity.md (Access equity, the resource table): its population and who in it has
 * the resource, as yes/no flags computed once per person.
 */
export interface AccessResource {
  readonly resource: string;
  /** the population: indices into `data.participants`, ascending */
  readonly population: Int32Array;
  /** 1 where the person (by index into `data.participants`) has the resource; read for the population only */
  readonly yes: Uint8Array;
}

/** The prefix of the per-function rotation resources: "Rotation: Finance" (equity.md, "Rotation in F"). */
export const ROTATION_IN = 'Rotation: ';

/**
 * The resources of equity.md (Access equity), in the table's order, those the data can give:
 *
 * | resource | population | yes when | needs |
 * | --- | --- | --- | --- |
 * | Program selection | every Participants row whose origin (ProgramStart for InProgram people, EligibleDate otherwise, `originOf`) is ≤ A | InProgram | ProgramStart and EligibleDate columns |
 * | Internal mentor | participants: InProgram with ProgramStart ≤ A | a pairing with Role Mentor starting ≤ A | a Pairings sheet whose Role is known (Role column, or the Mentors sheet's MentorType) |
 * | External coach | participants | a pairing with Role Coach starting ≤ A | as above |
 * | Sponsor | participants | a pairing with Role Sponsor starting ≤ A | as above |
 * | Senior mentor | participants with a numeric Level | a Mentor or Sponsor pairing starting ≤ A whose mentor's Level ≥ the mentee's Level + 2 (both numeric) | as above, a Level column on Participants, and mentors' Levels (a Level column on Mentors, or mentors found on Participants) |
 * | Rotation | participants | a rotation with Start ≤ A | a Rotations sheet |
 * | Rotation: F | participants | a rotation in function F with Start ≤ A; one resource per F among the rotations starting ≤ A, by name | a Rotations sheet |
 * | Ready now | participants | ReadyDate ≤ A | a ReadyDate column |
 *
 * Every participant resource also needs the ProgramStart column (without it nobody has started).
 * Where the spec is silent: the Senior mentor population is the participants whose Level is a number
 * (a mentee with a text Level cannot be compared); a mentor's Level is their Mentors row's, else (an
 * employee who mentors, MentorID = PersonID, Level blank on Mentors) their Participants row's, as the
 * senior-mentor share of Mentor load reads it (`mentorLevels`); a rotation counts from its Start whatever its
 * Status (equity.md says "Start ≤ A" and nothing else), so a cancelled rotation that started counts.
 *
 * One pass over the pairings and the rotations, building sets of PersonIDs, then one pass over the
 * population per resource: O(people + pairings + rotations), never a scan of the pairings per person.
 */
export function accessResources(data: ProgramData, asOf: Day): AccessResource[] {
  const cols = data.columns;
  const has = (c: string) => cols.Participants.includes(c);
  const people = data.participants;
  const out: AccessResource[] = [];
  if (!has('ProgramStart')) return out;

  // one pass over the rows: the Program selection population (origin ≤ A) and the participants
  const selection = new Int32Array(people.length);
  const started = new Int32Array(people.length);
  const selected = new Uint8Array(people.length);
  let nSelection = 0;
  let nStarted = 0;
  for (let i = 0; i < people.length; i++) {
    const p = people[i];
    const origin = originOf(p);
    if (origin === undefined || !(origin <= asOf)) continue;
    selection[nSelection++] = i;
    if (p.inProgram) {
      selected[i] = 1;
      started[nStarted++] = i; // InProgram with ProgramStart = origin ≤ A
    }
  }
  if (has('EligibleDate')) out.push({ resource: 'Program selection', population: selection.slice(0, nSelection), yes: selected });
  const participants = started.slice(0, nStarted);

  const rolesKnown = cols.Pairings.length > 0 && (cols.Pairings.includes('Role') || cols.Mentors.includes('MentorType'));
  if (rolesKnown) {
    const mentored = new Set<string>();
    const coached = new Set<string>();
    const sponsored = new Set<string>();
    /** Mentor and Sponsor pairings started by A: their mentors, by mentee */
    const seniorCandidates: { personId: string; mentorId: string }[] = [];
    for (const pairing of data.pairings) {
      if (!(pairing.start <= asOf)) continue;
      const role = pairing.role;
      if (role === 'Mentor') mentored.add(pairing.personId);
      else if (role === 'Coach') coached.add(pairing.personId);
      else if (role === 'Sponsor') sponsored.add(pairing.personId);
      if (role === 'Mentor' || role === 'Sponsor') seniorCandidates.push({ personId: pairing.personId, mentorId: pairing.mentorId });
    }
    out.push({ resource: 'Internal mentor', population: participants, yes: flags(people, participants, (p) => mentored.has(p.personId)) });
    out.push({ resource: 'External coach', population: participants, yes: flags(people, participants, (p) => coached.has(p.personId)) });
    out.push({ resource: 'Sponsor', population: participants, yes: flags(people, participants, (p) => sponsored.has(p.personId)) });

    const mentorLevel = has('Level') ? mentorLevels(data, seniorCandidates.map((c) => c.mentorId)) : new Map<string, number>();
    if (has('Level') && (cols.Mentors.includes('Level') || mentorLevel.size > 0)) {
      /** per PersonID, the highest numeric Level among its Mentor and Sponsor pairings' mentors */
      const highestMentor = new Map<string, number>();
      for (const { personId, mentorId } of seniorCandidates) {
        const level = mentorLevel.get(mentorId);
        if (level !== undefined && !(level <= (highestMentor.get(personId) ?? -Infinity))) highestMentor.set(personId, level);
      }
      const leveled = participants.filter((i) => isNumber(people[i].levelNumber));
      out.push({
        resource: 'Senior mentor',
        population: leveled,
        yes: flags(people, leveled, (p) => {
          const highest = highestMentor.get(p.personId);
          return highest !== undefined && highest >= p.levelNumber! + SENIOR_LEVEL_GAP;
        }),
      });
    }
  }

  if (cols.Rotations.length > 0) {
    const rotated = new Set<string>();
    const byFunction = new Map<string, Set<string>>();
    for (const r of data.rotations) {
      if (!(r.start <= asOf)) continue;
      rotated.add(r.personId);
      let set = byFunction.get(r.function);
      if (set === undefined) byFunction.set(r.function, (set = new Set()));
      set.add(r.personId);
    }
    out.push({ resource: 'Rotation', population: participants, yes: flags(people, participants, (p) => rotated.has(p.personId)) });
    const functions = [...byFunction.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const f of functions) {
      const set = byFunction.get(f)!;
      out.push({ resource: ROTATION_IN + f, population: participants, yes: flags(people, participants, (p) => set.has(p.personId)) });
    }
  }

  if (has('ReadyDate')) {
    out.push({ resource: 'Ready now', population: participants, yes: flags(people, participants, (p) => p.readyDate !== undefined && p.readyDate <= asOf) });
  }
  return out;
}

/** Yes/no flags by index into `people`, set for the population's members only. */
function flags(people: readonly Participant[], population: Int32Array, yes: (p: Participant) => boolean): Uint8Array {
  const out = new Uint8Array(people.length);
  for (const i of population) if (yes(people[i])) out[i] = 1;
  return out;
}

function isNumber(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v);
}
