import { DEFAULT_SHEET_NAMES, buildWorkbookPlan } from '../dashboard/buildPlan';
import type { HistoryRow } from '../dashboard/history';
import type { RefreshReport } from '../report/refreshReport';
import { BoardPackError, readBoardPackHistory } from '../workbook/xlsx/read/boardPackHistory';
import { writePlanXlsx } from '../workbook/xlsx/write/writePlanXlsx';
import { writeOutputFile } from './outputFiles';
import { InputError, UsageError } from './usageError';

/**
 * The History already in a board pack (cli.md: "When OUT.xlsx already exists and was written by
 * cadre refresh, its History is carried forward"): none when OUT.xlsx does not exist. A file not
 * written by cadre refresh is refused (it would be overwritten), and so is a History with rows Cadre
 * cannot read: carrying it forward without them would lose them.
 */
export async function boardPackHistory(out: string): Promise<HistoryRow[]> {
  let found: Awaited<ReturnType<typeof readBoardPackHistory>>;
  try {
    found = await readBoardPackHistory(out, DEFAULT_SHEET_NAMES.history);
  } catch (e) {
    // a file Cadre did not write (checkOutputs refuses it first): an output refused, exit 2
    if (e instanceof BoardPackError) throw new UsageError(`--out ${e.message}`);
    throw new InputError(e instanceof Error ? e.message : String(e));
  }
  if (found === null) return [];
  if (found.skipped.length > 0) {
    const [first] = found.skipped;
    throw new InputError(
      `${out}: ${found.skipped.length} row${found.skipped.length === 1 ? '' : 's'} of its ${DEFAULT_SHEET_NAMES.history} sheet cannot be read (row ${first.row}: ${first.reason}); correct ${found.skipped.length === 1 ? 'it' : 'them'}, or write to another --out file, so that no history is lost`,
    );
  }
  return found.rows;
}

/**
 * Writes the board pack (cli.md): the aggregate sheets of the plan, with the History carried forward,
 * to a temporary file beside OUT that then replaces it, so a failure never leaves half a board pack
 * (outputFiles.ts; the command has checked OUT with `checkOutputs` before its long work).
 */
export async function writeBoardPack(out: string, report: RefreshReport, history: readonly HistoryRow[], options: { analystDetail: boolean }): Promise<{ sheets: string[]; quarters: string[] }> {
  const plan = buildWorkbookPlan(report, { history, analystDetail: options.analystDetail });
  const buffer = await writePlanXlsx(plan, { refreshedAt: new Date(report.refreshedAt) });
  await writeOutputFile(out, buffer);
  // the History sheet's quarters: those carried forward and this refresh's
  const quarters = [...new Set([...history.map((h) => h.quarter), report.quarter])].sort();
  return { sheets: plan.sheets.map((s) => s.name), quarters };
}
