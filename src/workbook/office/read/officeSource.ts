import { columnLetters } from '../../../excel/a1Address';
import { HEADER_SEARCH_ROWS } from '../../../intake/recogniseWorkbook';
import type { CellValue, DateSystem, SheetValues } from '../../../model/cell';
import type { ReadProgress, WorkbookOutline, WorkbookSource } from '../../workbookSource';
import { OfficeAdapterError, causeText, officeErrorCode } from '../officeAdapterError';
import { type ExcelRun, hasMember } from '../host';
import { type OwnedSheet, type SheetInfo, ownedSheets, queueOwnershipRead } from '../ownership';
import { BATCH_BUDGET_BYTES, jsonBytes } from '../batchBudget';

/**
 * A `WorkbookSource` over Office.js: the workbook open in Excel, read through `run` (`Excel.run`, or
 * the Excel fake's `run` in tests).
 *
 * Syncs (each `context.sync()` is a round trip to Excel):
 * 1. `describe()`: the sheets' names and ids, the ownership setting and the date system: one sync.
 * 2. `preview(names)`: for every named sheet at once, its used range's position and size and its
 *    first 20 rows (what sheet recognition looks at): one sync. A sheet that ends within those rows
 *    is then read completely.
 * 3. `readSheets(names)`: the values of the sheets not read completely yet, packed into syncs of at
 *    most `BATCH_BUDGET_BYTES` (3.5 MB) of estimated response: small sheets share one sync, a large
 *    sheet is read in row blocks.
 *
 * The block-size rule: a sheet's bytes per row are first estimated from its preview (the mean
 * JSON size of its rows below the first, × 1.25, and at least 3 bytes a cell; 16 bytes a cell when
 * the preview holds no row, for a sheet starting below row 20); after each block the estimate
 * becomes the larger of itself and the block's measured mean × 1.25. A block holds as many rows as
 * fit the room left in the sync by that estimate (at least one row). Should Excel still refuse a
 * response as too large (its 5 MB limit), that sync is retried with at most half the rows in each
 * block, down to single rows. The first block of a sheet is sized by its preview alone, so a sheet
 * whose later rows are far longer than its first ones can make one response larger than planned
 * (never over Excel's limit: the retry handles that). Only `Range.values` is loaded; dates come as
 * serials.
 */
export class OfficeSource implements WorkbookSource {
  /** context.sync() calls made so far */
  syncs = 0;
  /** value blocks loaded by readSheets (a sheet read whole counts as one block) */
  readBlocks = 0;
  /** plain notes on what could not be read as asked (e.g. the date system) */
  readonly notes: string[] = [];

  private readonly geometry = new Map<string, Geometry>();
  private readonly rowBytes = new Map<string, number>();
  private readonly complete = new Map<string, CellValue[][]>();

  constructor(
    private readonly run: ExcelRun,
    private readonly budgetBytes: number = BATCH_BUDGET_BYTES,
  ) {}

  /** The sheets in tab order, the date system, and the sheets Cadre owns (one sync). */
  async describe(): Promise<OfficeOutline> {
    return this.guard('the list of sheets', () =>
      this.run(async (context) => {
        const worksheets = context.workbook.worksheets.load('items/name,items/id');
        const owned = queueOwnershipRead(context);
        const workbook = context.workbook;
        // DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one (Workbook.functions, ExcelApi 1.2)
        const probe = hasMember(workbook, 'functions') ? workbook.functions.date(1904, 1, 1).load('value') : null;
        await this.sync(context);
        let dateSystem: DateSystem = '1900';
        if (probe) dateSystem = probe.value === 0 ? '1904' : '1900';
        else this.notes.push("the workbook's date system could not be read (this Excel has no Workbook.functions); the 1900 date system is assumed");
        const sheetInfo = worksheets.items.map((w) => ({ id: w.id, name: w.name }));
        const ownership = owned();
        const cadreSheets = new Map([...ownedSheets(ownership, sheetInfo)].map(([role, sheet]) => [role, sheet.name]));
        return { sheets: sheetInfo.map((s) => s.name), sheetInfo, dateSystem, owned: ownership, cadreSheets };
      }),
    );
  }

  /**
   * What sheet recognition looks at, the first 20 rows of the sheet (`HEADER_SEARCH_ROWS`), for
   * every named sheet in one sync, with each used range's position and size: the rows are read from
   * the fixed range A1:AZ20, so no range is derived from the used range (a sheet wider than that,
   * rare, costs one more sync). Sheets that end within those rows are then read completely.
   */
  async preview(names: readonly string[]): Promise<SheetValues[]> {
    if (names.length === 0) return [];
    return this.guard(names.join(', '), () =>
      this.run(async (context) => {
        const loads = names.map((name) => {
          const ws = context.workbook.worksheets.getItem(name);
          const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
          const top = ws.getRange(`A1:${columnLetters(PREVIEW_COLUMNS)}${HEADER_SEARCH_ROWS}`).load('values');
          return { name, used, top };
        });
        await this.sync(context);
        const wide = loads.filter(({ used }) => used.rowIndex < HEADER_SEARCH_ROWS && used.columnIndex + used.columnCount > PREVIEW_COLUMNS);
        const wideTop = new Map<string, CellValue[][]>();
        if (wide.length > 0) {
          const more = wide.map(({ name, used }) => ({
            name,
            range: context.workbook.worksheets.getItem(name).getRange(blockAddress(geometryOf(used), 0, Math.min(HEADER_SEARCH_ROWS - used.rowIndex, used.rowCount))).load('values'),
          }));
          await this.sync(context);
          for (const m of more) wideTop.set(m.name, m.range.values as CellValue[][]);
        }
        return loads.map(({ name, used, top }) => {
          let g = geometryOf(used);
          const grid = top.values as CellValue[][];
          let rows =
            wideTop.get(name) ??
            grid.slice(g.rowIndex, Math.min(HEADER_SEARCH_ROWS, g.rowIndex + g.rowCount)).map((r) => r.slice(g.columnIndex, g.columnIndex + g.columnCount));
          // an empty sheet's used range is A1, holding nothing
          if (g.rowCount === 1 && g.columnCount === 1 && (rows[0]?.[0] === '' || rows[0]?.[0] === null || rows[0]?.[0] === undefined)) {
            g = { ...g, rowCount: 0 };
            rows = [];
          }
          this.geometry.set(name, g);
          this.rowBytes.set(name, previewRowBytes(rows, g.columnCount));
          if (g.rowIndex + g.rowCount <= HEADER_SEARCH_ROWS) this.complete.set(name, rows);
          return sheetValues(name, g, rows);
        });
      }),
    );
  }

  /**
   * The used range (values only) of a sheet previewed so far: its 1-based first row and its number
   * of rows (0 for an empty sheet); undefined for a sheet not previewed. No sync.
   */
  usedRows(name: string): { readonly firstRow: number; readonly rowCount: number } | undefined {
    const g = this.geometry.get(name);
    return g && { firstRow: g.rowIndex + 1, rowCount: g.rowCount };
  }

  /** The used ranges of the named sheets (previewing any not previewed yet first). */
  async readSheets(names: readonly string[], onProgress?: (progress: ReadProgress) => void): Promise<SheetValues[]> {
    const unseen = names.filter((n) => !this.geometry.has(n));
    if (unseen.length > 0) await this.preview(unseen);
    const cursors: Cursor[] = names
      .filter((name) => !this.complete.has(name))
      .map((name) => ({ name, g: this.geometry.get(name)!, next: 0, rows: [] }));
    if (cursors.length > 0) {
      await this.guard(cursors.map((c) => c.name).join(', '), () => this.run((context) => this.readInBlocks(context, cursors, onProgress)));
    }
    return names.map((name) => {
      const done = this.complete.get(name) ?? cursors.find((c) => c.name === name)!.rows;
      return sheetValues(name, this.geometry.get(name)!, done);
    });
  }

  private async readInBlocks(context: Excel.RequestContext, cursors: Cursor[], onProgress?: (progress: ReadProgress) => void): Promise<void> {
    let retries = 0;
    while (cursors.some((c) => c.next < c.g.rowCount)) {
      const pieces = this.planBatch(cursors);
      const loads = pieces.map((p) => ({
        p,
        range: context.workbook.worksheets.getItem(p.cursor.name).getRange(blockAddress(p.cursor.g, p.start, p.rows)).load('values'),
      }));
      try {
        await this.sync(context);
      } catch (error) {
        // the estimate was too low: retry with at most half the rows of each block, down to one row
        if (officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded' && pieces.some((p) => p.rows > 1) && retries < MAX_RETRIES) {
          retries += 1;
          for (const p of pieces) {
            this.rowBytes.set(p.cursor.name, Math.max(this.rowBytes.get(p.cursor.name)! * 2, (2 * this.budgetBytes) / p.rows));
          }
          continue;
        }
        throw error;
      }
      retries = 0;
      for (const { p, range } of loads) {
        const values = range.values as CellValue[][];
        for (const row of values) p.cursor.rows.push(row);
        p.cursor.next = p.start + p.rows;
        const measured = (jsonBytes(values) / Math.max(1, values.length)) * SAFETY;
        this.rowBytes.set(p.cursor.name, Math.max(this.rowBytes.get(p.cursor.name)!, measured));
        this.readBlocks += 1;
        onProgress?.({ sheet: p.cursor.name, rowsRead: p.cursor.next, rowsTotal: p.cursor.g.rowCount });
      }
    }
    for (const c of cursors) this.complete.set(c.name, c.rows);
  }

  /** the blocks of the next sync: whole sheets while they fit, then as many rows of the next as fit */
  private planBatch(cursors: readonly Cursor[]): Piece[] {
    let room = this.budgetBytes;
    const pieces: Piece[] = [];
    for (const cursor of cursors) {
      const left = cursor.g.rowCount - cursor.next;
      if (left <= 0) continue;
      const perRow = this.rowBytes.get(cursor.name)!;
      let rows = Math.min(left, Math.floor(room / perRow));
      if (rows <= 0) {
        if (pieces.length > 0) break;
        rows = 1;
      }
      pieces.push({ cursor, start: cursor.next, rows });
      room -= rows * perRow;
      if (rows < left) break;
    }
    return pieces;
  }

  private async sync(context: Excel.RequestContext): Promise<void> {
    this.syncs += 1;
    await context.sync();
  }

  private async guard<T>(what: string, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof OfficeAdapterError) throw error;
      throw new OfficeAdapterError('ReadFailed', `Reading ${what} from the workbook failed: ${causeText(error)}`, { cause: error });
    }
  }
}

/** The outline with what the Office.js adapter also needs: ids, and the sheets Cadre owns. */
export interface OfficeOutline extends WorkbookOutline {
  readonly sheetInfo: readonly SheetInfo[];
  /** the entries of the ownership setting (see ownership.ts) */
  readonly owned: readonly OwnedSheet[];
}

/** a sheet's used range: 0-based position, size (rowCount 0 for an empty sheet) */
interface Geometry {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface Cursor {
  readonly name: string;
  readonly g: Geometry;
  /** the next row (0-based in the used range) to read */
  next: number;
  readonly rows: CellValue[][];
}

interface Piece {
  readonly cursor: Cursor;
  readonly start: number;
  readonly rows: number;
}

/** retries of a sync whose response was too large (each halves the blocks) */
const MAX_RETRIES = 24;
/** the preview reads columns A to AZ of the first rows */
const PREVIEW_COLUMNS = 52;
/** estimated bytes per row = measured mean × SAFETY */
const SAFETY = 1.25;
/** the least a cell costs in a JSON response: "", and a comma */
const MIN_CELL_BYTES = 3;

/** the guess for a sheet whose preview holds no row (its used range starts below row 20) */
const UNSEEN_CELL_BYTES = 16;

function previewRowBytes(rows: readonly (readonly CellValue[])[], columns: number): number {
  if (rows.length === 0) return Math.max(1, columns * UNSEEN_CELL_BYTES);
  const sample = rows.length > 1 ? rows.slice(1) : rows;
  const mean = sample.reduce((sum, r) => sum + jsonBytes(r) + 1, 0) / sample.length;
  return Math.max(mean * SAFETY, columns * MIN_CELL_BYTES, 1);
}

function geometryOf(used: Excel.Range): Geometry {
  return { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
}

function blockAddress(g: Geometry, start: number, rows: number): string {
  const top = g.rowIndex + start + 1;
  return `${columnLetters(g.columnIndex + 1)}${top}:${columnLetters(g.columnIndex + g.columnCount)}${top + rows - 1}`;
}

function sheetValues(name: string, g: Geometry, values: CellValue[][]): SheetValues {
  return { name, values, firstRow: g.rowIndex + 1, firstColumn: g.columnIndex + 1 };
}
