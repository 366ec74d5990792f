/**
 * The SheetJS peer of the .xlsx read comparison (bench/readers.ts): `@e965/xlsx` (a dev dependency;
 * bench only, never imported by src/) reads the whole file in dense mode with dates as Dates, then
 * each sheet goes through `sheet_to_json(ws, { header: 1, raw: true })`, SheetJS's own way to a 2D
 * array of raw values (rather than walking the dense `!data` ourselves), so the figure is SheetJS's
 * as its users meet it. Empty cells are holes in the row arrays.
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue, SheetValues } from '../../src/model/cell';

/** Every sheet of the workbook, in tab order, as 2D values. */
export function readWithSheetJS(file: string): SheetValues[] {
  const wb = XLSX.readFile(file, { dense: true, cellDates: true });
  return wb.SheetNames.map((name) => ({ name, values: XLSX.utils.sheet_to_json<CellValue[]>(wb.Sheets[name], { header: 1, raw: true }) }));
}
