/**
 * Cadre's own peer in the .xlsx read comparison (bench/readers.ts): the reader `cadre` uses,
 * `XlsxSource`, asked for the outline and then for every sheet.
 */
import type { SheetValues } from '../../src/model/cell';
import { XlsxSource } from '../../src/workbook/xlsx/read/xlsxSource';

/** Every sheet of the workbook, in tab order, as 2D values. */
export async function readWithCadre(file: string): Promise<SheetValues[]> {
  const source = new XlsxSource(file);
  const { sheets } = await source.describe();
  return source.readSheets(sheets);
}
