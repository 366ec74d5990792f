import { parseCellAddress } from '../excel/a1Address';
import type { Problem } from '../model/problem';

/**
 * Problems in reading order: workbook-level ones (no cell) first, then by sheet in tab order, row and
 * column. Returns a new array; problems that compare equal keep their order.
 */
export function sortProblems(problems: readonly Problem[], sheetOrder: readonly string[]): Problem[] {
  const tab = new Map(sheetOrder.map((name, i) => [name, i]));
  const key = (p: Problem): [number, number, number] => {
    const cell = parseCellAddress(p.cell);
    if (!cell) return [p.cell === '' ? -1 : (tab.get(p.sheet) ?? -1), 0, 0];
    return [tab.get(p.sheet) ?? -1, cell.row, cell.column];
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.p);
}
