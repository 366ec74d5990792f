/**
 * The .xlsx read comparison of performance.md ("reading the large .xlsx into 2D values: ≥ 3× faster
 * than ExcelJS and than SheetJS in the same run, and faster than openpyxl's read-only mode"): the
 * same file read into 2D arrays of cell values (values, not styles) by Cadre's reader and by three
 * peers, each run in a child process of its own so that its time and peak memory are its own
 * (bench/peers/readChild.ts, bench/peers/openpyxlRead.py). Runs go round the readers in turn, so
 * that a noisy spell of the machine falls on all of them alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Reader {
  /** `cadre`, `exceljs`, `sheetjs`, `openpyxl` */
  readonly key: string;
  readonly label: string;
  readonly command: string;
  readonly args: (file: string) => string[];
}

export interface ReaderResult {
  readonly reader: Reader;
  /** wall time of each run's read, ms */
  readonly runs: readonly number[];
  /** the highest peak resident memory of its runs, MB */
  readonly peakMB: number;
  /** non-empty cells read (the same in every run) */
  readonly cells: number;
}

export interface Comparison {
  /** Cadre first, then the peers that ran */
  readonly results: readonly ReaderResult[];
  /** peers that could not run here, and why */
  readonly skipped: readonly string[];
  /** cell counts more than 1% away from Cadre's */
  readonly warnings: readonly string[];
}

/** Debian's Python, which has python3-openpyxl (the pyenv python3 on PATH may not). */
const python = '/usr/bin/python3';
/** lib/bench → the repository root; the .py is read from the source folder (tsc does not copy it). */
const openpyxlScript = join(__dirname, '..', '..', 'bench', 'peers', 'openpyxlRead.py');
/** SheetJS holds the whole workbook and its XML; the default heap limit is too small for the large file. */
const nodeFlags = ['--max-old-space-size=8192'];

const nodeReader = (key: string, label: string): Reader => ({
  key,
  label,
  command: process.execPath,
  args: (file) => [...nodeFlags, join(__dirname, 'peers', 'readChild.js'), key, file],
});

/** The readers that can run on this machine (Cadre always), and why the others cannot. */
export function availableReaders(): { readers: Reader[]; skipped: string[] } {
  const readers = [nodeReader('cadre', 'Cadre (XlsxSource)'), nodeReader('exceljs', 'ExcelJS 4.4 streaming'), nodeReader('sheetjs', 'SheetJS (@e965/xlsx)')];
  const skipped: string[] = [];
  const probe = spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  if (probe.status !== 0) skipped.push('openpyxl: not available (python3-openpyxl not installed)');
  else if (!existsSync(openpyxlScript)) skipped.push(`openpyxl: not available (${openpyxlScript} not found: run from the repository's lib/bench)`);
  else readers.push({ key: 'openpyxl', label: 'openpyxl read-only', command: python, args: (file) => [openpyxlScript, file] });
  return { readers, skipped };
}

/**
 * Reads `file` with every available reader, round the readers in turn: Cadre `runs` times, each peer
 * as many unless its first run takes longer than `slowMs`, then once (ExcelJS, SheetJS and openpyxl
 * take 20 s to a minute on the large file, and one run of the same reader there varies by up to 2×
 * on a shared machine, so Cadre's own median gets all its runs). Cadre failing is an error; a peer
 * failing is reported as skipped.
 */
export function compareReaders(file: string, opts: { runs: number; slowMs: number; log?: (line: string) => void }): Comparison {
  const { readers, skipped } = availableReaders();
  const runs = new Map<Reader, { ms: number[]; peakMB: number; cells: number }>();
  const failed = new Set<Reader>();
  for (let i = 0; i < opts.runs; i++) {
    for (const reader of readers) {
      if (failed.has(reader)) continue;
      const before = runs.get(reader);
      if (before && reader.key !== 'cadre' && before.ms[0] > opts.slowMs) continue; // a slow peer: its one run stands
      const child = spawnSync(reader.command, reader.args(file), { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 15 * 60_000 });
      const line = child.stdout?.trim().split('\n').pop() ?? '';
      let figures: { ms: number; peakMB: number; cells: number } | undefined;
      try {
        figures = child.status === 0 ? JSON.parse(line) : undefined;
      } catch {
        figures = undefined;
      }
      if (!figures) {
        const why = (child.stderr || String(child.error ?? `exit ${child.status ?? child.signal}`)).trim().split('\n').slice(-3).join(' / ');
        if (reader.key === 'cadre') throw new Error(`Cadre's reader failed on ${file}: ${why}`);
        skipped.push(`${reader.key}: failed (${why})`);
        failed.add(reader);
        continue;
      }
      opts.log?.(`  ${reader.key} run ${i + 1}: ${figures.ms} ms, ${figures.peakMB} MB, ${figures.cells} cells`);
      const entry = before ?? { ms: [], peakMB: 0, cells: figures.cells };
      entry.ms.push(figures.ms);
      entry.peakMB = Math.max(entry.peakMB, figures.peakMB);
      runs.set(reader, entry);
    }
  }
  const results = readers.filter((r) => runs.has(r)).map((reader) => ({ reader, runs: runs.get(reader)!.ms, peakMB: runs.get(reader)!.peakMB, cells: runs.get(reader)!.cells }));
  const reference = results[0].cells;
  const warnings = results
    .filter((r) => Math.abs(r.cells - reference) > 0.01 * reference)
    .map((r) => `warning: ${r.reader.key} read ${r.cells} non-empty cells, Cadre ${reference} (${(((r.cells - reference) / reference) * 100).toFixed(1)}%)`);
  return { results, skipped, warnings };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The comparison as a table: reader, runs, median ms, peak MB, cells, ratio (peer time / Cadre time). */
export function comparisonTable(c: Comparison): string {
  const cadre = median(c.results[0].runs);
  const head = ['reader', 'runs', 'median ms', 'peak MB', 'cells', 'peer / Cadre'];
  const rows = c.results.map((r) => [
    r.reader.label,
    String(r.runs.length),
    String(Math.round(median(r.runs))),
    String(r.peakMB),
    String(r.cells),
    r.reader.key === 'cadre' ? '' : (median(r.runs) / cadre).toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `  ${cells.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ')}`.trimEnd();
  return [line(head), ...rows.map(line), ...c.skipped.map((s) => `  ${s}`), ...c.warnings.map((w) => `  ${w}`)].join('\n') + '\n';
}
