import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startTaskpane } from '../taskpane/bootstrap';
import type { ExcelFake } from '../workbook/excelFake';
import { officeTaskpaneWorkbook } from '../taskpane/workbook/officeTaskpaneWorkbook';
import { floorInWorker } from '../taskpane/workers/floorInWorker';
import type { TaskpaneWorkbook } from '../taskpane/workbook/taskpaneWorkbook';
import { PreviewApp } from './PreviewApp';
import { type PreviewOptions, parsePreviewOptions } from './previewOptions';
import { emulateColorScheme, prefersDark } from './previewTheme';
import { createPreviewFake } from './previewWorkbooks';
import { writeFault } from './writeFault';

/** What the page exposes for the browser tests: `window.cadrePreview`. */
export interface CadrePreviewHandle {
  /** the in-memory Excel: `fake.workbook` (inspection), `fake.stats.syncs`, `fake.run` */
  readonly fake: ExcelFake;
  readonly options: PreviewOptions;
  /** true once the task pane has been started */
  ready: boolean;
  /** set when the page could not start */
  error: string | null;
}

declare global {
  interface Window {
    cadrePreview?: CadrePreviewHandle;
  }
}

/**
 * The preview page: the in-memory Excel fake on the left (the workbook viewer), the task pane on
 * the right, working on that fake through the same `officeTaskpaneWorkbook` it uses inside Excel,
 * with `fake.run` in place of `Excel.run`.
 */
async function main(): Promise<void> {
  const workbookElement = document.getElementById('workbook');
  const paneElement = document.getElementById('taskpane');
  if (!workbookElement || !paneElement) throw new Error('preview.html has no #workbook or #taskpane element');

  const options = parsePreviewOptions(window.location.search);
  for (const problem of options.problems) console.warn(`Cadre preview: ${problem}`);
  emulateColorScheme(window, options.theme);
  const fake = await createPreviewFake(options.workbook);
  window.cadrePreview = { fake, options, ready: false, error: null };

  const isSetSupported = (name: string, version?: string): boolean => fake.isSetSupported(name, version);
  const fault = options.fail === 'write' ? writeFault(fake) : null;
  const connected: TaskpaneWorkbook = fault
    ? fault.wrap(officeTaskpaneWorkbook(fault.run, isSetSupported, floorInWorker()))
    : officeTaskpaneWorkbook((batch) => fake.run(batch), isSetSupported, floorInWorker());
  // one function for the whole page: the task pane connects once
  const loadWorkbook = (): Promise<TaskpaneWorkbook> => Promise.resolve(connected);

  workbookElement.replaceChildren();
  createRoot(workbookElement).render(
    <StrictMode>
      <PreviewApp options={options} source={fake} dark={prefersDark(window, options.theme)} dateSystem="1900" formulas={fake} />
    </StrictMode>,
  );
  await startTaskpane(paneElement, { office: undefined, workbook: loadWorkbook });
  window.cadrePreview.ready = true;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (window.cadrePreview) window.cadrePreview.error = message;
  const target = document.getElementById('taskpane') ?? document.body;
  target.textContent = `The preview could not start: ${message}`;
  console.error(error);
});
