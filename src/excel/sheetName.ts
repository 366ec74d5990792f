/**
 * Excel's rule for worksheet names. A name must not be blank, must have at most 31 characters, must
 * not contain any of  / \ ? * : [ ], must not begin or end with an apostrophe, and must not be
 * "History", a name Excel reserves for itself (the change history of a shared workbook); Excel
 * compares sheet names ignoring case, so "HISTORY" is refused too.
 *
 * Source (Microsoft): "Rename a worksheet", the box listing what worksheet names cannot be:
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 *
 * ExcelJS refuses "History" too, and would silently cut a longer name to 31 characters (which would
 * break every reference to the sheet), so the board-pack writer applies this rule before ExcelJS
 * sees a name. Uniqueness in the workbook is the caller's business (it knows the other names). The
 * Excel fake (src/workbook/excelFake/sheetNames.ts) keeps its own copy of the rule on purpose: it
 * models Excel independently of the code it tests.
 */

/** The most characters a worksheet name has. */
export const SHEET_NAME_MAX_LENGTH = 31;

/** The worksheet name Excel reserves (compared ignoring case). */
export const RESERVED_SHEET_NAME = 'History';

/** Which part of Excel's sheet-name rule a name breaks. */
export type SheetNameProblem =
  /** no characters at all */
  | 'blank'
  /** more than {@link SHEET_NAME_MAX_LENGTH} characters */
  | 'tooLong'
  /** one of  / \ ? * : [ ] */
  | 'forbiddenCharacter'
  /** an apostrophe as the first or last character */
  | 'apostropheAtEnd'
  /** "History", in any case */
  | 'reserved';

const FORBIDDEN = /[[\]:*?/\\]/;

/**
 * The part of Excel's rule `name` breaks, or null when Excel accepts it as a sheet name. Checked in
 * the order listed in {@link SheetNameProblem}; the name is taken as given (trim it first if spaces
 * around it are not meant).
 *
 * @example sheetNameProblem('Board Dashboard') // null
 * @example sheetNameProblem('Q3/Q4') // "forbiddenCharacter"
 * @example sheetNameProblem('history') // "reserved"
 */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.length === 0) return 'blank';
  if (name.length > SHEET_NAME_MAX_LENGTH) return 'tooLong';
  if (FORBIDDEN.test(name)) return 'forbiddenCharacter';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostropheAtEnd';
  if (name.toLowerCase() === RESERVED_SHEET_NAME.toLowerCase()) return 'reserved';
  return null;
}
