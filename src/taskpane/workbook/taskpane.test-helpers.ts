import { MESSY_SHEETS } from '../../sample/messyWorkbook';
import { dayFromDate } from '../../calendar/dayFromDate';
import { excelSerialFromDay } from '../../calendar/dayFromExcelSerial';
import { isCellError } from '../../intake/cellKind';
import type { CellValue as ModelCellValue, SheetValues } from '../../model/cell';
import { type CellValue, type ExcelFake, createExcelFake } from '../../workbook/excelFake';
import { officeTaskpaneWorkbook } from './officeTaskpaneWorkbook';
import type { TaskpaneWorkbook } from './taskpaneWorkbook';

/** Sheet values as Office.js would give them to the fake: dates as 1900-system serials, error cells as their text, blanks "". */
export function asExcelHolds(sheets: readonly SheetValues[]): { name: string; values: CellValue[][] }[] {
  const cell = (v: ModelCellValue): CellValue => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return excelSerialFromDay(dayFromDate(v), '1900');
    if (isCellError(v)) return v.error;
    return v;
  };
  return sheets.map((s) => ({ name: s.name, values: s.values.map((row) => row.map(cell)) }));
}

/** The messy workbook (src/sample/messyWorkbook.ts) in a fake Excel. */
export function messyFake(maxExcelApi = '1.12'): ExcelFake {
  return createExcelFake({ sheets: asExcelHolds(MESSY_SHEETS) }, { maxExcelApi });
}

/** The task pane's workbook over a fake, as the preview builds it. */
export function taskpaneOn(fake: ExcelFake): TaskpaneWorkbook {
  return officeTaskpaneWorkbook(fake.run, (n, v) => fake.isSetSupported(n, v));
}

/** the syncs `work` makes on `fake` */
export async function syncsOf<T>(fake: ExcelFake, work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = fake.stats.syncs;
  const result = await work();
  return { result, syncs: fake.stats.syncs - before };
}

/** the rejection of `promise` (fails the test when it resolves) */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & { code?: string; cause?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the promise to reject, it resolved');
}
