export type { CellPosition, ChartKind, ChartSeriesSpec, ChartSpec } from '../../../dashboard/chartPlan';
