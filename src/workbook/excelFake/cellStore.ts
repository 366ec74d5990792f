import type { Cell } from './model';

/**
 * A sheet's non-empty cells, by row and column. Rows are kept in their own maps so that every key
 * stays a small integer: a single map keyed by row × 16384 + column would key most cells of a long
 * sheet by numbers too large for V8's fast integer keys, and seeding and reading a million-row sheet
 * was then several times slower.
 */
export class CellStore {
  private readonly rows = new Map<number, Map<number, Cell>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(row: number, column: number): Cell | undefined {
    return this.rows.get(row)?.get(column);
  }

  /** the cells of one row, by column (undefined when the row holds none); for loops over a range */
  row(row: number): ReadonlyMap<number, Cell> | undefined {
    return this.rows.get(row);
  }

  has(row: number, column: number): boolean {
    return this.rows.get(row)?.has(column) ?? false;
  }

  set(row: number, column: number, cell: Cell): void {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    if (!cells.has(column)) this.count += 1;
    cells.set(column, cell);
  }

  delete(row: number, column: number): boolean {
    const cells = this.rows.get(row);
    if (!cells || !cells.delete(column)) return false;
    this.count -= 1;
    if (cells.size === 0) this.rows.delete(row);
    return true;
  }

  /** every cell as [row, column, cell], in no particular order (sort when order matters) */
  *entries(): IterableIterator<[number, number, Cell]> {
    for (const [row, cells] of this.rows) for (const [column, cell] of cells) yield [row, column, cell];
  }
}
