import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { TaskpaneWorkbook } from './workbook/taskpaneWorkbook';
import { loadExcelWorkbook } from './excelWorkbook';
import { ADD_IN_EXCEL_API, connectOffice, readOfficeGlobal, type OfficeApi } from './officeHost';
import { Shell } from './shell/Shell';

export interface StartOptions {
  /** office.js's `Office`; defaults to the global, undefined when office.js is not loaded */
  readonly office?: OfficeApi | undefined;
  /** how long to wait for `Office.onReady` */
  readonly timeoutMs?: number;
  /**
   * the workbook the views work on: the browser preview passes its in-memory one. Default: Excel's,
   * when the task pane runs in an Excel that supports ExcelApi 1.12; none otherwise.
   */
  readonly workbook?: () => Promise<TaskpaneWorkbook>;
}

/**
 * Waits for `Office.onReady` (or finds that there is no Office), then renders the shell into
 * `container`, with the views when there is a workbook to work on. Resolves with the React root
 * once the first render is scheduled.
 */
export async function startTaskpane(container: HTMLElement, options: StartOptions = {}): Promise<Root> {
  const office = 'office' in options ? options.office : readOfficeGlobal();
  const host = await connectOffice(office, options.timeoutMs);
  const loadWorkbook = options.workbook ?? (host.available && host.host === 'Excel' && host.supportsExcelApi(ADD_IN_EXCEL_API) ? loadExcelWorkbook : undefined);
  const view = container.ownerDocument.defaultView;
  const systemPrefersDark =
    typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
  container.replaceChildren();
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Shell host={host} systemPrefersDark={systemPrefersDark} loadWorkbook={loadWorkbook} />
    </StrictMode>,
  );
  return root;
}
