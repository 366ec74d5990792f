import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { dayFromExcelSerial } from '../../../calendar/dayFromExcelSerial';
import { cellAddress } from '../../../excel/a1Address';
import type { CellValue, DateSystem, SheetValues } from '../../../model/cell';
import { valueColumnWidths } from '../../valueColumnWidths';

/**
 * Writes sheets of plain values (`SheetValues`, as Office.js gives them and as the sample generator
 * makes them) to an .xlsx file with ExcelJS, for the command line (`cadre sample`, `cadre demo`), the
 * benchmark and tests.
 *
 * - `values[0]` is the header row (placed at `firstRow`, default 1): bold, frozen, with an autofilter,
 *   when it has at least two cells and they are all text (a title row above the header is left plain).
 * - Columns whose `numberFormats[sheet][col]` is a date format (for example `yyyy-mm-dd`) hold Excel
 *   date serials in the given date system: each number there is written as a real date (a JavaScript
 *   Date at UTC midnight, plus the time of day for a fractional serial) with that number format.
 *   Other number formats are applied to numbers as they are. `Date` values anywhere are written as
 *   dates (`yyyy-mm-dd` unless the column says otherwise).
 * - `null`, `undefined` and `""` leave the cell empty; `{ error: '#N/A' }` writes an error cell;
 *   text is always written as text (never as a formula).
 * - Column widths follow the header and the first 500 values (`valueColumnWidths`, as the task pane's
 *   "Insert sample program" sizes them).
 *
 * In the 1900 date system (the default) the workbook is written with ExcelJS's **streaming** writer
 * (rows committed as they are added), so a million rows do not sit in memory twice. ExcelJS's
 * streaming writer cannot mark a workbook as 1904-based, so `dateSystem: '1904'` uses the in-memory
 * writer (fine for the test-sized workbooks that need it).
 */
export interface XlsxWriteOptions {
  /** the date system of the serials in date columns, and of the workbook written; default '1900' */
  readonly dateSystem?: DateSystem;
  /**
   * the document properties' keywords (Excel's "Tags", docProps/core.xml), with the creator "Cadre":
   * `SAMPLE_KEYWORD` marks a workbook `cadre sample` wrote and may replace (../boardPackMarker.ts)
   */
  readonly keywords?: string;
}

export type NumberFormats = Readonly<Record<string, readonly (string | null | undefined)[]>>;

/** Writes the sheets to an .xlsx file at `path` (replacing it). */
export async function writeSheetsXlsx(
  path: string,
  sheets: readonly SheetValues[],
  numberFormats: NumberFormats = {},
  options: XlsxWriteOptions = {},
): Promise<void> {
  const system = options.dateSystem ?? '1900';
  if (system === '1904') {
    const wb = await build1904(sheets, numberFormats);
    setKeywords(wb, options.keywords);
    await wb.xlsx.writeFile(path);
    return;
  }
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  setKeywords(wb, options.keywords);
  await fillStreaming(wb, sheets, numberFormats);
}

/** The same workbook as `writeSheetsXlsx`, in memory. */
export async function writeSheetsXlsxBuffer(
  sheets: readonly SheetValues[],
  numberFormats: NumberFormats = {},
  options: XlsxWriteOptions = {},
): Promise<Buffer> {
  const system = options.dateSystem ?? '1900';
  if (system === '1904') {
    const wb = await build1904(sheets, numberFormats);
    setKeywords(wb, options.keywords);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  setKeywords(wb, options.keywords);
  await fillStreaming(wb, sheets, numberFormats);
  return Buffer.concat(chunks);
}

/** The keywords and creator of `XlsxWriteOptions.keywords` (both writers put them in docProps/core.xml). */
function setKeywords(wb: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter, keywords: string | undefined): void {
  if (keywords === undefined) return;
  wb.keywords = keywords;
  wb.creator = 'Cadre';
}

// ---------------------------------------------------------------------------------------------------

const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';
const MS_PER_DAY = 86_400_000;

/** A cell's style objects are shared (ExcelJS caches a style id per style object). */
interface SheetStyles {
  readonly header: Partial<ExcelJS.Style>;
  readonly text: Partial<ExcelJS.Style>;
  readonly number: Partial<ExcelJS.Style>;
  /** per column: the date style (date columns) or the number style (other formats); undefined: plain */
  readonly columns: (Partial<ExcelJS.Style> | undefined)[];
  readonly dateColumn: boolean[];
  readonly defaultDate: Partial<ExcelJS.Style>;
}

interface Layout {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly width: number;
  readonly header: boolean;
}

function layoutOf(sheet: SheetValues): Layout {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  let width = 0;
  for (const row of sheet.values) width = Math.max(width, row.length);
  const head = sheet.values[0] ?? [];
  const filled = head.filter((v) => v !== null && v !== undefined && v !== '');
  const header = filled.length >= 2 && filled.every((v) => typeof v === 'string');
  return { firstRow, firstColumn, width, header };
}

function stylesFor(formats: readonly (string | null | undefined)[], width: number): SheetStyles {
  const columns: (Partial<ExcelJS.Style> | undefined)[] = [];
  const dateColumn: boolean[] = [];
  const byFormat = new Map<string, Partial<ExcelJS.Style>>();
  for (let c = 0; c < width; c++) {
    const fmt = formats[c] ?? null;
    dateColumn.push(fmt !== null && isDateFormat(fmt));
    if (fmt === null) columns.push(undefined);
    else {
      let style = byFormat.get(fmt);
      if (!style) byFormat.set(fmt, (style = { numFmt: fmt }));
      columns.push(style);
    }
  }
  return { header: { font: { bold: true } }, text: {}, number: {}, columns, dateColumn, defaultDate: { numFmt: DEFAULT_DATE_FORMAT } };
}

/** Whether a number format shows a date: it has a d or y outside quotes, brackets and escapes. */
function isDateFormat(fmt: string): boolean {
  return /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** The JavaScript Date (UTC) of an Excel serial in the given system, or undefined for serial 60 (1900). */
function dateFromSerial(serial: number, system: DateSystem): Date | undefined {
  const day = dayFromExcelSerial(serial, system);
  if (Number.isNaN(day)) return undefined;
  const fraction = serial - Math.floor(serial);
  return new Date(day * MS_PER_DAY + Math.round(fraction * MS_PER_DAY));
}

/** The value and style to write for one cell, or undefined to leave it empty. */
function cellOf(
  value: CellValue,
  c: number,
  styles: SheetStyles,
  system: DateSystem,
): { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> } | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const colStyle = styles.columns[c];
  switch (typeof value) {
    case 'number': {
      if (styles.dateColumn[c] && Number.isFinite(value)) {
        const d = dateFromSerial(value, system);
        if (d) return { value: d, style: colStyle ?? styles.defaultDate };
      }
      return { value, style: colStyle ?? styles.number };
    }
    case 'string':
    case 'boolean':
      return { value, style: styles.text };
    default:
      if (value instanceof Date) return { value, style: styles.dateColumn[c] ? (colStyle ?? styles.defaultDate) : styles.defaultDate };
      return { value: { error: value.error } as ExcelJS.CellErrorValue, style: styles.text };
  }
}

interface SheetTarget {
  getRow(n: number): ExcelJS.Row;
  getColumn(n: number): ExcelJS.Column;
  autoFilter?: ExcelJS.AutoFilter;
}

/** Rows written between two checks of the zip stream's backlog. */
const ROWS_PER_CHECK = 2000;
/** Bytes of sheet XML allowed to wait for compression before writing pauses. */
const MAX_BACKLOG = 8 * 1024 * 1024;

/**
 * ExcelJS's streaming worksheet writes into the zip without back-pressure: its rows are turned into
 * XML faster than zlib compresses them, so the XML piles up in the zip entry's input stream (about
 * 400 MB for a million survey rows). This reads that stream's buffered length (ExcelJS 4.4 and
 * archiver internals: the worksheet's `stream.pipes`), so `writeRows` can wait for it to drain.
 * Undefined when the internals are not there (writing then pauses briefly every few thousand rows).
 */
function pendingBytes(ws: unknown): number | undefined {
  const pipes = (ws as { stream?: { pipes?: unknown } }).stream?.pipes;
  if (!Array.isArray(pipes)) return undefined;
  let n = 0;
  for (const p of pipes as { _writableState?: { length?: number }; _readableState?: { length?: number } }[]) {
    n += (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  }
  return n;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function writeRows(
  ws: SheetTarget,
  sheet: SheetValues,
  layout: Layout,
  styles: SheetStyles,
  system: DateSystem,
  commit: boolean,
): Promise<void> {
  const widths = valueColumnWidths(sheet.values, { header: layout.header, dateColumn: (c) => styles.dateColumn[c] === true });
  widths.forEach((w, c) => (ws.getColumn(layout.firstColumn + c).width = w));
  if (layout.header && layout.width > 0) {
    ws.autoFilter = {
      from: { row: layout.firstRow, column: layout.firstColumn },
      to: { row: layout.firstRow, column: layout.firstColumn + layout.width - 1 },
    };
  }
  const values = sheet.values;
  for (let r = 0; r < values.length; r++) {
    const src = values[r];
    const row = ws.getRow(layout.firstRow + r);
    const isHeader = r === 0 && layout.header;
    for (let c = 0; c < src.length; c++) {
      const out = cellOf(src[c], c, styles, system);
      if (!out) continue;
      const cell = row.getCell(layout.firstColumn + c);
      cell.value = out.value;
      cell.style = isHeader ? styles.header : out.style;
    }
    if (commit) {
      row.commit();
      if (r % ROWS_PER_CHECK === ROWS_PER_CHECK - 1) {
        let pending = pendingBytes(ws);
        if (pending === undefined) await sleep(1);
        while (pending !== undefined && pending > MAX_BACKLOG) {
          await sleep(2);
          pending = pendingBytes(ws);
        }
      }
    }
  }
}

async function fillStreaming(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheets: readonly SheetValues[], numberFormats: NumberFormats): Promise<void> {
  for (const sheet of sheets) {
    const layout = layoutOf(sheet);
    const styles = stylesFor(numberFormats[sheet.name] ?? [], layout.width);
    const ws = wb.addWorksheet(sheet.name, { views: layout.header ? [frozenView(layout)] : [] });
    await writeRows(ws, sheet, layout, styles, '1900', true);
    ws.commit();
  }
  await wb.commit();
}

/** An in-memory workbook in the 1904 date system (the streaming writer cannot mark a workbook 1904). */
async function build1904(sheets: readonly SheetValues[], numberFormats: NumberFormats): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  for (const sheet of sheets) {
    const layout = layoutOf(sheet);
    const styles = stylesFor(numberFormats[sheet.name] ?? [], layout.width);
    const ws = wb.addWorksheet(sheet.name, { views: layout.header ? [frozenView(layout)] : [] });
    await writeRows(ws, sheet, layout, styles, '1904', false);
  }
  return wb;
}

function frozenView(layout: Layout): Partial<ExcelJS.WorksheetView> {
  return { state: 'frozen', xSplit: 0, ySplit: layout.firstRow, activeCell: cellAddress(layout.firstRow + 1, layout.firstColumn) };
}
