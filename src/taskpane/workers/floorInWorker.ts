import type { FloorRunner } from '../../matching';
import { suggestWithFairnessFloorInWorker } from './fairnessFloorClient.js';

/**
 * The task pane's fairness floor: `suggestWithFairnessFloorInWorker` (one Web Worker per run, HiGHS
 * loaded there), or undefined where this host has no Web Worker or no WebAssembly; then the Suggest
 * view shows the floor switched off, with why. `scope` defaults to `globalThis` (a test passes its own).
 */
export function floorInWorker(scope: { readonly Worker?: unknown; readonly WebAssembly?: unknown } = globalThis): FloorRunner | undefined {
  if (typeof scope.Worker !== 'function' || typeof scope.WebAssembly !== 'object' || scope.WebAssembly === null) return undefined;
  return (data, asOf, options, settings) => suggestWithFairnessFloorInWorker(data, asOf, options, settings);
}
