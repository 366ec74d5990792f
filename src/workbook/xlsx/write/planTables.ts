import type ExcelJS from 'exceljs';
import type { TablePlan } from '../../../dashboard/plan';
import { columnLetters, rangesOverlap, type RangeRef } from '../../../excel/a1Address';
import { CellGrid, sheetRange } from './cellGrid';
import { checkExcelName } from './excelNames';
import { PlanWriteError } from './planWriteError';

/**
 * The ExcelJS definitions of a sheet's tables, read from the sheet's values.
 *
 * ExcelJS's `addTable` writes the header and the rows into the cells itself, so they are taken from
 * the grid (the plan's blocks) and written back unchanged: text stays text, whatever it looks like.
 * Excel requires a table's column names to be distinct, non-blank text and equal to the header
 * cells, so a header that is not (a number, a blank, a repeat) is renamed as Excel itself renames it
 * when a range becomes a table ("Column3"; a second "Group" becomes "Group2"), and the grid is
 * updated to match. Every column gets its filter button (ExcelJS hides them unless told).
 *
 * Plain errors for a table name Excel refuses or that is used twice in the workbook, a table
 * without a data row, or a table that overlaps another table or a merged range.
 */
export function tableDefinitions(
  sheet: string,
  tables: readonly TablePlan[],
  grid: CellGrid,
  merges: readonly RangeRef[],
  namesInUse: Set<string>,
): ExcelJS.TableProperties[] {
  const placed: RangeRef[] = [];
  return tables.map((t) => {
    checkExcelName(t.name, 'table name');
    const key = t.name.toLowerCase();
    if (namesInUse.has(key)) throw new PlanWriteError(`The table name "${t.name}" is used twice in the workbook.`);
    namesInUse.add(key);
    const where = `table ${t.name}`;
    const r = sheetRange(t.range, sheet, where);
    if (r.row2 === r.row1) throw new PlanWriteError(`Sheet "${sheet}", ${where}: the range ${t.range} has a header and no row; Excel needs at least one.`);
    for (const other of placed) if (rangesOverlap(r, other)) throw new PlanWriteError(`Sheet "${sheet}", ${where}: it overlaps another table.`);
    for (const m of merges) if (rangesOverlap(r, m)) throw new PlanWriteError(`Sheet "${sheet}", ${where}: it overlaps a merged range, which Excel does not allow in a table.`);
    placed.push(r);

    const columns = columnNames(grid, r);
    columns.forEach((name, j) => grid.set(r.row1, r.col1 + j, name));
    const rows: ExcelJS.CellValue[][] = [];
    for (let row = r.row1 + 1; row <= r.row2; row++) {
      const out: ExcelJS.CellValue[] = [];
      for (let col = r.col1; col <= r.col2; col++) out.push((grid.get(row, col) ?? null) as ExcelJS.CellValue);
      rows.push(out);
    }
    return {
      name: t.name,
      displayName: t.name,
      ref: `${columnLetters(r.col1)}${r.row1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: (t.style ?? 'TableStyleLight9') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: columns.map((name) => ({ name, filterButton: true })),
      rows,
    };
  });
}

/** Distinct, non-blank column names from the header cells, as Excel makes them. */
function columnNames(grid: CellGrid, r: RangeRef): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let col = r.col1; col <= r.col2; col++) {
    const v = grid.get(r.row1, col);
    const base = v === null || v === undefined || v === '' ? `Column${col - r.col1 + 1}` : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
