import { columnNumber } from '../charts/chartSpec';
import { PlanWriteError } from './planWriteError';

/** Excel's reserved sheet name (Excel uses it for change tracking; ExcelJS refuses it too). */
const RESERVED_SHEET = 'history';

/**
 * Checks a worksheet name as Excel does: 1 to 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, not "History". ExcelJS would silently cut a longer name to 31
 * characters, which would break every reference to the sheet, so it is refused here instead.
 */
export function checkSheetName(name: string): void {
  const bad = (why: string) => new PlanWriteError(`The sheet name "${name}" cannot be used in Excel: ${why}.`);
  if (name.length === 0) throw bad('it is empty');
  if (name.length > 31) throw bad('it is longer than 31 characters');
  if (/[:\\/?*[\]]/.test(name)) throw bad('it contains one of : \\ / ? * [ ]');
  if (name.startsWith("'") || name.endsWith("'")) throw bad('it starts or ends with an apostrophe');
  if (name.toLowerCase() === RESERVED_SHEET) throw bad('Excel reserves the name "History"');
}

/**
 * Checks a workbook name or table name as Excel does: starts with a letter, "_" or "\", then letters,
 * digits, ".", "_" or "\"; at most 255 characters; not "R" or "C"; not something Excel reads as a
 * cell reference ("A1", "XFD1048576", "R1C1", "R2", "C7"). Dots are allowed, so names such as
 * `Cadre.Retention12m` are valid.
 */
export function checkExcelName(name: string, what: string): void {
  const bad = (why: string) => new PlanWriteError(`The ${what} "${name}" cannot be used in Excel: ${why}.`);
  if (name.length === 0 || name.length > 255) throw bad('a name has 1 to 255 characters');
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) throw bad('a name starts with a letter, "_" or "\\" and holds only letters, digits, ".", "_" and "\\"');
  if (/^[rc]$/i.test(name)) throw bad('"R" and "C" are reserved');
  if (/^r\d*c\d*$/i.test(name) || /^[rc]\d+$/i.test(name)) throw bad('it reads as an R1C1 cell reference');
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  if (a1 && columnNumber(a1[1]!.toUpperCase()) <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1_048_576) throw bad('it reads as a cell reference');
}

/** A sheet name as a formula writes it: always between apostrophes, an apostrophe doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
