import { walkChains } from '../../graph/walkChains';
import type { Problem } from '../../model/problem';
import type { Mentor, Participant } from '../../model/records';
import type { Writable } from '../records/writable';

type Person = Writable<Participant> | Writable<Mentor>;

/** A sheet's name and the column letters of its ManagerID column. */
export interface ManagerColumn {
  readonly sheet: string;
  readonly letters: string;
}

/**
 * Checks the reporting chain built from ManagerID across Participants and Mentors
 * (input-workbook.md): a ManagerID that is nobody is ignored (warning); a chain that loops is reported
 * once per loop, and cut by ignoring the ManagerID that closes it, so that every later walk up the
 * chain ends. Linear in the number of people: ids are numbered once, then the walk runs on arrays.
 *
 * Mutates the records it is given (they are still under construction in intake).
 */
export function checkManagers(
  participants: readonly Participant[],
  mentors: readonly Mentor[],
  participantIndex: ReadonlyMap<string, number>,
  mentorIndex: ReadonlyMap<string, number>,
  /** each sheet's name and the column letters of its ManagerID */
  where: { readonly participants: ManagerColumn; readonly mentors: ManagerColumn },
  problems: Problem[],
): void {
  // nodes: participants 0..P−1, then mentors P..; a person on both sheets is their Participants row
  const P = participants.length;
  const people = [...participants, ...mentors] as Person[];
  const sheetOf = (i: number) => (i < P ? where.participants : where.mentors);
  const cellOf = (i: number) => sheetOf(i).letters + people[i].row;
  const nodeOf = (id: string): number | undefined => {
    const i = participantIndex.get(id);
    if (i !== undefined && i >= 0) return i;
    const j = mentorIndex.get(id);
    return j !== undefined && j >= 0 ? P + j : undefined;
  };
  const unknown = (i: number) => {
    const r = people[i];
    problems.push({
      severity: 'warning',
      code: 'unknown-manager',
      sheet: sheetOf(i).sheet,
      cell: cellOf(i),
      column: 'ManagerID',
      value: r.managerId,
      message: `ManagerID ${r.managerId} matches no usable row on Participants or Mentors; the reporting chain stops here.`,
      fix: 'Correct the id, or add the manager to Participants or Mentors (managers outside the pool may be added to Mentors).',
    });
    delete r.managerId;
  };
  const manager = new Int32Array(people.length).fill(-1);
  for (let i = 0; i < people.length; i++) {
    const id = people[i].managerId;
    if (id === undefined) continue;
    const j = nodeOf(id);
    if (j === undefined) unknown(i);
    // a mentor who is also a participant: the Participants row stands for them in the chain
    else if (i < P || nodeOf(idOf(people[i])) === i) manager[i] = j;
  }

  // cut each loop at the link that closes it (the last member's), so that every walk up ends
  for (const loop of walkChains(manager).cycles) {
    const closingIndex = loop[loop.length - 1];
    const closing = people[closingIndex];
    problems.push({
      severity: 'warning',
      code: 'reporting-cycle',
      sheet: sheetOf(closingIndex).sheet,
      cell: cellOf(closingIndex),
      column: 'ManagerID',
      value: closing.managerId,
      message: `The reporting chain loops: ${[...loop, loop[0]].map((k) => idOf(people[k])).join(' → ')}. This ManagerID is ignored so that the chain ends.`,
      fix: 'Correct the ManagerID of one of these people so that nobody is their own manager, directly or up the chain.',
    });
    delete closing.managerId;
  }
}

function idOf(r: Person): string {
  return 'personId' in r ? r.personId : r.mentorId;
}
