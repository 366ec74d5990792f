import type { CellError, CellValue } from '../model/cell';

/** Error literals Excel shows in cells; Office.js gives error cells as these strings. */
const ERROR_LITERALS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** Text that means "no value" (input-workbook.md: "N/A", "-", "" are blank). */
const BLANK_TEXT = new Set(['', '-', '--', 'n/a', 'na', 'none', 'null', '—', '–']);

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && typeof value.error === 'string';
}

/** A formula cell whose result was never saved (`CellError.formula` set by the .xlsx reader). */
export function isUnsavedFormula(value: CellValue): value is CellError & { readonly formula: string } {
  return isCellError(value) && typeof value.formula === 'string';
}

/**
 * What a cell holds, before typing: nothing, an error (`#N/A`, from ExcelJS as `{error}` or from
 * Office.js as text), or a value.
 */
export function cellKind(value: CellValue): 'blank' | 'error' | 'value' {
  if (value === null || value === undefined) return 'blank';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'blank' : 'value';
    case 'boolean':
      return 'value';
    case 'string': {
      const t =
        value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32)
          ? value.trim()
          : value;
      if (t.length === 0) return 'blank';
      if (t.length <= 4 && BLANK_TEXT.has(t.toLowerCase())) return 'blank';
      if (t.charCodeAt(0) === 35 /* # */ && ERROR_LITERALS.has(t.toUpperCase())) return 'error';
      return 'value';
    }
    default:
      if (value instanceof Date) return 'value';
      return isCellError(value) ? 'error' : 'blank';
  }
}
