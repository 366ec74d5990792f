import type { DateSystem, SheetValues } from '../model/cell';
import type { ReadProgress, WorkbookOutline, WorkbookSource } from './workbookSource';

/**
 * A `WorkbookSource` over sheets already in memory: a workbook read once and refreshed several
 * times (`cadre demo`'s four quarters), a generated sample, the benchmark's inputs.
 */
export class SheetsSource implements WorkbookSource {
  constructor(
    private readonly sheets: readonly SheetValues[],
    private readonly dateSystem: DateSystem = '1900',
  ) {}

  async describe(): Promise<WorkbookOutline> {
    return { sheets: this.sheets.map((s) => s.name), dateSystem: this.dateSystem };
  }

  async readSheets(names: readonly string[], onProgress?: (progress: ReadProgress) => void): Promise<SheetValues[]> {
    return names.map((name) => {
      const sheet = this.sheets.find((s) => s.name === name);
      if (!sheet) throw new RangeError(`no sheet named "${name}"`);
      onProgress?.({ sheet: name, rowsRead: sheet.values.length, rowsTotal: sheet.values.length });
      return sheet;
    });
  }
}
