import { excelSerialFromDay } from '../calendar/dayFromExcelSerial';
import { dayFromDate } from '../calendar/dayFromDate';
import { columnLetters } from '../excel/a1Address';
import type { CellValue as ModelCellValue, SheetValues } from '../model/cell';
import { generateSample } from '../sample/generateSample';
import { type CellValue, type ExcelFake, createExcelFake } from '../workbook/excelFake';
import { MESSY_SHEETS } from '../sample/messyWorkbook';
import { valueColumnWidths } from '../workbook/valueColumnWidths';
import { columnWidthPoints } from '../workbook/office/write/cellWrites';
import type { StartingWorkbook } from './previewOptions';

/** how the preview shows dates on the sheets it seeds (as "Insert sample program" does) */
export const PREVIEW_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * The in-memory workbook the preview starts with (ExcelApi 1.12, the 1900 date system):
 * - `empty`: one empty sheet "Sheet1", for the first-run flow (Insert sample program, templates);
 * - `sample`: the sample program's five input sheets (`generateSample`, standard size, seed 42),
 *   header rows bold and frozen, date columns shown yyyy-mm-dd, columns sized to their content;
 * - `messy`: the messy workbook of the tests (src/sample/messyWorkbook.ts), likewise dressed.
 *
 * The dressing goes through `fake.run` like any write; the set-up's syncs are then taken out of
 * `fake.stats`, so the sync count starts at 0 when the page is ready.
 */
export async function createPreviewFake(workbook: StartingWorkbook): Promise<ExcelFake> {
  if (workbook === 'empty') return createExcelFake(undefined, { maxExcelApi: '1.12', dateSystem: '1900' });
  const seeded =
    workbook === 'sample'
      ? (() => {
          const sample = generateSample({ size: 'standard', seed: 42 });
          return sample.sheets.map((s) => ({ sheet: s, dateColumns: (sample.numberFormats[s.name] ?? []).flatMap((f, j) => (f === PREVIEW_DATE_FORMAT ? [j] : [])) }));
        })()
      : MESSY_SHEETS.map((s) => ({ sheet: s, dateColumns: dateColumnsOf(s) }));
  const fake = createExcelFake({ sheets: seeded.map((s) => ({ name: s.sheet.name, values: fakeValues(s.sheet) })) }, { maxExcelApi: '1.12', dateSystem: '1900' });
  await fake.run(async (context) => {
    for (const { sheet, dateColumns } of seeded) {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      const rows = sheet.values.length;
      const width = Math.max(0, ...sheet.values.map((r) => r.length));
      if (rows === 0 || width === 0) continue;
      const header = headerRowOf(sheet);
      ws.getRange(`A${header}:${columnLetters(width)}${header}`).format.font.bold = true;
      if (workbook === 'sample') ws.freezePanes.freezeRows(header);
      for (const j of dateColumns) ws.getRange(`${columnLetters(j + 1)}${header + 1}:${columnLetters(j + 1)}${rows}`).numberFormat = PREVIEW_DATE_FORMAT as unknown as string[][];
      columnWidths(sheet, dateColumns).forEach((points, j) => {
        ws.getRange(`${columnLetters(j + 1)}:${columnLetters(j + 1)}`).format.columnWidth = points;
      });
    }
    await context.sync();
  });
  fake.stats.syncs = 0;
  fake.stats.batches.length = 0;
  return fake;
}

/** Sheet values as the fake stores them: blanks left out, dates as 1900-system serials, error cells as their text (as Office.js reads them). */
export function fakeValues(sheet: SheetValues): CellValue[][] {
  return sheet.values.map((row) => row.map((v) => fakeValue(v)));
}

export function fakeValue(v: ModelCellValue): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return excelSerialFromDay(dayFromDate(v), '1900');
  if (typeof v === 'object') return v.error;
  return v;
}

/** the 1-based header row: the first row with two or more text cells (the messy workbook has a title above it) */
function headerRowOf(sheet: SheetValues): number {
  const index = sheet.values.findIndex((row) => row.filter((v) => typeof v === 'string' && v !== '').length >= 2);
  return index < 0 ? 1 : index + 1;
}

/** columns holding Date cells (the messy workbook's one real date column) */
function dateColumnsOf(sheet: SheetValues): number[] {
  const columns = new Set<number>();
  sheet.values.forEach((row) => row.forEach((v, j) => v instanceof Date && columns.add(j)));
  return [...columns];
}

/**
 * Column widths in points: the widths "Insert sample program" and `cadre sample` give the sample
 * (`valueColumnWidths`, in characters, the header counted when it is the first row; `columnWidthPoints`),
 * so `?workbook=sample` looks as the inserted sample does.
 */
export function columnWidths(sheet: SheetValues, dateColumns: readonly number[] = []): number[] {
  return valueColumnWidths(sheet.values, { header: headerRowOf(sheet) === 1, dateColumn: (c) => dateColumns.includes(c) }).map(columnWidthPoints);
}
