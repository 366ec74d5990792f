import { columnLetters } from '../../../excel/a1Address';
import type { CanonicalSheet } from '../../../model/program';
import { TEMPLATE_SHEETS, type TemplateSheet } from '../../templateSheets';
import { withAdapterFailure } from '../adapterFailure';
import { sizeSteps, valueSteps } from './cellWrites';
import { listText } from '../officeAdapterError';
import { freeSheetNames } from './freeSheetName';
import { type ExcelRun, FeatureGate, type IsSetSupported } from '../host';
import { type NewSheet, writeNewSheets } from './newSheetWriter';
import { BATCH_BUDGET_BYTES } from '../batchBudget';
import { ACTION_BYTES, type WriteStep } from './stepRunner';
import type { InsertedSheets } from './insertSample';

/** Range.dataValidation's requirement set */
const DATA_VALIDATION_API = '1.8';

/**
 * Adds the input sheets (the five, Measures and Preferences) as empty Excel tables (`TEMPLATE_SHEETS`, shared with `cadre templates`):
 * on each, a table whose header row holds the schema's columns in order (required and optional, and
 * the demographic attributes Gender and Ethnicity after Location on Participants and Mentors, as in
 * the sample) and whose one data row is empty. Sheets are named as `insertSample` names them, with
 * "(template)": "Participants", else "Participants (template)", "Participants (template 2)", …;
 * tables are named after the sheet ("Participants", else "Participants2", …), free among the
 * workbook's tables and names.
 *
 * On the table's data body: date columns shown `yyyy-mm-dd`, and data validation
 * (`TemplateColumn.validation`: drop-downs for enums and yes/no columns, dates, whole and decimal
 * numbers) where the host has ExcelApi 1.8, else a warning says it was not applied. Excel extends a
 * table column's format and validation to the rows added to the table. The header row is frozen (1.7,
 * reported when missing) and the columns as wide as their headers (`TemplateColumn.width`, as in
 * `cadre templates`' file, set as `format.columnWidth`); the first sheet is activated.
 *
 * Syncs: 2 (the names of the sheets, tables and workbook names; then everything else).
 */
export async function insertTemplates(run: ExcelRun, isSetSupported: IsSetSupported): Promise<InsertedSheets> {
  const gate = new FeatureGate(isSetSupported);
  const validation = isSetSupported('ExcelApi', DATA_VALIDATION_API);
  const warnings: string[] = [];
  const names = await withAdapterFailure('InsertFailed', 'Inserting the templates', 'Delete any sheet it added, then try again.', () =>
    run(async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name');
      const tables = context.workbook.tables.load('items/name');
      const workbookNames = context.workbook.names.load('items/name');
      await context.sync();
      const sheetNames = freeSheetNames(TEMPLATE_SHEETS.map((s) => s.name), 'template', worksheets.items.map((w) => w.name));
      const taken = [...tables.items.map((t) => t.name), ...workbookNames.items.map((n) => n.name)];
      const tableNames = freeTableNames(TEMPLATE_SHEETS.map((s) => s.name), taken);
      const sheets: NewSheet[] = TEMPLATE_SHEETS.map((template, i) => ({
        name: sheetNames[i]!,
        steps: (ws) => templateSteps(sheetNames[i]!, tableNames[i]!, template, ws, gate, validation),
      }));
      await writeNewSheets(context, gate, sheets, 'the templates', BATCH_BUDGET_BYTES);
      return sheetNames;
    }),
  );
  if (!validation) warnings.push(`data validation needs ExcelApi ${DATA_VALIDATION_API}; not applied (${listText(names)})`);
  return {
    sheets: Object.fromEntries(TEMPLATE_SHEETS.map((s, i) => [s.name, names[i]!])) as Record<CanonicalSheet, string>,
    warnings: [...gate.warnings(), ...warnings],
  };
}

function templateSteps(name: string, tableName: string, template: TemplateSheet, ws: () => Excel.Worksheet, gate: FeatureGate, validation: boolean): WriteStep[] {
  const headers = template.columns.map((c) => c.header);
  const last = columnLetters(headers.length);
  let table: Excel.Table | undefined;
  const column = (j: number) => table!.getDataBodyRange().getColumn(j);
  const steps: WriteStep[] = [...valueSteps(name, ws, { at: 'A1', values: [headers] }, BATCH_BUDGET_BYTES)];
  steps.push({
    sheet: name,
    bytes: ACTION_BYTES * 2,
    queue: () => {
      table = ws().tables.add(`A1:${last}1`, true);
      table.name = tableName;
    },
  });
  template.columns.forEach((c, j) => {
    const format = c.numberFormat;
    if (format !== null) steps.push({ sheet: name, bytes: ACTION_BYTES, queue: () => void (column(j).numberFormat = [[format]]) });
    const rule = validation ? c.validation : null;
    if (rule) {
      steps.push({
        sheet: name,
        bytes: ACTION_BYTES * 2,
        queue: () => {
          const range = column(j);
          range.dataValidation.rule = rule.rule;
          range.dataValidation.errorAlert = rule.errorAlert;
        },
      });
    }
  });
  if (gate.allows('freeze', name)) steps.push({ sheet: name, bytes: ACTION_BYTES, queue: () => ws().freezePanes.freezeRows(1) });
  steps.push(...sizeSteps(name, ws, template.columns.map((c) => c.width), []));
  return steps;
}

/** Excel table names for `bases`: the base itself, else base2, base3, … free of `taken` (ignoring case) and of each other */
function freeTableNames(bases: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return bases.map((base) => {
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
