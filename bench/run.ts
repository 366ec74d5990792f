/**
 * `npm run bench`: the performance budgets of performance.md, measured (never in unit tests).
 * Prints a table and writes the figures to bench-results/bench.json (or --out FILE).
 *
 * Options: --quick (standard size only, fewer runs: a smoke check), --out FILE.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { intake } from '../src/intake/intake';
import type { SheetValues } from '../src/model/cell';
import { generateSample } from '../src/sample/generateSample';
import { writeSheetsXlsx } from '../src/workbook/xlsxWrite';
import { XlsxSource } from '../src/workbook/xlsxSource';

interface Figure {
  readonly name: string;
  readonly unit: 'ms' | 'ratio' | 'MB' | 'rows';
  readonly median: number;
  readonly runs: readonly number[];
  readonly budget?: number;
}

const figures: Figure[] = [];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time(name: string, runs: number, f: () => unknown, budget?: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  const m = median(times);
  figures.push({ name, unit: 'ms', median: m, runs: times.map((t) => Math.round(t * 10) / 10), budget });
  report(figures[figures.length - 1]);
  return m;
}

function record(name: string, unit: Figure['unit'], value: number, budget?: number): void {
  figures.push({ name, unit, median: value, runs: [value], budget });
  report(figures[figures.length - 1]);
}

function report(f: Figure): void {
  const value = f.unit === 'ratio' ? f.median.toFixed(2) : f.median.toFixed(f.unit === 'ms' && f.median < 100 ? 1 : 0);
  const budget = f.budget === undefined ? '' : `${f.median <= f.budget ? 'within' : 'OVER'} budget ${f.budget} ${f.unit}`;
  process.stdout.write(`${f.name.padEnd(58)} ${`${value} ${f.unit}`.padStart(14)}   ${budget}\n`);
}

const peakRss = () => Math.round(process.memoryUsage().rss / 1e6);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, out: { type: 'string' } } });
  const quick = Boolean(values.quick);
  const out = (values.out as string | undefined) ?? 'bench-results/bench.json';
  const tmp = mkdtempSync(join(tmpdir(), 'cadre-bench-'));
  process.stdout.write(`Cadre benchmark (node ${process.version}, ${quick ? 'quick' : 'full'})\n\n`);

  const sizes = quick ? (['standard'] as const) : (['standard', 'large'] as const);
  for (const size of sizes) {
    let sample = generateSample({ size, seed: 42 });
    const sheets: SheetValues[] = sample.sheets;
    const asOf = sample.asOf;
    const rows = sheets.reduce((n, s) => n + s.values.length - 1, 0);
    record(`${size}: input rows (all sheets)`, 'rows', rows);
    await time(`${size}: generate the sample program`, 1, () => generateSample({ size, seed: 42 }));
    const runs = size === 'large' ? (quick ? 1 : 5) : 7;
    await time(`${size}: intake from 2D arrays`, runs, () => intake(sheets, { asOf }), size === 'large' ? 1000 : undefined);
    const file = join(tmp, `${size}.xlsx`);
    await time(`${size}: write the sample .xlsx (ExcelJS streaming)`, 1, () => writeSheetsXlsx(file, sheets, sample.numberFormats));
    sample = undefined as never;
    gc();
    const before = peakRss();
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, peakRss())), 50);
    await time(`${size}: intake from .xlsx (read + intake)`, size === 'large' ? 1 : 3, async () => {
      const source = new XlsxSource(file);
      const outline = await source.describe();
      const read = await source.readSheets(outline.sheets);
      intake(read, { asOf, dateSystem: outline.dateSystem });
    });
    clearInterval(timer);
    record(`${size}: resident memory during .xlsx intake`, 'MB', peak);
  }

  if (!quick) {
    const times: Record<number, number> = {};
    for (const people of [10_000, 30_000, 100_000]) {
      const sample = generateSample({ size: people, seed: 42 });
      times[people] = await time(`growth: intake from 2D arrays, ${people.toLocaleString('en-US')} people`, 5, () =>
        intake(sample.sheets, { asOf: sample.asOf }),
      );
    }
    record('growth: time ratio 30k / 10k people (linear: 3.0)', 'ratio', times[30_000] / times[10_000]);
    record('growth: time ratio 100k / 10k people (linear: 10.0)', 'ratio', times[100_000] / times[10_000]);
  }

  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ node: process.version, date: new Date().toISOString(), quick, figures }, null, 2) + '\n',
  );
  process.stdout.write(`\nFigures written to ${out}\n`);
  if (figures.some((f) => f.budget !== undefined && f.median > f.budget)) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack}\n`);
  process.exitCode = 1;
});
