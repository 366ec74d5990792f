import type { SheetRole } from '../../dashboard/plan';
import type { Day } from '../../model/day';
import type { Mapping } from '../../model/mapping';
import { MIN_GROUP_RULE } from '../../privacy/minGroup';
import { type WorkbookOverview, overview } from '../../refresh/overview';
import { type RefreshOptions, type RefreshProgress, refresh } from '../../refresh/refresh';
import { type SuggestOptions, suggest } from '../../refresh/suggest';
import type { FloorRunner } from '../../matching';
import type { SuggestionDocument } from '../../report/suggestionReport';
import { RefreshStopped, problemPlace } from '../../refresh/refreshStopped';
import { type ValidationResult, validate } from '../../refresh/validate';
import type { RefreshReport } from '../../report/refreshReport';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { portableInputFingerprint } from '../../workbook/office/portableInputFingerprint';
import { type ExcelRun, type IsSetSupported, defaultIsSetSupported, requireExcelApi } from '../../workbook/office/host';
import { OfficeSource } from '../../workbook/office/read/officeSource';
import { OfficePlanWriter } from '../../workbook/office/write/officePlanWriter';
import { type AppendColumn, appendRows } from '../../workbook/office/write/appendRows';
import { excelSerialFromDay } from '../../calendar/dayFromExcelSerial';
import { parseCellAddress } from '../../excel/a1Address';
import type { PairingRole } from '../../model/records';
import { previewWorkbook } from '../../refresh/readInputs';

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

export interface SuggestInExcelOptions extends Omit<SuggestOptions, 'fingerprint' | 'onProgress'> {
  /** write the Cadre Suggestions sheet (analyst-only, like Analyst Detail: the settings' Analyst Detail) */
  readonly writeSheet: boolean;
  readonly isSetSupported?: IsSetSupported;
  readonly onProgress?: (progress: RefreshProgress) => void;
  /** computes a fairness floor (the task pane: in a Web Worker); none: a floor asked for fails with `FAIRNESS_FLOOR_NEEDS_SOLVER` */
  readonly runFloor?: FloorRunner;
}

export interface SuggestInExcelResult {
  /** the suggestions, the unmatched with why, the audit after the privacy pass, the weights (matching.md, Output) */
  readonly document: SuggestionDocument;
  /** the Cadre Suggestions sheet, when written */
  readonly written: readonly { readonly name: string; readonly role: SheetRole }[];
  readonly syncs: number;
  readonly warnings: readonly string[];
}

/** Why a run with a fairness floor cannot start in this Excel (the pane gets no runner without Web Workers and WebAssembly). */
export const FLOOR_UNAVAILABLE_MESSAGE =
  'The fairness floor cannot be computed in this Excel: its solver needs Web Workers and WebAssembly. Suggest without the floor, or apply it with the command line (cadre suggest --fairness-floor).';

/**
 * Pairing suggestions inside Excel (`suggest` of src/refresh, as `cadre suggest` runs it): read the
 * input sheets as a refresh does, compute the suggestions and their audit, then, when `writeSheet`,
 * write the Cadre Suggestions sheet (a partial plan: Cadre's other sheets are left as they are).
 * Nothing is written into the input sheets.
 */
export async function suggestInExcel(run: ExcelRun, options: SuggestInExcelOptions): Promise<SuggestInExcelResult> {
  const isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  requireExcelApi(isSetSupported);
  const { writeSheet, isSetSupported: _host, runFloor, ...rest } = options;
  if (rest.fairnessFloor != null && runFloor === undefined) throw new OfficeAdapterError('InvalidOption', FLOOR_UNAVAILABLE_MESSAGE);
  const source = new OfficeSource(run);
  const writer = writeSheet ? new OfficePlanWriter(run, { isSetSupported }) : undefined;
  const outcome = await told(() => suggest({ source, writer, runFloor }, { ...rest, fingerprint: portableInputFingerprint }));
  return {
    document: outcome.document,
    written: outcome.written?.sheets ?? [],
    syncs: source.syncs + (writer?.syncs ?? 0),
    warnings: [...source.notes, ...(outcome.written?.warnings ?? [])],
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

/** One accepted suggestion, as a Pairings row gets it. */
export interface NewPairing {
  readonly personId: string;
  readonly mentorId: string;
  readonly role: PairingRole;
}

export interface AppendPairingsOptions {
  readonly pairs: readonly NewPairing[];
  /** the Start of every new row (today, in the user's calendar) */
  readonly start: Day;
  readonly mapping?: Mapping;
}

/** What "Add accepted to Pairings" did. */
export interface AppendedPairings {
  /** the workbook sheet read as Pairings */
  readonly sheet: string;
  /** the Excel table that grew, or null when the data is not a table */
  readonly table: string | null;
  readonly rows: number;
  /** 1-based rows of the first and last new row */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly syncs: number;
}

/** The Pairings columns a new row fills, in this order; Role may be absent (then the row's role comes from the mentor). */
const FILLED = ['PersonID', 'MentorID', 'Role', 'Start'] as const;

/**
 * "Add accepted to Pairings" (matching.md): one row per pair, PersonID, MentorID, Role and Start, at
 * the end of the sheet recognition takes as Pairings (with the saved mapping, as a refresh reads it),
 * each value in the column recognition found, wherever it is and whatever row the header is on; the
 * other columns are left blank and no existing cell changes (`appendRows`: the Excel table grows
 * when the data is one). Start is a date serial in the workbook's date system. An id that is a whole
 * number as Excel would show it ("1042") is written as that number, as a typed id is; any other id
 * as text. Syncs: 2 (recognition: outline, previews) + `appendRows` (2–4).
 */
export async function appendPairingsInExcel(run: ExcelRun, options: AppendPairingsOptions): Promise<AppendedPairings> {
  const source = new OfficeSource(run);
  const previewed = await previewWorkbook(source, options.mapping);
  const found = previewed.recognition.found.get('Pairings');
  if (!found) {
    throw new OfficeAdapterError('AppendFailed', 'Nothing was added: Cadre finds no Pairings sheet in this workbook. Choose the sheet in Mapping (or insert the templates in Setup), then try again.');
  }
  const sheet = found.sheet.name;
  const headerRow = (found.sheet.firstRow ?? 1) + found.headerIndex;
  const columns: (AppendColumn & { readonly canonical: (typeof FILLED)[number] })[] = [];
  for (const canonical of FILLED) {
    const match = found.header.columns.find((c) => c.how !== 'attribute' && c.canonical === canonical);
    const at = match ? parseCellAddress(match.cell) : null;
    if (match && at) columns.push({ canonical, header: match.header, column: at.column, date: canonical === 'Start' });
    else if (canonical !== 'Role') {
      throw new OfficeAdapterError('AppendFailed', `Nothing was added: the sheet "${sheet}" (read as Pairings) has no column Cadre recognises as ${canonical}. Match it in Mapping, then try again.`);
    }
  }
  const start = excelSerialFromDay(options.start, previewed.outline.dateSystem);
  const cell = (c: (typeof columns)[number], p: NewPairing): string | number => {
    switch (c.canonical) {
      case 'PersonID':
        return idCell(p.personId);
      case 'MentorID':
        return idCell(p.mentorId);
      case 'Role':
        return p.role;
      case 'Start':
        return start;
    }
  };
  const result = await appendRows(run, { sheet, headerRow, columns, rows: options.pairs.map((p) => columns.map((c) => cell(c, p))) });
  return { sheet, table: result.table, rows: options.pairs.length, firstRow: result.firstRow, lastRow: result.lastRow, syncs: source.syncs + result.syncs };
}

/** an id as a cell: a whole number as Excel shows one ("1042", not "007" or "1e3") as that number, else the text */
function idCell(id: string): string | number {
  return /^(0|[1-9]\d{0,14})$/.test(id) ? Number(id) : id;
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
