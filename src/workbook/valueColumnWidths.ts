import type { CellValue } from '../model/cell';

/** the rows whose text sets the widths: the header and the first 500 values */
export const WIDTH_SAMPLE_ROWS = 501;

export interface ValueColumnWidthOptions {
  /** the first row is a header of text (bold, with a filter button in the .xlsx file): its cells count 2 characters more */
  readonly header: boolean;
  /** whether column `c` (0-based) holds dates shown `yyyy-mm-dd`: its numbers count as 10 characters */
  readonly dateColumn: (c: number) => boolean;
}

/**
 * Column widths, in characters of the default font, for a sheet of plain values (the sample
 * program's input sheets): the longest text of the header and the first 500 values (a Date, or a
 * number in a date column, as its 10 characters `yyyy-mm-dd`; an error cell as its text), at least 8,
 * plus 2 of padding, at most 60. One rule for both writers of such sheets: `cadre sample`'s .xlsx
 * file (ExcelJS takes characters) and the task pane's "Insert sample program" (Office.js takes
 * points: `columnWidthPoints`), so the sample has the same columns in both. Pure.
 *
 * @example valueColumnWidths([['PersonID', 'Start'], ['P1', 45292]], { header: true, dateColumn: (c) => c === 1 }) // [12, 12]
 */
export function valueColumnWidths(values: readonly (readonly CellValue[])[], options: ValueColumnWidthOptions): number[] {
  let width = 0;
  for (const row of values) width = Math.max(width, row.length);
  const widths = new Array<number>(width).fill(8);
  const rows = Math.min(values.length, WIDTH_SAMPLE_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      let len: number;
      if (v === null || v === undefined) continue;
      if (v instanceof Date || (typeof v === 'number' && options.dateColumn(c))) len = 10;
      else if (typeof v === 'object') len = v.error.length;
      else len = String(v).length + (r === 0 && options.header ? 2 : 0);
      widths[c] = Math.max(widths[c]!, len);
    }
  }
  return widths.map((w) => Math.min(60, w + 2));
}
