import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ChartSpec } from '../../../dashboard/chartPlan';
import type { WorkbookPlan } from '../../../dashboard/plan';
import { addCharts } from '../charts/addCharts';
import { markAsBoardPack, markAsSuggestions } from '../boardPackMarker';
import { checkSheetName } from './excelNames';
import { addDefinedNames, applyQuotePrefix, definedNames } from './packagePatches';
import { PlanWriteError } from './planWriteError';
import { writeSheet } from './sheetWriter';
import { StyleTable } from './styleTable';

export interface WritePlanOptions {
  /** the document title (File › Info › Properties) */
  readonly title?: string;
  /** when the refresh ran (an ISO date-time or a Date): the document's created and modified times; default now */
  readonly refreshedAt?: Date | string;
  /** what the file is, for its marker (`boardPackMarker.ts`): a board pack (default) or the suggestions of `cadre suggest` */
  readonly kind?: 'boardPack' | 'suggestions';
}

/**
 * Writes a workbook plan as an .xlsx file in memory: the board pack of `cadre refresh --out`.
 *
 * 1. ExcelJS builds the workbook sheet by sheet in the plan's order (`sheetWriter.ts`): values
 *    (text always as text cells), merges, tables, styles, widths, heights, conditional formats,
 *    gridlines, frozen panes, tab colour, print setup, protection without a password.
 * 2. The document properties carry the marker "written by cadre refresh" (`boardPackMarker.ts`), or
 *    for `kind: 'suggestions'` "written by cadre suggest".
 * 3. The written package is patched where ExcelJS cannot write what is needed
 *    (`packagePatches.ts`): the quote-prefix format of text that would turn into a formula or a
 *    number if edited, the print areas, and the workbook names of `plan.names` (with comments).
 * 4. The charts of every sheet are added as native DrawingML charts (`addCharts`).
 *
 * Throws PlanWriteError (plain message) for a plan Excel could not open as written: a sheet, table
 * or workbook name Excel refuses or uses twice, a range that does not parse, a colour that is not
 * RRGGBB, a table without a data row or overlapping another table or a merge, a chart placed on a
 * sheet other than the one that lists it; addCharts' errors (a chart reference to a sheet the plan
 * does not have) pass through as they are.
 */
export async function writePlanXlsx(plan: WorkbookPlan, options: WritePlanOptions = {}): Promise<Buffer> {
  const refreshedAt = refreshDate(options.refreshedAt);
  if (plan.sheets.length === 0) throw new PlanWriteError('The plan has no sheet; a workbook needs at least one.');
  const folded = new Set<string>();
  for (const sheet of plan.sheets) {
    checkSheetName(sheet.name);
    if (folded.has(sheet.name.toLowerCase())) throw new PlanWriteError(`The plan has two sheets named "${sheet.name}" (Excel compares sheet names without case).`);
    folded.add(sheet.name.toLowerCase());
  }
  const charts: ChartSpec[] = [];
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts) {
      if (chart.sheet !== sheet.name) throw new PlanWriteError(`The chart "${chart.title}" is listed on the sheet "${sheet.name}" but placed on "${chart.sheet}".`);
      charts.push(chart);
    }
  }

  const workbook = new ExcelJS.Workbook();
  if (options.kind === 'suggestions') markAsSuggestions(workbook, refreshedAt, options.title);
  else markAsBoardPack(workbook, refreshedAt, options.title);
  const styles = new StyleTable();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) await writeSheet(workbook, sheet, styles, tableNames);
  const names = definedNames(plan, tableNames);
  const written = await workbook.xlsx.writeBuffer();

  const zip = await JSZip.loadAsync(written);
  await patchPart(zip, 'xl/styles.xml', (xml) => {
    const { xml: out, formats } = applyQuotePrefix(xml);
    if (styles.quotedStyles > 0 && formats === 0) throw new PlanWriteError('ExcelJS did not write the quote-prefix marker into xl/styles.xml; text cells cannot be protected against edits turning them into formulas.');
    return out;
  });
  await patchPart(zip, 'xl/workbook.xml', (xml) => addDefinedNames(xml, names));
  const patched = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  if (charts.length === 0) return patched;
  return Buffer.from(await addCharts(patched, charts));
}

function refreshDate(value: Date | string | undefined): Date {
  if (value === undefined) return new Date();
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new PlanWriteError(`The refresh time "${String(value)}" is not a date and time.`);
  return date;
}

async function patchPart(zip: JSZip, path: string, patch: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (file === null) throw new PlanWriteError(`ExcelJS wrote no ${path}; the workbook cannot be finished.`);
  zip.file(path, patch(await file.async('string')));
}
