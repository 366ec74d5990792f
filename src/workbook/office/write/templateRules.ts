import type { ColumnSpec } from '../../../intake/schema';

/** The data validation a template column gets (Range.dataValidation, ExcelApi 1.8). */
export interface ColumnValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

/** the dates intake takes as plausible start in 1950 (input-workbook.md, Values); 2099 bounds typing slips */
const FIRST_DATE = '1950-01-01';
const LAST_DATE = '2099-12-31';

/** columns whose numbers have bounds of their own (intake reports values outside them) */
const BOUNDS: Readonly<Record<string, { readonly min: number; readonly max?: number }>> = {
  CheckpointRating: { min: 1, max: 5 },
  ScaleMax: { min: 1 },
};

/**
 * The validation of a template column, from the schema (`src/intake/schema.ts`), or null for free
 * text and ids:
 *
 * - enum: a drop-down of the canonical values; a Warning alert (Cadre also reads their synonyms, so
 *   another value may be right);
 * - bool: a drop-down of Y and N, Warning (Cadre also reads Yes/No, True/False, 1/0, X);
 * - date: a date from 1950 to 2099, Stop;
 * - int: a whole number, 0 or more (ScaleMax 1 or more), Stop;
 * - number: a number, 0 or more (CheckpointRating 1 to 5), Stop.
 *
 * Level is left free (a number or a grade such as "L6"). Titles stay within 32 characters and
 * messages within 255, as Excel's dialog requires.
 */
export function columnValidation(column: ColumnSpec): ColumnValidation | null {
  const title = column.name.slice(0, 32);
  switch (column.type) {
    case 'enum': {
      const values = Object.keys(column.values ?? {});
      if (values.length === 0) return null;
      return {
        rule: { list: { inCellDropDown: true, source: values.join(',') } },
        errorAlert: { showAlert: true, style: 'Warning', title, message: clip(`Cadre reads ${values.join(', ')} here (and common synonyms of them).`) },
      };
    }
    case 'bool':
      return {
        rule: { list: { inCellDropDown: true, source: 'Y,N' } },
        errorAlert: { showAlert: true, style: 'Warning', title, message: 'Cadre reads Y or N here (also Yes/No, True/False, 1/0, X).' },
      };
    case 'date':
      return {
        rule: { date: { operator: 'Between', formula1: FIRST_DATE, formula2: LAST_DATE } },
        errorAlert: { showAlert: true, style: 'Stop', title, message: 'Enter a date between 1950 and 2099, for example 2025-03-31.' },
      };
    case 'int':
    case 'number': {
      const { min, max } = BOUNDS[column.name] ?? { min: 0 };
      const kind = column.type === 'int' ? 'wholeNumber' : 'decimal';
      const rule: Excel.BasicDataValidation =
        max === undefined ? { operator: 'GreaterThanOrEqualTo', formula1: min } : { operator: 'Between', formula1: min, formula2: max };
      const range = max === undefined ? `${min} or more` : `${min} to ${max}`;
      return {
        rule: { [kind]: rule },
        errorAlert: { showAlert: true, style: 'Stop', title, message: `Enter ${column.type === 'int' ? 'a whole number' : 'a number'}, ${range}.` },
      };
    }
    default:
      return null;
  }
}

function clip(message: string): string {
  return message.length <= 255 ? message : `${message.slice(0, 254)}…`;
}
