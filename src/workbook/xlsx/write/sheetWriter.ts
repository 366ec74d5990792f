import type ExcelJS from 'exceljs';
import type { PlanValue, SheetPlan } from '../../../dashboard/plan';
import { columnLetters, type RangeRef } from '../../../excel/a1Address';
import { CellGrid, sheetRange } from './cellGrid';
import { PlanWriteError } from './planWriteError';
import { tableDefinitions } from './planTables';
import { needsQuotePrefix } from './quotePrefix';
import { argb, type StyleTable } from './styleTable';

/** The column width ExcelJS takes for "not set" and does not write. */
const EXCELJS_DEFAULT_WIDTH = 9;

/** A cell key: row and column (1-based) in one number. */
const COLS = 20_000;
const keyOf = (row: number, col: number) => row * COLS + col;

/** What protection leaves allowed on a Cadre sheet: reading, selecting, resizing and formatting, filtering and sorting. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: true,
};

/**
 * Adds one sheet of the plan to an ExcelJS workbook: values, merges, tables, styles (with the quote
 * prefix where text needs it), column widths, row heights, conditional formats, view (gridlines,
 * frozen panes), tab colour, print setup and protection. Charts are added to the written package
 * afterwards (`addCharts`).
 *
 * `tableNames` collects the workbook's table names (lower case) across sheets, for uniqueness.
 */
export async function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, styles: StyleTable, tableNames: Set<string>): Promise<void> {
  const name = plan.name;
  const ws = workbook.addWorksheet(name, {
    views: [view(plan)],
    properties: plan.tabColor !== undefined ? { tabColor: { argb: argb(plan.tabColor, `Sheet "${name}", tab colour`) } } : {},
    pageSetup: pageSetup(plan),
  });

  const grid = CellGrid.fromBlocks(plan.blocks, name);
  const merges = plan.merges.map((m) => sheetRange(m, name, `merge ${m}`));
  const tables = tableDefinitions(name, plan.tables, grid, merges, tableNames);

  writeValues(ws, grid);
  for (const [i, m] of merges.entries()) {
    if (m.row1 === m.row2 && m.col1 === m.col2) continue;
    try {
      ws.mergeCells(m.row1, m.col1, m.row2, m.col2);
    } catch (e) {
      throw new PlanWriteError(`Sheet "${name}": the cells ${plan.merges[i]} cannot be merged: ${(e as Error).message}`);
    }
  }
  for (const t of tables) ws.addTable(t);
  applyStyles(ws, plan, grid, styles);
  plan.columnWidths.forEach((width, i) => {
    if (!(Number.isFinite(width) && width >= 0 && width <= 255)) throw new PlanWriteError(`Sheet "${name}": the width ${width} of column ${i + 1} is not between 0 and 255 characters.`);
    // ExcelJS drops a width of exactly 9 as "the default" (Excel's default is 8.43): nudge it to be written
    ws.getColumn(i + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + 1e-9 : width;
  });
  for (const { row, height } of plan.rowHeights ?? []) {
    if (!(Number.isInteger(row) && row >= 1 && Number.isFinite(height) && height >= 0 && height <= 409)) {
      throw new PlanWriteError(`Sheet "${name}": the height ${height} of row ${row} is not between 0 and 409 points.`);
    }
    ws.getRow(row).height = height;
  }
  addConditionalFormats(ws, plan);
  addPageBreaks(ws, plan);
  if (plan.protect) await ws.protect('', PROTECTION);
}

function view(plan: SheetPlan): Partial<ExcelJS.WorksheetView> {
  const showGridLines = plan.showGridlines !== false;
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if (rows > 0 || columns > 0) return { state: 'frozen', xSplit: columns, ySplit: rows, showGridLines };
  return { state: 'normal', showGridLines };
}

function pageSetup(plan: SheetPlan): Partial<ExcelJS.PageSetup> {
  if (plan.print === undefined) return {};
  const setup: Partial<ExcelJS.PageSetup> = { orientation: plan.print.orientation };
  // fitToHeight 0: as many pages down as it takes. The print area is a defined name (packagePatches.ts).
  // A fixed scale wins over fitting: Excel ignores manual page breaks on a sheet fitted to pages.
  const { scale, margins } = plan.print;
  if (scale !== undefined) {
    if (!(Number.isInteger(scale) && scale >= 10 && scale <= 400)) throw new PlanWriteError(`Sheet "${plan.name}": the print scale ${scale}% is not a whole number from 10 to 400.`);
    Object.assign(setup, { fitToPage: false, scale });
  } else if (plan.print.fitToOnePage) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  else if (plan.print.fitToOnePageWide) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (margins !== undefined) {
    for (const [side, inches] of Object.entries(margins)) {
      if (!(Number.isFinite(inches) && inches >= 0 && inches < 10)) throw new PlanWriteError(`Sheet "${plan.name}": the ${side} margin ${inches} inches is not from 0 to 10.`);
    }
    setup.margins = { ...margins };
  }
  return setup;
}

/** Manual page breaks: a break before row n is OOXML's <brk id="n-1"/> (the last row of the page above), across every column. */
function addPageBreaks(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const row of plan.print?.breaksBefore ?? []) {
    if (!(Number.isInteger(row) && row >= 2 && row <= 1_048_576)) throw new PlanWriteError(`Sheet "${plan.name}": a page break before row ${row} is not possible (rows 2 to 1,048,576).`);
    // ExcelJS keeps them in worksheet.rowBreaks (its typings declare it on the model only); Row.addPageBreak
    // would write max="16838", past Excel's last column index
    (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks.push({ id: row - 1, min: 0, max: 16_383, man: 1 });
  }
}

/** Writes the grid's values row by row: text as text, numbers, yes/no; blanks are not written; a number that is not finite becomes #NUM!. */
function writeValues(ws: ExcelJS.Worksheet, grid: CellGrid): void {
  for (const [r, values] of grid.rows) {
    const row = ws.getRow(r);
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      row.getCell(c).value = typeof v === 'number' && !Number.isFinite(v) ? { error: '#NUM!' } : (v as PlanValue & ExcelJS.CellValue);
    });
  }
}

/**
 * Styles, merged property by property in the plan's order, plus the quote-prefix marker on text that
 * needs it; then one shared ExcelJS style object per distinct (style, quote) pair, assigned to each
 * cell that has one.
 */
function applyStyles(ws: ExcelJS.Worksheet, plan: SheetPlan, grid: CellGrid, styles: StyleTable): void {
  const ids = new Map<number, number>();
  for (const s of plan.styles) {
    const where = `Sheet "${plan.name}", style on ${s.range}`;
    const r: RangeRef = sheetRange(s.range, plan.name, `style on ${s.range}`);
    const merge = styles.merger(s.style, where);
    for (let row = r.row1; row <= r.row2; row++) {
      for (let col = r.col1; col <= r.col2; col++) {
        const k = keyOf(row, col);
        ids.set(k, merge(ids.get(k) ?? 0));
      }
    }
  }
  const quoted = new Set<number>();
  for (const [r, values] of grid.rows) {
    values.forEach((v, c) => {
      if (typeof v === 'string' && needsQuotePrefix(v)) quoted.add(keyOf(r, c));
    });
  }
  const assign = (k: number) => {
    const row = Math.floor(k / COLS);
    ws.getRow(row).getCell(k - row * COLS).style = styles.excelStyle(ids.get(k) ?? 0, quoted.has(k)) as ExcelJS.Style;
  };
  for (const k of ids.keys()) assign(k);
  for (const k of quoted) if (!ids.has(k)) assign(k);
}

/** Fill and font colour where a cell's text equals a value: one `cellIs equal` rule per value, priorities in plan order. */
function addConditionalFormats(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    const r = sheetRange(cf.range, plan.name, `conditional format on ${cf.range}`);
    const where = `Sheet "${plan.name}", conditional format on ${cf.range}`;
    ws.addConditionalFormatting({
      ref: `${columnLetters(r.col1)}${r.row1}:${columnLetters(r.col2)}${r.row2}`,
      rules: cf.rules.map((rule) => {
        const fill = { argb: argb(rule.fill, where) };
        return {
          type: 'cellIs',
          operator: 'equal',
          priority: priority++,
          formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
          // a solid fill in a differential format takes its colour from bgColor (Excel); fgColor too, for other readers
          style: { fill: { type: 'pattern', pattern: 'solid', fgColor: fill, bgColor: fill }, font: { color: { argb: argb(rule.color, where) } } },
        } satisfies ExcelJS.CellIsRuleType;
      }),
    });
  }
}
