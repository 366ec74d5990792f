import { type ColumnSpec, type ColumnType, SHEETS } from '../intake/schema';
import type { CanonicalSheet } from '../model/program';
import { inputHeader } from '../sample/sampleHeader';

/**
 * The empty templates, once: the input sheets (the five, Measures and Preferences) with their headers, the number
 * format and the data validation of each column. Both writers take them from here: the task pane's "Insert empty
 * templates" (`office/insertTemplates.ts`, with Office.js) and `cadre templates` (`xlsxTemplates.ts`,
 * an .xlsx file). Pure: no Office, no file system.
 *
 * Each sheet is named as its canonical sheet and has the schema's columns in order (required and
 * optional), with the demographic attributes Gender and Ethnicity after Location on Participants and
 * Mentors, as in the sample (`inputHeader`), and as wide as its header (`templateColumnWidth`).
 */
export interface TemplateSheet {
  readonly name: CanonicalSheet;
  readonly columns: readonly TemplateColumn[];
}

export interface TemplateColumn {
  readonly header: string;
  /** the schema's type, or 'attribute' for a demographic attribute (free text) */
  readonly type: ColumnType | 'attribute';
  /** the data cells' number format: `yyyy-mm-dd` for dates, else null (General) */
  readonly numberFormat: string | null;
  /** the data cells' validation, or null for free text and ids */
  readonly validation: TemplateValidation | null;
  /** the column's width in characters: its header and the table's filter button, at least 10 (`templateColumnWidth`) */
  readonly width: number;
}

/** A template column's width in characters: the header, 4 more for the filter button and padding, at least 10. */
export function templateColumnWidth(header: string): number {
  return Math.max(10, header.length + 4);
}

/**
 * A column's data validation, in the shape of Office.js's `Range.dataValidation` (a rule and an error
 * alert; ExcelApi 1.8), which the .xlsx writer translates to the file's `<dataValidation>`.
 */
export interface TemplateValidation {
  readonly rule: TemplateRule;
  readonly errorAlert: { readonly showAlert: true; readonly style: 'Warning' | 'Stop'; readonly title: string; readonly message: string };
}

export type TemplateRule =
  | { readonly list: { readonly inCellDropDown: true; readonly source: string } }
  | { readonly date: { readonly operator: 'Between'; readonly formula1: string; readonly formula2: string } }
  | { readonly wholeNumber: NumberRule }
  | { readonly decimal: NumberRule };

export type NumberRule =
  | { readonly operator: 'GreaterThanOrEqualTo'; readonly formula1: number }
  | { readonly operator: 'Between'; readonly formula1: number; readonly formula2: number };

/** how date columns are shown */
export const TEMPLATE_DATE_FORMAT = 'yyyy-mm-dd';

/** the dates intake takes as plausible start in 1950 (input-workbook.md, Values); 2099 bounds typing slips */
export const FIRST_TEMPLATE_DATE = '1950-01-01';
export const LAST_TEMPLATE_DATE = '2099-12-31';

/** columns whose numbers have bounds of their own (intake reports values outside them) */
const BOUNDS: Readonly<Record<string, { readonly min: number; readonly max?: number }>> = {
  CheckpointRating: { min: 1, max: 5 },
  ScaleMax: { min: 1 },
  Rank: { min: 1, max: 5 },
};

/** number columns of any sign: Measures' Value (a KPI may be negative; Cadre checks a promotion's value itself) */
const ANY_NUMBER: ReadonlySet<string> = new Set(['Value']);

/**
 * The validation of a template column, from the schema (`src/intake/schema.ts`), or null for free
 * text and ids:
 *
 * - enum: a drop-down of the canonical values; a Warning alert (Cadre also reads their synonyms, so
 *   another value may be right);
 * - bool: a drop-down of Y and N, Warning (Cadre also reads Yes/No, True/False, 1/0, X);
 * - date: a date from 1950 to 2099, Stop;
 * - int: a whole number, 0 or more (ScaleMax 1 or more, Preferences' Rank 1 to 5), Stop;
 * - number: a number, 0 or more (CheckpointRating 1 to 5), Stop.
 *
 * Level is left free (a number or a grade such as "L6"), and so is Measures' Value (any number). Titles stay within 32 characters and
 * messages within 255, as Excel's dialog requires.
 */
export function templateValidation(column: ColumnSpec): TemplateValidation | null {
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
        rule: { date: { operator: 'Between', formula1: FIRST_TEMPLATE_DATE, formula2: LAST_TEMPLATE_DATE } },
        errorAlert: { showAlert: true, style: 'Stop', title, message: 'Enter a date between 1950 and 2099, for example 2025-03-31.' },
      };
    case 'int':
    case 'number': {
      if (ANY_NUMBER.has(column.name)) return null;
      const { min, max } = BOUNDS[column.name] ?? { min: 0 };
      const rule: NumberRule = max === undefined ? { operator: 'GreaterThanOrEqualTo', formula1: min } : { operator: 'Between', formula1: min, formula2: max };
      const range = max === undefined ? `${min} or more` : `${min} to ${max}`;
      return {
        rule: column.type === 'int' ? { wholeNumber: rule } : { decimal: rule },
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

/** The template sheets, one per canonical sheet, in the schema's order. */
export const TEMPLATE_SHEETS: readonly TemplateSheet[] = SHEETS.map((spec) => ({
  name: spec.name,
  columns: inputHeader(spec).map((header): TemplateColumn => {
    const column = spec.columns.find((c) => c.name === header);
    const width = templateColumnWidth(header);
    if (column === undefined) return { header, type: 'attribute', numberFormat: null, validation: null, width };
    return { header, type: column.type, numberFormat: column.type === 'date' ? TEMPLATE_DATE_FORMAT : null, validation: templateValidation(column), width };
  }),
}));
