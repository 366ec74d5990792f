import { WriteIncompleteError, excelSaid, listText } from '../officeAdapterError';
import { type FeatureGate, hasMember } from '../host';

/**
 * One step of a write: a few queued Office.js actions belonging to one sheet of the plan (or to the
 * workbook: names, the ownership setting), with an estimate of the request bytes they add.
 */
export interface WriteStep {
  /** the plan sheet the step writes; null for workbook-level steps */
  readonly sheet: string | null;
  readonly bytes: number;
  /**
   * true: sync before this step rather than between it and the next one (when the two fit in one
   * batch). A sheet's clearing is chained to its values this way, so no sync leaves it blank.
   */
  readonly keepWithNext?: boolean;
  /** queues the step's actions on the request context (nothing is sent until sync) */
  queue(): void;
}

/** what one queued action costs by estimate besides its values: its object path, property, envelope */
export const ACTION_BYTES = 256;

/**
 * Runs write steps in order, queueing them and syncing whenever the next step would take the batch
 * over the budget (and once at the end): the number of syncs is the number of ~3.5 MB batches, not
 * the number of sheets, styles, tables or charts. Steps chained with `keepWithNext` go into one
 * batch when they fit in one. Before each batch it suspends calculation
 * (ExcelApi 1.6) and screen updating (ExcelApi 1.9) until that batch's sync, where supported.
 *
 * A sheet is complete once the batch holding its last step has synced. If a sync fails, it throws
 * a WriteIncompleteError listing every sheet of the plan that is not complete, whose message says
 * where the write stopped and why, what was written, and what to do (`writeStoppedMessage`).
 */
export class StepRunner {
  /** context.sync() calls made */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly gate: FeatureGate,
    private readonly budgetBytes: number,
    private readonly onBatch?: (completeSheets: number, totalSheets: number) => void,
  ) {}

  async run(steps: readonly WriteStep[], sheets: readonly string[]): Promise<void> {
    const lastStep = new Map<string, number>();
    steps.forEach((s, i) => {
      if (s.sheet !== null) lastStep.set(s.sheet, i);
    });
    const complete = new Set<string>(sheets.filter((s) => !lastStep.has(s)));
    let pending = 0;
    /** the first step of the batch being queued */
    let batchStart = 0;
    const flush = async (before: number): Promise<void> => {
      try {
        this.syncs += 1;
        await this.context.sync();
      } catch (error) {
        const incomplete = sheets.filter((s) => !complete.has(s));
        const at = steps.slice(batchStart, before).find((s) => s.sheet !== null && !complete.has(s.sheet))?.sheet ?? incomplete[0] ?? null;
        throw new WriteIncompleteError(incomplete, writeStoppedMessage(at, sheets.filter((s) => complete.has(s)), incomplete, error), error);
      }
      for (const [sheet, last] of lastStep) if (last < before) complete.add(sheet);
      pending = 0;
      this.onBatch?.(complete.size, sheets.length);
    };
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (pending > 0 && pending + chainBytes(steps, i) > this.budgetBytes) await flush(i);
      if (pending === 0) {
        batchStart = i;
        pending += this.suspend();
      }
      step.queue();
      pending += step.bytes;
    }
    if (pending > 0) await flush(steps.length);
  }

  /** queues the suspension of calculation and screen updating until the next sync; returns its bytes */
  private suspend(): number {
    const app = this.context.workbook.application;
    let bytes = 0;
    if (this.gate.allows('suspendCalculation', undefined, hasMember(app, 'suspendApiCalculationUntilNextSync'))) {
      app.suspendApiCalculationUntilNextSync();
      bytes += ACTION_BYTES;
    }
    if (this.gate.allows('suspendScreen', undefined, hasMember(app, 'suspendScreenUpdatingUntilNextSync'))) {
      app.suspendScreenUpdatingUntilNextSync();
      bytes += ACTION_BYTES;
    }
    return bytes;
  }
}

/**
 * What a failed write tells the user, without the title the task pane puts above it ("Writing the
 * dashboards stopped part-way"): where it stopped and Excel's reason, in one sentence; then what was
 * written and what is incomplete; then what to do. The incomplete sheets are Cadre's own by then
 * (claimed before the write), so the next refresh clears and rewrites them.
 *
 * @example writeStoppedMessage('B', ['A'], ['B', 'C'], lostConnection)
 * // "Cadre stopped writing at B: Excel said “The connection was lost” (GeneralException). A was written; B and C are incomplete. Press Refresh again to rewrite them; if it stops again, check that the workbook is not open read-only, close and reopen it, then refresh."
 */
export function writeStoppedMessage(at: string | null, written: readonly string[], incomplete: readonly string[], error: unknown): string {
  const reason = excelSaid(error);
  if (incomplete.length === 0) {
    return `Cadre stopped writing after the last sheet: ${reason}. Every sheet was written, but the workbook names of the key figures, such as Cadre.Retention12m, may not be. Press Refresh again to finish.`;
  }
  const one = incomplete.length === 1;
  const state =
    written.length === 0
      ? `No sheet was written in full: ${listText(incomplete)} ${one ? 'is' : 'are'} incomplete.`
      : `${listText(written)} ${written.length === 1 ? 'was' : 'were'} written; ${listText(incomplete)} ${one ? 'is' : 'are'} incomplete.`;
  return `Cadre stopped writing at ${at ?? incomplete[0]}: ${reason}. ${state} Press Refresh again to rewrite ${one ? 'it' : 'them'}; if it stops again, check that the workbook is not open read-only, close and reopen it, then refresh.`;
}

/** the bytes of steps[i] and of the steps chained to it (keepWithNext) */
function chainBytes(steps: readonly WriteStep[], i: number): number {
  let bytes = steps[i]!.bytes;
  for (let j = i; steps[j]?.keepWithNext === true && j + 1 < steps.length; j++) bytes += steps[j + 1]!.bytes;
  return bytes;
}
