import type { Day } from '../../model/day';
import type { Problem } from '../../model/problem';
import type { Rotation, RotationStatus } from '../../model/records';
import type { DateContext } from '../coerce/coerceDate';
import { type IdLookup, checkReference } from '../checks/idLookup';
import { readRows } from '../readRows';
import { dateNotBefore, endBeforeStart } from './dateOrder';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { ROTATIONS } from '../schema';
import { schemaIndex } from '../schemaIndex';
import type { Writable } from './writable';

const C = schemaIndex(ROTATIONS);

/**
 * Rotations rows → records (input-workbook.md, Rotations): PersonID must be listed; End before
 * Start leaves the row out; a CheckpointDate before Start or a CheckpointRating outside 1..5 is
 * ignored.
 */
export function rotationsFromRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
  people: IdLookup | undefined,
): { records: Rotation[]; rowsRead: number; rowsLeftOut: number } {
  const records: Rotation[] = [];
  const counts = readRows(rec, date, problems, (v, _attributes, cur) => {
    const personId = v[C.PersonID] as string;
    if (people && checkReference(people, personId, C.PersonID, 'PersonID', 'rotation', cur) === undefined) return false;
    const start = v[C.Start] as Day;
    const end = v[C.End] as Day | undefined;
    if (endBeforeStart(cur, C.End, start, end, 'rotation')) return false;
    const r: Writable<Rotation> = {
      row: cur.row,
      personId,
      function: v[C.Function] as string,
      start,
    };
    if (end !== undefined) r.end = end;
    if (v[C.Status] !== undefined) r.status = v[C.Status] as RotationStatus;
    const checkpoint = dateNotBefore(cur, C.CheckpointDate, 'CheckpointDate', v[C.CheckpointDate] as Day | undefined, 'Start', start, 'Correct the checkpoint date.');
    if (checkpoint !== undefined) r.checkpointDate = checkpoint;
    const rating = v[C.CheckpointRating] as number | undefined;
    if (rating !== undefined) {
      if (rating < 1 || rating > 5) {
        cur.problem(
          C.CheckpointRating,
          'warning',
          'out-of-range',
          'CheckpointRating is outside 1 to 5; it is ignored.',
          'Enter a rating from 1 to 5.',
        );
      } else r.checkpointRating = rating;
    }
    records.push(r);
    return true;
  });
  return { records, ...counts };
}
