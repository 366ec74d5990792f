import type { Day } from '../../model/day';
import type { ProgramData } from '../../model/program';
import type { FloorOutcome, FloorSettings, SolverLoader, SuggestOptions } from '../../matching';
import { suggestWithFairnessFloor } from '../../matching';

/** What the task pane sends the fairness-floor Worker: the same arguments as `suggestWithFairnessFloor`, less the solver loader. */
export interface FloorRequest {
  readonly id: number;
  readonly data: ProgramData;
  readonly asOf: Day;
  readonly options: SuggestOptions;
  readonly settings: Omit<FloorSettings, 'loadSolver'>;
}

export type FloorResponse = { readonly id: number; readonly ok: true; readonly outcome: FloorOutcome } | { readonly id: number; readonly ok: false; readonly error: string };

/** The Worker's work, apart from the Worker: the suggestions with the floor, or the error's message. */
export async function handleFloorRequest(request: FloorRequest, loadSolver: SolverLoader): Promise<FloorResponse> {
  try {
    const outcome = await suggestWithFairnessFloor(request.data, request.asOf, request.options, { ...request.settings, loadSolver });
    return { id: request.id, ok: true, outcome };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
