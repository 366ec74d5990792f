import type { RowCursor } from '../readRows';

/**
 * Numbers the ids of a sheet's records and reports the second and later rows with an id already seen
 * (input-workbook.md: duplicate ids are an error on the second and later rows). `index` doubles as
 * the sheet's id lookup for reference checks: id → index of its record (0 or more), or −row for an id
 * whose row was left out (so that a reference to it can say so).
 */
export class IdRegistry {
  readonly index = new Map<string, number>();

  /** `rowOf(i)`: the sheet row of record i, for the duplicate message */
  constructor(private readonly rowOf: (index: number) => number) {}

  /** true when the id is new; otherwise reports the duplicate and returns false */
  claim(id: string, column: number, columnName: string, cursor: RowCursor): boolean {
    const first = this.index.get(id);
    if (first === undefined) {
      this.index.set(id, -cursor.row);
      return true;
    }
    cursor.problem(
      column,
      'error',
      'duplicate-id',
      `${columnName} ${id} is already used on row ${first < 0 ? -first : this.rowOf(first)}; this row is left out.`,
      `Give each row its own ${columnName}, or merge the two rows.`,
    );
    return false;
  }

  /** the id's first row became record `index` */
  keep(id: string, index: number): void {
    this.index.set(id, index);
  }
}
