import { EXCEL_COLUMNS, EXCEL_ROWS, columnNumber } from './a1Address';

/**
 * Excel's rule for defined names (workbook names such as `Cadre.Retention12m`) and table names: 1 to
 * 255 characters; the first a letter, "_" or "\", the others letters, digits, ".", "_" or "\"; and
 * not a name Excel reserves for references: "R", "r", "C" and "c" (the row and column of R1C1
 * notation), anything that reads as an R1C1 reference ("R1C1", "R2", "C7", "RC") or as an A1 cell
 * reference inside the grid ("A1", "XFD1048576"; "XFE1" is outside the grid, so a valid name). No
 * spaces. Names are compared ignoring case.
 *
 * Sources (Microsoft):
 * - "Define and use names in formulas", Learn about syntax rules for names:
 *   https://support.microsoft.com/en-us/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
 * - [MS-XLSB] 2.5.166 XLNameWideString (the grammar; not an A1 reference, not beginning with an
 *   R1C1 one): https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e
 * - "Rename an Excel table" (table names follow the same rules):
 *   https://support.microsoft.com/en-us/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
 *
 * The Excel fake (src/workbook/excelFake/names.ts and tables.ts) keeps its own copy of these rules on
 * purpose: it models Excel independently of the code it tests.
 */

/** The most characters a defined name has. */
export const DEFINED_NAME_MAX_LENGTH = 255;

/** Which part of Excel's rule for names a name breaks. */
export type DefinedNameProblem =
  /** empty, or longer than {@link DEFINED_NAME_MAX_LENGTH} characters */
  | 'length'
  /** a first character other than a letter, "_" or "\", or a later one other than those, a digit or "." */
  | 'characters'
  /** "R" or "C" alone, either case: reserved for R1C1 notation */
  | 'rowOrColumnLetter'
  /** reads as an R1C1 reference ("R1C1", "R2", "C7", "RC") */
  | 'r1c1Reference'
  /** reads as an A1 cell reference inside the grid ("A1", "XFD1048576") */
  | 'cellReference';

/**
 * The part of Excel's rule for defined names and table names that `name` breaks, or null when
 * Excel accepts it.
 *
 * @example definedNameProblem('Cadre.Retention12m') // null
 * @example definedNameProblem('AB12') // "cellReference"
 * @example definedNameProblem('R1C1') // "r1c1Reference"
 */
export function definedNameProblem(name: string): DefinedNameProblem | null {
  if (name.length === 0 || name.length > DEFINED_NAME_MAX_LENGTH) return 'length';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return 'characters';
  if (/^[rc]$/i.test(name)) return 'rowOrColumnLetter';
  if (/^r\d*c\d*$/i.test(name) || /^[rc]\d+$/i.test(name)) return 'r1c1Reference';
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  if (a1 && columnNumber(a1[1]!) <= EXCEL_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= EXCEL_ROWS) return 'cellReference';
  return null;
}
