import type { RefreshReport } from '../report/refreshReport';
import { analystSheet } from './analystSheet';
import { boardSheet } from './boardSheet';
import { equitySheet } from './equitySheet';
import { fitWrappedRows } from './fitWrappedRows';
import { type HistoryRow, historyRowsOf, mergeHistory } from './history';
import { metricsSheet } from './metricsSheet';
import type { NamePlan, RefreshSheetRole, SheetPlan, SheetRole, WorkbookPlan } from './plan';
import { dataQualitySheet, definitionsSheet, historySheet } from './tableSheets';

/** The sheets' default names (dashboards.md; "History" is reserved by Excel, so "Cadre History"). */
export const DEFAULT_SHEET_NAMES: Readonly<Record<RefreshSheetRole, string>> = {
  board: 'Board Dashboard',
  equity: 'Equity Detail',
  metrics: 'Metrics Detail',
  analyst: 'Analyst Detail',
  history: 'Cadre History',
  definitions: 'Definitions',
  dataQuality: 'Data Quality',
};

/** Every sheet Cadre owns by its default name: a refresh's, and the pairing suggestions (matching.md, Output). */
export const CADRE_SHEET_NAMES: Readonly<Record<SheetRole, string>> = { ...DEFAULT_SHEET_NAMES, suggestions: 'Cadre Suggestions' };

export interface PlanOptions {
  /** History rows already in the workbook or board pack (any quarter); this refresh's quarter replaces its own */
  readonly history: readonly HistoryRow[];
  /**
   * the analyst's copy: write the Analyst Detail sheet (person-level findings with ids) and list each
   * data-quality problem with its cell and value; off for a copy shared with the board
   */
  readonly analystDetail: boolean;
  /** sheet names other than the defaults */
  readonly sheetNames?: Partial<Record<RefreshSheetRole, string>>;
  /** the program's name in the Board Dashboard's title (default "Executive mentorship program") */
  readonly programName?: string;
}

/** Workbook names of Metrics Detail figures the Board Dashboard's tiles do not carry. */
const METRICS_NAMES: Readonly<Record<string, string>> = {
  Retention24m: 'Retention of participants at 24 months',
  Retention12mComparison: 'Retention of the comparison pool at 12 months',
  ReadyBy12m: 'Participants ready for a critical role by 12 months',
};

/**
 * The whole workbook plan of a refresh (dashboards.md, "What is written back"), from the report after
 * small-group suppression: Board Dashboard, Equity Detail, Metrics Detail, Analyst Detail (unless
 * turned off), History (the existing rows merged with this quarter's), Definitions and Data Quality,
 * in that tab order, and the workbook names of the key figures. Every sheet's long text is wrapped
 * where it would be cut and its rows made tall enough for it (`fitWrappedRows`). Pure: the same
 * report and options give the same plan.
 */
export function buildWorkbookPlan(report: RefreshReport, options: PlanOptions): WorkbookPlan {
  const names = { ...DEFAULT_SHEET_NAMES, ...options.sheetNames };
  const history = mergeHistory(options.history, historyRowsOf(report), report.minGroup);
  const metrics = metricsSheet(report, history, names.metrics);
  const board = boardSheet(report, history, metrics.refs, {
    name: names.board,
    programName: options.programName ?? 'Executive mentorship program',
    sheetNames: { equity: names.equity, metrics: names.metrics, definitions: names.definitions },
  });
  const planned: SheetPlan[] = [
    board.sheet,
    equitySheet(report, names.equity),
    metrics.sheet,
    ...(options.analystDetail ? [analystSheet(report, names.analyst)] : []),
    historySheet(history, names.history),
    definitionsSheet(report, names.definitions),
    dataQualitySheet(report, names.dataQuality, { personLevel: options.analystDetail }),
  ];
  // long text wraps and its rows are tall enough to show it all, on every sheet (fitWrappedRows.ts)
  const sheets = planned.map(fitWrappedRows);
  const metricNames: NamePlan[] = Object.entries(metrics.refs.cells).map(([key, ref]) => ({
    name: `Cadre.${key}`,
    sheet: names.metrics,
    ref,
    comment: `${METRICS_NAMES[key] ?? key} as of ${report.asOf}`,
  }));
  return { sheets, names: [...board.names, ...metricNames] };
}
