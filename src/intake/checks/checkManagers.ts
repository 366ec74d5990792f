import type { Problem } from '../../model/problem';
import type { Mentor, Participant, RowRef } from '../../model/records';
import type { Writable } from '../records/writable';

/** The person or mentor record holding a ManagerID, and where its ManagerID cell is. */
interface Node {
  readonly id: string;
  readonly record: Writable<Participant> | Writable<Mentor>;
  readonly cell: string;
}

/**
 * Checks the reporting chain built from ManagerID across Participants and Mentors
 * (input-workbook.md): a ManagerID that is nobody is ignored (warning); a chain that loops is reported
 * once per loop, and cut by ignoring the ManagerID that closes it, so that every later walk up the
 * chain ends. Runs in time linear in the number of people (each id is visited once).
 *
 * Mutates the records it is given (they are still under construction in intake).
 */
export function checkManagers(
  participants: readonly Participant[],
  mentors: readonly Mentor[],
  managerColumn: (ref: RowRef) => string | undefined,
  problems: Problem[],
): void {
  const nodes = new Map<string, Node>();
  const known = new Set<string>();
  for (const m of mentors) known.add(m.mentorId);
  for (const p of participants) known.add(p.personId);

  const add = (id: string, record: Writable<Participant> | Writable<Mentor>) => {
    if (record.managerId === undefined) return;
    const letters = managerColumn(record.ref);
    const cell = letters ? letters + record.ref.row : `A${record.ref.row}`;
    if (!known.has(record.managerId)) {
      problems.push({
        severity: 'warning',
        code: 'unknown-manager',
        sheet: record.ref.sheet,
        cell,
        column: 'ManagerID',
        value: record.managerId,
        message: `ManagerID ${record.managerId} is neither a PersonID nor a MentorID; the reporting chain stops here.`,
        fix: 'Correct the id, or add the manager to Participants or Mentors (managers outside the pool may be added to Mentors).',
      });
      delete record.managerId;
      return;
    }
    // a person listed on both sheets: the Participants row speaks for them
    if (!nodes.has(id)) nodes.set(id, { id, record, cell });
  };
  for (const p of participants) add(p.personId, p as Writable<Participant>);
  for (const m of mentors) add(m.mentorId, m as Writable<Mentor>);

  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 done
  for (const start of nodes.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = nodes.get(cur)?.record.managerId;
    }
    if (cur !== undefined && state.get(cur) === 1) {
      const loop = path.slice(path.indexOf(cur));
      const closing = nodes.get(loop[loop.length - 1])!;
      problems.push({
        severity: 'warning',
        code: 'reporting-cycle',
        sheet: closing.record.ref.sheet,
        cell: closing.cell,
        column: 'ManagerID',
        value: closing.record.managerId,
        message: `The reporting chain loops: ${[...loop, cur].join(' → ')}. This ManagerID is ignored so that the chain ends.`,
        fix: 'Correct the ManagerID of one of these people so that nobody is their own manager, directly or up the chain.',
      });
      delete closing.record.managerId;
    }
    for (const id of path) state.set(id, 2);
  }
}
