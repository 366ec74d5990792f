import type { Day } from '../../model/day';
import type { Problem } from '../../model/problem';
import type { Mentor, MentorType, Pairing, PairingRole } from '../../model/records';
import type { DateContext } from '../coerce/coerceDate';
import { type IdLookup, checkReference } from '../checks/idLookup';
import { readRows } from '../readRows';
import { dateNotBefore, endBeforeStart } from './dateOrder';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { PAIRINGS } from '../schema';
import { schemaIndex } from '../schemaIndex';
import type { Writable } from './writable';

const C = schemaIndex(PAIRINGS);

const ROLE_OF_TYPE: Record<MentorType, PairingRole> = {
  'Internal mentor': 'Mentor',
  'External coach': 'Coach',
  Sponsor: 'Sponsor',
};

/**
 * Pairings rows → records (input-workbook.md, Pairings): PersonID and MentorID must be listed
 * (when those sheets were read), End before Start leaves the row out, negative Sessions or Hours and a
 * LastMeeting before Start are ignored; Role absent → from the mentor's MentorType.
 */
export function pairingsFromRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
  people: IdLookup | undefined,
  mentorIds: IdLookup | undefined,
  mentors: readonly Mentor[],
): { records: Pairing[]; rowsRead: number; rowsLeftOut: number } {
  const records: Pairing[] = [];
  const counts = readRows(rec, date, problems, (v, _attributes, cur) => {
    const personId = v[C.PersonID] as string;
    const mentorId = v[C.MentorID] as string;
    if (people && checkReference(people, personId, C.PersonID, 'PersonID', 'pairing', cur) === undefined) return false;
    let mentor: Mentor | undefined;
    if (mentorIds) {
      const i = checkReference(mentorIds, mentorId, C.MentorID, 'MentorID', 'pairing', cur);
      if (i === undefined) return false;
      mentor = mentors[i];
    }
    const start = v[C.Start] as Day;
    const end = v[C.End] as Day | undefined;
    if (endBeforeStart(cur, C.End, start, end, 'pairing')) return false;
    const p: Writable<Pairing> = { row: cur.row, personId, mentorId, start };
    const role = (v[C.Role] as PairingRole | undefined) ?? (mentor ? ROLE_OF_TYPE[mentor.mentorType] : undefined);
    if (role !== undefined) p.role = role;
    if (end !== undefined) p.end = end;
    if (typeof v[C.EndReason] === 'string') p.endReason = v[C.EndReason] as string;
    for (const [key, col, what] of [
      ['sessions', C.Sessions, 'Sessions'],
      ['hours', C.Hours, 'Hours'],
    ] as const) {
      const n = v[col] as number | undefined;
      if (n === undefined) continue;
      if (n < 0) cur.problem(col, 'warning', 'negative', `${what} is negative; it is ignored.`, `Enter ${what} as 0 or more.`);
      else p[key] = n;
    }
    const last = dateNotBefore(cur, C.LastMeeting, 'LastMeeting', v[C.LastMeeting] as Day | undefined, 'Start', start, 'Correct the date of the last meeting.');
    if (last !== undefined) p.lastMeeting = last;
    records.push(p);
    return true;
  });
  return { records, ...counts };
}
