import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { connectOffice, readOfficeGlobal, type OfficeApi } from './officeHost';
import { Shell } from './shell/Shell';

export interface StartOptions {
  /** office.js's `Office`; defaults to the global, undefined when office.js is not loaded */
  readonly office?: OfficeApi | undefined;
  /** how long to wait for `Office.onReady` */
  readonly timeoutMs?: number;
}

/**
 * Waits for `Office.onReady` (or finds that there is no Office), then renders the shell into
 * `container`. Resolves with the React root once the first render is scheduled.
 */
export async function startTaskpane(container: HTMLElement, options: StartOptions = {}): Promise<Root> {
  const office = 'office' in options ? options.office : readOfficeGlobal();
  const host = await connectOffice(office, options.timeoutMs);
  const view = container.ownerDocument.defaultView;
  const systemPrefersDark =
    typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
  container.replaceChildren();
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Shell host={host} systemPrefersDark={systemPrefersDark} />
    </StrictMode>,
  );
  return root;
}
