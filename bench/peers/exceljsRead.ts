/**
 * The ExcelJS peer of the .xlsx read comparison (bench/readers.ts): ExcelJS 4.4's streaming
 * WorkbookReader, its rows turned into plain 2D arrays as they arrive, exactly as Cadre's reader
 * src/workbook/xlsx/read/xlsxSource.ts did before it was rewritten (copied here, with its
 * `orderedPackage` workaround, without which ExcelJS's streaming reader is not reliable on Node 18+).
 * Formula cells give their cached result, rich text its plain text, hyperlinks their text, error
 * cells `{ error: '#N/A' }`, date-formatted cells a Date.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import type { CellValue, DateSystem, SheetValues } from '../../src/model/cell';
import type { ReadProgress } from '../../src/workbook/workbookSource';

/** The file is not an .xlsx workbook ExcelJS can read. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
}

/** Every sheet of the workbook, in tab order, as 2D values. */
export async function readWithExcelJS(
  input: string | Readable,
  onProgress?: (p: ReadProgress) => void,
): Promise<{ sheets: SheetValues[]; dateSystem: DateSystem }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader((await orderedPackage(input)) as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: { part: string; name: string | undefined; sheet: SheetValues }[] = [];
  try {
    for await (const ws of reader as AsyncIterable<StreamWorksheet>) {
      const values: CellValue[][] = [];
      const name = ws.name;
      const part = String(ws.id); // the part number (sheetN.xml) when ExcelJS could not name the sheet
      for await (const row of ws) {
        const r = row.number - 1;
        while (values.length < r) values.push([]);
        values.push(rowValues(row.values));
        if (onProgress && values.length % 50_000 === 0) onProgress({ sheet: name ?? 'a sheet', rowsRead: values.length, rowsTotal: NaN });
      }
      sheets.push({ part, name, sheet: { name: name ?? '', values } });
    }
  } catch (e) {
    throw new WorkbookReadError(`This file could not be read as an Excel workbook (.xlsx): ${(e as Error).message}`);
  }
  // ExcelJS names a sheet only when its relationship target is written relative
  // ("worksheets/sheet1.xml"); files from other writers (and ExcelJS's own streaming writer) write
  // "/xl/worksheets/sheet1.xml". Resolve names and tab order from the workbook part ourselves.
  const wb = reader as unknown as {
    model?: { properties?: { date1904?: boolean }; sheets?: { id: number; name: string; rId: string }[] };
    workbookRels?: { Id: string; Target: string }[];
  };
  const sheetOfPart = new Map<string, { name: string; tab: number }>();
  const tabs = wb.model?.sheets ?? [];
  for (const rel of wb.workbookRels ?? []) {
    const m = /worksheets\/sheet(\d+)\.xml$/.exec(rel.Target);
    const tab = tabs.findIndex((t) => t.rId === rel.Id);
    if (m && tab >= 0) sheetOfPart.set(m[1], { name: tabs[tab].name, tab });
  }
  const named = sheets.map(({ part, name, sheet }) => {
    if (name !== undefined) return { tab: tabs.findIndex((t) => t.name === name), sheet };
    const found = sheetOfPart.get(part);
    return { tab: found?.tab ?? Number.MAX_SAFE_INTEGER, sheet: { ...sheet, name: found?.name ?? `Sheet${part}` } };
  });
  named.sort((a, b) => a.tab - b.tab);
  return { sheets: named.map((s) => s.sheet), dateSystem: wb.model?.properties?.date1904 ? '1904' : '1900' };
}

/**
 * The package with its parts in the order ExcelJS's streaming reader needs: relationships, workbook,
 * shared strings and styles before any worksheet. ExcelJS 4.4 reads the zip in one streaming pass and,
 * on Node 18 and later, intermittently loses a part stored last (xl/workbook.xml in files ExcelJS
 * writes), then fails with "Cannot read properties of undefined (reading 'sheets')" or reads sheets
 * without their names or rows (exceljs/exceljs#3064; seen here under load). The zip's central
 * directory is read with JSZip and the parts are re-streamed, uncompressed, in a safe order; each
 * part is decompressed as it is streamed, so nothing is held twice.
 */
async function orderedPackage(input: string | Readable): Promise<Readable> {
  const bytes = typeof input === 'string' ? await readFile(input) : await collect(input);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new WorkbookReadError(`This file could not be read as an Excel workbook (.xlsx): ${(e as Error).message}`);
  }
  const rank = (name: string) => {
    const i = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'].indexOf(name);
    return i >= 0 ? i : /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? 8 : 7;
  };
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
  const out = new JSZip();
  for (const name of names) out.file(name, zip.files[name].nodeStream('nodebuffer') as unknown as Readable, { compression: 'STORE' });
  // JSZip's stream is not a native Readable, which ExcelJS insists on: pass it through one
  const pass = new PassThrough();
  const generated = out.generateNodeStream({ streamFiles: true, compression: 'STORE' });
  generated.on('error', (e: Error) => pass.destroy(e));
  return generated.pipe(pass);
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

interface StreamWorksheet extends AsyncIterable<{ number: number; values: unknown[] }> {
  /** the sheet's number in the workbook part when ExcelJS matched it, else its part number */
  readonly id: number | string;
  readonly name?: string;
}

/** ExcelJS row.values is 1-based (index 0 unused) and sparse. */
function rowValues(raw: unknown[]): CellValue[] {
  const out = new Array<CellValue>(Math.max(raw.length - 1, 0));
  for (let c = 1; c < raw.length; c++) out[c - 1] = cellValue(raw[c]);
  return out;
}

/** One ExcelJS cell value as a plain CellValue. */
function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
    case 'string':
    case 'boolean':
      return v;
    case 'object': {
      if (v instanceof Date) return v;
      const o = v as Record<string, unknown>;
      if (typeof o.error === 'string') return { error: o.error };
      if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellValue(o.result);
      if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
      if (typeof o.text === 'string') return o.text;
      if (o.text && typeof o.text === 'object') return cellValue(o.text);
      return null;
    }
    default:
      return null;
  }
}
