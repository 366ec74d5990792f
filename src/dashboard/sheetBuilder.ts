import { cellAddress, columnLetters } from '../excel/a1Address';
import type { CellBlock, CellStyle, ConditionalFormatPlan, PlanValue, SheetPlan, SheetRole, StyleRange, TablePlan } from './plan';
import { emptySheet } from './plan';
import { HEADER_STYLE } from './styles';

/** Where a table landed: its header row, its first and last data rows, and its columns (1-based). */
export interface TablePlace {
  readonly header: number;
  readonly first: number;
  readonly last: number;
  readonly left: number;
  readonly width: number;
}

export interface TableInput {
  readonly header: readonly string[];
  readonly rows: readonly (readonly PlanValue[])[];
  /** number format per column (undefined: none) */
  readonly formats?: readonly (string | undefined)[];
  /** an Excel table name; without one the range is styled like a table but is not an Excel table */
  readonly tableName?: string;
  /** first column, 1-based (default 1) */
  readonly left?: number;
  /** what to show when `rows` is empty (one row, first column) */
  readonly empty?: string;
}

/**
 * An absolute, sheet-qualified A1 reference, as chart series and workbook names use it.
 *
 * @example sheetRef("Metrics Detail", 3, 2, 10, 2) // "'Metrics Detail'!$B$3:$B$10"
 */
export function sheetRef(sheet: string, top: number, left: number, bottom = top, right = left): string {
  const a = `$${columnLetters(left)}$${top}`;
  const b = `$${columnLetters(right)}$${bottom}`;
  return `'${sheet.replace(/'/g, "''")}'!${a === b ? a : `${a}:${b}`}`;
}

/**
 * Lays a report sheet out top to bottom: titles, notes and tables, one block each, and keeps the
 * styles, tables and formats that go with them. Local state only: `build()` returns the plan.
 */
export class SheetBuilder {
  private row = 1;
  private readonly blocks: CellBlock[] = [];
  private readonly styles: StyleRange[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly conditionalFormats: ConditionalFormatPlan[] = [];

  constructor(
    private readonly role: SheetRole,
    readonly name: string,
  ) {}

  /** the next free row */
  get nextRow(): number {
    return this.row;
  }

  /** a line of text in `style`, then the next row */
  line(text: string, style?: CellStyle): number {
    const at = this.row;
    this.blocks.push({ at: `A${at}`, values: [[text]] });
    if (style) this.styles.push({ range: `A${at}`, style });
    this.row += 1;
    return at;
  }

  title(text: string): number {
    return this.line(text, { bold: true, size: 14 });
  }

  section(text: string): number {
    this.gap();
    return this.line(text, { bold: true, size: 12, color: '0F6E5A' });
  }

  gap(rows = 1): void {
    this.row += rows;
  }

  /** label–value pairs in two columns (A, B), labels bold; `formats` per pair */
  pairs(pairs: readonly (readonly [string, PlanValue, string?])[]): number {
    const top = this.row;
    if (pairs.length === 0) return top;
    this.blocks.push({ at: `A${top}`, values: pairs.map(([label, value]) => [label, value]) });
    this.styles.push({ range: `A${top}:A${top + pairs.length - 1}`, style: { bold: true } });
    pairs.forEach(([, , format], i) => {
      if (format) this.styles.push({ range: `B${top + i}`, style: { numberFormat: format, horizontal: 'right' } });
    });
    this.row += pairs.length;
    return top;
  }

  /** a table with its header; returns where it landed */
  table(input: TableInput): TablePlace {
    const left = input.left ?? 1;
    const width = input.header.length;
    const rows = input.rows.length > 0 ? input.rows : [[input.empty ?? 'none', ...Array<PlanValue>(width - 1).fill(null)]];
    const header = this.row;
    this.blocks.push({ at: cellAddress(header, left), values: [input.header.map((h) => h), ...rows.map((r) => padded(r, width))] });
    const first = header + 1;
    const last = header + rows.length;
    this.styles.push({ range: `${cellAddress(header, left)}:${cellAddress(header, left + width - 1)}`, style: HEADER_STYLE });
    input.formats?.forEach((f, i) => {
      if (f && input.rows.length > 0) this.styles.push({ range: `${cellAddress(first, left + i)}:${cellAddress(last, left + i)}`, style: { numberFormat: f } });
    });
    if (input.tableName) this.tables.push({ name: input.tableName, range: `${cellAddress(header, left)}:${cellAddress(last, left + width - 1)}`, style: 'TableStyleLight9' });
    else this.styles.push({ range: `${cellAddress(first, left)}:${cellAddress(last, left + width - 1)}`, style: { border: 'bottom' } });
    this.row = last + 1;
    return { header, first, last, left, width };
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  conditionalFormat(format: ConditionalFormatPlan): void {
    this.conditionalFormats.push(format);
  }

  build(extra: Partial<SheetPlan> = {}): SheetPlan {
    return { ...emptySheet(this.role, this.name), blocks: this.blocks, styles: this.styles, tables: this.tables, conditionalFormats: this.conditionalFormats, ...extra };
  }
}

/**
 * A table row as wide as its header: a row of another width is a builder's mistake (its figures would
 * sit under the wrong headers), never padded silently.
 */
function padded(row: readonly PlanValue[], width: number): PlanValue[] {
  if (row.length !== width) throw new RangeError(`a table row has ${row.length} cells for ${width} columns`);
  return [...row];
}
