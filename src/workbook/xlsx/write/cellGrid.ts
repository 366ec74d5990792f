import { textForTextCell } from '../../../excel/cellText';
import type { CellBlock, PlanValue } from '../../../dashboard/plan';
import { parseRangeRef, type RangeRef } from '../../../excel/a1Address';
import { PlanWriteError } from './planWriteError';

/**
 * The values of one sheet as the plan's blocks lay them out (a later block wins where two overlap):
 * row number → sparse array indexed by column number, both 1-based. The table writer reads its
 * header and rows from here, so what ExcelJS writes into a table is exactly what the blocks say.
 * Text enters the grid through `textForTextCell` (`cellText.ts`): text longer than an Excel cell
 * holds is cut with a visible marker, so every writer of the sheet (values, tables, quote prefix)
 * sees the same text, and Excel never meets a cell it would refuse or "repair".
 */
export class CellGrid {
  readonly rows = new Map<number, PlanValue[]>();

  static fromBlocks(blocks: readonly CellBlock[], sheet: string): CellGrid {
    const grid = new CellGrid();
    for (const block of blocks) {
      const at = sheetRange(block.at, sheet, 'a block');
      block.values.forEach((values, i) => {
        const row = at.row1 + i;
        let cells = grid.rows.get(row);
        if (cells === undefined) grid.rows.set(row, (cells = []));
        for (let j = 0; j < values.length; j++) cells[at.col1 + j] = cellValue(values[j]!);
      });
    }
    return grid;
  }

  get(row: number, col: number): PlanValue | undefined {
    return this.rows.get(row)?.[col];
  }

  set(row: number, col: number, value: PlanValue): void {
    let cells = this.rows.get(row);
    if (cells === undefined) this.rows.set(row, (cells = []));
    cells[col] = cellValue(value);
  }
}

/** A plan value as a cell of the file holds it: text within Excel's length, anything else as it is. */
function cellValue(value: PlanValue): PlanValue {
  return typeof value === 'string' ? textForTextCell(value) : value;
}

/** An A1 cell or range on the sheet being written; a plain error naming the sheet when it does not parse or names another sheet. */
export function sheetRange(ref: string, sheet: string, what: string): RangeRef {
  let r: RangeRef;
  try {
    r = parseRangeRef(ref);
  } catch (e) {
    throw new PlanWriteError(`Sheet "${sheet}", ${what}: ${(e as Error).message}`);
  }
  if (r.sheet !== undefined && r.sheet !== sheet) throw new PlanWriteError(`Sheet "${sheet}", ${what}: the range "${ref}" is on another sheet.`);
  return r;
}
