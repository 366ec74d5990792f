import type { ChartSpec } from './chartPlan';

/**
 * The workbook plan: a declarative description of every sheet Cadre writes back (dashboards.md) —
 * what, not how. Pure code builds it from the suppressed report; the two adapters (Office.js, and
 * ExcelJS for the board pack) render the same plan. Every string cell goes through the cell-text
 * neutraliser in the adapter (`cellText.ts`), so a plan holds text exactly as it should read.
 */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  /** workbook names for key figures, e.g. Cadre.Retention12m → 'Board Dashboard'!$C$6 */
  readonly names: readonly NamePlan[];
  /**
   * true: the plan writes its own sheets and nothing else (the Cadre Suggestions sheet): the other
   * sheets Cadre owns and the workbook names "Cadre.…" are left as they are. A refresh's plan (false,
   * the default) is the whole of a refresh: owned sheets of a refresh's roles it no longer has are
   * removed and the "Cadre." names replaced by its own.
   */
  readonly partial?: boolean;
}

/** The sheets a refresh writes. */
export type RefreshSheetRole = 'board' | 'equity' | 'metrics' | 'analyst' | 'history' | 'definitions' | 'dataQuality';
/** Every sheet Cadre owns: a refresh's, and the pairing suggestions (analyst-only, written by `suggest`). */
export type SheetRole = RefreshSheetRole | 'suggestions';

/** A value of one cell: text (as it should read), a number, a yes/no, or blank. */
export type PlanValue = string | number | boolean | null;

export interface SheetPlan {
  readonly role: SheetRole;
  /** the sheet's name (a setting; see the dashboards issue on Excel's reserved names) */
  readonly name: string;
  /** rectangular blocks of values, each written as one 2D array */
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyleRange[];
  /** merged ranges, e.g. "B2:D3" (KPI tiles) */
  readonly merges: readonly string[];
  /** column widths in characters, from column A */
  readonly columnWidths: readonly number[];
  /** row heights in points, for rows that are not the default height (KPI tiles, titles) */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /** false hides the gridlines (the Board Dashboard); default true */
  readonly showGridlines?: boolean;
  /** the sheet tab's colour, hex RRGGBB */
  readonly tabColor?: string;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TablePlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartSpec[];
  readonly print?: {
    readonly orientation: 'landscape' | 'portrait';
    readonly fitToOnePageWide: boolean;
    /** the whole print area on one page (wide and tall) */
    readonly fitToOnePage?: boolean;
    /**
     * a fixed scale in per cent (10–400) instead of fitting to pages: Excel ignores manual page breaks
     * when a sheet is fitted to pages, so a sheet with `breaksBefore` gives its scale
     */
    readonly scale?: number;
    /** page margins in inches (default: the application's, 0.7 left and right, 0.75 top and bottom) */
    readonly margins?: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
    /** manual page breaks: each row (1-based) starts a new printed page */
    readonly breaksBefore?: readonly number[];
    /** the print area, A1 range (default: the used range) */
    readonly area?: string;
  };
  /** protect the sheet (no password) against accidental edits */
  readonly protect: boolean;
}

export interface CellBlock {
  /** top-left cell, A1 */
  readonly at: string;
  /** row-major; every row as long as the first */
  readonly values: readonly (readonly PlanValue[])[];
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** points */
  readonly size?: number;
  /** font colour, hex RRGGBB */
  readonly color?: string;
  /** fill colour, hex RRGGBB */
  readonly fill?: string;
  /** Excel number format, e.g. "0.0%" */
  readonly numberFormat?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  readonly wrap?: boolean;
  /** a thin border around each cell of the range, or a line under it */
  readonly border?: 'thin' | 'bottom';
}

export interface StyleRange {
  /** A1 range on the sheet, e.g. "A1:H1" */
  readonly range: string;
  readonly style: CellStyle;
}

/** An Excel table (filterable, structured), header row included in `range`. */
export interface TablePlan {
  readonly name: string;
  readonly range: string;
  readonly style?: string;
}

/** Fill and font colours for cells of `range` whose text equals a value (equity statuses). */
export interface ConditionalFormatPlan {
  readonly range: string;
  readonly rules: readonly { readonly equals: string; readonly fill: string; readonly color: string }[];
}

export interface NamePlan {
  /** e.g. Cadre.Retention12m */
  readonly name: string;
  readonly sheet: string;
  /** A1 cell or range on the sheet */
  readonly ref: string;
  readonly comment?: string;
}

/** A sheet with nothing on it yet, to build on. */
export function emptySheet(role: SheetRole, name: string): SheetPlan {
  return { role, name, blocks: [], styles: [], merges: [], columnWidths: [], tables: [], conditionalFormats: [], charts: [], protect: true };
}
