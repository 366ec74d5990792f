import type { RefreshReport } from '../report/refreshReport';
import { equitySheet } from './equitySheet';
import { type HistoryRow, historyRowsOf, mergeHistory } from './history';
import type { SheetPlan, SheetRole, WorkbookPlan } from './plan';
import { dataQualitySheet, definitionsSheet, historySheet } from './tableSheets';

/** The sheets' default names (dashboards.md; "History" is reserved by Excel, so "Cadre History"). */
export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetRole, string>> = {
  board: 'Board Dashboard',
  equity: 'Equity Detail',
  metrics: 'Metrics Detail',
  analyst: 'Analyst Detail',
  history: 'Cadre History',
  definitions: 'Definitions',
  dataQuality: 'Data Quality',
};

export interface PlanOptions {
  /** History rows already in the workbook or board pack (any quarter); this refresh's quarter replaces its own */
  readonly history: readonly HistoryRow[];
  /** write the Analyst Detail sheet (person-level findings with ids); off for a shared copy */
  readonly analystDetail: boolean;
  /** sheet names other than the defaults */
  readonly sheetNames?: Partial<Record<SheetRole, string>>;
}

/**
 * The whole workbook plan of a refresh (dashboards.md, "What is written back"), from the report after
 * small-group suppression: Board Dashboard, Equity Detail, Metrics Detail, Analyst Detail (unless
 * turned off), History (the existing rows merged with this quarter's), Definitions and Data Quality,
 * in that tab order, and the workbook names of the key figures. Pure: the same report and options
 * give the same plan.
 */
export function buildWorkbookPlan(report: RefreshReport, options: PlanOptions): WorkbookPlan {
  const names = { ...DEFAULT_SHEET_NAMES, ...options.sheetNames };
  const history = mergeHistory(options.history, historyRowsOf(report));
  const sheets: SheetPlan[] = [
    equitySheet(report, names.equity),
    historySheet(history, names.history),
    definitionsSheet(report, names.definitions),
    dataQualitySheet(report, names.dataQuality),
  ];
  return { sheets, names: [] };
}
