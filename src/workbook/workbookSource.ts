import type { DateSystem, SheetValues } from '../model/cell';

/**
 * What the engine needs to read from a workbook, whoever holds it: Excel through Office.js, or an
 * .xlsx file through ExcelJS. The only way pure code sees a workbook.
 */
export interface WorkbookSource {
  /** the worksheets' names in tab order, and the workbook's date system */
  describe(): Promise<WorkbookOutline>;
  /** the used ranges of the named sheets, as 2D values (dates as serials or Dates, errors as CellError) */
  readSheets(names: readonly string[], onProgress?: (progress: ReadProgress) => void): Promise<SheetValues[]>;
}

export interface WorkbookOutline {
  readonly sheets: readonly string[];
  readonly dateSystem: DateSystem;
}

export interface ReadProgress {
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rowsTotal: number;
}
