import type { HistoryRow } from '../dashboard/history';
import type { SheetRole, WorkbookPlan } from '../dashboard/plan';

/**
 * The port a refresh writes through: a workbook plan (`src/dashboard`) into a workbook. Implemented
 * by the Office.js adapter (`workbook/office/write/officePlanWriter.ts`: the workbook open in Excel)
 * and by the board-pack writer of the command line (`cli/boardPack.ts` over
 * `workbook/xlsx/write/writePlanXlsx.ts`: an .xlsx file). The reading port is `WorkbookSource`
 * (`workbook/workbookSource.ts`).
 */
export interface PlanWriter {
  /**
   * The History the target already holds, to carry forward, read before the inputs (a board pack
   * on disk); null when it holds none. A writer whose target is the source workbook itself (Excel)
   * has no such method: the History is one of the source's sheets, Cadre's own, and the refresh
   * reads it with the inputs.
   */
  previousHistory?(): Promise<PreviousHistory | null>;
  /** Writes the plan; the plan is complete (every figure computed) before this is called. */
  write(plan: WorkbookPlan, onProgress?: (progress: WriteProgress) => void): Promise<PlanWritten>;
}

export interface PreviousHistory {
  /** the History sheet's name (for messages) */
  readonly sheet: string;
  readonly rows: readonly HistoryRow[];
  /** rows that cannot be read as history: a refresh stops rather than lose them */
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}

export interface WriteProgress {
  readonly sheetsWritten: number;
  readonly sheetsTotal: number;
}

export interface PlanWritten {
  /** the sheets written, in the plan's order */
  readonly sheets: readonly { readonly name: string; readonly role: SheetRole }[];
  /** plain messages: what the target could not do, sheets renamed back or removed */
  readonly warnings: readonly string[];
}
