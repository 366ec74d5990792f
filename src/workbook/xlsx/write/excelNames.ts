import { definedNameProblem, type DefinedNameProblem } from '../../../excel/definedName';
import { sheetNameProblem, type SheetNameProblem } from '../../../excel/sheetName';
import { PlanWriteError } from './planWriteError';

const SHEET_NAME_WHY: Record<SheetNameProblem, string> = {
  blank: 'it is empty',
  tooLong: 'it is longer than 31 characters',
  forbiddenCharacter: 'it contains one of : \\ / ? * [ ]',
  apostropheAtEnd: 'it starts or ends with an apostrophe',
  reserved: 'Excel reserves the name "History"',
};

/**
 * Refuses a worksheet name Excel would refuse (src/excel/sheetName.ts). ExcelJS would silently cut a
 * longer name to 31 characters, which would break every reference to the sheet, so it is refused
 * here instead.
 */
export function checkSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new PlanWriteError(`The sheet name "${name}" cannot be used in Excel: ${SHEET_NAME_WHY[problem]}.`);
}

const NAME_WHY: Record<DefinedNameProblem, string> = {
  length: 'a name has 1 to 255 characters',
  characters: 'a name starts with a letter, "_" or "\\" and holds only letters, digits, ".", "_" and "\\"',
  rowOrColumnLetter: '"R" and "C" are reserved',
  r1c1Reference: 'it reads as an R1C1 cell reference',
  cellReference: 'it reads as a cell reference',
};

/**
 * Refuses a workbook name or table name Excel would refuse (src/excel/definedName.ts). Dots are
 * allowed, so names such as `Cadre.Retention12m` are valid.
 */
export function checkExcelName(name: string, what: string): void {
  const problem = definedNameProblem(name);
  if (problem) throw new PlanWriteError(`The ${what} "${name}" cannot be used in Excel: ${NAME_WHY[problem]}.`);
}
