import type { WorkbookPlan } from '../../../dashboard/plan';
import { escapeXml } from '../charts/chartXml';
import { columnLetters, quoteSheetName, type RangeRef } from '../../../excel/a1Address';
import { sheetRange } from './cellGrid';
import { checkExcelName } from './excelNames';
import { PlanWriteError } from './planWriteError';

/**
 * Sets `quotePrefix="1"` on every cell format (`<cellXfs>` of xl/styles.xml) that carries the
 * marker `readingOrder="1"` (StyleTable), and removes the marker (and an `<alignment>` left empty,
 * with its `applyAlignment`). Returns the new XML and how many formats were changed.
 */
export function applyQuotePrefix(stylesXml: string): { xml: string; formats: number } {
  const open = stylesXml.indexOf('<cellXfs');
  const close = stylesXml.indexOf('</cellXfs>');
  if (open < 0 || close < 0) return { xml: stylesXml, formats: 0 };
  let formats = 0;
  const cellXfs = stylesXml.slice(open, close).replace(/<xf ([^>]*?)>(<alignment\b[^>]*?) readingOrder="1"\/>/g, (_all, attrs: string, alignment: string) => {
    formats++;
    if (alignment === '<alignment') return `<xf ${attrs.replace(/ applyAlignment="1"/, '')} quotePrefix="1">`;
    return `<xf ${attrs} quotePrefix="1">${alignment}/>`;
  });
  return { xml: stylesXml.slice(0, open) + cellXfs + stylesXml.slice(close), formats };
}

/** One `<definedName>` of xl/workbook.xml. */
export interface DefinedName {
  readonly name: string;
  /** the formula, e.g. `'Board Dashboard'!$C$6` */
  readonly formula: string;
  /** 0-based tab index of the sheet the name belongs to (built-in names such as the print area) */
  readonly localSheetId?: number;
  readonly comment?: string;
}

/** An absolute reference to a range of a sheet, the sheet name always quoted: `'Board Dashboard'!$A$1:$O$66`. */
export function absoluteRef(sheet: string, r: RangeRef): string {
  const a = `$${columnLetters(r.col1)}$${r.row1}`;
  const b = `$${columnLetters(r.col2)}$${r.row2}`;
  return `${quoteSheetName(sheet)}!${a}${a === b ? '' : `:${b}`}`;
}

/**
 * The workbook's defined names: each sheet's print area (`_xlnm.Print_Area`, local to its sheet),
 * then the plan's names of key figures with their comments. ExcelJS is not used for either: its
 * print area is written `'Sheet'!$A1:$O66` (rows relative, an apostrophe in the sheet name not
 * doubled) and its defined names leave a sheet name such as `2026` unquoted and drop comments.
 * Plan names are checked as Excel checks them, against each other and the table names, and must
 * point at a sheet of the plan.
 */
export function definedNames(plan: WorkbookPlan, tableNames: ReadonlySet<string>): DefinedName[] {
  const out: DefinedName[] = [];
  plan.sheets.forEach((sheet, i) => {
    const area = sheet.print?.area;
    if (area !== undefined) out.push({ name: '_xlnm.Print_Area', localSheetId: i, formula: absoluteRef(sheet.name, sheetRange(area, sheet.name, 'print area')) });
  });
  const sheets = new Set(plan.sheets.map((s) => s.name));
  const seen = new Set<string>();
  for (const n of plan.names) {
    checkExcelName(n.name, 'workbook name');
    const key = n.name.toLowerCase();
    if (seen.has(key) || tableNames.has(key)) throw new PlanWriteError(`The workbook name "${n.name}" is used twice (names and table names must differ).`);
    seen.add(key);
    if (!sheets.has(n.sheet)) throw new PlanWriteError(`The workbook name "${n.name}" refers to the sheet "${n.sheet}", which the plan does not have.`);
    out.push({ name: n.name, formula: absoluteRef(n.sheet, sheetRange(n.ref, n.sheet, `workbook name ${n.name}`)), comment: n.comment });
  }
  return out;
}

/** Adds defined names to xl/workbook.xml: into its `<definedNames>`, or as a new one right after `<sheets>` (the schema's order). */
export function addDefinedNames(workbookXml: string, names: readonly DefinedName[]): string {
  if (names.length === 0) return workbookXml;
  const xml = names
    .map((n) => {
      const local = n.localSheetId !== undefined ? ` localSheetId="${n.localSheetId}"` : '';
      const comment = n.comment !== undefined ? ` comment="${escapeXml(n.comment)}"` : '';
      return `<definedName name="${escapeXml(n.name)}"${local}${comment}>${escapeXml(n.formula)}</definedName>`;
    })
    .join('');
  const end = workbookXml.indexOf('</definedNames>');
  if (end >= 0) return workbookXml.slice(0, end) + xml + workbookXml.slice(end);
  const afterSheets = workbookXml.indexOf('</sheets>');
  if (afterSheets < 0) throw new PlanWriteError('The workbook part written by ExcelJS has no <sheets> element; the names cannot be added.');
  const at = afterSheets + '</sheets>'.length;
  return `${workbookXml.slice(0, at)}<definedNames>${xml}</definedNames>${workbookXml.slice(at)}`;
}
