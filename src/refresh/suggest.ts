import { fitWrappedRows } from '../dashboard/fitWrappedRows';
import type { WorkbookPlan } from '../dashboard/plan';
import { type PeopleNames, SUGGESTIONS_SHEET, suggestionsSheet } from '../dashboard/suggestionsSheet';
import { type IntakeResult, intake } from '../intake/intake';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import type { ProgramData } from '../model/program';
import type { PairingRole } from '../model/records';
import { isMinGroup } from '../privacy/minGroup';
import { type CriterionName, type SuggestionDocument, suggestionReport } from '../report/suggestionReport';
import type { FloorRunner, SuggestionResult } from '../matching';
import type { WorkbookSource } from '../workbook/workbookSource';
import type { PlanWriter, PlanWritten } from './planWriter';
import { previewWorkbook, readInputSheets } from './readInputs';
import type { RefreshProgress } from './refresh';
import { RefreshStopped } from './refreshStopped';

export interface SuggestOptions {
  /** the as-of date: who is active, who has a pairing, what a giver's load is */
  readonly asOf: Day;
  /** the role to suggest givers for */
  readonly role: PairingRole;
  /** k, the minimum group size of the audit (3 or more, `privacy/minGroup.ts`) */
  readonly minGroup: number;
  readonly mapping?: Mapping;
  /** weights by criterion; those not given keep matching.md's defaults */
  readonly weights?: Readonly<Partial<Record<CriterionName, number>>>;
  /** the fairness floor (matching.md), a share in (0, 1], e.g. 0.8; absent or null: off. Needs the port `runFloor` */
  readonly fairnessFloor?: number | null;
  /** the sheet's name (default "Cadre Suggestions") */
  readonly sheetName?: string;
  /** the input fingerprint, as for a refresh (`RefreshOptions.fingerprint`) */
  readonly fingerprint: (data: ProgramData) => string | Promise<string>;
  readonly onProgress?: (progress: RefreshProgress) => void;
}

export interface SuggestPorts {
  /** the workbook read */
  readonly source: WorkbookSource;
  /** where the Cadre Suggestions sheet is written; none: no plan is built */
  readonly writer?: PlanWriter;
  /** where the suggestion document goes (`cadre suggest --json FILE`), written before the plan */
  readonly documentWriter?: (document: SuggestionDocument) => Promise<void>;
  /**
   * computes the suggestions with a fairness floor (`suggestWithFairnessFloor`): in this process
   * (`floorInProcess(loadSolver)`, the command line) or in a Web Worker (the task pane); called only
   * when a floor is asked for. The solver it needs is loaded only when the unconstrained suggestions
   * miss the floor.
   */
  readonly runFloor?: FloorRunner;
}

/** Why a fairness floor cannot be applied: the shell brought no solver, or the floor is not a share. */
export const FAIRNESS_FLOOR_NEEDS_SOLVER = 'the fairness floor needs a solver, and none was given to compute it';

export interface SuggestOutcome {
  readonly intake: IntakeResult;
  /** the suggestions, the unmatched, the audit after the privacy pass, the weights */
  readonly document: SuggestionDocument;
  /** the engine's own result (loads, every figure before the privacy pass): for the shells' summaries, never written */
  readonly result: SuggestionResult;
  /** the plan (the Cadre Suggestions sheet alone, `partial`); null without a writer */
  readonly plan: WorkbookPlan | null;
  readonly written: PlanWritten | null;
}

/**
 * Pairing suggestions (matching.md), as every shell runs them: workbook → intake → records →
 * suggestions and their equity audit → the audit through the privacy pass → the Cadre Suggestions
 * sheet → workbook.
 *
 * 1. reading: the input sheets, as a refresh reads them (`previewWorkbook`, `readInputSheets`);
 * 2. computing: intake, then `suggestionReport` (the engine, the audit with the groups under k
 *    pooled, the privacy pass), then the plan of the one sheet. It stops before writing as a refresh
 *    does (`RefreshStopped`): k invalid, or nothing can be computed;
 * 3. writing: the document to `documentWriter`, then the plan through the writer. The plan is
 *    partial: in a workbook, the other sheets Cadre owns are left as they are.
 */
export async function suggest(ports: SuggestPorts, options: SuggestOptions): Promise<SuggestOutcome> {
  if (!isMinGroup(options.minGroup)) throw new RefreshStopped({ code: 'InvalidOption', minGroup: options.minGroup });
  const { source, writer } = ports;
  const { onProgress, mapping } = options;

  // 1. reading
  const reading = (p: { sheet: string; rowsRead: number; rowsTotal: number }) => onProgress?.({ phase: 'reading', ...p });
  const previewed = await previewWorkbook(source, mapping, { onProgress: reading });
  const { inputs } = await readInputSheets(source, previewed, mapping, { onProgress: reading });

  // 2. computing
  onProgress?.({ phase: 'computing', step: 'checking' });
  const checked = intake(inputs, { asOf: options.asOf, dateSystem: previewed.outline.dateSystem, mapping });
  if (!checked.canCompute) throw new RefreshStopped({ code: 'CannotCompute', firstError: checked.problems.find((p) => p.severity === 'error') ?? null });
  onProgress?.({ phase: 'computing', step: 'reporting' });
  const inputFingerprint = await options.fingerprint(checked.data);
  const floorShare = options.fairnessFloor ?? null;
  let floor = null;
  if (floorShare !== null) {
    if (!(floorShare > 0 && floorShare <= 1)) throw new RangeError(`the fairness floor must be a share above 0 and at most 1 (got ${floorShare})`);
    if (!ports.runFloor) throw new RangeError(FAIRNESS_FLOOR_NEEDS_SOLVER);
    const outcome = await ports.runFloor(checked.data, options.asOf, { role: options.role, weights: options.weights }, { floor: floorShare, k: options.minGroup });
    floor = outcome.floor;
  }
  const { document, result } = suggestionReport(checked.data, {
    asOf: options.asOf,
    role: options.role,
    minGroup: options.minGroup,
    inputFingerprint,
    weights: options.weights,
    floor,
  });
  const plan: WorkbookPlan | null = writer
    ? { sheets: [fitWrappedRows(suggestionsSheet(document, peopleNames(checked.data), options.sheetName ?? SUGGESTIONS_SHEET))], names: [], partial: true }
    : null;

  // 3. writing
  if (ports.documentWriter) await ports.documentWriter(document);
  const written = writer && plan ? await writer.write(plan, (p) => onProgress?.({ phase: 'writing', ...p })) : null;
  return { intake: checked, document, result, plan, written };
}

/** Names by PersonID and by MentorID; a giver without a name on Mentors takes the one on Participants (an employee who mentors). */
export function peopleNames(data: ProgramData): PeopleNames {
  const mentees = new Map<string, string>();
  for (const p of data.participants) if (p.name !== undefined && !mentees.has(p.personId)) mentees.set(p.personId, p.name);
  const givers = new Map<string, string>();
  for (const m of data.mentors) {
    const name = m.name ?? mentees.get(m.mentorId);
    if (name !== undefined && !givers.has(m.mentorId)) givers.set(m.mentorId, name);
  }
  return { mentees, givers };
}
