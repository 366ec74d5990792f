import { fakeError } from './fakeOfficeError';
import type { SheetModel, WorkbookModel } from './model';

/**
 * Excel's rules for worksheet names: not blank, at most 31 characters, none of  [ ] : * ? / \ ,
 * not starting or ending with an apostrophe, not "History" (reserved by Excel), and unique
 * ignoring case. A broken rule is an InvalidArgument, as the brief asks (Excel's own wording varies).
 *
 * The fake's own copy of the rule in src/excel/sheetName.ts, on purpose: the fake models Excel
 * independently of the code under test.
 */
export function checkSheetName(model: WorkbookModel, name: unknown, except?: SheetModel): string {
  if (typeof name !== 'string' || name.trim() === '') throw fakeError('InvalidArgument', 'A worksheet name cannot be blank.');
  if (name.length > 31) throw fakeError('InvalidArgument', `The worksheet name '${name}' is longer than 31 characters.`);
  if (/[[\]:*?/\\]/.test(name)) throw fakeError('InvalidArgument', `The worksheet name '${name}' contains one of [ ] : * ? / \\.`);
  if (name.startsWith("'") || name.endsWith("'")) throw fakeError('InvalidArgument', `The worksheet name '${name}' begins or ends with an apostrophe.`);
  if (name.toLowerCase() === 'history') throw fakeError('InvalidArgument', "'History' is a reserved worksheet name in Excel.");
  const other = findSheetByName(model, name);
  if (other && other !== except) throw fakeError('InvalidArgument', `A worksheet named '${name}' already exists (names are compared ignoring case).`);
  return name;
}

export function findSheetByName(model: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === lower);
}
