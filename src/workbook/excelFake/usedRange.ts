import type { Area } from './address';
import { type Cell, type SheetModel, isEmptyCell } from './model';

/**
 * The used range without scanning the sheet on every read. Each sheet keeps the bounding rectangles
 * of its used cells (`SheetModel.used`): writes widen them as they go (a few comparisons a cell);
 * a change that may narrow them — a cell emptied, a clear, a merge dropping values, a format removed —
 * marks them inexact, and the next read rescans the sheet once. So reading the used range of an
 * input sheet of a million cells costs nothing after it was seeded, however often it is read.
 */

/** a cell at (row, column) now holds something; `withValue`: a value or formula (else only a format) */
export function noteUsed(sheet: SheetModel, row: number, column: number, withValue: boolean): void {
  const used = sheet.used;
  if (!used.exact) return;
  used.all = widen(used.all, row, column);
  if (withValue) used.values = widen(used.values, row, column);
}

/** something may have been emptied: the bounds are recomputed on the next read */
export function noteMaybeEmptied(sheet: SheetModel): void {
  sheet.used.exact = false;
}

/** the bounding rectangle of the used cells (with `valuesOnly`, of the cells with a value or formula), or null */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): Area | null {
  if (!sheet.used.exact) rescan(sheet);
  return valuesOnly ? sheet.used.values : sheet.used.all;
}

export function hasValue(cell: Cell): boolean {
  return cell.value !== '' || cell.formula !== undefined;
}

function widen(area: Area | null, row: number, column: number): Area {
  if (area === null) return { row, column, lastRow: row, lastColumn: column };
  if (row >= area.row && row <= area.lastRow && column >= area.column && column <= area.lastColumn) return area;
  return {
    row: Math.min(area.row, row),
    column: Math.min(area.column, column),
    lastRow: Math.max(area.lastRow, row),
    lastColumn: Math.max(area.lastColumn, column),
  };
}

function rescan(sheet: SheetModel): void {
  const all = new Bounds();
  const values = new Bounds();
  for (const [r, c, cell] of sheet.cells.entries()) {
    const withValue = hasValue(cell);
    if (!withValue && isEmptyCell(cell)) continue;
    all.add(r, c);
    if (withValue) values.add(r, c);
  }
  sheet.used = { exact: true, all: all.area(), values: values.area() };
}

class Bounds {
  private row = Infinity;
  private column = Infinity;
  private lastRow = -1;
  private lastColumn = -1;
  add(r: number, c: number): void {
    if (r < this.row) this.row = r;
    if (r > this.lastRow) this.lastRow = r;
    if (c < this.column) this.column = c;
    if (c > this.lastColumn) this.lastColumn = c;
  }
  area(): Area | null {
    return this.lastRow < 0 ? null : { row: this.row, column: this.column, lastRow: this.lastRow, lastColumn: this.lastColumn };
  }
}
