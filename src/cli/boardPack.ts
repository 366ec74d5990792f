import { DEFAULT_SHEET_NAMES } from '../dashboard/buildPlan';
import type { WorkbookPlan } from '../dashboard/plan';
import type { PlanWriter, PlanWritten, PreviousHistory, WriteProgress } from '../refresh/planWriter';
import { BoardPackError, readBoardPackHistory } from '../workbook/xlsx/read/boardPackHistory';
import { writePlanXlsx } from '../workbook/xlsx/write/writePlanXlsx';
import { fileErrorMessage, isSystemError, writeOutputFile } from './outputFiles';
import { InputError, UsageError } from './usageError';

/**
 * The board pack OUT.xlsx as the refresh's `PlanWriter` (cli.md), over the .xlsx plan writer
 * (`workbook/xlsx/write/writePlanXlsx.ts`):
 *
 * - `previousHistory`: the History already in OUT.xlsx ("When OUT.xlsx already exists and was written
 *   by cadre refresh, its History is carried forward"), none when OUT.xlsx does not exist. A file not
 *   written by cadre refresh is refused (it would be overwritten); a History with rows Cadre cannot
 *   read is returned with them, and the refresh stops rather than lose them.
 * - `write`: the plan to a temporary file beside OUT that then replaces it, so a failure never leaves
 *   half a board pack (outputFiles.ts; the command has checked OUT with `checkOutputs` before its
 *   long work). `refreshedAt` goes into the document properties.
 */
export function boardPackWriter(out: string, refreshedAt: Date): PlanWriter {
  return {
    async previousHistory(): Promise<PreviousHistory | null> {
      let found: Awaited<ReturnType<typeof readBoardPackHistory>>;
      try {
        found = await readBoardPackHistory(out, DEFAULT_SHEET_NAMES.history);
      } catch (e) {
        // a file Cadre did not write (checkOutputs refuses it first): an output refused, exit 2
        if (e instanceof BoardPackError) throw new UsageError(`--out ${e.message}`);
        // OUT.xlsx cannot be read (permissions, the disk): the file is named, exit 2 like any file Cadre cannot read
        if (isSystemError(e)) throw new UsageError(fileErrorMessage(e, out, 'read'));
        throw new InputError(e instanceof Error ? e.message : String(e));
      }
      return found && { sheet: DEFAULT_SHEET_NAMES.history, rows: found.rows, skipped: found.skipped };
    },
    async write(plan: WorkbookPlan, onProgress?: (progress: WriteProgress) => void): Promise<PlanWritten> {
      const sheetsTotal = plan.sheets.length;
      onProgress?.({ sheetsWritten: 0, sheetsTotal });
      const buffer = await writePlanXlsx(plan, { refreshedAt });
      await writeOutputFile(out, buffer);
      onProgress?.({ sheetsWritten: sheetsTotal, sheetsTotal });
      return { sheets: plan.sheets.map((s) => ({ name: s.name, role: s.role })), warnings: [] };
    },
  };
}

/**
 * The workbook of `cadre suggest --out` (and the demo's suggestions) as a `PlanWriter`: the Cadre
 * Suggestions sheet alone, marked `cadre-suggest` (never a board pack), written beside the file and
 * then moved over it like the board pack. It carries no History.
 */
export function suggestionsWriter(out: string, writtenAt: Date): PlanWriter {
  return {
    async write(plan: WorkbookPlan, onProgress?: (progress: WriteProgress) => void): Promise<PlanWritten> {
      const sheetsTotal = plan.sheets.length;
      onProgress?.({ sheetsWritten: 0, sheetsTotal });
      await writeOutputFile(out, await writePlanXlsx(plan, { refreshedAt: writtenAt, kind: 'suggestions' }));
      onProgress?.({ sheetsWritten: sheetsTotal, sheetsTotal });
      return { sheets: plan.sheets.map((s) => ({ name: s.name, role: s.role })), warnings: [] };
    },
  };
}
