import type { CellValue } from '../model/cell';
import type { Problem, Severity } from '../model/problem';
import { columnLetters } from '../excel/a1Address';
import { cellKind, isUnsavedFormula } from './cellKind';
import { dayFromExcelSerial } from '../calendar/dayFromExcelSerial';
import { coerceBool } from './coerce/coerceBool';
import { type DateContext, coerceDate } from './coerce/coerceDate';
import { coerceEnum, enumLookup } from './coerce/coerceEnum';
import { coerceId } from './coerce/coerceId';
import { coerceLevel } from './coerce/coerceLevel';
import { coerceInt, coerceNumber } from './coerce/coerceNumber';
import { coerceText } from './coerce/coerceText';
import { Invalid } from './coerce/invalid';
import type { RecognisedSheet } from './recogniseWorkbook';
import type { ColumnSpec } from './schema';
import { valueText } from './valueText';

/** Where the current row is, to address problems found while building its record. */
export interface RowCursor {
  readonly sheet: string;
  /** 1-based sheet row */
  readonly row: number;
  /** A1 address of a schema column in this row (the row's first cell if the column is absent) */
  cell(schemaIndex: number): string;
  /** the cell's value as text for the report */
  text(schemaIndex: number): string;
  /** records a problem about a schema column in this row */
  problem(schemaIndex: number, severity: Severity, code: Problem['code'], message: string, fix: string): void;
}

type NonBlank = Exclude<CellValue, null | undefined>;

const FAST_TEXT = 1;
const FAST_DATE = 2;
const FAST_NUMBER = 3;
/** serials up to 9999-12-31 */
const MAX_FAST_SERIAL = 2958465;
type Coercer = (v: NonBlank) => unknown;

function coercerFor(spec: ColumnSpec, date: DateContext): Coercer {
  switch (spec.type) {
    case 'id':
      return coerceId;
    case 'text':
      return coerceText;
    case 'number':
      return coerceNumber;
    case 'int':
      return coerceInt;
    case 'bool':
      return memoiseText(coerceBool);
    case 'level':
      return coerceLevel;
    case 'date':
      return (v) => coerceDate(v, date);
    case 'enum': {
      const lookup = enumLookup(spec.values ?? {});
      return memoiseText((v) => coerceEnum(v, lookup));
    }
  }
}

/**
 * Remembers a coercer's result per distinct text: enum and yes/no columns hold a handful of distinct
 * values over a million rows, and folding each one again is most of intake's time.
 */
function memoiseText(coerce: Coercer): Coercer {
  const cache = new Map<string, unknown>();
  return (v) => {
    if (typeof v !== 'string') return coerce(v);
    let r = cache.get(v);
    if (r === undefined && !cache.has(v)) {
      r = coerce(v);
      if (cache.size < 10_000) cache.set(v, r);
    }
    return r;
  };
}

/**
 * Reads the data rows of a recognised sheet: each cell of a recognised column is typed by its
 * column's type; a blank or unreadable required cell leaves the row out (error), an unreadable
 * optional cell is ignored (warning) unless its column is `strict` (then it leaves the row out, as a
 * required one), an error cell (#N/A, ...) is reported and read as blank; blank rows are skipped
 * silently. `onRow` gets the typed values by schema column index (undefined where
 * blank or unreadable) and the attribute values, and returns whether it used the row.
 */
export function readRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
  /** `values` is reused for the next row: read it, do not keep it */
  onRow: (values: readonly unknown[], attributes: Record<string, string> | undefined, cursor: RowCursor) => boolean,
): { rowsRead: number; rowsLeftOut: number } {
  const { spec, sheet, header } = rec;
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const cols: number[] = [];
  const sheetCol: number[] = [];
  const coercers: Coercer[] = [];
  header.bySchema.forEach((ci, si) => {
    if (ci < 0) return;
    cols.push(si);
    sheetCol.push(ci);
    coercers.push(coercerFor(spec.columns[si], date));
  });
  const fastKind = cols.map((si) => {
    const t = spec.columns[si].type;
    return t === 'text' || t === 'id' ? FAST_TEXT : t === 'date' ? FAST_DATE : t === 'number' ? FAST_NUMBER : 0;
  });
  const letters = header.bySchema.map((ci) => columnLetters(firstColumn + Math.max(ci, 0)));
  const attributes = header.attributes;

  let raw: readonly CellValue[] = [];
  let rowNumber = 0;
  const cursor: RowCursor = {
    sheet: sheet.name,
    get row() {
      return rowNumber;
    },
    cell: (si) => letters[si] + rowNumber,
    text: (si) => (header.bySchema[si] >= 0 ? valueText(raw[header.bySchema[si]]) : ''),
    problem(si, severity, code, message, fix) {
      problems.push({
        severity,
        code,
        sheet: sheet.name,
        cell: letters[si] + rowNumber,
        column: spec.columns[si].name,
        value: cursor.text(si),
        message,
        fix,
      });
    },
  };

  let rowsRead = 0;
  let rowsLeftOut = 0;
  // one array, refilled for every row: onRow reads it before the next row
  const values = new Array<unknown>(spec.columns.length).fill(undefined);
  for (let r = rec.headerIndex + 1; r < sheet.values.length; r++) {
    raw = sheet.values[r] ?? [];
    rowNumber = firstRow + r;
    for (let k = 0; k < cols.length; k++) values[cols[k]] = undefined;
    let anyValue = false;
    let leftOut = false;
    for (let k = 0; k < cols.length; k++) {
      const si = cols[k];
      const v = raw[sheetCol[k]];
      // fast paths for the cells most rows hold, same result as the general path below
      const fast = fastKind[k];
      if (fast === FAST_TEXT && typeof v === 'string' && v.length > 4) {
        const first = v.charCodeAt(0);
        if (first > 32 && first !== 35 /* # */ && v.charCodeAt(v.length - 1) > 32) {
          values[si] = v;
          anyValue = true;
          continue;
        }
      } else if (fast === FAST_DATE && typeof v === 'number' && v > 60 && v <= MAX_FAST_SERIAL) {
        const day = dayFromExcelSerial(v, date.dateSystem);
        if (day >= date.earliest && day <= date.latest) {
          values[si] = day;
          anyValue = true;
          continue;
        }
      } else if (fast === FAST_NUMBER && typeof v === 'number' && Number.isFinite(v)) {
        values[si] = v;
        anyValue = true;
        continue;
      }
      const kind = cellKind(v);
      if (kind === 'value') {
        anyValue = true;
        const typed = coercers[k](v as NonBlank);
        if (typed instanceof Invalid) {
          const required = spec.columns[si].required || spec.columns[si].strict === true;
          cursor.problem(
            si,
            required ? 'error' : 'warning',
            typed.code,
            `${spec.columns[si].name} "${cursor.text(si)}" ${typed.message}; ${required ? 'the row is left out' : 'the value is ignored'}.`,
            typed.fix,
          );
          if (required) leftOut = true;
        } else if (typed !== '') {
          values[si] = typed;
        }
      } else if (kind === 'error') {
        anyValue = true;
        const strict = spec.columns[si].strict === true;
        const required = spec.columns[si].required || strict;
        const name = spec.columns[si].name;
        const leftOutNote = required ? ` ${name} ${strict ? 'must be readable' : 'is required'}, so the row is left out.` : '';
        if (isUnsavedFormula(v)) {
          cursor.problem(
            si,
            required ? 'error' : 'warning',
            'formula-not-saved',
            `${name}: the cell holds the formula ${v.formula ? `=${v.formula} ` : ''}but not its result: the file was saved by a tool that writes formulas without calculating them, so the cell is read as blank.${leftOutNote}`,
            'Open the workbook in Excel or LibreOffice Calc and save it (the results are then saved with the formulas), or write values instead of formulas.',
          );
        } else {
          cursor.problem(
            si,
            required ? 'error' : 'warning',
            'error-cell',
            `${name}: the cell shows the error ${valueText(v)} and is read as blank.${leftOutNote}`,
            'Fix the formula or the value that produces the error.',
          );
        }
        if (required) leftOut = true;
      }
    }
    if (!anyValue && isBlankRow(raw)) continue;
    rowsRead++;
    if (!leftOut) {
      for (let k = 0; k < cols.length; k++) {
        const si = cols[k];
        if (spec.columns[si].required && values[si] === undefined && cellKind(raw[sheetCol[k]]) === 'blank') {
          cursor.problem(
            si,
            'error',
            'missing-value',
            `${spec.columns[si].name} is blank, and every row needs it; the row is left out.`,
            `Fill in ${spec.columns[si].name} (${spec.columns[si].meaning}) or delete the row.`,
          );
          leftOut = true;
        }
      }
    }
    let attrs: Record<string, string> | undefined;
    if (attributes.length > 0) {
      attrs = {};
      for (const a of attributes) {
        const v = raw[a.index];
        if (cellKind(v) === 'value') {
          const t = coerceText(v as NonBlank);
          if (t !== '') attrs[a.name] = t;
        }
      }
    }
    if (leftOut || !onRow(values, attrs, cursor)) rowsLeftOut++;
  }
  return { rowsRead, rowsLeftOut };
}

function isBlankRow(raw: readonly CellValue[]): boolean {
  for (let i = 0; i < raw.length; i++) if (cellKind(raw[i]) !== 'blank') return false;
  return true;
}
