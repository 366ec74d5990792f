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

/**
 * input-workbook.md, "dates out of order": an optional date (`name`, in schema column `column`) that
 * falls before the start it belongs to is reported and ignored (warning; the row is used). Returns the
 * date to keep, or undefined.
 */
export function dateNotBefore(
  cur: RowCursor,
  column: number,
  name: string,
  date: Day | undefined,
  startName: string,
  start: Day | undefined,
  fix: string,
): Day | undefined {
  if (date === undefined || start === undefined || date >= start) return date;
  cur.problem(column, 'warning', 'date-order', `${name} ${isoFromDay(date)} is before ${startName} ${isoFromDay(start)}; ${name} is ignored.`, fix);
  return undefined;
}
