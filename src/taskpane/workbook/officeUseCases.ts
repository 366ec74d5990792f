import type { SheetRole } from '../../dashboard/plan';
import type { Day } from '../../model/day';
import type { Mapping } from '../../model/mapping';
import { MIN_GROUP_RULE } from '../../privacy/minGroup';
import { type WorkbookOverview, overview } from '../../refresh/overview';
import { type RefreshOptions, type RefreshProgress, refresh } from '../../refresh/refresh';
import { RefreshStopped, problemPlace } from '../../refresh/refreshStopped';
import { type ValidationResult, validate } from '../../refresh/validate';
import type { RefreshReport } from '../../report/refreshReport';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { portableInputFingerprint } from '../../workbook/office/portableInputFingerprint';
import { type ExcelRun, type IsSetSupported, defaultIsSetSupported, requireExcelApi } from '../../workbook/office/host';
import { OfficeSource } from '../../workbook/office/read/officeSource';
import { OfficePlanWriter } from '../../workbook/office/write/officePlanWriter';

/**
 * The use cases of `src/refresh` over the Office.js adapter, as the task pane runs them: the source
 * and the writer are the workbook open in Excel (`OfficeSource`, `OfficePlanWriter`), the input
 * fingerprint is made with Web Crypto, and a use case that stops is told as an `OfficeAdapterError`
 * saying what happened and what to do.
 */

export interface RefreshInExcelOptions extends Omit<RefreshOptions, 'fingerprint' | 'onProgress'> {
  /** Office's isSetSupported (default: Office.context.requirements.isSetSupported when Office is loaded) */
  readonly isSetSupported?: IsSetSupported;
  readonly onProgress?: (progress: RefreshProgress) => void;
}

export type { RefreshProgress } from '../../refresh/refresh';

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
 * A refresh inside Excel (`refresh` of src/refresh): read the recognised input sheets and Cadre's
 * existing History, compute every metric completely, then write the dashboards.
 *
 * Syncs: the outline and the ownership setting (1); the first 20 rows of every sheet Cadre does not
 * own and of its History (1); the values of the recognised sheets, of sheets the mapping names, and of
 * the History, in batches under 4 MB (1 for the standard sample); then `writePlan` (2 plus one per
 * batch). Nothing is written before everything is computed.
 */
export async function refreshWorkbook(run: ExcelRun, options: RefreshInExcelOptions): Promise<RefreshInExcelResult> {
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  requireExcelApi(isSetSupported);
  const source = new OfficeSource(run);
  const writer = new OfficePlanWriter(run, { isSetSupported });
  const outcome = await told(() => refresh({ source, writer }, { ...options, fingerprint: portableInputFingerprint }));
  const written = outcome.written!;
  return {
    report: outcome.report,
    written: written.sheets,
    syncs: source.syncs + writer.syncs,
    readBlocks: source.readBlocks,
    warnings: [...source.notes, ...written.warnings],
  };
}

/**
 * The data-quality check the task pane runs before a refresh (`validate` of src/refresh inside
 * Excel): 2 syncs (outline, previews) plus the value batches under 4 MB: 3 for the standard sample.
 */
export async function validateWorkbook(run: ExcelRun, options: { readonly asOf: Day; readonly mapping?: Mapping }): Promise<ValidationResult> {
  if (!Number.isFinite(options.asOf)) {
    throw new OfficeAdapterError('InvalidOption', 'The as-of date is not a date; choose one in the settings (or "end of the last quarter") and check again.');
  }
  return (await validate(new OfficeSource(run), options)).summary;
}

/**
 * The workbook as the setup view shows it (`overview` of src/refresh). Syncs: 2 (the outline and
 * ownership setting; the previews with each used range's size), one more only when a sheet is wider
 * than column AZ.
 */
export async function readWorkbookOverview(run: ExcelRun, mapping: Mapping | undefined): Promise<WorkbookOverview> {
  return overview(new OfficeSource(run), mapping);
}

/** runs a use case; a stop is told as an `OfficeAdapterError` saying what to do */
async function told<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RefreshStopped)) throw error;
    const { stop } = error;
    switch (stop.code) {
      case 'InvalidOption':
        throw new OfficeAdapterError('InvalidOption', `The minimum group size must be ${MIN_GROUP_RULE} (it is ${stop.minGroup}).`);
      case 'CannotCompute': {
        const first = stop.firstError;
        throw new OfficeAdapterError(
          'CannotCompute',
          `Nothing can be computed, and nothing was written: ${first ? `${problemPlace(first)}: ${first.message}` : 'the Participants sheet has no usable rows.'} ${first?.fix ?? ''}`.trim(),
        );
      }
      case 'HistoryUnreadable': {
        const [first] = stop.skipped;
        const n = stop.skipped.length;
        throw new OfficeAdapterError(
          'HistoryUnreadable',
          `Nothing was written: ${n} row${n === 1 ? '' : 's'} of the sheet "${stop.sheet}" cannot be read as history (row ${first.row}: ${first.reason}). Correct ${n === 1 ? 'it' : 'them'}, or rename that sheet to keep it, then refresh again.`,
        );
      }
    }
  }
}
