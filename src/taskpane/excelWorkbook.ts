import type { TaskpaneWorkbook } from './workbook/taskpaneWorkbook';

/**
 * The workbook connection inside Excel: `Excel.run` and Office's requirement checks, with the engine
 * loaded after the first render (its own chunk: the first-render budget is 250 KB gzipped).
 */
export async function loadExcelWorkbook(): Promise<TaskpaneWorkbook> {
  const [{ officeTaskpaneWorkbook }, { floorInWorker }] = await Promise.all([
    import(/* webpackChunkName: "engine" */ './workbook/officeTaskpaneWorkbook.js'),
    import(/* webpackChunkName: "engine" */ './workers/floorInWorker.js'),
  ]);
  return officeTaskpaneWorkbook(
    (batch) => Excel.run(batch),
    (name, version) => Office.context.requirements.isSetSupported(name, version),
    // the fairness floor's integer program, in a Web Worker (HiGHS loaded there, only when needed)
    floorInWorker(),
  );
}
