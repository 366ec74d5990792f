import { FakeContext } from './context';
import { type FakeErrorCode, fakeError } from './fakeOfficeError';
import { type WorkbookInspector, createInspector } from './inspect';
import { type CellValue, type WorkbookModel, newSheet, versionAtLeast } from './model';
import type { FakeStats } from './payloadLimit';
import { checkSheetName } from './sheetNames';
import { FakeWorkbook } from './workbook';

export { FakeOfficeError } from './fakeOfficeError';
export type { FakeErrorCode } from './fakeOfficeError';
export { PAYLOAD_LIMIT_BYTES } from './payloadLimit';
export type { BatchStats, FakeStats } from './payloadLimit';
export { FORMULA_VALUE_PREFIX } from './model';
export type { CellValue, FormulaRecord } from './model';
export type { ChartAxisView, ChartSeriesView, ChartView, SheetInspector, WorkbookInspector } from './inspect';

export interface ExcelFakeInitial {
  sheets: { name: string; values: CellValue[][] }[];
}

export interface ExcelFakeOptions {
  /** highest ExcelApi requirement set the fake host supports; default "1.12" (the project's target) */
  maxExcelApi?: string;
  /** the workbook's date system, as Workbook.functions.date reveals it; default "1900" */
  dateSystem?: '1900' | '1904';
}

export interface ExcelFake {
  /**
   * Like Excel.run: calls `batch` with a fresh request context, then syncs whatever is still queued.
   * The context is typed as Excel.RequestContext so adapter code runs unchanged against both; the
   * fake implements only part of that API (see README.md in this folder).
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** the inspection API for tests */
  workbook: WorkbookInspector;
  stats: FakeStats;
  /** Office.context.requirements.isSetSupported, answered for this fake host */
  isSetSupported(name: string, minVersion?: string): boolean;
  /** make every ExcelApi set above `version` unsupported (e.g. "1.8" makes 1.9 APIs fail with ApiNotFound) */
  setMaxExcelApi(version: string): void;
  /**
   * Fault injection, as a connection dropped mid-batch would: the sync that comes after `skip` more
   * syncs (default 0: the next one) applies its first `applied` actions (default 0), then rejects
   * with `code` (default "GeneralException"). A batch is not a transaction, so those actions stay
   * applied. One-shot; a new call replaces a pending one.
   */
  failSync(options?: { skip?: number; applied?: number; code?: FakeErrorCode; message?: string }): void;
}

/**
 * An in-memory Excel for tests and the in-browser preview. Input sheets' values are stored as
 * constants (strings are never turned into formulas here); an empty string is an empty cell.
 */
export function createExcelFake(initial?: ExcelFakeInitial, options: ExcelFakeOptions = {}): ExcelFake {
  const model: WorkbookModel = {
    sheets: [],
    tables: [],
    charts: [],
    conditionalFormats: [],
    dataValidations: [],
    names: [],
    settings: new Map(),
    formulasCreated: [],
    applicationCalls: [],
    maxExcelApi: options.maxExcelApi ?? '1.12',
    dateSystem: options.dateSystem ?? '1900',
    activeSheetId: null,
    nextId: 0,
    fault: null,
  };
  const stats: FakeStats = { syncs: 0, batches: [] };

  const seedSheet = (name: string, values: CellValue[][]): void => {
    const sheet = newSheet(model, checkSheetName(model, name));
    // the used range is known as the values are stored (usedRange.ts keeps it from then on)
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let r = 0; r < values.length; r++) {
      const row = values[r]!;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (value === '' || value === null || value === undefined) continue;
        sheet.cells.set(r, c, { value });
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    const area = top < 0 ? null : { row: top, column: left, lastRow: bottom, lastColumn: right };
    sheet.used = { exact: true, all: area, values: area };
    model.sheets.push(sheet);
  };
  for (const s of initial?.sheets ?? []) seedSheet(s.name, s.values);
  if (model.sheets.length === 0) seedSheet('Sheet1', []);

  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeContext(model, stats);
      ctx.workbook = new FakeWorkbook(ctx);
      try {
        const pending: unknown = batch(ctx as unknown as Excel.RequestContext);
        if (!pending || typeof (pending as { then?: unknown }).then !== 'function') {
          throw fakeError('RunMustReturnPromise', 'The batch function passed to the ".run" method didn\'t return a promise.');
        }
        const result = await (pending as Promise<T>);
        if (ctx.hasPendingActions) await ctx.sync();
        return result;
      } finally {
        ctx.close();
      }
    },
    workbook: createInspector(model, seedSheet),
    stats,
    isSetSupported: (name, minVersion = '1.1') => name !== 'ExcelApi' || versionAtLeast(model.maxExcelApi, minVersion),
    setMaxExcelApi: (version) => {
      model.maxExcelApi = version;
    },
    failSync: ({ skip = 0, applied = 0, code = 'GeneralException', message = 'The connection to Excel was lost (a failure injected by the Excel fake).' } = {}) => {
      model.fault = { countdown: skip, applied, code, message };
    },
  };
}
