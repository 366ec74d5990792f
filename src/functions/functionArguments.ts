import { dayFromExcelSerial } from '../calendar/dayFromExcelSerial';
import { dayFromIso } from '../calendar/dayFromIso';
import { dayFromYmd } from '../calendar/dayFromYmd';
import { futureAsOfReason, latestToday } from '../calendar/futureAsOf';
import { coerceBool } from '../intake/coerce/coerceBool';
import { Invalid } from '../intake/coerce/invalid';
import type { Day } from '../model/day';
import { MIN_GROUP_RULE, isMinGroup } from '../privacy/minGroup';
import { ArgumentProblem, invalidValue } from './functionError';

/**
 * Reading the arguments of the Cadre functions as Excel gives them (functions.md): a range is a 2D
 * array of cell values (a single cell may come as a plain value); dates are Excel serial numbers
 * (the 1900 date system, as Excel passes them to custom functions) or ISO text (YYYY-MM-DD); a blank
 * (`null`, `undefined`, `""` or spaces) is blank. Anything else raises #VALUE! with a message that
 * names the argument and the value (`ArgumentProblem`, turned into a `FunctionError` by `guarded`).
 */

/** One cell as Excel passes it to a custom function (and as the preview reads it from its workbook). */
export type CellArgument = number | string | boolean | null | undefined;

/** A range argument: rows of cells, or a single cell. */
export type RangeArgument = CellArgument | readonly (readonly CellArgument[])[];

/** A day that is blank. */
export const BLANK_DAY = NaN;

const bad = (message: string): never => {
  throw new ArgumentProblem(invalidValue(message));
};

/** true for an empty cell: null, undefined, "" or text of spaces only */
export function isBlank(value: CellArgument): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** How a value is quoted in a message: text in quotes, the rest as Excel shows it. */
export function shown(value: CellArgument): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The cells of a range in reading order (row by row), whatever its shape: a column, a row or a block. */
export function cellsOf(range: RangeArgument): CellArgument[] {
  if (!Array.isArray(range)) return [range as CellArgument];
  const rows = range as readonly (readonly CellArgument[])[];
  let size = 0;
  for (let r = 0; r < rows.length; r++) size += rows[r]!.length;
  const out: CellArgument[] = new Array<CellArgument>(size);
  for (let r = 0, i = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < row.length; c++) out[i++] = row[c];
  }
  return out;
}

/**
 * A date argument's day: an Excel serial number (its integer part; a time of day is dropped) or ISO
 * text; NaN for a blank. `what` names it in the message ("starts: value 3"); a function, so that the
 * text is made only for a message.
 */
export function dayOf(value: CellArgument, what: string | (() => string)): Day {
  if (typeof value === 'number' && value >= 1 && (value < 60 || value >= 61) && value < 2958466) return dayFromExcelSerial(value, '1900');
  if (isBlank(value)) return BLANK_DAY;
  const name = () => (typeof what === 'string' ? what : what());
  if (typeof value === 'number') {
    if (Math.floor(value) === 60) return bad(`${name()} is ${shown(value)}, which is 29 February 1900, a day that never was`);
    return bad(`${name()} is ${shown(value)}, not a date: give an Excel date or YYYY-MM-DD text`);
  }
  if (typeof value === 'string') {
    const day = dayFromIso(value.trim());
    if (Number.isNaN(day)) return bad(`${name()} is ${shown(value)}, not a date: give an Excel date or YYYY-MM-DD text`);
    return day;
  }
  return bad(`${name()} is ${shown(value)}, not a date: give an Excel date or YYYY-MM-DD text`);
}

/** A range of dates, blanks as NaN; `name` is the argument's name ("starts"). */
export function dateColumn(range: RangeArgument, name: string): Float64Array {
  const cells = cellsOf(range);
  const out = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = dayOf(cells[i], () => `${name}: value ${i + 1}`);
  return out;
}

/** Every range has as many cells as the first; otherwise #VALUE! naming both. */
export function sameLength(columns: readonly { readonly name: string; readonly length: number }[]): void {
  const [first, ...rest] = columns;
  for (const c of rest) {
    if (c.length !== first!.length) {
      bad(`${c.name} has ${c.length} value${c.length === 1 ? '' : 's'} but ${first!.name} has ${first!.length}: pass ranges of the same rows`);
    }
  }
}

/** Today's calendar day where the user is (`now`'s local date). */
export function today(now: Date): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The as-of date: today when blank (functions.md), else a date argument; a date after today is
 * refused as the refresh refuses it (figures as of a date still to come would count what has not
 * happened yet).
 */
export function asOfDay(value: CellArgument, now: Date): Day {
  if (isBlank(value)) return today(now);
  const day = dayOf(value, 'as_of');
  const future = futureAsOfReason(day, latestToday(now), 'as_of');
  if (future !== null) bad(future);
  return day;
}

/** A number of months: `fallback` when blank, else a finite number ≥ 0. */
export function monthsOf(value: CellArgument, fallback: number): number {
  if (isBlank(value)) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return bad(`months is ${shown(value)}: give a number of months, 0 or more`);
  return value;
}

/** A count of people: a whole number ≥ 0 (FISHER's cells, WILSON's successes and n). */
export function countOf(value: CellArgument, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return bad(`${name} is ${isBlank(value) ? 'blank' : shown(value)}: give a whole number of people, 0 or more`);
  return value;
}

/** k for ACCESS: `fallback` (the workbook's setting, else 5) when blank, else a whole number ≥ 3. */
export function minGroupOf(value: CellArgument, fallback: number): number {
  if (isBlank(value)) return fallback;
  if (!isMinGroup(value)) return bad(`min_group is ${shown(value)}: give ${MIN_GROUP_RULE}`);
  return value;
}

/** A group label: the text of the cell (numbers as Excel shows them in General), undefined for a blank. */
export function groupOf(value: CellArgument): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A yes/no cell (Y/N, Yes/No, TRUE/FALSE, 1/0, X, as intake reads them), undefined for a blank. */
export function yesNoOf(value: CellArgument, what: string | (() => string)): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') {
    let known = YES_NO_TEXT.get(value);
    if (known === undefined) YES_NO_TEXT.set(value, (known = coerceBool(value)));
    if (!(known instanceof Invalid)) return known;
  } else {
    const v = coerceBool(value as number);
    if (!(v instanceof Invalid)) return v;
  }
  return bad(`${typeof what === 'string' ? what : what()} is ${shown(value)}, not yes or no: use TRUE/FALSE, Y/N, Yes/No or 1/0`);
}

/** how intake reads each yes/no text, kept (a column repeats a handful of texts) */
const YES_NO_TEXT = new Map<string, boolean | Invalid>();

/** A number of a range of numbers (ENPS's scores), undefined for a blank. */
export function numberOf(value: CellArgument, what: string): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return bad(`${what} is ${shown(value)}, not a number`);
  return value;
}
