import type { CellValue, DateSystem } from '../../../model/cell';
import { count, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, READ_LIMITS, ReadFault } from './readFault';
import { isNameEnd, runText } from './runText';
import { serialToDate } from './serialToDate';
import { MAIN_NAMESPACES, namespacePrefix, rootTag } from './xmlTags';
import { xmlText } from './xmlText';

/** What a sheet's cells refer to: the workbook's shared strings, its date styles and date system. */
export interface SheetContext {
  readonly name: string;
  readonly sharedStrings: readonly string[];
  /** by style index (`s`): whether the style shows a date */
  readonly dateStyles: readonly boolean[];
  readonly dateSystem: DateSystem;
  /** called every 50,000 rows */
  readonly onRows?: (rowsRead: number) => void;
}

/** A formula cell whose result was never saved (a file from a tool that writes formulas without calculating). */
export const UNSAVED_FORMULA = '#UNSAVED!';

const BEFORE = 0;
const IN_DATA = 1;
const DONE = 2;

/**
 * A worksheet part's cell values, scanned from its XML text in pieces as they are inflated, so that
 * a sheet's XML is never held whole: `push` each piece, then `finish`. Reads `<sheetData>` only:
 * rows and cells with or without their `r` attributes (a missing `r` is the next row or column,
 * ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4), numbers (dates when the cell's style shows a date),
 * shared and inline strings (rich-text runs joined, phonetic guides left out), booleans, errors
 * (`{ error: '#N/A' }`), formulas' saved results, `t="d"` ISO dates and `t="str"` text, with the
 * SpreadsheetML namespace on any prefix. The `<dimension>` element is not trusted (tools write it
 * wrong). A formula without a saved result gives `{ error: UNSAVED_FORMULA, formula }`.
 *
 * Row `r` of the sheet is `values[r - 1]`; rows without cells are `[]`, blank cells inside a row `null`.
 * Past Excel's 1,048,576 rows or 16,384 columns, or a runaway element, it throws a ReadFault.
 */
export class SheetScanner {
  readonly values: CellValue[][] = [];
  private buffer = '';
  private state = BEFORE;
  private p = '';
  private tags = tagsFor('');
  private prefixKnown = false;
  /** the row being read, its number (0 until known), and the last row number given */
  private row: CellValue[] | undefined;
  private rowNumber = 0;
  private lastRow = 0;
  private column = 0;
  private rowElements = 0;
  private cells = 0;

  constructor(private readonly context: SheetContext) {}

  push(piece: string): void {
    this.buffer = this.buffer.length === 0 ? piece : this.buffer + piece;
    if (this.state === BEFORE) this.findSheetData();
    if (this.state === IN_DATA) this.scan();
    if (this.state === DONE) this.buffer = '';
    if (this.buffer.length > READ_LIMITS.elementChars) {
      throw new ReadFault(`is damaged or not an Excel workbook: the sheet "${this.context.name}" has an element longer than ${count(READ_LIMITS.elementChars)} characters near row ${count(this.lastRow + 1)}`);
    }
  }

  finish(): CellValue[][] {
    if (this.state === BEFORE && this.buffer.length > 0 && rootTag(this.buffer) === undefined) {
      throw new ReadFault(`is damaged: the sheet "${this.context.name}" is not XML`);
    }
    if (this.state === IN_DATA) {
      throw new ReadFault(`is damaged or incomplete: the sheet "${this.context.name}" ends in the middle of its data, after row ${count(this.lastRow)}`);
    }
    return this.values;
  }

  private findSheetData(): void {
    const b = this.buffer;
    const root = rootTag(b);
    if (root === undefined) return;
    if (!this.prefixKnown) {
      this.p = namespacePrefix(b, MAIN_NAMESPACES) ?? rootPrefix(root);
      this.tags = tagsFor(this.p);
      this.prefixKnown = true;
    }
    const open = this.tags.sheetData;
    let at = 0;
    for (;;) {
      const lt = b.indexOf(open, at);
      if (lt < 0 || lt + open.length >= b.length) {
        // keep what may be the start of `<sheetData`
        this.buffer = b.slice(Math.max(0, lt < 0 ? b.length - open.length : lt));
        return;
      }
      if (!isNameEnd(b.charCodeAt(lt + open.length))) {
        at = lt + open.length;
        continue;
      }
      const gt = b.indexOf('>', lt);
      if (gt < 0) {
        this.buffer = b.slice(lt);
        return;
      }
      if (b.charCodeAt(gt - 1) === 47 /* / */) {
        this.state = DONE;
        return;
      }
      this.buffer = b.slice(gt + 1);
      this.state = IN_DATA;
      return;
    }
  }

  /** Reads every complete row and cell in the buffer; keeps an incomplete one for the next piece. */
  private scan(): void {
    const b = this.buffer;
    const t = this.tags;
    let at = 0;
    for (;;) {
      const lt = b.charCodeAt(at) === 60 /* < */ ? at : b.indexOf('<', at);
      if (lt < 0) {
        at = b.length;
        break;
      }
      // enough characters to tell the tag by its name
      if (lt + t.longest >= b.length) {
        at = lt;
        break;
      }
      if (b.startsWith(t.c, lt) && isNameEnd(b.charCodeAt(lt + t.c.length))) {
        const gt = b.indexOf('>', lt);
        if (gt < 0) {
          at = lt;
          break;
        }
        if (b.charCodeAt(gt - 1) === 47 /* / */) {
          this.cell(b, lt + t.c.length, gt - 1, -1, -1);
          at = gt + 1;
          continue;
        }
        let end = -1;
        // the common cell, <c …><v>…</v></c>, found without searching for </c>
        if (b.startsWith(t.vOpen, gt + 1)) {
          const close = b.indexOf('<', gt + 1 + t.vOpen.length);
          if (close >= 0 && b.startsWith(t.vcClose, close)) end = close + t.vClose.length;
        }
        if (end < 0) end = b.indexOf(t.cClose, gt);
        if (end < 0) {
          at = lt;
          break;
        }
        this.cell(b, lt + t.c.length, gt, gt + 1, end);
        at = end + t.cClose.length;
      } else if (b.startsWith(t.rowClose, lt)) {
        this.endRow();
        at = lt + t.rowClose.length;
      } else if (b.startsWith(t.row, lt) && isNameEnd(b.charCodeAt(lt + t.row.length))) {
        const gt = b.indexOf('>', lt);
        if (gt < 0) {
          at = lt;
          break;
        }
        this.startRow(b, lt + t.row.length, gt);
        if (b.charCodeAt(gt - 1) === 47) this.endRow();
        at = gt + 1;
      } else if (b.startsWith(t.sheetDataClose, lt)) {
        if (this.row) this.endRow();
        this.state = DONE;
        return;
      } else {
        // a comment, a processing instruction, or an element of another kind (extLst): skipped whole
        const end = skipElement(b, lt);
        if (end < 0) {
          at = lt;
          break;
        }
        at = end;
      }
    }
    this.buffer = at >= b.length ? '' : b.slice(at);
  }

  private startRow(b: string, from: number, to: number): void {
    if (this.row) this.endRow();
    if (++this.rowElements > EXCEL_MAX_ROWS) this.tooManyRows();
    this.row = [];
    this.column = 0;
    this.rowNumber = 0;
    const r = attributeRange(b, from, to, 114 /* r */);
    if (r >= 0) {
      let n = 0;
      for (let i = r; ; i++) {
        const c = b.charCodeAt(i);
        if (c < 48 || c > 57) break;
        n = n * 10 + (c - 48);
      }
      this.rowNumber = n;
    }
  }

  private endRow(): void {
    const row = this.row;
    if (!row) return;
    this.row = undefined;
    const n = this.rowNumber > 0 ? this.rowNumber : this.lastRow + 1;
    if (n > EXCEL_MAX_ROWS) this.tooManyRows();
    const values = this.values;
    if (n > values.length) {
      while (values.length < n - 1) values.push([]);
      values.push(row);
    } else {
      // a row given twice, or out of order: its cells join those already read
      const existing = values[n - 1];
      for (let i = 0; i < row.length; i++) if (row[i] !== null && row[i] !== undefined) existing[i] = row[i];
      for (let i = 0; i < existing.length; i++) if (existing[i] === undefined) existing[i] = null;
    }
    this.lastRow = n;
    if (this.context.onRows && n % 50_000 === 0) this.context.onRows(n);
  }

  /**
   * One cell: its start tag's attributes between `from` and `to`, its content between `inner` and
   * `innerEnd` (-1 for an empty `<c/>`).
   */
  private cell(b: string, from: number, to: number, inner: number, innerEnd: number): void {
    if (!this.row) this.startImpliedRow();
    // the attributes that matter: r (reference), t (type), s (style)
    let column = 0;
    let rowInRef = 0;
    let type = 'n';
    let style = 0;
    for (let i = nextAttribute(b, from, to); i >= 0; i = nextAttribute(b, i, to)) {
      if (attr.nameLength !== 1) continue;
      const { valueStart, valueEnd } = attr;
      const name = b.charCodeAt(attr.nameStart);
      if (name === 114 /* r */) {
        let j = valueStart;
        for (; j < valueEnd; j++) {
          const ch = b.charCodeAt(j);
          if (ch >= 65 && ch <= 90) column = column * 26 + (ch - 64);
          else if (ch >= 97 && ch <= 122) column = column * 26 + (ch - 96);
          else if (ch !== 36 /* $ */) break;
        }
        for (; j < valueEnd; j++) {
          const ch = b.charCodeAt(j);
          if (ch >= 48 && ch <= 57) rowInRef = rowInRef * 10 + (ch - 48);
        }
      } else if (name === 116 /* t */) {
        type = b.slice(valueStart, valueEnd);
      } else if (name === 115 /* s */) {
        let s = 0;
        for (let j = valueStart; j < valueEnd; j++) s = s * 10 + (b.charCodeAt(j) - 48);
        style = s;
      }
    }
    if (column === 0) column = this.column + 1;
    if (column > EXCEL_MAX_COLUMNS) {
      throw new ReadFault(
        `has a cell beyond column XFD on its sheet "${this.context.name}" (row ${count(this.rowNumber || this.lastRow + 1)}, column ${count(column)}): Excel has at most ${count(EXCEL_MAX_COLUMNS)} columns, so the file is damaged or not an Excel workbook`,
      );
    }
    this.column = column;
    if (this.rowNumber === 0 && rowInRef > 0) this.rowNumber = rowInRef;
    if (inner < 0) return;
    const value = this.value(b, inner, innerEnd, type, style);
    if (value === null) return;
    const row = this.row!;
    const index = column - 1;
    if (index >= row.length) {
      this.cells += index + 1 - row.length;
      if (this.cells > READ_LIMITS.cells) {
        throw new ReadFault(`is too large to read: its sheet "${this.context.name}" holds more than ${count(READ_LIMITS.cells)} cells`);
      }
      while (row.length < index) row.push(null);
      row.push(value);
    } else {
      row[index] = value;
    }
  }

  private startImpliedRow(): void {
    // a cell outside any <row> (not legal, but read as a row of its own)
    if (++this.rowElements > EXCEL_MAX_ROWS) this.tooManyRows();
    this.row = [];
    this.column = 0;
    this.rowNumber = 0;
  }

  private value(b: string, inner: number, end: number, type: string, style: number): CellValue {
    const t = this.tags;
    if (type === 'inlineStr') {
      const is = findTag(b, t.is, inner, end);
      return is < 0 ? null : runText(b, is, end, this.p);
    }
    let text: string | undefined;
    // the common case first: the content is just <v>…</v>
    if (b.startsWith(t.vOpen, inner)) {
      const from = inner + t.vOpen.length;
      const close = b.indexOf('<', from);
      if (close >= 0 && close < end && b.startsWith(t.vClose, close)) {
        // a whole number (a shared string's index, most numbers) without making a string of it
        if ((type === 's' || type === 'n') && close > from && close - from <= 15) {
          const negative = b.charCodeAt(from) === 45; /* - */
          let n = 0;
          let i = negative ? from + 1 : from;
          for (; i < close; i++) {
            const d = b.charCodeAt(i) - 48;
            if (d < 0 || d > 9) break;
            n = n * 10 + d;
          }
          if (i === close && i > from + (negative ? 1 : 0)) {
            if (type === 's') {
              const shared = this.context.sharedStrings[n];
              if (shared !== undefined && !negative) return shared;
            } else {
              const value = negative ? -n : n;
              if (style > 0 && style < this.context.dateStyles.length && this.context.dateStyles[style]) return serialToDate(value, this.context.dateSystem) ?? value;
              return value;
            }
          }
        }
        text = b.slice(from, close);
      }
    }
    const v = text === undefined ? findTag(b, t.v, inner, end) : -1;
    if (v >= 0) {
      const gt = b.indexOf('>', v);
      if (b.charCodeAt(gt - 1) !== 47) {
        const close = b.indexOf(t.vClose, gt);
        text = b.slice(gt + 1, close < 0 || close > end ? end : close);
      }
    }
    if (text === undefined || (text.length === 0 && type !== 'str')) {
      const f = findTag(b, t.f, inner, end);
      if (f < 0) return null;
      const gt = b.indexOf('>', f);
      let formula = '';
      if (b.charCodeAt(gt - 1) !== 47) {
        const close = b.indexOf(t.fClose, gt);
        formula = xmlText(b.slice(gt + 1, close < 0 || close > end ? end : close));
      }
      return { error: UNSAVED_FORMULA, formula } as CellValue;
    }
    switch (type) {
      case 'n': {
        const n = +text;
        if (Number.isNaN(n) || text.length === 0) return text.length === 0 ? null : xmlText(text);
        if (style > 0 && style < this.context.dateStyles.length && this.context.dateStyles[style]) return serialToDate(n, this.context.dateSystem) ?? n;
        return n;
      }
      case 's': {
        let index = 0;
        for (let i = 0; i < text.length; i++) {
          const d = text.charCodeAt(i) - 48;
          if (d < 0 || d > 9) {
            index = -1;
            break;
          }
          index = index * 10 + d;
        }
        const s = index >= 0 && text.length > 0 ? this.context.sharedStrings[index] : undefined;
        if (s === undefined) {
          throw new ReadFault(
            `is damaged: a cell on its sheet "${this.context.name}" (row ${count(this.rowNumber || this.lastRow + 1)}) refers to shared string ${text}, but the workbook has ${count(this.context.sharedStrings.length)}`,
          );
        }
        return s;
      }
      case 'str':
        return xmlText(text);
      case 'b':
        return text === '1' || text === 'true';
      case 'e':
        return { error: xmlText(text) };
      case 'd': {
        const d = isoDate(text);
        return d ?? xmlText(text);
      }
      default:
        return xmlText(text);
    }
  }

  private tooManyRows(): never {
    throw new ReadFault(
      `has more than ${count(EXCEL_MAX_ROWS)} rows on its sheet "${this.context.name}", more than Excel allows, so it is damaged or not an Excel workbook`,
    );
  }
}

interface Tags {
  readonly sheetData: string;
  readonly sheetDataClose: string;
  readonly row: string;
  readonly rowClose: string;
  readonly c: string;
  readonly cClose: string;
  readonly v: string;
  readonly vOpen: string;
  readonly vClose: string;
  /** `</v></c>` */
  readonly vcClose: string;
  readonly f: string;
  readonly fClose: string;
  readonly is: string;
  readonly longest: number;
}

function tagsFor(p: string): Tags {
  return {
    sheetData: `<${p}sheetData`,
    sheetDataClose: `</${p}sheetData`,
    row: `<${p}row`,
    rowClose: `</${p}row>`,
    c: `<${p}c`,
    cClose: `</${p}c>`,
    v: `<${p}v`,
    vOpen: `<${p}v>`,
    vClose: `</${p}v>`,
    vcClose: `</${p}v></${p}c>`,
    f: `<${p}f`,
    fClose: `</${p}f>`,
    is: `<${p}is`,
    longest: `</${p}sheetData`.length + 1,
  };
}

/** The prefix of the root element's own name, when no main namespace is declared (read as SpreadsheetML anyway). */
function rootPrefix(root: string): string {
  const m = /^<([^\s>:/]+):/.exec(root);
  return m ? `${m[1]}:` : '';
}

/** Where the start tag `open` (a whole name: `<x:v`, not `<x:vm`) first starts in [from, to), or -1. */
function findTag(b: string, open: string, from: number, to: number): number {
  let at = from;
  for (;;) {
    const i = b.indexOf(open, at);
    if (i < 0 || i >= to) return -1;
    if (isNameEnd(b.charCodeAt(i + open.length))) return i;
    at = i + open.length;
  }
}

/** The attribute `nextAttribute` read last: where its name and value are in the buffer. */
const attr = { nameStart: 0, nameLength: 0, valueStart: 0, valueEnd: 0 };

/**
 * Reads the next attribute of a start tag at or after `i` (before `to`) into `attr`, and returns
 * where the one after it may start; -1 when there is none. Positions only: no string is made.
 */
function nextAttribute(b: string, i: number, to: number): number {
  while (i < to) {
    const c = b.charCodeAt(i);
    if (c > 32 && c !== 47 /* / */) break;
    i++;
  }
  if (i >= to) return -1;
  attr.nameStart = i;
  while (i < to && b.charCodeAt(i) !== 61 /* = */ && b.charCodeAt(i) > 32) i++;
  attr.nameLength = i - attr.nameStart;
  while (i < to && b.charCodeAt(i) !== 34 && b.charCodeAt(i) !== 39) i++;
  if (i >= to) return -1;
  attr.valueStart = i + 1;
  attr.valueEnd = b.indexOf(b.charCodeAt(i) === 34 ? '"' : "'", i + 1);
  return attr.valueEnd < 0 ? -1 : attr.valueEnd + 1;
}

/** Where the value of the one-letter attribute `name` starts in a start tag's [from, to), or -1. */
function attributeRange(b: string, from: number, to: number, name: number): number {
  for (let i = nextAttribute(b, from, to); i >= 0; i = nextAttribute(b, i, to)) {
    if (attr.nameLength === 1 && b.charCodeAt(attr.nameStart) === name) return attr.valueStart;
  }
  return -1;
}

/** The end of the comment, processing instruction or element starting at `lt`, or -1 when it is not all here. */
function skipElement(b: string, lt: number): number {
  if (b.startsWith('<!--', lt)) {
    const end = b.indexOf('-->', lt + 4);
    return end < 0 ? -1 : end + 3;
  }
  if (b.charCodeAt(lt + 1) === 63 /* ? */ || b.charCodeAt(lt + 1) === 47 /* / */ || b.charCodeAt(lt + 1) === 33 /* ! */) {
    const end = b.indexOf('>', lt);
    return end < 0 ? -1 : end + 1;
  }
  const gt = b.indexOf('>', lt);
  if (gt < 0) return -1;
  if (b.charCodeAt(gt - 1) === 47) return gt + 1;
  let nameEnd = lt + 1;
  while (nameEnd < gt && !isNameEnd(b.charCodeAt(nameEnd))) nameEnd++;
  const close = b.indexOf(`</${b.slice(lt + 1, nameEnd)}>`, gt);
  return close < 0 ? -1 : close + nameEnd - lt + 2;
}

/** A `t="d"` cell's ISO 8601 text (`2024-03-31`, `2024-03-31T13:30:00`, with or without `Z`) as a UTC Date. */
function isoDate(text: string): Date | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?Z?\s*$/.exec(text);
  if (!m) return undefined;
  const ms = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms));
  return Number.isNaN(d.getTime()) ? undefined : d;
}
