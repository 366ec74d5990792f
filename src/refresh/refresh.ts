import { type PlanOptions, buildWorkbookPlan } from '../dashboard/buildPlan';
import { historyFromValues } from '../dashboard/history';
import type { SheetRole } from '../dashboard/plan';
import { intake } from '../intake/intake';
import type { CellValue, SheetValues } from '../model/cell';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import { type RefreshReport, refreshReport } from '../report/refreshReport';
import { OfficeAdapterError } from '../workbook/office/errors';
import { portableInputFingerprint } from '../workbook/office/fingerprint';
import { type ExcelRun, type IsSetSupported, defaultIsSetSupported, requireExcelApi } from '../workbook/office/host';
import { previewWorkbook, readInputSheets } from './readInputs';
import { OfficeSource } from '../workbook/office/read/officeSource';
import { writePlan } from '../workbook/office/write/writePlan';

export interface RefreshInExcelOptions {
  /** the as-of date that closes every window */
  readonly asOf: Day;
  /** k, the minimum group size: a whole number, 3 or more */
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
  /** Office's isSetSupported (default: Office.context.requirements.isSetSupported when Office is loaded) */
  readonly isSetSupported?: IsSetSupported;
  readonly onProgress?: (progress: RefreshProgress) => void;
}

export type RefreshProgress =
  | { readonly phase: 'reading'; readonly sheet: string; readonly rowsRead: number; readonly rowsTotal: number }
  | { readonly phase: 'computing' }
  | { readonly phase: 'writing'; readonly sheetsWritten: number; readonly sheetsTotal: number };

export interface RefreshInExcelResult {
  readonly report: RefreshReport;
  /** the sheets written, in tab order */
  readonly written: readonly { readonly name: string; readonly role: SheetRole }[];
  /** context.sync() calls of the whole refresh (read and write) */
  readonly syncs: number;
  /** value blocks read (a sheet read in one piece counts one) */
  readonly readBlocks: number;
  /** plain messages: what this Excel could not do, sheets renamed back or removed, the date system assumed */
  readonly warnings: readonly string[];
}

/**
 * A refresh inside Excel, as the task pane runs it (dashboards.md): read the recognised input sheets
 * and Cadre's existing History, compute every metric completely, then write the dashboards.
 *
 * 1. reading (OfficeSource): the outline and the ownership setting (1 sync); the first 20 rows of
 *    every sheet Cadre does not own (1 sync), from which the input sheets are recognised as
 *    `cadre validate` recognises them; the values of the recognised sheets, of sheets the mapping
 *    names, and of the owned History sheet, in batches under 4 MB (1 sync for the standard sample);
 * 2. computing: intake, the input fingerprint (Web Crypto), the report (suppressed below k), the
 *    History rows of the existing sheet, the workbook plan. Nothing is written before this is done;
 *    a workbook that cannot be computed stops here with a CannotCompute error;
 * 3. writing: `writePlan` (2 syncs plus one per batch).
 */
export async function refreshWorkbook(run: ExcelRun, options: RefreshInExcelOptions): Promise<RefreshInExcelResult> {
  if (!Number.isInteger(options.minGroup) || options.minGroup < 3) {
    throw new OfficeAdapterError('InvalidOption', `The minimum group size must be a whole number, 3 or more (it is ${options.minGroup}).`);
  }
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  requireExcelApi(isSetSupported);
  const { onProgress, mapping } = options;

  // 1. reading
  const source = new OfficeSource(run);
  // the History sheet's size comes in the same sync as the candidates' previews
  const previewed = await previewWorkbook(source, mapping, ['history']);
  const { outline } = previewed;
  const history = previewed.owned.get('history');
  const { inputs, byName } = await readInputSheets(source, previewed, mapping, {
    alsoRead: history ? [history.name] : [],
    onProgress: (p) => onProgress?.({ phase: 'reading', ...p }),
  });

  // 2. computing
  onProgress?.({ phase: 'computing' });
  const result = intake(inputs, { asOf: options.asOf, dateSystem: outline.dateSystem, mapping });
  if (!result.canCompute) {
    const first = result.problems.find((p) => p.severity === 'error');
    throw new OfficeAdapterError(
      'CannotCompute',
      `Nothing can be computed, and nothing was written: ${first ? `${first.sheet}${first.cell ? `!${first.cell}` : ''}: ${first.message}` : 'the Participants sheet has no usable rows.'} ${first?.fix ?? ''}`.trim(),
    );
  }
  const report = refreshReport(
    { asOf: options.asOf, minGroup: options.minGroup, refreshedAt: options.now, inputFingerprint: await portableInputFingerprint(result.data) },
    result,
  );
  const existing = history ? historyFromValues(fromA1(byName.get(history.name)!)) : { rows: [], skipped: [] };
  if (history && existing.skipped.length > 0) {
    // rewriting the History without rows Cadre cannot read would lose them: stop before writing
    const [first] = existing.skipped;
    throw new OfficeAdapterError(
      'HistoryUnreadable',
      `Nothing was written: ${existing.skipped.length} row${existing.skipped.length === 1 ? '' : 's'} of the sheet "${history.name}" cannot be read as history (row ${first.row}: ${first.reason}). Correct ${existing.skipped.length === 1 ? 'it' : 'them'}, or rename that sheet to keep it, then refresh again.`,
    );
  }
  const planOptions: PlanOptions = {
    history: existing.rows,
    analystDetail: options.analystDetail,
    sheetNames: options.sheetNames,
    programName: options.programName,
  };
  const plan = buildWorkbookPlan(report, planOptions);

  // 3. writing
  const written = await writePlan(run, plan, {
    isSetSupported,
    onProgress: (p) => onProgress?.({ phase: 'writing', ...p }),
  });
  return {
    report,
    written: written.sheets,
    syncs: source.syncs + written.syncs,
    readBlocks: source.readBlocks,
    warnings: [...source.notes, ...written.warnings],
  };
}

/** a sheet's values as seen from A1 (blank rows and columns before its used range put back) */
function fromA1(sheet: SheetValues): CellValue[][] {
  const top = (sheet.firstRow ?? 1) - 1;
  const left = (sheet.firstColumn ?? 1) - 1;
  const pad = Array<CellValue>(left).fill(null);
  return [...Array.from({ length: top }, (): CellValue[] => []), ...sheet.values.map((r) => (left > 0 ? [...pad, ...r] : [...r]))];
}
