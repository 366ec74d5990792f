import type { Day } from '../../model/day';
import { isoFromDay } from '../../calendar/isoFromDay';
import type { RowCursor } from '../readRows';

/**
 * input-workbook.md, "dates out of order (End before Start)": reports an End before Start, which
 * leaves the row (a pairing or a rotation: `what`) out, and returns true; false when in order.
 */
export function endBeforeStart(cur: RowCursor, endColumn: number, start: Day, end: Day | undefined, what: string): boolean {
  if (end === undefined || end >= start) return false;
  cur.problem(
    endColumn,
    'error',
    'date-order',
    `End ${isoFromDay(end)} is before Start ${isoFromDay(start)}; the ${what} is left out.`,
    'Correct whichever of the two dates is wrong.',
  );
  return true;
}
