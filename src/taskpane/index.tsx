import { startTaskpane } from './bootstrap';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');

startTaskpane(container).catch((error: unknown) => {
  // Last resort: the shell itself failed. Say so in plain text rather than leave a blank pane.
  container.textContent = `Cadre could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
