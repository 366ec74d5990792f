import type { Problem } from '../../model/problem';
import type { Preference } from '../../model/records';
import type { DateContext } from '../coerce/coerceDate';
import { type IdLookup, checkReference } from '../checks/idLookup';
import { readRows } from '../readRows';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { PREFERENCES } from '../schema';
import { schemaIndex } from '../schemaIndex';

const C = schemaIndex(PREFERENCES);

/** A mentee ranks up to five givers (matching.md: Rank 1..5). */
export const MAX_RANK = 5;

/**
 * Preferences rows → records (matching.md): PersonID must be on Participants and MentorID on Mentors
 * (each checked where the workbook has that sheet), Rank a whole number from 1 to 5, and nobody may
 * wish for themself. A mentee names each giver once and uses each rank once: the second and later
 * rows that repeat a (PersonID, MentorID) or a (PersonID, Rank) are reported, as duplicate ids are
 * (input-workbook.md). Each of these is an error at its cell that leaves the row out (input-workbook.md:
 * "error: the row is left out"), as on Measures; the other rows are read and nothing else stops.
 */
export function preferencesFromRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
  people: IdLookup | undefined,
  mentors: IdLookup | undefined,
): { records: Preference[]; rowsRead: number; rowsLeftOut: number } {
  const records: Preference[] = [];
  /** per mentee: the row of each giver and of each rank already taken */
  const seen = new Map<string, { givers: Map<string, number>; ranks: Map<number, number> }>();
  const counts = readRows(rec, date, problems, (v, _attributes, cur) => {
    const personId = v[C.PersonID] as string;
    const mentorId = v[C.MentorID] as string;
    const rank = v[C.Rank] as number;
    if (people && checkReference(people, personId, C.PersonID, 'PersonID', 'preference', cur) === undefined) return false;
    if (mentors && checkReference(mentors, mentorId, C.MentorID, 'MentorID', 'preference', cur) === undefined) return false;
    if (rank < 1 || rank > MAX_RANK) {
      cur.problem(
        C.Rank,
        'error',
        'out-of-range',
        `Rank ${rank} is outside 1 to ${MAX_RANK} (1 is the first wish); the preference is left out.`,
        `Enter a rank from 1 to ${MAX_RANK}: a mentee ranks up to ${MAX_RANK} mentors.`,
      );
      return false;
    }
    if (personId === mentorId) {
      cur.problem(
        C.MentorID,
        'error',
        'self-preference',
        `${personId} ranks themself as a mentor; the preference is left out.`,
        'Correct the MentorID to the mentor the person wishes for, or delete the row.',
      );
      return false;
    }
    let mine = seen.get(personId);
    if (mine === undefined) {
      mine = { givers: new Map(), ranks: new Map() };
      seen.set(personId, mine);
    }
    const giverRow = mine.givers.get(mentorId);
    if (giverRow !== undefined) {
      cur.problem(
        C.MentorID,
        'error',
        'duplicate-preference',
        `${personId} already ranks ${mentorId} on row ${giverRow}; this row is left out.`,
        'Keep one row per mentee and mentor: delete this row, or correct its MentorID.',
      );
      return false;
    }
    const rankRow = mine.ranks.get(rank);
    if (rankRow !== undefined) {
      cur.problem(
        C.Rank,
        'error',
        'duplicate-rank',
        `${personId} already gives rank ${rank} on row ${rankRow}; this row is left out.`,
        `Give each of a mentee's wishes its own rank (1 the first wish, up to ${MAX_RANK}), or delete the row.`,
      );
      return false;
    }
    mine.givers.set(mentorId, cur.row);
    mine.ranks.set(rank, cur.row);
    records.push({ personId, mentorId, rank });
    return true;
  });
  return { records, ...counts };
}
