import type { RowCursor } from '../readRows';

/**
 * The ids of a sheet (Participants or Mentors) for reference checks: id → index of its record, or
 * −row when that row was left out for an error (see IdRegistry).
 */
export interface IdLookup {
  readonly sheet: 'Participants' | 'Mentors';
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Checks that `id` (in schema column `column`, named `columnName`) refers to a usable row of the
 * lookup's sheet; if not, reports an error that leaves the current row (a `what`) out, and returns
 * undefined. Returns the index of the record referred to.
 */
export function checkReference(
  lookup: IdLookup,
  id: string,
  column: number,
  columnName: string,
  what: string,
  cursor: RowCursor,
): number | undefined {
  const i = lookup.index.get(id);
  if (i !== undefined && i >= 0) return i;
  if (i === undefined) {
    cursor.problem(
      column,
      'error',
      'unknown-id',
      `${columnName} ${id} is not on the ${lookup.sheet} sheet; the ${what} is left out.`,
      `Correct the id, or add the ${lookup.sheet === 'Participants' ? 'person to Participants' : 'mentor to Mentors'}.`,
    );
  } else {
    cursor.problem(
      column,
      'error',
      'unknown-id',
      `${columnName} ${id} is on row ${-i} of ${lookup.sheet}, which was left out for an error; the ${what} is left out too.`,
      `Fix row ${-i} of ${lookup.sheet} first.`,
    );
  }
  return undefined;
}
