import type { Area } from './address';
import { CellStore } from './cellStore';
import type { FakeErrorCode } from './fakeOfficeError';

/**
 * The fake's "server side": the workbook as Excel would hold it. Proxies never touch this directly
 * outside of context.sync(); tests read it through the inspection API (inspect.ts).
 */
export type CellValue = string | number | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  fillColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface Cell {
  /** the constant, or for a formula cell a placeholder (see FORMULA_VALUE_PREFIX) */
  value: CellValue;
  /** set for formula cells, always starting with "=" */
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

/** a cell holding nothing: no value, no formula, no number format, no format */
export function isEmptyCell(cell: Cell): boolean {
  return cell.value === '' && cell.formula === undefined && cell.numberFormat === undefined && (cell.format === undefined || Object.keys(cell.format).length === 0);
}

/** the fake does not calculate: a formula cell's value is this prefix followed by the formula */
export const FORMULA_VALUE_PREFIX = '#FAKE-FORMULA!';

export interface BorderRecord {
  address: string;
  side: string;
  property: 'style' | 'color' | 'weight';
  value: unknown;
}

export interface ProtectionState {
  protected: boolean;
  options: Record<string, unknown>;
  password?: string;
}

/**
 * The bounding rectangles of a sheet's used cells, kept up to date as cells are written (see
 * usedRange.ts): a write only widens them; a change that may narrow them (a cell emptied, a clear,
 * a merge) marks them inexact, and the next read rescans the sheet once.
 */
export interface UsedBounds {
  exact: boolean;
  /** cells with a value, a formula or a format */
  all: Area | null;
  /** cells with a value or a formula */
  values: Area | null;
}

/** Worksheet.pageLayout (ExcelApi 1.9): what the fake keeps of a sheet's print settings */
export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  /** as Excel reports it: a scale (10–400), or pages wide / tall to fit (scale null) */
  zoom: { scale: number | null; horizontalFitToPages: number | null; verticalFitToPages: number | null };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  paperSize: string;
  printOrder: 'DownThenOver' | 'OverThenDown';
  /** margins in points */
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** the print area ("A1:O48", several areas comma-separated), null for none */
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  /**
   * Worksheet.horizontalPageBreaks (1.9), kept with the print settings: the manual breaks, each the
   * 1-based row that starts a new page, ascending
   */
  horizontalPageBreaks: number[];
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: CellStore;
  used: UsedBounds;
  /** Worksheet.showGridlines (1.8), default true */
  showGridlines: boolean;
  /** Worksheet.tabColor (1.7): "#RRGGBB" or a colour name; "" for none */
  tabColor: string;
  pageLayout: PageLayoutModel;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: string[];
  borders: BorderRecord[];
  frozen: { rows: number; columns: number } | null;
  protection: ProtectionState;
  selection: string | null;
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  area: Area;
  style: string;
  showTotals: boolean;
  showBandedRows: boolean;
}

/** a range of the workbook by sheet id, so that it follows a renamed sheet (a series' values, as Excel keeps them) */
export interface RangeRef {
  sheetId: string;
  area: Area;
}

export interface SeriesModel {
  /** internal: a stable handle for proxies (Excel's series have no id) */
  key: string;
  name: string;
  values: RangeRef | null;
  /** the categories (or a scatter series' x values) */
  x: RangeRef | null;
  /** the series' own type when it differs from the chart's (a column chart's series drawn as a line) */
  chartType: string | null;
  /** everything else set on it by dotted path ("markerStyle", "format.line.lineStyle", "format.fill.solidColor") */
  properties: Record<string, unknown>;
}

export interface ChartModel {
  id: string;
  name: string;
  sheetId: string;
  type: string;
  /** the range of charts.add / setData (sheet-qualified) */
  source: string;
  seriesBy: string;
  series: SeriesModel[];
  /** every property set on the chart or its parts, by dotted path ("title.text", "axes.valueAxis.maximum") */
  properties: Record<string, unknown>;
  /** method calls on the chart, e.g. setPosition */
  calls: { method: string; args: unknown[] }[];
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  sheetId: string;
  /** the cells it applies to: "A3:A9", or several areas comma-separated once a clear has cut it */
  address: string;
  /** every property set on it by dotted path ("cellValue.rule", "custom.format.fill.color") */
  properties: Record<string, unknown>;
}

/**
 * Range.dataValidation (ExcelApi 1.8): one set of validation settings over some cells of a sheet.
 * Setting a property on a range without validation makes a record for exactly that range; on a
 * range inside one record, that range is split off into its own record (see dataValidation.ts).
 */
export interface DataValidationModel {
  id: string;
  sheetId: string;
  /** the cells it covers: "B2:B9", or several areas comma-separated once a clear has cut it */
  address: string;
  /**
   * the rule in the API's shape, one key (`{ list: { source, inCellDropDown } }`, `{ date: { operator,
   * formula1, formula2 } }`, …) with a Range operand as its sheet-qualified absolute address ("=Lists!$A$1:$A$3")
   * and a Date as its ISO text; null when only a prompt or an error alert was set
   */
  rule: Record<string, Record<string, unknown>> | null;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
}

export interface NameModel {
  name: string;
  /** the reference formula, always starting with "=" */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FormulaRecord {
  sheet: string;
  address: string;
  formula: string;
  /** which property the string was written through */
  via: 'values' | 'formulas';
  /** the string as written */
  written: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  /** Range.dataValidation records (ExcelApi 1.8), every sheet's */
  dataValidations: DataValidationModel[];
  names: NameModel[];
  /** Workbook.settings, in insertion order; values are stored as JSON text, as Excel persists them */
  settings: Map<string, string>;
  formulasCreated: FormulaRecord[];
  applicationCalls: { method: string; sync: number }[];
  /** highest ExcelApi requirement set the fake host supports, e.g. "1.12" */
  maxExcelApi: string;
  /** the workbook's date system (what Workbook.functions.date counts in) */
  dateSystem: '1900' | '1904';
  /** the sheet activate() last chose; null means the first visible sheet */
  activeSheetId: string | null;
  nextId: number;
  /** an injected failure (fake.failSync), or null */
  fault: FaultPlan | null;
}

/** A sync that fails on purpose: after `countdown` more syncs, the next applies `applied` actions, then rejects. */
export interface FaultPlan {
  countdown: number;
  applied: number;
  code: FakeErrorCode;
  message: string;
}

export function newId(model: WorkbookModel, prefix: string): string {
  model.nextId += 1;
  return `{${prefix}-${String(model.nextId).padStart(8, '0')}}`;
}

export function newSheet(model: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(model, 'sheet'),
    name,
    visibility: 'Visible',
    cells: new CellStore(),
    used: { exact: true, all: null, values: null },
    showGridlines: true,
    tabColor: '',
    pageLayout: defaultPageLayout(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    borders: [],
    frozen: null,
    protection: { protected: false, options: {} },
    selection: null,
  };
}

/** does `have` (e.g. "1.12") reach `need` (e.g. "1.9")? compares numerically, part by part */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Excel's defaults for a new sheet (Normal margins: 0.75" top and bottom, 0.7" left and right, 0.3" header and footer) */
export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: 'Portrait',
    zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    paperSize: 'Letter',
    printOrder: 'DownThenOver',
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    horizontalPageBreaks: [],
  };
}
