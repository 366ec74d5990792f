import ExcelJS from 'exceljs';
import { TEMPLATES_KEYWORD } from '../boardPackMarker';
import { type TemplateSheet, type TemplateValidation, TEMPLATE_SHEETS } from '../../templateSheets';

/**
 * The empty templates as an .xlsx file (`cadre templates`): the same sheets as the task pane's
 * "Insert empty templates" (`templateSheets.ts`): on each sheet an Excel table named after it, with
 * the header row and one empty data row; date columns shown `yyyy-mm-dd` and data validation on the
 * data row (Excel extends both to the rows added to the table); the header row frozen; columns as
 * wide as their headers. The document properties carry the tag `cadre-templates` (creator Cadre), so
 * that `cadre templates` may replace its own file and nobody else's.
 */
export async function writeTemplatesXlsx(path: string, sheets: readonly TemplateSheet[] = TEMPLATE_SHEETS): Promise<void> {
  await templatesWorkbook(sheets).xlsx.writeFile(path);
}

function templatesWorkbook(sheets: readonly TemplateSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Cadre';
  wb.keywords = TEMPLATES_KEYWORD;
  wb.title = 'Cadre input templates';
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }] });
    ws.addTable({
      name: sheet.name,
      ref: 'A1',
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: sheet.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: [sheet.columns.map(() => null)],
    });
    sheet.columns.forEach((c, j) => {
      ws.getColumn(j + 1).width = c.width;
      const cell = ws.getCell(2, j + 1);
      if (c.numberFormat !== null) cell.numFmt = c.numberFormat;
      if (c.validation !== null) cell.dataValidation = xlsxValidation(c.validation);
    });
  }
  return wb;
}

/** Office.js's rule and error alert (`TemplateValidation`) as the file's `<dataValidation>`. */
export function xlsxValidation(v: TemplateValidation): ExcelJS.DataValidation {
  const alert = {
    allowBlank: true,
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style === 'Stop' ? 'stop' : 'warning',
    errorTitle: v.errorAlert.title,
    error: v.errorAlert.message,
  } as const;
  const rule = v.rule;
  if ('list' in rule) return { type: 'list', formulae: [`"${rule.list.source.replace(/"/g, '""')}"`], ...alert };
  if ('date' in rule) return { type: 'date', operator: 'between', formulae: [rule.date.formula1, rule.date.formula2], ...alert };
  const [type, n] = 'wholeNumber' in rule ? (['whole', rule.wholeNumber] as const) : (['decimal', rule.decimal] as const);
  return n.operator === 'Between'
    ? { type, operator: 'between', formulae: [n.formula1, n.formula2], ...alert }
    : { type, operator: 'greaterThanOrEqual', formulae: [n.formula1], ...alert };
}
