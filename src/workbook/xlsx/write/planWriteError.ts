/**
 * The workbook plan cannot be written as it is (a sheet or table name Excel refuses, overlapping
 * tables, a colour that is not RRGGBB, …). The message names the sheet and what is wrong, in plain
 * words; it points at a fault in the plan, not in the user's data.
 */
export class PlanWriteError extends Error {
  override readonly name = 'PlanWriteError';
}
