import { existsSync, statSync } from 'node:fs';
import type { SheetValues } from '../model/cell';
import type { ReadProgress, WorkbookOutline, WorkbookSource } from '../workbook/workbookSource';
import { WorkbookReadError, XlsxSource } from '../workbook/xlsx/read/xlsxSource';
import type { CommandIo } from './io';
import { progressReporter } from './progress';
import { InputError, UsageError } from './usageError';

/**
 * The input workbook of a command as a `WorkbookSource` (an .xlsx file through Cadre's reader), with
 * progress on standard error for long reads. The path is checked when it is first read (after the
 * command has checked its outputs): a missing file, a folder or another format is a usage error; a
 * file that cannot be read as a workbook is an input error naming it.
 */
export function workbookSource(path: string, io: CommandIo): WorkbookSource {
  const progress = progressReporter(io);
  let source: XlsxSource | undefined;
  const opened = (): XlsxSource => {
    if (source) return source;
    if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder; give the path of an .xlsx workbook`);
    if (!/\.xls[xm]$/i.test(path)) {
      throw new UsageError(`${path} is not an .xlsx workbook; save it from Excel as "Excel Workbook (*.xlsx)" first`);
    }
    source = new XlsxSource(path, (p) => progress(`reading ${p.sheet}: ${p.rowsRead.toLocaleString('en-US')} rows`));
    return source;
  };
  return {
    describe: () => told(() => opened().describe()),
    readSheets: (names: readonly string[], onProgress?: (p: ReadProgress) => void) => told(() => opened().readSheets(names, onProgress)),
  };
}

/** Reads every sheet of an .xlsx file, for a command that reads it once and uses it several times (the demo). */
export async function readWorkbook(path: string, io: CommandIo): Promise<{ outline: WorkbookOutline; sheets: SheetValues[] }> {
  const source = workbookSource(path, io);
  const outline = await source.describe();
  const sheets = await source.readSheets(outline.sheets);
  return { outline, sheets };
}

async function told<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new InputError(e.message);
    throw e;
  }
}
