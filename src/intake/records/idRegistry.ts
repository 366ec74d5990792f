import type { RowCursor } from '../readRows';

/**
 * Remembers the ids seen on a sheet and reports the second and later rows with an id already seen
 * (input-workbook.md: duplicate ids are an error on the second and later rows).
 */
export class IdRegistry {
  private readonly rows = new Map<string, number>();

  /** true when the id is new; otherwise reports the duplicate on `cursor` and returns false */
  claim(id: string, column: number, columnName: string, cursor: RowCursor): boolean {
    const first = this.rows.get(id);
    if (first === undefined) {
      this.rows.set(id, cursor.row);
      return true;
    }
    cursor.problem(
      column,
      'error',
      'duplicate-id',
      `${columnName} ${id} is already used on row ${first}; this row is left out.`,
      `Give each row its own ${columnName}, or merge the two rows.`,
    );
    return false;
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  get size(): number {
    return this.rows.size;
  }
}
