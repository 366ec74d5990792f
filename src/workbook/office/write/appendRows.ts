import { columnLetters } from '../../../excel/a1Address';
import { OfficeAdapterError, excelSaid, officeErrorCode } from '../officeAdapterError';
import type { ExcelRun } from '../host';
import { areaAddress, rangeValue } from './cellWrites';

/** One column the new rows fill: where it is, what its header says, and whether it holds dates. */
export interface AppendColumn {
  /** the header's text, for messages ("Start Date") */
  readonly header: string;
  /** 1-based sheet column */
  readonly column: number;
  /** a date column: its new cells get the date format `APPENDED_DATE_FORMAT` */
  readonly date?: boolean;
}

/** Rows to add at the end of a sheet's data, below its header row. */
export interface AppendRequest {
  readonly sheet: string;
  /** 1-based row of the header */
  readonly headerRow: number;
  readonly columns: readonly AppendColumn[];
  /** one entry per new row, one value per column, in the order of `columns`: strings are user text, numbers as they are (dates as serials) */
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface AppendResult {
  readonly sheet: string;
  /** the Excel table the rows were added to (it grew by them), or null when the data is not a table */
  readonly table: string | null;
  /** 1-based rows of the first and last new row */
  readonly firstRow: number;
  readonly lastRow: number;
  /** context.sync() calls made */
  readonly syncs: number;
}

/** The number format of the new date cells: the templates' (`insertTemplates`), unambiguous in every locale. */
export const APPENDED_DATE_FORMAT = 'yyyy-mm-dd';

/** `rows.add`'s index for "at the end" (null; the typings declare a number) */
const AT_THE_END = null as unknown as number;

interface TableBox {
  readonly name: string;
  /** 0-based, the whole table (header, body, totals) */
  readonly rowIndex: number;
  readonly rowCount: number;
  readonly columnIndex: number;
  readonly columnCount: number;
  /** 0-based last row of the data body */
  readonly bodyLastRow: number;
}

/**
 * Adds `rows` at the end of a sheet's data and changes no existing cell (matching.md, "Add accepted to
 * Pairings": the one write into an input sheet, on the user's explicit click).
 *
 * - When the header row is the header of an Excel table that spans every column to fill, the rows
 *   are added to the table (`table.rows.add(null, values)`, ExcelApi 1.1 for one row, 1.4 for
 *   several), so the table grows; the table's other columns get "" (blank). Excel would push down
 *   whatever lies just below the table, so when the rows there are not empty nothing is added and
 *   the message says where.
 * - Otherwise each column's values are written below the last row of the sheet that holds a value
 *   (`getUsedRange(true)`, ExcelApi 1.2), one `Range.values` write per column: cells of other columns
 *   are not touched.
 *
 * Strings go through the one neutraliser (`rangeValue`: behind Excel's text prefix); numbers as they
 * are. Date columns get `APPENDED_DATE_FORMAT` on their new cells. Syncs: 2 without a table on the
 * sheet (used range and tables; the write), 3 with one (its position), 4 when the sheet has values
 * below the table (the rows just below it, checked empty). Every failure is an `OfficeAdapterError`
 * saying whether anything was added.
 */
export async function appendRows(run: ExcelRun, request: AppendRequest): Promise<AppendResult> {
  const { sheet, headerRow, columns, rows } = request;
  if (rows.length === 0 || columns.length === 0) return { sheet, table: null, firstRow: headerRow + 1, lastRow: headerRow, syncs: 0 };
  if (rows.some((r) => r.length !== columns.length)) throw new Error('appendRows: every row needs one value per column');
  let syncs = 0;
  /** the first new row, once the write is sent (a failure after it may have added some rows) */
  let writing: number | null = null;
  try {
    return await run(async (context) => {
      const sync = async (): Promise<void> => {
        syncs++;
        await context.sync();
      };
      const ws = context.workbook.worksheets.getItem(sheet);
      const tables = ws.tables.load('items/name');
      const used = ws.getUsedRange(true).load('rowIndex,rowCount');
      await sync();
      const usedLastRow = used.rowIndex + used.rowCount; // 1-based last row holding a value
      const boxes = tables.items.map((t) => ({ table: t, range: t.getRange().load('rowIndex,rowCount,columnIndex,columnCount'), body: t.getDataBodyRange().load('rowIndex,rowCount') }));
      if (boxes.length > 0) await sync();
      const table = tableOf(
        boxes.map(({ table: t, range, body }) => ({ name: t.name, rowIndex: range.rowIndex, rowCount: range.rowCount, columnIndex: range.columnIndex, columnCount: range.columnCount, bodyLastRow: body.rowIndex + body.rowCount - 1 })),
        request,
      );
      const values = rows.map((r) => r.map((v) => rangeValue(v)));
      // the first row without a value anywhere on the sheet, under the header
      const free = Math.max(usedLastRow, headerRow) + 1;
      /** writes rows[from, to) of each column at `at` onwards, one Range.values write per column */
      const writeColumns = (at: number, from: number, to: number): void => {
        columns.forEach((c, j) => {
          ws.getRange(areaAddress(at, c.column, to - from, 1)).values = values.slice(from, to).map((r) => [r[j] ?? null]);
        });
      };
      let at: number;
      if (table !== null) {
        const bodyEnd = table.bodyLastRow + 1; // 1-based last row of the data body
        // the table's last rows, when no cell of the sheet holds a value there (a template's empty data row), are filled first
        at = Math.min(free, bodyEnd + 1);
        const filled = Math.min(rows.length, bodyEnd - at + 1);
        const added = rows.length - filled;
        if (added > 0) {
          const below = table.rowIndex + table.rowCount + 1; // 1-based first row under the table
          if (usedLastRow >= below) {
            const under = ws.getRange(areaAddress(below, table.columnIndex + 1, added, table.columnCount)).load('values');
            await sync();
            const taken = under.values.findIndex((r) => r.some((v) => v !== '' && v !== null));
            if (taken >= 0) {
              throw new OfficeAdapterError(
                'AppendFailed',
                `Nothing was added: row ${below + taken} of "${sheet}", just below the table ${table.name}, holds values, and Excel would push them down to make room. Move them further down, then try again.`,
              );
            }
          }
        }
        if (filled > 0) writeColumns(at, 0, filled);
        if (added > 0) {
          const grid = values.slice(filled).map((r) => {
            const line: (string | number | boolean)[] = Array.from({ length: table.columnCount }, () => '');
            columns.forEach((c, j) => (line[c.column - 1 - table.columnIndex] = r[j] ?? ''));
            return line;
          });
          // the API reference: "If null or -1, the addition happens at the end"; the typings say number
          ws.tables.getItem(table.name).rows.add(AT_THE_END, grid);
        }
      } else {
        at = free;
        writeColumns(at, 0, rows.length);
      }
      for (const c of columns) {
        if (c.date) ws.getRange(areaAddress(at, c.column, rows.length, 1)).numberFormat = rows.map(() => [APPENDED_DATE_FORMAT]);
      }
      writing = at;
      await sync();
      return { sheet, table: table?.name ?? null, firstRow: at, lastRow: at + rows.length - 1, syncs };
    });
  } catch (error) {
    if (error instanceof OfficeAdapterError) throw error;
    if (officeErrorCode(error) === 'ItemNotFound') {
      throw new OfficeAdapterError('SheetNotFound', `Nothing was added: the sheet "${sheet}" is no longer in the workbook (renamed or deleted). Look at the workbook again (Setup), then try again.`, { cause: error });
    }
    const n = rows.length;
    const what = `${n} row${n === 1 ? '' : 's'}`;
    throw new OfficeAdapterError(
      'AppendFailed',
      writing === null
        ? `Adding ${what} to "${sheet}" failed before anything was written: ${excelSaid(error)}. Try again; if the sheet is protected, unprotect it first.`
        : `Adding ${what} to "${sheet}" stopped: ${excelSaid(error)}. Look at "${sheet}" from row ${writing} before trying again: some of the rows may be there.`,
      { cause: error },
    );
  }
}

/**
 * The table the rows go to: one whose header row is the sheet's header row and that spans every
 * column to fill. A table holding the header row without spanning those columns stops the append
 * (adding below it would split the data): the message names the columns outside it.
 */
function tableOf(boxes: readonly TableBox[], request: AppendRequest): TableBox | null {
  const headerIndex = request.headerRow - 1;
  const holding = boxes.find((b) => b.rowIndex <= headerIndex && headerIndex < b.rowIndex + b.rowCount);
  if (!holding) return null;
  const outside = request.columns.filter((c) => c.column - 1 < holding.columnIndex || c.column - 1 >= holding.columnIndex + holding.columnCount);
  if (holding.rowIndex !== headerIndex || outside.length > 0) {
    const why =
      holding.rowIndex !== headerIndex
        ? `its header row is row ${holding.rowIndex + 1}, not row ${request.headerRow}`
        : `the column${outside.length === 1 ? '' : 's'} ${outside.map((c) => `${c.header} (${columnLetters(c.column)})`).join(', ')} ${outside.length === 1 ? 'is' : 'are'} outside it`;
    throw new OfficeAdapterError(
      'AppendFailed',
      `Nothing was added: the header row of "${request.sheet}" is in the table ${holding.name}, but ${why}. Make the table cover the whole header row (Table Design, Resize Table), then try again.`,
    );
  }
  return holding;
}
