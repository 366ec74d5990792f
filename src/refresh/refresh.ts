import { type PlanOptions, buildWorkbookPlan } from '../dashboard/buildPlan';
import { type HistoryRow, historyFromValues } from '../dashboard/history';
import type { SheetRole, WorkbookPlan } from '../dashboard/plan';
import { type IntakeResult, intake } from '../intake/intake';
import type { CellValue, SheetValues } from '../model/cell';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import type { ProgramData } from '../model/program';
import { isMinGroup } from '../privacy/minGroup';
import { type RefreshReport, refreshReport } from '../report/refreshReport';
import type { WorkbookSource } from '../workbook/workbookSource';
import type { PlanWriter, PlanWritten, PreviousHistory } from './planWriter';
import { previewWorkbook, readInputSheets } from './readInputs';
import { recomputedHistory } from './recomputedHistory';
import { RefreshStopped } from './refreshStopped';

export interface RefreshOptions {
  /** the as-of date that closes every window (none chosen: `defaultAsOf`) */
  readonly asOf: Day;
  /** k, the minimum group size: a whole number, 3 or more (`privacy/minGroup.ts`) */
  readonly minGroup: number;
  /** overrides of how sheets and columns are recognised (the task pane saves it in the workbook) */
  readonly mapping?: Mapping;
  /** write the Analyst Detail sheet (person-level findings with ids) */
  readonly analystDetail: boolean;
  /** sheet names other than the defaults */
  readonly sheetNames?: Partial<Record<SheetRole, string>>;
  /** the program's name in the Board Dashboard's title */
  readonly programName?: string;
  /** the refresh's time (refreshed-at on every sheet and History row) */
  readonly now: Date;
  /**
   * the input fingerprint, "sha256:<hex>" of `canonicalInput(data)`: node:crypto on the command line
   * (`cli/inputFingerprint.ts`), Web Crypto in the task pane (`workbook/office/portableInputFingerprint.ts`)
   */
  readonly fingerprint: (data: ProgramData) => string | Promise<string>;
  readonly onProgress?: (progress: RefreshProgress) => void;
}

export type RefreshProgress =
  | { readonly phase: 'reading'; readonly sheet: string; readonly rowsRead: number; readonly rowsTotal: number }
  /** `step`: checking the input sheets (intake), then computing the report and the plan */
  | { readonly phase: 'computing'; readonly step?: 'checking' | 'reporting' }
  | { readonly phase: 'writing'; readonly sheetsWritten: number; readonly sheetsTotal: number };

export interface RefreshPorts {
  /** the workbook read: Excel (`OfficeSource`), an .xlsx file (`XlsxSource`), sheets in memory (`SheetsSource`) */
  readonly source: WorkbookSource;
  /** where the plan is written; none: no plan is built (`cadre refresh --json` alone) */
  readonly writer?: PlanWriter;
  /** where the report document goes (`cadre refresh --json FILE`), written before the plan */
  readonly reportWriter?: (report: RefreshReport) => Promise<void>;
}

export interface RefreshOutcome {
  /** intake's result: the records, every data-quality problem */
  readonly intake: IntakeResult;
  /** the report, already through small-group suppression (the JSON document) */
  readonly report: RefreshReport;
  /** the History rows carried forward into the plan, with the quarters recomputed for a first refresh */
  readonly history: readonly HistoryRow[];
  /** the plan written; null without a writer */
  readonly plan: WorkbookPlan | null;
  /** what the writer wrote; null without a writer */
  readonly written: PlanWritten | null;
}

/**
 * The refresh, as every shell runs it (the command line, the task pane, the demo, the preview, the
 * benchmark): the data goes one way, workbook → intake → records → engine → report → plan → workbook.
 *
 * 1. reading: the History the writer's target holds (a board pack on disk, before the long read);
 *    the input sheets (`previewWorkbook`, `readInputSheets`), with Cadre's own History sheet when the
 *    source workbook is also the target (Excel);
 * 2. computing: intake, the input fingerprint, the report (suppressed below k), the plan. Nothing is
 *    written before this is done: an invalid k, a workbook from which nothing can be computed, or a
 *    History with rows Cadre cannot read stops here with `RefreshStopped`;
 * 3. writing: the report to `reportWriter`, then the plan through the writer's `write`.
 */
export async function refresh(ports: RefreshPorts, options: RefreshOptions): Promise<RefreshOutcome> {
  if (!isMinGroup(options.minGroup)) throw new RefreshStopped({ code: 'InvalidOption', minGroup: options.minGroup });
  const { source, writer } = ports;
  const { onProgress, mapping } = options;

  // 1. reading
  const carried = writer?.previousHistory ? await writer.previousHistory() : null;
  const readsHistory = writer !== undefined && !writer.previousHistory;
  const reading = (p: { sheet: string; rowsRead: number; rowsTotal: number }) => onProgress?.({ phase: 'reading', ...p });
  // reading and intake in a function of their own: the input sheets' cell values (the largest thing a
  // refresh holds) are garbage once intake has its records, not kept alive through computing and writing
  const { result, existing } = await readAndCheck(source, mapping, options, readsHistory, carried);
  const history = existing?.rows ?? [];
  onProgress?.({ phase: 'computing', step: 'reporting' });
  const inputFingerprint = await options.fingerprint(result.data);
  const { report, plan, recomputed } = computeRefresh(result, { ...options, inputFingerprint, history }, writer !== undefined);

  // 3. writing
  if (ports.reportWriter) await ports.reportWriter(report);
  const written = writer && plan ? await writer.write(plan, (p) => onProgress?.({ phase: 'writing', ...p })) : null;
  return { intake: result, report, history: [...history, ...recomputed], plan, written };
}

/**
 * The computing step alone, from intake's result: the report (suppressed below k) and, when
 * `withPlan`, the workbook plan with the History carried forward (and, when it has no earlier
 * quarter, the previous four quarters recomputed: `recomputedHistory`). What `refresh` computes between
 * reading and writing; the benchmark times it.
 */
export function computeRefresh(
  result: IntakeResult,
  options: Pick<RefreshOptions, 'asOf' | 'minGroup' | 'now' | 'analystDetail' | 'sheetNames' | 'programName'> & {
    readonly inputFingerprint: string;
    readonly history: readonly HistoryRow[];
  },
  withPlan = true,
): { readonly report: RefreshReport; readonly plan: WorkbookPlan | null; readonly recomputed: readonly HistoryRow[] } {
  const report = refreshReport({ asOf: options.asOf, minGroup: options.minGroup, refreshedAt: options.now, inputFingerprint: options.inputFingerprint }, result);
  if (!withPlan) return { report, plan: null, recomputed: [] };
  const recomputed = recomputedHistory(result, { ...options, inputFingerprint: options.inputFingerprint }, options.history);
  const planOptions: PlanOptions = {
    history: [...options.history, ...recomputed],
    analystDetail: options.analystDetail,
    sheetNames: options.sheetNames,
    programName: options.programName,
  };
  return { report, plan: buildWorkbookPlan(report, planOptions), recomputed };
}

/** a sheet's values as seen from A1 (blank rows and columns before its used range put back) */
function fromA1(sheet: SheetValues): CellValue[][] {
  const top = (sheet.firstRow ?? 1) - 1;
  const left = (sheet.firstColumn ?? 1) - 1;
  const pad = Array<CellValue>(left).fill(null);
  return [...Array.from({ length: top }, (): CellValue[] => []), ...sheet.values.map((r) => (left > 0 ? [...pad, ...r] : [...r]))];
}

/** Reads the input sheets (and the History sheet to carry forward) and runs intake: the records, and History's rows. */
async function readAndCheck(
  source: WorkbookSource,
  mapping: Mapping | undefined,
  options: RefreshOptions,
  readsHistory: boolean,
  carried: PreviousHistory | null,
) {
  const { onProgress } = options;
  const reading = (p: { sheet: string; rowsRead: number; rowsTotal: number }) => onProgress?.({ phase: 'reading', ...p });
  // the History sheet's size comes in the same sync as the candidates' previews
  const previewed = await previewWorkbook(source, mapping, { alsoPreview: readsHistory ? ['history'] : [], onProgress: reading });
  const historySheet = readsHistory ? previewed.owned.get('history') : undefined;
  const { inputs, byName } = await readInputSheets(source, previewed, mapping, { alsoRead: historySheet !== undefined ? [historySheet] : [], onProgress: reading });

  // 2. computing
  onProgress?.({ phase: 'computing', step: 'checking' });
  const result = intake(inputs, { asOf: options.asOf, dateSystem: previewed.outline.dateSystem, mapping });
  if (!result.canCompute) throw new RefreshStopped({ code: 'CannotCompute', firstError: result.problems.find((p) => p.severity === 'error') ?? null });
  const existing = carried ?? (historySheet !== undefined ? { sheet: historySheet, ...historyFromValues(fromA1(byName.get(historySheet)!)) } : null);
  if (existing && existing.skipped.length > 0) {
    // rewriting the History without rows Cadre cannot read would lose them: stop before writing
    throw new RefreshStopped({ code: 'HistoryUnreadable', sheet: existing.sheet, skipped: existing.skipped });
  }
  return { result, existing };
}
