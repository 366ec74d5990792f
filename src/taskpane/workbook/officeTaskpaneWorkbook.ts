import { withAdapterFailure } from '../../workbook/office/adapterFailure';
import { activateSheet, selectCell } from '../../workbook/office/goToCell';
import { type ExcelRun, type IsSetSupported, defaultIsSetSupported, requireExcelApi } from '../../workbook/office/host';
import { insertSample } from '../../workbook/office/write/insertSample';
import { insertTemplates } from '../../workbook/office/write/insertTemplates';
import { loadSetup, saveMapping, saveSettings } from './setupStore';
import type { FloorRunner } from '../../matching';
import type { TaskpaneWorkbook } from './taskpaneWorkbook';
import { appendPairingsInExcel, readWorkbookOverview, refreshWorkbook, suggestInExcel, validateWorkbook } from './officeUseCases';

/**
 * The task pane's workbook (`TaskpaneWorkbook`) over `Excel.run`, or the Excel fake's `run` in tests
 * and in the browser preview (`officeTaskpaneWorkbook(fake.run, (n, v) => fake.isSetSupported(n, v))`).
 * `runFloor` computes a fairness floor (the task pane gives `floorInWorker()`: the integer program in
 * a Web Worker); without it, suggestions with a floor fail with a message and
 * `fairnessFloorAvailable()` is false.
 *
 * Every method first checks the host has ExcelApi 1.4 (an UnsupportedHost error otherwise), and
 * rejects only with an `OfficeAdapterError` whose message says what happened and what to do (an
 * unexpected error is wrapped, and kept as `cause`). Syncs per call (measured on the Excel fake):
 *
 * | method | syncs |
 * | --- | --- |
 * | overview | 2 |
 * | insertSample | 2 (standard sample: names and date system; one write batch of ~2.9 MB) |
 * | insertTemplates | 2 |
 * | loadSetup, saveMapping, saveSettings | 1 |
 * | validate | 2 + value batches (3 for the standard sample) |
 * | selectCell, activateSheet | 1 |
 * | refresh | `refreshWorkbook` (6 for the standard sample) |
 * | suggest | `suggestInExcel`: the reads of a refresh, then the Cadre Suggestions sheet's write when asked |
 * | appendPairings | 2 (recognition) + 2 without a table on the Pairings sheet, 3 with one, 4 when values lie below it |
 */
export function officeTaskpaneWorkbook(run: ExcelRun, isSetSupported: IsSetSupported = defaultIsSetSupported(), runFloor?: FloorRunner): TaskpaneWorkbook {
  /**
   * runs `work` on a host that has what Cadre needs; the steps wrap Excel's errors themselves, so
   * what is left to wrap here is a failure nobody foresaw (code Unexpected)
   */
  const call = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    requireExcelApi(isSetSupported);
    return withAdapterFailure('Unexpected', what, 'Try again; if it keeps failing, reload the add-in.', work);
  };
  return {
    overview: (mapping) => call('Looking at the workbook', () => readWorkbookOverview(run, mapping)),
    insertSample: () => call('Inserting the sample program', () => insertSample(run, isSetSupported)),
    insertTemplates: () => call('Inserting the templates', () => insertTemplates(run, isSetSupported)),
    loadSetup: () => call("Reading Cadre's saved mapping and settings", () => loadSetup(run)),
    saveMapping: (mapping) => call('Saving the mapping', () => saveMapping(run, mapping)),
    saveSettings: (settings) => call('Saving the settings', () => saveSettings(run, settings)),
    validate: (options) => call('Checking the input sheets', () => validateWorkbook(run, options)),
    selectCell: (sheet, cell) => call(`Going to ${sheet}!${cell}`, () => selectCell(run, sheet, cell)),
    activateSheet: (sheet) => call(`Opening the sheet ${sheet}`, () => activateSheet(run, sheet)),
    refresh: (options) => call('The refresh', () => refreshWorkbook(run, { ...options, isSetSupported })),
    fairnessFloorAvailable: () => runFloor !== undefined,
    suggest: (options) => call('Suggesting pairings', () => suggestInExcel(run, { ...options, isSetSupported, runFloor })),
    appendPairings: (options) => call('Adding the accepted pairings to Pairings', () => appendPairingsInExcel(run, options)),
  };
}
