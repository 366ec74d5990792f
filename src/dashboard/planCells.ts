import { cellAddress, parseCellAddress } from '../excel/a1Address';
import type { PlanValue, SheetPlan } from './plan';

/**
 * Every non-blank cell a sheet plan writes, by A1 address — for tests and checks that read a plan the
 * way a workbook would show it. A cell written by two blocks keeps the later block's value.
 *
 * @example planCells(sheet).get('A1') // "Metrics detail as of 2026-09-30 …"
 */
export function planCells(sheet: SheetPlan): Map<string, Exclude<PlanValue, null>> {
  const cells = new Map<string, Exclude<PlanValue, null>>();
  for (const block of sheet.blocks) {
    const corner = parseCellAddress(block.at);
    if (!corner) throw new RangeError(`a block's top-left cell is not an A1 address: ${block.at}`);
    const { row: top, column: left } = corner;
    block.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const address = cellAddress(top + r, left + c);
        if (v === null) cells.delete(address);
        else cells.set(address, v);
      }),
    );
  }
  return cells;
}
