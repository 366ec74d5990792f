import { existsSync, statSync } from 'node:fs';
import type { SheetValues } from '../model/cell';
import type { WorkbookOutline } from '../workbook/workbookSource';
import { WorkbookReadError, XlsxSource } from '../workbook/xlsx/read/xlsxSource';
import type { CommandIo } from './io';
import { progressReporter } from './progress';
import { InputError, UsageError } from './usageError';

/** Reads every sheet of an .xlsx file for intake, with progress on standard error for long reads. */
export async function readWorkbook(path: string, io: CommandIo): Promise<{ outline: WorkbookOutline; sheets: SheetValues[] }> {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder; give the path of an .xlsx workbook`);
  if (!/\.xls[xm]$/i.test(path)) {
    throw new UsageError(`${path} is not an .xlsx workbook; save it from Excel as "Excel Workbook (*.xlsx)" first`);
  }
  const progress = progressReporter(io);
  const source = new XlsxSource(path, (p) => progress(`reading ${p.sheet}: ${p.rowsRead.toLocaleString('en-US')} rows`));
  try {
    const outline = await source.describe();
    const sheets = await source.readSheets(outline.sheets);
    return { outline, sheets };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new InputError(e.message);
    throw e;
  }
}
