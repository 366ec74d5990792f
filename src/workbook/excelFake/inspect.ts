import { type Area, areaContains, formatArea, parseAddress, parseAreas, qualifiedAddress } from './address';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, FORMAT_DEFAULTS, usedArea } from './cells';
import type {
  Cell,
  CellFormat,
  CellValue,
  ChartModel,
  ConditionalFormatModel,
  DataValidationModel,
  FormulaRecord,
  NameModel,
  PageLayoutModel,
  RangeRef,
  SheetModel,
  TableModel,
  WorkbookModel,
} from './model';
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
  readonly showGridlines: boolean;
  /** "" when none is set */
  readonly tabColor: string;
  readonly pageLayout: PageLayoutModel;
  /** the conditional formats on this sheet */
  readonly conditionalFormats: ConditionalFormatModel[];
  /** the data validation records on this sheet (Range.dataValidation, ExcelApi 1.8) */
  readonly dataValidations: DataValidationModel[];
  /** the data validation of one cell ("B2"), or null when it has none */
  dataValidation(cell: string): DataValidationModel | null;
  /** the charts on this sheet */
  readonly charts: ChartView[];
  /** the used range's address ("A1:C3"), or null on an empty sheet */
  usedRange(valuesOnly?: boolean): string | null;
  /** a deterministic text of everything about the sheet (cells, formats, sizes, merges, objects, protection) */
  snapshot(): string;
}

/** one series of a chart as Excel would show it: its ranges (sheet-qualified, "#REF!" once their sheet is gone) and what they hold now */
export interface ChartSeriesView {
  name: string;
  /** the series' own type, else the chart's */
  chartType: string;
  values: string | null;
  x: string | null;
  /** the cells' current values ("" for an empty cell): a chart reads its ranges live */
  resolvedValues: CellValue[];
  resolvedX: CellValue[] | null;
  /** everything else set on it ("markerStyle", "format.line.color", "format.line.lineStyle", "format.fill.solidColor", …) */
  properties: Record<string, unknown>;
}

export interface ChartAxisView {
  title: string | null;
  minimum: number | null;
  maximum: number | null;
  numberFormat: string | null;
}

/** a chart as recorded (ChartModel without its internal series) and as read: title, legend, axes, position, series */
export interface ChartView extends Omit<ChartModel, 'series'> {
  /** the name of the sheet it is on */
  sheet: string;
  title: string | null;
  legend: { visible: boolean | null; position: string | null };
  axes: { value: ChartAxisView; category: ChartAxisView };
  /** the last setPosition: top-left and bottom-right cells */
  position: { from: string; to: string | null } | null;
  series: ChartSeriesView[];
}

export interface WorkbookInspector {
  sheetNames(): string[];
  sheet(name: string): SheetInspector;
  tables(): TableModel[];
  charts(): ChartView[];
  conditionalFormats(): ConditionalFormatModel[];
  /** every data validation record, with the name of its sheet */
  dataValidations(): (DataValidationModel & { sheet: string })[];
  /** the active worksheet's name: the one activate() last chose, else the first visible sheet */
  activeSheet(): string;
  /** the active worksheet's selection (what Range.select() last chose there), or null when none was made */
  selection(): { sheet: string; address: string } | null;
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
    for (let c = area.column; c <= area.lastColumn; c++) row.push(pick(sheet.cells.get(r, c)));
    out.push(row);
  }
  return out;
}

export function sheetSnapshot(model: WorkbookModel, sheet: SheetModel): string {
  const cells = [...sheet.cells.entries()]
    .sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)
    .map(([row, column, cell]) => [formatArea({ row, column, lastRow: row, lastColumn: column }), cell]);
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
    showGridlines: sheet.showGridlines,
    tabColor: sheet.tabColor,
    pageLayout: sheet.pageLayout,
    protection: sheet.protection,
    tables: model.tables.filter((t) => t.sheetId === sheet.id),
    dataValidations: model.dataValidations.filter((v) => v.sheetId === sheet.id),
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
    return sheet.cells.get(a.row, a.column);
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
        showGridlines: s.showGridlines,
        tabColor: s.tabColor,
        pageLayout: clone(s.pageLayout),
        conditionalFormats: clone(model.conditionalFormats.filter((c) => c.sheetId === s.id)),
        dataValidations: clone(model.dataValidations.filter((v) => v.sheetId === s.id)),
        dataValidation: (cell) => {
          const a = parseAddress(cell);
          const found = model.dataValidations.find((v) => v.sheetId === s.id && parseAreas(v.address).some((b) => areaContains(b, a)));
          return found ? clone(found) : null;
        },
        charts: model.charts.filter((c) => c.sheetId === s.id).map((c) => chartView(model, c)),
        usedRange: (valuesOnly = false) => {
          const a = usedArea(s, valuesOnly);
          return a ? formatArea(a) : null;
        },
        snapshot: () => sheetSnapshot(model, s),
      };
    },
    tables: () => clone(model.tables),
    charts: () => model.charts.map((c) => chartView(model, c)),
    conditionalFormats: () => clone(model.conditionalFormats),
    dataValidations: () => model.dataValidations.map((v) => ({ ...clone(v), sheet: model.sheets.find((s) => s.id === v.sheetId)?.name ?? '#REF!' })),
    activeSheet: () => activeSheetOf(model).name,
    selection: () => {
      const sheet = activeSheetOf(model);
      return sheet.selection === null ? null : { sheet: sheet.name, address: sheet.selection.slice(sheet.selection.lastIndexOf('!') + 1) };
    },
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

/** the sheet activate() last chose, else the first visible one (as getActiveWorksheet) */
function activeSheetOf(model: WorkbookModel): SheetModel {
  return model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets.find((s) => s.visibility === 'Visible') ?? model.sheets[0]!;
}

function chartView(model: WorkbookModel, chart: ChartModel): ChartView {
  const { series, ...rest } = clone(chart);
  const p = chart.properties;
  const str = (key: string): string | null => (typeof p[key] === 'string' ? (p[key] as string) : null);
  const num = (key: string): number | null => (typeof p[key] === 'number' ? (p[key] as number) : null);
  const axis = (name: string): ChartAxisView => ({
    title: str(`axes.${name}.title.text`),
    minimum: num(`axes.${name}.minimum`),
    maximum: num(`axes.${name}.maximum`),
    numberFormat: str(`axes.${name}.numberFormat`),
  });
  const position = [...chart.calls].reverse().find((c) => c.method === 'setPosition');
  return {
    ...rest,
    sheet: model.sheets.find((s) => s.id === chart.sheetId)?.name ?? '#REF!',
    title: str('title.text'),
    legend: { visible: typeof p['legend.visible'] === 'boolean' ? (p['legend.visible'] as boolean) : null, position: str('legend.position') },
    axes: { value: axis('valueAxis'), category: axis('categoryAxis') },
    position: position ? { from: String(position.args[0]), to: position.args[1] === undefined ? null : String(position.args[1]) } : null,
    series: series.map((s) => ({
      name: s.name,
      chartType: s.chartType ?? chart.type,
      values: refAddress(model, s.values),
      x: refAddress(model, s.x),
      resolvedValues: refValues(model, s.values) ?? [],
      resolvedX: refValues(model, s.x),
      properties: s.properties,
    })),
  };
}

function refAddress(model: WorkbookModel, ref: RangeRef | null): string | null {
  if (!ref) return null;
  const sheet = model.sheets.find((s) => s.id === ref.sheetId);
  return sheet ? qualifiedAddress(sheet.name, ref.area, true) : '#REF!';
}

function refValues(model: WorkbookModel, ref: RangeRef | null): CellValue[] | null {
  if (!ref) return null;
  const sheet = model.sheets.find((s) => s.id === ref.sheetId);
  if (!sheet) return [];
  const out: CellValue[] = [];
  for (let r = ref.area.row; r <= ref.area.lastRow; r++) {
    for (let c = ref.area.column; c <= ref.area.lastColumn; c++) out.push(sheet.cells.get(r, c)?.value ?? '');
  }
  return out;
}
