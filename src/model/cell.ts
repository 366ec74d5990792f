/**
 * Cell values as both Office.js (`Range.values`) and the .xlsx reader give them, before intake types them.
 *
 * - numbers: plain numbers, and dates as Excel serials (Office.js always gives serials);
 * - `Date`: a date cell read from an .xlsx file (a UTC midnight for a calendar date);
 * - strings, booleans;
 * - `null`: an empty cell (Office.js gives `""` for empty cells: intake treats both as blank);
 * - `CellError`: an error cell such as `#N/A` or `#VALUE!`.
 */
export type CellValue = string | number | boolean | Date | null | undefined | CellError;

/** An error cell (`#N/A`, `#VALUE!`, `#REF!`, `#DIV/0!`, `#NAME?`, `#NUM!`, `#NULL!`, `#SPILL!`, ...). */
export interface CellError {
  readonly error: string;
  /**
   * Set when the cell holds a formula whose result was never saved (a file written by a tool that
   * does not calculate): the formula's text, without `=`; `error` is then `#UNSAVED!`.
   */
  readonly formula?: string;
}

/** One sheet's used range as a 2D array of values, row-major; `values[0]` is the sheet's row `firstRow`. */
export interface SheetValues {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  /** 1-based row number of `values[0]` on the sheet (the used range may start below row 1). Default 1. */
  readonly firstRow?: number;
  /** 1-based column number of `values[r][0]` (the used range may start right of column A). Default 1. */
  readonly firstColumn?: number;
}

/** Which of Excel's two date systems the workbook uses. */
export type DateSystem = '1900' | '1904';
