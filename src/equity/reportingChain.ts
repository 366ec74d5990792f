import { walkChains } from '../graph/walkChains';
import type { ProgramData } from '../model/program';

/**
 * The reporting chain of equity.md, "Conflicts of interest": "the reporting chain built from
 * ManagerID (Participants and Mentors together)" (input-workbook.md: ManagerID is a PersonID or a
 * MentorID).
 *
 * - Every id is numbered once: Participants rows first (sheet order), then Mentors rows whose id is
 *   not on Participants. A person on both sheets is one node; their manager is the Participants
 *   row's ManagerID, or (blank there) the Mentors row's. A duplicated id keeps its first row.
 * - A ManagerID that matches nobody is ignored (the chain stops there, as intake reports it).
 * - Intake already cuts every cycle (src/intake/checks/checkManagers.ts), but the chain is safe
 *   without it: walking up stops at a node seen before, so a cycle never loops; it is listed in
 *   `cycles`. The people above a node are the distinct people met walking up, so inside a cycle each
 *   member is above every other member, never above themself.
 *
 * Built in O(n) (one walk per node, each node finished once); `isAbove` / `levelsAbove` cost
 * O(depth) of the lower person, never more than the number of people.
 */
export class ReportingChain {
  /** the ids, numbered once (a node is an index into this list) */
  readonly ids: readonly string[];
  /** manager node of each node, −1 where there is none (blank or unknown ManagerID) */
  readonly manager: Int32Array;
  /** how many distinct people are above each node (0 at the top of the chain) */
  readonly depths: Int32Array;
  /** each cycle found, as its ids in walking-up order (a person, their manager, …); empty when none */
  readonly cycles: readonly (readonly string[])[];
  private readonly index: ReadonlyMap<string, number>;

  constructor(ids: readonly string[], index: ReadonlyMap<string, number>, manager: Int32Array) {
    this.ids = ids;
    this.index = index;
    this.manager = manager;
    const { depths, cycles } = walkChains(manager);
    this.depths = depths;
    this.cycles = cycles.map((c) => Array.from(c, (i) => ids[i]));
  }

  /** the node of an id, undefined when the id is on neither sheet */
  nodeOf(id: string): number | undefined {
    return this.index.get(id);
  }

  /** how many distinct people are above the person (0: nobody); undefined for an unknown id */
  depth(id: string): number | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.depths[i];
  }

  /** a is b's manager, or anywhere above b in the chain (never above themself) */
  isAbove(a: string, b: string): boolean {
    return this.levelsAbove(a, b) !== null;
  }

  /**
   * How many levels a is above b: 1 = b's manager, 2 = the manager's manager, …; null when a is not
   * above b (or either id is unknown).
   */
  levelsAbove(a: string, b: string): number | null {
    const i = this.index.get(a);
    const j = this.index.get(b);
    return i === undefined || j === undefined ? null : this.levelsAboveNode(i, j);
  }

  /** `levelsAbove` on nodes: O(depth of b) */
  levelsAboveNode(a: number, b: number): number | null {
    const manager = this.manager;
    let cur = b;
    for (let step = 1, n = this.depths[b]; step <= n; step++) {
      cur = manager[cur];
      if (cur === a) return step;
    }
    return null;
  }
}

/** The reporting chain of a program (see `ReportingChain`). Pure; O(n) in the number of people. */
export function reportingChain(data: ProgramData): ReportingChain {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const managerIds: (string | undefined)[] = [];
  const fromParticipants: boolean[] = [];
  for (const p of data.participants) {
    if (index.has(p.personId)) continue;
    index.set(p.personId, ids.length);
    ids.push(p.personId);
    managerIds.push(p.managerId);
    fromParticipants.push(true);
  }
  for (const m of data.mentors) {
    const i = index.get(m.mentorId);
    if (i === undefined) {
      index.set(m.mentorId, ids.length);
      ids.push(m.mentorId);
      managerIds.push(m.managerId);
      fromParticipants.push(false);
    } else if (fromParticipants[i] && managerIds[i] === undefined && m.managerId !== undefined) {
      // a person on both sheets: the Participants row's ManagerID wins, else the Mentors row's
      managerIds[i] = m.managerId;
      fromParticipants[i] = false;
    }
  }
  const manager = new Int32Array(ids.length).fill(-1);
  for (let i = 0; i < ids.length; i++) {
    const id = managerIds[i];
    if (id === undefined) continue;
    const j = index.get(id);
    if (j !== undefined) manager[i] = j;
  }
  return new ReportingChain(ids, index, manager);
}

