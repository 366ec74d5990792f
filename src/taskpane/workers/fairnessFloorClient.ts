import type { Day } from '../../model/day';
import type { ProgramData } from '../../model/program';
import type { FloorOutcome, FloorSettings, SuggestOptions } from '../../matching';
import type { FloorRequest, FloorResponse } from './floorProtocol.js';

/** What the client needs of a Worker (a real one, or a stand-in in tests). */
export interface FloorWorker {
  postMessage(message: FloorRequest): void;
  onmessage: ((event: { readonly data: FloorResponse }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
  terminate(): void;
}

let nextId = 1;

/**
 * Pairing suggestions with the fairness floor, computed in a Web Worker (for the Suggest view):
 * resolves to `{ unconstrained, floor }` exactly as `suggestWithFairnessFloor` (`floor` null when the
 * floor is off), rejects with the engine's message. One Worker per call, ended when it answers, so
 * the solver's memory goes with it. `createWorker` defaults to the bundled Worker
 * (`createFloorWorker.ts`, loaded on first use).
 */
export async function suggestWithFairnessFloorInWorker(
  data: ProgramData,
  asOf: Day,
  options: SuggestOptions,
  settings: Omit<FloorSettings, 'loadSolver'>,
  createWorker?: () => FloorWorker,
): Promise<FloorOutcome> {
  const make = createWorker ?? (await import(/* webpackMode: "eager" */ './createFloorWorker.js')).createFloorWorker;
  const worker = make() as FloorWorker;
  const id = nextId++;
  return new Promise<FloorOutcome>((resolve, reject) => {
    worker.onmessage = (event) => {
      if (event.data.id !== id) return;
      worker.terminate();
      if (event.data.ok) resolve(event.data.outcome);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the fairness floor's Worker failed${event.message ? `: ${event.message}` : ''}`));
    };
    worker.postMessage({ id, data, asOf, options, settings });
  });
}
