/**
 * One reader of the .xlsx read comparison, run alone in its own process so that its time and its
 * peak memory are its own: `node lib/bench/peers/readChild.js cadre|exceljs|sheetjs FILE`.
 * Reads every sheet of FILE into 2D values, then prints one JSON line on standard output:
 * `{ "ms": wall time of the read, "peakMB": peak resident memory of the process (getrusage's maxRSS),
 * "cells": non-empty cells read, "sheets": sheets read }`. Only the chosen reader's module is loaded.
 */
import type { SheetValues } from '../../src/model/cell';

const readers: Record<string, () => Promise<(file: string) => Promise<SheetValues[]> | SheetValues[]>> = {
  cadre: async () => (await import('./cadreRead.js')).readWithCadre,
  exceljs: async () => {
    const { readWithExcelJS } = await import('./exceljsRead.js');
    return async (file) => (await readWithExcelJS(file)).sheets;
  },
  sheetjs: async () => (await import('./sheetjsRead.js')).readWithSheetJS,
};

/** Cells that hold something: not a hole, null, undefined or the empty string. */
export function nonEmptyCells(sheets: readonly SheetValues[]): number {
  let n = 0;
  for (const sheet of sheets) {
    for (const row of sheet.values) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') n++;
      }
    }
  }
  return n;
}

async function main(): Promise<void> {
  const [name, file] = process.argv.slice(2);
  const load = readers[name];
  if (!load || !file) throw new Error(`usage: readChild.js ${Object.keys(readers).join('|')} FILE`);
  const read = await load();
  const t0 = performance.now();
  const sheets = await read(file);
  const ms = performance.now() - t0;
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), peakMB, cells: nonEmptyCells(sheets), sheets: sheets.length })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
