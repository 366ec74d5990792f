import type { SheetRole } from '../dashboard/plan';
import type { DateSystem, SheetValues } from '../model/cell';

/**
 * What the engine needs to read from a workbook, whoever holds it: Excel through Office.js, or an
 * .xlsx file through Cadre's reader (xlsx/read). The only way pure code sees a workbook.
 */
export interface WorkbookSource {
  /** the worksheets' names in tab order, and the workbook's date system */
  describe(): Promise<WorkbookOutline>;
  /** the used ranges of the named sheets, as 2D values (dates as serials or Dates, errors as CellError) */
  readSheets(names: readonly string[], onProgress?: (progress: ReadProgress) => void): Promise<SheetValues[]>;
  /**
   * Optional, for a source where reading costs round trips (Excel): the first 20 rows of each named
   * sheet (what sheet recognition looks at), cheaper than `readSheets`, so that only the sheets
   * recognised are read whole. A source without it is read whole at once.
   */
  preview?(names: readonly string[]): Promise<SheetValues[]>;
  /** Optional, with `preview`: a previewed sheet's used rows (1-based first row, number of rows), without reading it. */
  usedRows?(name: string): { readonly firstRow: number; readonly rowCount: number } | undefined;
}

export interface WorkbookOutline {
  readonly sheets: readonly string[];
  readonly dateSystem: DateSystem;
  /**
   * The sheets Cadre wrote into this workbook, by role (inside Excel, the workbook setting
   * `Cadre.ownedSheets`): never read as input. Absent for a workbook Cadre did not write into.
   */
  readonly cadreSheets?: ReadonlyMap<SheetRole, string>;
}

export interface ReadProgress {
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rowsTotal: number;
}
