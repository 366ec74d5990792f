/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges and mixed arguments as any */
import { access } from './accessFunction';
import { enps, fisher, wilson } from './countFunctions';
import { FunctionError } from './functionError';
import { ready } from './readyFunction';
import { type FunctionContext, logRankP, medianMonths, retention, retentionCurve } from './retentionFunctions';
import { type ExcelRunner, cachedMinGroup } from './workbookMinGroup';

/*
 * The Cadre custom functions as Excel calls them (functions.md), in the task pane's shared runtime.
 * Microsoft's metadata tool (custom-functions-metadata-plugin, in webpack.config.js) reads the JSDoc
 * tags below into dist/functions.json at build time and appends a `CustomFunctions.associate` call
 * for each function to this module. The ids after `@customfunction` are in saved workbooks' formulas:
 * never change one once released. Each function is a thin shell over the pure core; a
 * `FunctionError` becomes `CustomFunctions.Error` (#VALUE! or #N/A with its message). No function is
 * volatile. This module is imported only where `CustomFunctions` exists (src/taskpane/index.tsx).
 */

/** Excel.run where Office.js is present (the shared runtime), else undefined: k is then 5. */
const excelRun = (): ExcelRunner | undefined => (typeof Excel !== 'undefined' && typeof Excel.run === 'function' ? (Excel.run as ExcelRunner) : undefined);
const minGroup = cachedMinGroup(excelRun);

async function context(): Promise<FunctionContext> {
  return { k: await minGroup(), now: new Date() };
}

/** The result for Excel: the value, or the error thrown as `CustomFunctions.Error`. */
export function toExcel<T>(result: T | FunctionError): T {
  if (!(result instanceof FunctionError)) return result;
  const code = result.code === 'invalidValue' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  throw new CustomFunctions.Error(code, result.message);
}

/**
 * Kaplan–Meier retention at a number of months: the share still there, as the Board Dashboard's retention tile.
 * @customfunction RETENTION RETENTION
 * @param starts Start dates, one row per person (Excel dates or YYYY-MM-DD text; a blank start leaves the row out).
 * @param exits Exit dates, same rows (blank: still there).
 * @param [months] Months after the start (default 12).
 * @param [as_of] As-of date (default today).
 * @returns Survival at the months, 0 to 1.
 */
export async function retentionFunction(starts: any[][], exits: any[][], months?: number, as_of?: any): Promise<number> {
  return toExcel(retention(starts, exits, months, as_of, await context()));
}

/**
 * Kaplan–Meier retention curve: months, at risk, events, survival, lower, upper (header row first; spills).
 * @customfunction RETENTIONCURVE RETENTIONCURVE
 * @param starts Start dates, one row per person (Excel dates or YYYY-MM-DD text).
 * @param exits Exit dates, same rows (blank: still there).
 * @param [as_of] As-of date (default today).
 * @returns One row per event time, with its 95% log-log band.
 */
export async function retentionCurveFunction(starts: any[][], exits: any[][], as_of?: any): Promise<any[][]> {
  return toExcel(retentionCurve(starts, exits, as_of, await context()));
}

/**
 * Median months retained: the first time retention is 50% or less; #N/A "not reached" otherwise.
 * @customfunction MEDIANMONTHS MEDIANMONTHS
 * @param starts Start dates, one row per person (Excel dates or YYYY-MM-DD text).
 * @param exits Exit dates, same rows (blank: still there).
 * @param [as_of] As-of date (default today).
 * @returns Median months retained.
 */
export async function medianMonthsFunction(starts: any[][], exits: any[][], as_of?: any): Promise<number> {
  return toExcel(medianMonths(starts, exits, as_of, await context()));
}

/**
 * Share ready for a critical role by a number of months (cumulative incidence; leaving first is a competing event).
 * @customfunction READY READY
 * @param starts Program start dates, one row per person (Excel dates or YYYY-MM-DD text).
 * @param ready_dates Dates rated ready, same rows (blank: not yet).
 * @param exits Exit dates, same rows (blank: still there).
 * @param [months] Months after the start (default 24).
 * @param [as_of] As-of date (default today).
 * @returns Cumulative incidence of readiness, 0 to 1.
 */
export async function readyFunction(starts: any[][], ready_dates: any[][], exits: any[][], months?: number, as_of?: any): Promise<number> {
  return toExcel(ready(starts, ready_dates, exits, months, as_of, await context()));
}

/**
 * Log-rank test of retention across groups: its p-value (groups under k are not tested).
 * @customfunction LOGRANK LOGRANK
 * @param starts Start dates, one row per person (Excel dates or YYYY-MM-DD text).
 * @param exits Exit dates, same rows (blank: still there).
 * @param groups Each person's group, same rows (blank: left out).
 * @param [as_of] As-of date (default today).
 * @returns p of the log-rank test.
 */
export async function logRankFunction(starts: any[][], exits: any[][], groups: any[][], as_of?: any): Promise<number> {
  return toExcel(logRankP(starts, exits, groups, as_of, await context()));
}

/**
 * Access equity per group: group, n, count, rate, lower, upper, impact ratio, p, adjusted p, shortfall, status (spills; groups under k suppressed as on the dashboards).
 * @customfunction ACCESS ACCESS
 * @param groups Each person's group, one row per person (blank: left out).
 * @param has_resource Whether the person has the resource (TRUE/FALSE, Y/N, 1/0), same rows.
 * @param [min_group] Smallest group shown, k (default the workbook's Cadre setting, else 5; 3 or more).
 * @returns One row per group, header row first.
 */
export async function accessFunction(groups: any[][], has_resource: any[][], min_group?: number): Promise<any[][]> {
  return toExcel(access(groups, has_resource, min_group, await context()));
}

/**
 * Fisher's exact test of a 2×2 table: its two-sided p.
 * @customfunction FISHER FISHER
 * @param a Row 1, column 1 (people with the resource in the group).
 * @param b Row 1, column 2 (people without it in the group).
 * @param c Row 2, column 1 (people with it in the reference group).
 * @param d Row 2, column 2 (people without it in the reference group).
 * @returns Two-sided p.
 */
export function fisherFunction(a: number, b: number, c: number, d: number): number {
  return toExcel(fisher(a, b, c, d));
}

/**
 * Wilson 95% interval of a proportion: lower and upper (spills one row).
 * @customfunction WILSON WILSON
 * @param successes People with the outcome.
 * @param n People in all.
 * @returns Lower and upper bound.
 */
export function wilsonFunction(successes: number, n: number): number[][] {
  return toExcel(wilson(successes, n)) as number[][];
}

/**
 * Employee net promoter score of 0–10 scores: 100 × (share 9–10 − share 0–6).
 * @customfunction ENPS ENPS
 * @param scores Scores from 0 to 10 (blanks left out).
 * @returns eNPS, −100 to 100.
 */
export async function enpsFunction(scores: any[][]): Promise<number> {
  return toExcel(enps(scores, await context()));
}
