import type { SheetRole } from '../../dashboard/plan';
import type { Mapping } from '../../model/mapping';
import { DEFAULT_MIN_GROUP } from '../../privacy/minGroup';
import type { WorkbookOverview } from '../../refresh/overview';
import type { ValidationResult } from '../../refresh/validate';
import type { InsertedSheets } from '../../workbook/office/write/insertSample';
import type { AppendPairingsOptions, AppendedPairings, RefreshInExcelOptions, RefreshInExcelResult, SuggestInExcelOptions, SuggestInExcelResult } from './officeUseCases';

export type { ColumnOverview, SheetOverview, WorkbookOverview } from '../../refresh/overview';
export type { ValidationResult } from '../../refresh/validate';
export type { InsertedSheets } from '../../workbook/office/write/insertSample';
export type { AppendPairingsOptions, AppendedPairings, NewPairing, SuggestInExcelResult } from './officeUseCases';

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
  /** adds the input sheets (the sample's five, Measures and Preferences) as empty Excel tables with the canonical headers, data validation for enums and dates */
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
  /**
   * whether `suggest` can apply a fairness floor here (its integer program runs in a Web Worker with
   * WebAssembly; without them, a suggestion asked with a floor fails with a message)
   */
  fairnessFloorAvailable(): boolean;
  /** pairing suggestions for a role, with their audit; the Cadre Suggestions sheet written when asked (`suggestInExcel`) */
  suggest(options: TaskpaneSuggestOptions): Promise<SuggestInExcelResult>;
  /**
   * "Add accepted to Pairings": one row per pair (PersonID, MentorID, Role, Start) at the end of the
   * Pairings sheet, its Excel table growing when it is one; no existing cell changes
   * (`appendPairingsInExcel`). Only on the user's explicit, confirmed click.
   */
  appendPairings(options: AppendPairingsOptions): Promise<AppendedPairings>;
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
  minGroup: DEFAULT_MIN_GROUP,
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

/** A refresh's options as the task pane gives them: those of `refreshWorkbook` (officeUseCases.ts), the host check and the fingerprint being the workbook's own. */
export type TaskpaneRefreshOptions = Omit<RefreshInExcelOptions, 'isSetSupported'>;

/** Suggestions' options as the task pane gives them (`suggestInExcel`), the host check being the workbook's own. */
export type TaskpaneSuggestOptions = Omit<SuggestInExcelOptions, 'isSetSupported'>;
