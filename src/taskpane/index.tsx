import { startTaskpane } from './bootstrap';
import { hasCustomFunctionsRuntime } from './customFunctionsHost';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

startTaskpane(container).catch((error: unknown) => {
  // Last resort: the shell itself failed. Say so in plain text rather than leave a blank pane.
  container.textContent = `Cadre could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});

// Excel's shared runtime: the custom functions (CADRE.…) live in this page. Their module (and the
// engine it needs) is a chunk of its own, loaded beside the first render rather than before it;
// outside Excel (the preview, a browser) there is no CustomFunctions and nothing is loaded.
if (hasCustomFunctionsRuntime(globalThis)) {
  import('../functions/register.js').catch((error: unknown) => console.error('Cadre could not register its custom functions', error));
}
