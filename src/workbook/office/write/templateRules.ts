import type { ColumnSpec } from '../../../intake/schema';
import { templateValidation } from '../../templateSheets';

/** The data validation a template column gets (Range.dataValidation, ExcelApi 1.8). */
export interface ColumnValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

/**
 * The validation of a template column as Office.js takes it, or null for free text and ids. The
 * rules themselves (which columns, which bounds, which messages) are in `../templateSheets.ts`,
 * shared with `cadre templates`.
 */
export function columnValidation(column: ColumnSpec): ColumnValidation | null {
  return templateValidation(column);
}
