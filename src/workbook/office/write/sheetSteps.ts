import type { SheetPlan } from '../../../dashboard/plan';
import { cellAddress } from '../../../excel/a1Address';
import { sizeSteps, styleSteps, valueSteps, hexColor } from './cellWrites';
import { type RangeResolver, chartStep } from './chartSteps';
import { type FeatureGate, hasMember } from '../host';
import { ACTION_BYTES, type WriteStep } from './stepRunner';

/** The objects an owned sheet holds from an earlier refresh (loaded before the write). */
export interface OldObjects {
  readonly tables: readonly Excel.Table[];
  readonly charts: readonly Excel.Chart[];
}

/** What writing one sheet needs. */
export interface SheetWrite {
  readonly plan: SheetPlan;
  /** the worksheet proxy (by id for an owned sheet, the added one for a new sheet) */
  readonly ws: () => Excel.Worksheet;
  readonly gate: FeatureGate;
  readonly resolve: RangeResolver;
  /** false when another table in the workbook already has this name */
  readonly tableNameFree: (name: string) => boolean;
  readonly warn: (text: string) => void;
  /** the largest values (or number formats) one action may carry */
  readonly maxActionBytes: number;
}

/**
 * Empties an owned sheet in place, so formulas elsewhere that point at it keep working: lifts its
 * protection, deletes its charts and tables, clears its conditional formats (1.6), unmerges, and
 * clears every cell's value and format. The step is chained to the sheet's values (`keepWithNext`),
 * so a sheet is cleared and refilled in one batch whenever its values fit in one: a failure between
 * two syncs cannot leave, say, the History sheet empty (its earlier quarters live only there).
 */
export function clearSteps(w: SheetWrite, old: OldObjects): WriteStep[] {
  const sheet = w.plan.name;
  return [
    {
      sheet,
      bytes: ACTION_BYTES * (6 + old.tables.length + old.charts.length + w.plan.conditionalFormats.length),
      // cleared in the same batch as the values are written (when they fit in one): no sync leaves the sheet blank
      keepWithNext: true,
      queue: () => {
        const ws = w.ws();
        ws.protection.unprotect();
        for (const chart of old.charts) chart.delete();
        for (const table of old.tables) table.delete();
        const all = ws.getRange();
        if (w.gate.allows('conditionalFormats', sheet, hasMember(all, 'conditionalFormats'))) {
          all.conditionalFormats.clearAll();
        }
        if (w.gate.allows('unmerge', sheet, hasMember(all, 'unmerge'))) all.unmerge();
        all.clear('All');
      },
    },
  ];
}

/**
 * Everything the plan puts on one sheet, in order: values (row chunks), styles, merges, column
 * widths and row heights, tables, conditional formats, frozen panes, gridlines, tab colour, print
 * settings, charts, and last the protection (no password), which completes the sheet.
 */
export function contentSteps(w: SheetWrite, existed: boolean): WriteStep[] {
  const { plan, gate } = w;
  const sheet = plan.name;
  const steps: WriteStep[] = [];
  const values = plan.blocks.flatMap((block) => valueSteps(sheet, w.ws, block, w.maxActionBytes));
  steps.push(...values.map((v, i) => (i < values.length - 1 ? { ...v, keepWithNext: true } : v)));
  for (const s of plan.styles) steps.push(...styleSteps(sheet, w.ws, s.range, s.style, w.maxActionBytes));
  if (plan.merges.length > 0) {
    steps.push({ sheet, bytes: ACTION_BYTES * 2 * plan.merges.length, queue: () => plan.merges.forEach((m) => w.ws().getRange(m).merge(false)) });
  }
  steps.push(...sizeSteps(sheet, w.ws, plan.columnWidths, plan.rowHeights ?? [], w.maxActionBytes));
  for (const t of plan.tables) {
    steps.push({
      sheet,
      bytes: ACTION_BYTES * 3,
      queue: () => {
        const table = w.ws().tables.add(t.range, true);
        if (w.tableNameFree(t.name)) table.name = t.name;
        else w.warn(`another table in the workbook is already named ${t.name}, so Cadre's table at ${sheet}!${t.range} keeps the name Excel gave it`);
        if (t.style !== undefined) table.style = t.style;
      },
    });
  }
  if (plan.conditionalFormats.length > 0) {
    steps.push({
      sheet,
      bytes: ACTION_BYTES * 5 * plan.conditionalFormats.reduce((n, cf) => n + cf.rules.length, 0),
      queue: () => {
        for (const cf of plan.conditionalFormats) {
          const range = w.ws().getRange(cf.range);
          if (!gate.allows('conditionalFormats', sheet, hasMember(range, 'conditionalFormats'))) return;
          for (const rule of cf.rules) {
            const format = range.conditionalFormats.add('CellValue');
            format.cellValue.format.fill.color = hexColor(rule.fill);
            format.cellValue.format.font.color = hexColor(rule.color);
            format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
          }
        }
      },
    });
  }
  steps.push({ sheet, bytes: ACTION_BYTES * 6, queue: () => viewAndPrint(w, existed) });
  for (const chart of plan.charts) steps.push(chartStep(sheet, w.ws, chart, w.resolve, gate));
  if (plan.protect) {
    steps.push({
      sheet,
      bytes: ACTION_BYTES,
      // no password; the same allowances as the board pack's protection (formats, filters, sorting)
      queue: () => w.ws().protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true }),
    });
  }
  return steps;
}

/** frozen panes (1.7), gridlines (1.8), tab colour (1.7) and print settings (1.9), each where supported */
function viewAndPrint(w: SheetWrite, existed: boolean): void {
  const { plan, gate } = w;
  const sheet = plan.name;
  const ws = w.ws();
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if ((rows > 0 || columns > 0 || existed) && gate.allows('freeze', sheet, hasMember(ws, 'freezePanes'))) {
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(rows, columns)}`));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
    else ws.freezePanes.unfreeze();
  }
  if (plan.showGridlines !== undefined && gate.allows('gridlines', sheet, hasMember(ws, 'showGridlines'))) ws.showGridlines = plan.showGridlines;
  if (plan.tabColor !== undefined && gate.allows('tabColor', sheet, hasMember(ws, 'tabColor'))) ws.tabColor = hexColor(plan.tabColor);
  const print = plan.print;
  if (print !== undefined && gate.allows('print', sheet, hasMember(ws, 'pageLayout'))) {
    const layout = ws.pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // a fixed scale wins over fitting: Excel ignores manual page breaks on a sheet fitted to pages
    if (print.scale !== undefined) layout.zoom = { scale: print.scale };
    else if (print.fitToOnePage === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    else if (print.fitToOnePageWide) layout.zoom = { horizontalFitToPages: 1 };
    if (print.margins !== undefined) {
      const m = print.margins; // inches; Excel's page layout takes points
      Object.assign(layout, { leftMargin: m.left * 72, rightMargin: m.right * 72, topMargin: m.top * 72, bottomMargin: m.bottom * 72, headerMargin: m.header * 72, footerMargin: m.footer * 72 });
    }
    if (print.area !== undefined) layout.setPrintArea(print.area);
    // the sheet's manual breaks are Cadre's: an earlier refresh's go first, then this plan's
    if (print.breaksBefore !== undefined || existed) {
      ws.horizontalPageBreaks.removePageBreaks();
      for (const row of print.breaksBefore ?? []) ws.horizontalPageBreaks.add(`A${row}`);
    }
  }
}
