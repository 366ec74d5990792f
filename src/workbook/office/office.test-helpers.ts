import type { CellValue as ModelCellValue, SheetValues } from '../../model/cell';
import { type SampleSize, generateSample } from '../../sample/generateSample';
import { type CellValue, type ExcelFake, createExcelFake } from '../excelFake';
import type { RefreshInExcelOptions } from '../../taskpane/workbook/officeUseCases';

/** The refresh time of every test refresh. */
export const NOW = new Date(Date.UTC(2026, 9, 1, 8, 30));

/** Sheet values as the fake stores them: blanks ("" or null) left out, everything else a constant. */
export function fakeSheets(sheets: readonly SheetValues[]): { name: string; values: CellValue[][] }[] {
  return sheets.map((s) => ({
    name: s.name,
    values: s.values.map((row) => row.map((v: ModelCellValue) => (v === null || v === undefined ? '' : (v as CellValue)))),
  }));
}

/** A fake Excel holding the sample program's input sheets (seed 42). */
export function sampleFake(size: SampleSize = 'standard', maxExcelApi = '1.12'): { fake: ExcelFake; sample: ReturnType<typeof generateSample> } {
  const sample = generateSample({ size, seed: 42 });
  return { fake: createExcelFake({ sheets: fakeSheets(sample.sheets) }, { maxExcelApi }), sample };
}

/** The options of a test refresh of the sample, answered by the fake's isSetSupported. */
export function refreshOptions(fake: ExcelFake, asOf: number, overrides: Partial<RefreshInExcelOptions> = {}): RefreshInExcelOptions {
  return { asOf, minGroup: 5, analystDetail: true, now: NOW, isSetSupported: (n, v) => fake.isSetSupported(n, v), ...overrides };
}

/** The largest request and response of any sync so far. */
export function peakBytes(fake: ExcelFake): { request: number; response: number } {
  return {
    request: Math.max(0, ...fake.stats.batches.map((b) => b.requestBytes)),
    response: Math.max(0, ...fake.stats.batches.map((b) => b.responseBytes)),
  };
}

/** Every sheet's snapshot (values, formulas, formats, sizes, objects, protection), by name. */
export function snapshots(fake: ExcelFake, names: readonly string[] = fake.workbook.sheetNames()): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, fake.workbook.sheet(n).snapshot()]));
}
