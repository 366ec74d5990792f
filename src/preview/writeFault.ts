import type { ExcelFake } from '../workbook/excelFake';
import type { ExcelRun } from '../workbook/office/host';
import type { TaskpaneWorkbook } from '../taskpane/workbook/taskpaneWorkbook';

/** how many actions of the failing batch Excel applies before the connection drops (a batch is not a transaction) */
export const FAULT_APPLIED_ACTIONS = 200;

/**
 * The first refresh's first write batch fails, as a connection dropped mid-batch would
 * (`?fail=write`): the error path of the task pane (which sheets are incomplete, "refresh again")
 * can then be shown. Only the first refresh fails; the next one repairs the sheets.
 *
 * How it finds that batch: a refresh reads, reports `computing`, then writes in one `run` (writePlan:
 * one sync to read the workbook's sheets, one to add the missing ones, then one per write batch;
 * src/workbook/office/README.md). So the first `run` after `computing` gets
 * `fake.failSync({ skip: 2, applied })`: its third sync, the first write batch, applies `applied`
 * actions and then fails.
 *
 * Use: pass `run` to `officeTaskpaneWorkbook`, then `wrap` what it returns.
 */
export function writeFault(fake: Pick<ExcelFake, 'run' | 'failSync'>, applied: number = FAULT_APPLIED_ACTIONS): {
  readonly run: ExcelRun;
  readonly wrap: (workbook: TaskpaneWorkbook) => TaskpaneWorkbook;
  /** true until the failure has been injected */
  readonly pending: () => boolean;
} {
  let armed = true;
  let computed = false;
  const run: ExcelRun = (batch) => {
    if (armed && computed) {
      armed = false;
      fake.failSync({ skip: 2, applied, message: 'The connection to Excel was lost while writing; the preview injected this failure, ?fail=write.' });
    }
    return fake.run(batch);
  };
  const wrap = (workbook: TaskpaneWorkbook): TaskpaneWorkbook => ({
    overview: (mapping) => workbook.overview(mapping),
    insertSample: () => workbook.insertSample(),
    insertTemplates: () => workbook.insertTemplates(),
    loadSetup: () => workbook.loadSetup(),
    saveMapping: (mapping) => workbook.saveMapping(mapping),
    saveSettings: (settings) => workbook.saveSettings(settings),
    validate: (options) => workbook.validate(options),
    selectCell: (sheet, cell) => workbook.selectCell(sheet, cell),
    activateSheet: (sheet) => workbook.activateSheet(sheet),
    fairnessFloorAvailable: () => workbook.fairnessFloorAvailable(),
    suggest: (options) => workbook.suggest(options),
    appendPairings: (options) => workbook.appendPairings(options),
    refresh: async (options) => {
      computed = false;
      try {
        return await workbook.refresh({
          ...options,
          onProgress: (progress) => {
            if (progress.phase === 'computing') computed = true;
            options.onProgress?.(progress);
          },
        });
      } finally {
        computed = false;
      }
    },
  });
  return { run, wrap, pending: () => armed };
}
