import { type Area, cellKey, formatArea, keyColumn, keyRow, parseAddress } from './address';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, FORMAT_DEFAULTS, usedArea } from './cells';
import type { Cell, CellFormat, CellValue, ChartModel, ConditionalFormatModel, FormulaRecord, NameModel, SheetModel, TableModel, WorkbookModel } from './model';
import { findSheetByName } from './sheetNames';

/**
 * What tests (and the preview) see of the fake workbook, read straight from the model: no queue,
 * no sync, no payload counted. Values returned are copies.
 */
export interface SheetInspector {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  /** the 2D values of `address`, or of the used range from A1 when no address ("" for empty cells) */
  values(address?: string): CellValue[][];
  formulas(address?: string): CellValue[][];
  numberFormats(address?: string): string[][];
  /** the explicitly set format of one cell (defaults omitted), or undefined */
  format(address: string): CellFormat | undefined;
  /** one format property over one cell, defaults included */
  formatOf<K extends keyof CellFormat>(address: string, key: K): Required<CellFormat>[K];
  columnWidth(column: number): number;
  rowHeight(row: number): number;
  readonly frozen: { rows: number; columns: number } | null;
  readonly protected: boolean;
  readonly protectionOptions: Record<string, unknown>;
  readonly merges: string[];
  readonly borders: SheetModel['borders'];
  readonly selection: string | null;
  /** the used range's address ("A1:C3"), or null on an empty sheet */
  usedRange(valuesOnly?: boolean): string | null;
  /** a deterministic text of everything about the sheet (cells, formats, sizes, merges, objects, protection) */
  snapshot(): string;
}

export interface WorkbookInspector {
  sheetNames(): string[];
  sheet(name: string): SheetInspector;
  tables(): TableModel[];
  charts(): ChartModel[];
  conditionalFormats(): ConditionalFormatModel[];
  names(): NameModel[];
  settings(): Record<string, unknown>;
  /** every formula created by a write, in order */
  formulasCreated(): FormulaRecord[];
  /** the formulas created by strings written to `values` (the data-safety rules say: none) */
  formulasCreatedFromValues(): FormulaRecord[];
  applicationCalls(): { method: string; sync: number }[];
  /** test set-up: add a sheet directly (values stored as constants, no formula interpretation) */
  addSheet(name: string, values?: CellValue[][]): void;
  /** test set-up: protect a sheet directly */
  protect(name: string, options?: Record<string, unknown>, password?: string): void;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function grid<T>(sheet: SheetModel, address: string | undefined, pick: (cell: Cell | undefined) => T): T[][] {
  let area: Area | null;
  if (address === undefined) {
    const used = usedArea(sheet, false);
    area = used ? { row: 0, column: 0, lastRow: used.lastRow, lastColumn: used.lastColumn } : null;
  } else area = parseAddress(address);
  if (!area) return [];
  const out: T[][] = [];
  for (let r = area.row; r <= area.lastRow; r++) {
    const row: T[] = [];
    for (let c = area.column; c <= area.lastColumn; c++) row.push(pick(sheet.cells.get(cellKey(r, c))));
    out.push(row);
  }
  return out;
}

export function sheetSnapshot(model: WorkbookModel, sheet: SheetModel): string {
  const cells = [...sheet.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, cell]) => [formatArea({ row: keyRow(key), column: keyColumn(key), lastRow: keyRow(key), lastColumn: keyColumn(key) }), cell]);
  const sorted = (m: Map<number, number>): [number, number][] => [...m.entries()].sort(([a], [b]) => a - b);
  return JSON.stringify({
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    columnWidths: sorted(sheet.columnWidths),
    rowHeights: sorted(sheet.rowHeights),
    merges: sheet.merges,
    borders: sheet.borders,
    frozen: sheet.frozen,
    protection: sheet.protection,
    tables: model.tables.filter((t) => t.sheetId === sheet.id),
    charts: model.charts.filter((c) => c.sheetId === sheet.id),
    conditionalFormats: model.conditionalFormats.filter((c) => c.sheetId === sheet.id),
  });
}

export function createInspector(model: WorkbookModel, seedSheet: (name: string, values: CellValue[][]) => void): WorkbookInspector {
  const find = (name: string): SheetModel => {
    const s = findSheetByName(model, name);
    if (!s) throw new Error(`The fake workbook has no sheet named '${name}' (it has: ${model.sheets.map((x) => x.name).join(', ')}).`);
    return s;
  };
  const cellOf = (sheet: SheetModel, address: string): Cell | undefined => {
    const a = parseAddress(address);
    return sheet.cells.get(cellKey(a.row, a.column));
  };
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    sheet(name) {
      const s = find(name);
      return {
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        values: (address) => grid(s, address, (c) => c?.value ?? ''),
        formulas: (address) => grid(s, address, (c) => c?.formula ?? c?.value ?? ''),
        numberFormats: (address) => grid(s, address, (c) => c?.numberFormat ?? 'General'),
        format: (address) => {
          const f = cellOf(s, address)?.format;
          return f ? clone(f) : undefined;
        },
        formatOf: (address, key) => (cellOf(s, address)?.format?.[key] ?? FORMAT_DEFAULTS[key]) as Required<CellFormat>[typeof key],
        columnWidth: (column) => s.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH,
        rowHeight: (row) => s.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT,
        frozen: s.frozen ? { ...s.frozen } : null,
        protected: s.protection.protected,
        protectionOptions: { ...s.protection.options },
        merges: [...s.merges],
        borders: clone(s.borders),
        selection: s.selection,
        usedRange: (valuesOnly = false) => {
          const a = usedArea(s, valuesOnly);
          return a ? formatArea(a) : null;
        },
        snapshot: () => sheetSnapshot(model, s),
      };
    },
    tables: () => clone(model.tables),
    charts: () => clone(model.charts),
    conditionalFormats: () => clone(model.conditionalFormats),
    names: () => clone(model.names),
    settings: () => Object.fromEntries([...model.settings].map(([k, json]) => [k, JSON.parse(json) as unknown])),
    formulasCreated: () => clone(model.formulasCreated),
    formulasCreatedFromValues: () => clone(model.formulasCreated.filter((f) => f.via === 'values')),
    applicationCalls: () => clone(model.applicationCalls),
    addSheet: (name, values = []) => seedSheet(name, values),
    protect(name, options = {}, password) {
      const p = find(name).protection;
      p.protected = true;
      p.options = { ...options };
      if (password !== undefined) p.password = password;
    },
  };
}
