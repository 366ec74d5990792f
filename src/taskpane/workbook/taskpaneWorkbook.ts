import type { SheetRole } from '../../dashboard/plan';
import type { Mapping } from '../../model/mapping';
import type { CanonicalSheet } from '../../model/program';
import type { Problem } from '../../model/problem';
import type { RefreshInExcelOptions, RefreshInExcelResult } from '../../refresh/refresh';

/**
 * What the task pane asks of the workbook (issue 6), in one interface: the views call these and
 * nothing else, so component tests pass an in-memory stand-in and the preview passes the Excel fake.
 * `officeTaskpaneWorkbook(run, isSetSupported)` is the implementation over `Excel.run` (or `fake.run`).
 * Every method rejects with an `OfficeAdapterError` whose message says what happened and what to do.
 */
export interface TaskpaneWorkbook {
  /** the workbook's sheets and which input sheets Cadre recognises in them (with the stored mapping applied) */
  overview(mapping?: Mapping): Promise<WorkbookOverview>;
  /** adds the sample program's five input sheets under names that collide with no existing sheet */
  insertSample(): Promise<InsertedSheets>;
  /** adds the five input sheets as empty Excel tables with the canonical headers, data validation for enums and dates */
  insertTemplates(): Promise<InsertedSheets>;
  /** the mapping and settings saved in this workbook (workbook settings), or null where none is saved */
  loadSetup(): Promise<StoredSetup>;
  /** saves the mapping in the workbook, so the next person's refresh needs no mapping */
  saveMapping(mapping: Mapping): Promise<void>;
  saveSettings(settings: CadreSettings): Promise<void>;
  /** reads the input sheets and checks them: every data-quality problem with its sheet and cell */
  validate(options: { readonly asOf: number; readonly mapping?: Mapping }): Promise<ValidationResult>;
  /** activates the sheet and selects the cell (go-to-cell from a data-quality problem) */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** activates a sheet (a link to a written dashboard sheet) */
  activateSheet(sheet: string): Promise<void>;
  /** the whole refresh: read, compute, write (`refreshWorkbook`) */
  refresh(options: TaskpaneRefreshOptions): Promise<RefreshInExcelResult>;
}

/** How one input column was matched. */
export interface ColumnOverview {
  /** the canonical column, or null for a demographic attribute */
  readonly canonical: string | null;
  /** the workbook header text, or null when the sheet lacks the column */
  readonly header: string | null;
  /** how: exact name, synonym, the mapping, a demographic attribute; "missing" when not found */
  readonly how: 'exact' | 'synonym' | 'mapping' | 'attribute' | 'missing';
  readonly required: boolean;
}

export interface SheetOverview {
  readonly canonical: CanonicalSheet;
  /** the workbook sheet taken for it, or null when none was found */
  readonly sheet: string | null;
  readonly how: 'name' | 'headers' | 'mapped' | null;
  /** 1-based header row */
  readonly headerRow: number | null;
  /** data rows below the header */
  readonly rows: number;
  readonly columns: readonly ColumnOverview[];
  /** headers on the sheet that match nothing (candidates for attributes or a manual match) */
  readonly unmatchedHeaders: readonly string[];
}

export interface WorkbookOverview {
  /** every worksheet, in tab order */
  readonly sheetNames: readonly string[];
  /** the five canonical input sheets, in order */
  readonly inputs: readonly SheetOverview[];
  /** the sheets Cadre owns (written by an earlier refresh) */
  readonly ownedSheets: readonly string[];
  /** problems recognition found (a mapped sheet that does not exist, no header row, ...) */
  readonly problems: readonly Problem[];
}

export interface InsertedSheets {
  /** the names the sheets were added under, by canonical sheet */
  readonly sheets: Readonly<Record<CanonicalSheet, string>>;
  /**
   * plain messages: what this Excel could not do, e.g. "data validation needs ExcelApi 1.8; not
   * applied (Participants, Mentors)" (always set by `officeTaskpaneWorkbook`; optional for stand-ins)
   */
  readonly warnings?: readonly string[];
}

/** The settings of issue 6, saved in the workbook. */
export interface CadreSettings {
  readonly version: 1;
  /** "lastQuarter" (the end of the last completed quarter), or an ISO date */
  readonly asOf: 'lastQuarter' | string;
  /** k, 3 or more */
  readonly minGroup: number;
  /** demographic attribute columns; null: the defaults that exist */
  readonly attributes: readonly string[] | null;
  readonly sheetNames: Partial<Record<SheetRole, string>>;
  readonly analystDetail: boolean;
  readonly programName: string | null;
}

export const DEFAULT_SETTINGS: CadreSettings = {
  version: 1,
  asOf: 'lastQuarter',
  minGroup: 5,
  attributes: null,
  sheetNames: {},
  analystDetail: true,
  programName: null,
};

export interface StoredSetup {
  readonly mapping: Mapping | null;
  readonly settings: CadreSettings | null;
  /** a stored value that could not be read (kept, not overwritten silently), in plain words */
  readonly problems: readonly string[];
}

export interface ValidationResult {
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** rows read per input sheet */
  readonly rows: Readonly<Partial<Record<CanonicalSheet, number>>>;
  /** false when nothing can be computed (the first error says why) */
  readonly canCompute: boolean;
}

/** A refresh's options as the task pane gives them: those of `refreshWorkbook`, the host check being the workbook's own. */
export type TaskpaneRefreshOptions = Omit<RefreshInExcelOptions, 'isSetSupported'>;
