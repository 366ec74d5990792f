/**
 * The fairness floor in a Web Worker (src/taskpane/workers/README.md): computes the suggestions with
 * the floor off the task pane's thread. HiGHS (3.5 MB of Wasm) is a chunk of its own, loaded by this
 * Worker only when a floor is asked for and the unconstrained optimum misses it.
 */
import type { Highs, InitOptions } from 'highs';
import highsWasmUrl from 'highs/runtime';
import { handleFloorRequest, type FloorRequest } from './floorProtocol.js';

const scope = self as unknown as { onmessage: ((event: MessageEvent<FloorRequest>) => void) | null; postMessage(message: unknown): void };

let runtime: Promise<Highs> | undefined;
/** HiGHS, loaded once per Worker; the Wasm file at the URL the bundle emitted it under (dist/highs.[hash].wasm). */
const loadSolver = (): Promise<Highs> =>
  (runtime ??= import('highs').then((m) =>
    // the bundle takes the package's ES module, whose default export is the loader
    (m as unknown as { default: (options: InitOptions) => Promise<Highs> }).default({
      locateFile: (file: string) => (file.endsWith('.wasm') ? new URL(highsWasmUrl, self.location.href).href : file),
    }),
  ));

scope.onmessage = (event) => {
  void handleFloorRequest(event.data, loadSolver).then((response) => scope.postMessage(response));
};
