import type { Area } from './address';
import type { FakeErrorCode } from './errors';

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

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<number, Cell>;
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

export interface ChartModel {
  id: string;
  name: string;
  sheetId: string;
  type: string;
  source: string;
  seriesBy: string;
  /** every property set on the chart or its parts, by dotted path ("title.text", "axes.valueAxis.maximum") */
  properties: Record<string, unknown>;
  /** method calls on the chart, e.g. setPosition */
  calls: { method: string; args: unknown[] }[];
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  sheetId: string;
  address: string;
  /** every property set on it by dotted path ("cellValue.rule", "custom.format.fill.color") */
  properties: Record<string, unknown>;
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
  names: NameModel[];
  /** Workbook.settings, in insertion order; values are stored as JSON text, as Excel persists them */
  settings: Map<string, string>;
  formulasCreated: FormulaRecord[];
  applicationCalls: { method: string; sync: number }[];
  /** highest ExcelApi requirement set the fake host supports, e.g. "1.12" */
  maxExcelApi: string;
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
    cells: new Map(),
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
