import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { PairingRole, Participant, Rotation } from '../model/records';
import { pooledGroupOf } from '../privacy/poolSmallGroups';
import { addRow, completedAt, type RotationState } from './completedRotation';

/** The attributes time-to-readiness is segmented by (metrics.md, "Time-to-readiness"). */
export type ReadinessSegmentAttribute = 'Track' | 'Cohort' | 'External coach' | 'Sponsor' | 'Completed rotations';

/** Every readiness segment attribute, in the order they are reported. */
export const READINESS_SEGMENT_ATTRIBUTES: readonly ReadinessSegmentAttribute[] = [
  'Track',
  'Cohort',
  'External coach',
  'Sponsor',
  'Completed rotations',
];

/** How to read a person's group for one attribute, and the order of its groups. */
export interface ReadinessSegmentDefinition {
  readonly attribute: ReadinessSegmentAttribute;
  /** the person's group; undefined: in no group (counted in the population, not in a segment) */
  readonly groupOf: (p: Participant) => string | undefined;
  /** the groups in report order; undefined: by name */
  readonly order?: readonly string[];
}

/**
 * The readiness segments the data can give (metrics.md, "Time-to-readiness": by Track, Cohort,
 * support type and number of completed rotations), among those asked for:
 * - **Track**, **Cohort**: the Participants column (absent column: no segment; blank: in no group);
 * - **External coach** yes/no: ever had a pairing with Role Coach starting on or before A;
 *   **Sponsor** yes/no: the same with Role Sponsor (the resources of equity.md). No Pairings sheet:
 *   no segment;
 * - **Completed rotations** "0", "1", "2+": rotations completed at A, a rotation being
 *   (PersonID, Function, Start). No Rotations sheet: no segment. See `isCompletedRotation`.
 */
export function readinessSegments(
  data: ProgramData,
  asOf: Day,
  wanted: readonly ReadinessSegmentAttribute[] = READINESS_SEGMENT_ATTRIBUTES,
): ReadinessSegmentDefinition[] {
  const hasColumn = (c: string) => data.columns.Participants.includes(c);
  const hasPairings = data.columns.Pairings.length > 0;
  const hasRotations = data.columns.Rotations.length > 0;
  const out: ReadinessSegmentDefinition[] = [];
  for (const attribute of READINESS_SEGMENT_ATTRIBUTES) {
    if (!wanted.includes(attribute)) continue;
    if (attribute === 'Track' && hasColumn('Track')) out.push({ attribute, groupOf: pooledGroupOf(data, attribute, (p) => p.track) });
    if (attribute === 'Cohort' && hasColumn('Cohort')) out.push({ attribute, groupOf: pooledGroupOf(data, attribute, (p) => p.cohort) });
    if (attribute === 'External coach' && hasPairings) out.push(yesNo(attribute, everPaired(data, asOf, 'Coach')));
    if (attribute === 'Sponsor' && hasPairings) out.push(yesNo(attribute, everPaired(data, asOf, 'Sponsor')));
    if (attribute === 'Completed rotations' && hasRotations) {
      const completed = completedRotationsByPerson(data.rotations, asOf);
      out.push({
        attribute,
        groupOf: (p) => {
          const c = completed.get(p.personId) ?? 0;
          return c === 0 ? '0' : c === 1 ? '1' : '2+';
        },
        order: ['0', '1', '2+'],
      });
    }
  }
  return out;
}

function yesNo(attribute: ReadinessSegmentAttribute, people: ReadonlySet<string>): ReadinessSegmentDefinition {
  return { attribute, groupOf: (p) => (people.has(p.personId) ? 'yes' : 'no'), order: ['yes', 'no'] };
}

/** PersonIDs that ever had a pairing with this Role starting on or before A. */
function everPaired(data: ProgramData, asOf: Day, role: PairingRole): Set<string> {
  const people = new Set<string>();
  for (const pairing of data.pairings) if (pairing.role === role && pairing.start <= asOf) people.add(pairing.personId);
  return people;
}

/**
 * Number of rotations completed at A per PersonID (`isCompletedRotation`); a rotation is
 * (PersonID, Function, Start), however many checkpoint rows it has. One pass over the rows, keyed by
 * PersonID (a person has a handful of rotations, found by a short scan), no key strings built.
 */
export function completedRotationsByPerson(rotations: readonly Rotation[], asOf: Day): Map<string, number> {
  const byPerson = new Map<string, RotationState[]>();
  for (const r of rotations) {
    let list = byPerson.get(r.personId);
    if (list === undefined) byPerson.set(r.personId, (list = []));
    let state: RotationState | undefined;
    for (const s of list) {
      if (s.function === r.function && s.start === r.start) {
        state = s;
        break;
      }
    }
    if (state === undefined) list.push((state = { function: r.function, start: r.start, status: undefined, statusAt: -Infinity, end: undefined }));
    addRow(state, r);
  }
  const counts = new Map<string, number>();
  for (const [personId, list] of byPerson) {
    let completed = 0;
    for (const s of list) if (s.start <= asOf && completedAt(s, asOf)) completed++;
    if (completed > 0) counts.set(personId, completed);
  }
  return counts;
}
