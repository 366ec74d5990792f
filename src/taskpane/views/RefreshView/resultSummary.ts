import { type Tile, boardTiles } from '../../../dashboard/boardSheet';
import { impactSummary } from '../../../report/impactSummary';
import type { RefreshReport } from '../../../report/refreshReport';
import type { RefreshProgress } from '../../../refresh/refresh';

export interface KpiCard {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
}

export interface EquityFlag {
  readonly status: 'adverse' | 'watch';
  /** "External coach × Gender = Woman" */
  readonly what: string;
  readonly reason: string;
}

/** Program impact as the pane shows it: the terminal's sentences (`impactSummary`), under a heading. */
export interface ImpactSection {
  /** "Compared with matched colleagues" */
  readonly heading: string;
  /** "Colleagues with the same level band, business unit, …"; null where matching did not run */
  readonly matchedOn: string | null;
  /** false: no matched comparison (the sentences give the raw gap and why) */
  readonly available: boolean;
  readonly sentences: readonly { readonly key: string; readonly text: string }[];
  /** what the intervals are and what the differences are not */
  readonly note: string;
}

/**
 * A tile's value as the dashboard shows it, for the formats the tiles use (0.0%, 0.00, 0.0, #,##0, 0).
 *
 * @example tileText(0.915, '0.0%') // "91.5%"
 */
export function tileText(value: number | string, format: string): string {
  if (typeof value === 'string') return value;
  if (format === '0.0%') return `${(value * 100).toFixed(1)}%`;
  if (format === '0.00') return value.toFixed(2);
  if (format === '0.0') return value.toFixed(1);
  return Math.round(value).toLocaleString('en-US');
}

/** The Board Dashboard's eleven tiles as cards (the same figures, from the same function). */
export function kpiCards(report: RefreshReport): KpiCard[] {
  return boardTiles(report, []).map((t: Tile) => ({ label: t.label, value: tileText(t.value, t.format), detail: t.detail }));
}

/**
 * The raw comparison and the one with matched colleagues, in the sentences `cadre demo` prints:
 * 12-month retention against both, promotion by 24 months, each measure, how many were matched; or
 * why there is no matched comparison.
 */
export function impactSection(report: RefreshReport): ImpactSection {
  const s = impactSummary(report);
  return {
    heading: s.heading,
    matchedOn: s.matchedOn === null ? null : `Colleagues with the ${s.matchedOn}.`,
    available: s.available,
    sentences: s.sentences.map((text, i) => ({ key: `${i}`, text })),
    note: s.note,
  };
}

/** The equity flags of a refresh, adverse first, each with its plain-language reason. */
export function equityFlags(report: RefreshReport): EquityFlag[] {
  const flags: EquityFlag[] = [];
  for (const t of report.equity.tests as unknown as { status: string; resource: string; attribute: string; group: string; reason: string }[]) {
    if (t.status !== 'adverse' && t.status !== 'watch') continue;
    flags.push({ status: t.status, what: `${t.resource} × ${t.attribute} = ${t.group}`, reason: t.reason });
  }
  return flags.sort((a, b) => (a.status === b.status ? 0 : a.status === 'adverse' ? -1 : 1));
}

/** Where a refresh is, in words with counts. */
export function progressText(progress: RefreshProgress | null): string {
  if (progress === null) return 'Starting…';
  switch (progress.phase) {
    case 'reading':
      return `Reading ${progress.sheet}: ${progress.rowsRead.toLocaleString('en-US')} of ${progress.rowsTotal.toLocaleString('en-US')} rows`;
    case 'computing':
      return 'Computing retention, readiness, satisfaction, equity and load…';
    case 'writing':
      return `Writing the dashboards: ${progress.sheetsWritten} of ${progress.sheetsTotal} sheets`;
  }
}

/** The progress as a fraction for a progress bar: reading 0–45%, computing 50%, writing 55–100%. */
export function progressValue(progress: RefreshProgress | null): number {
  if (progress === null) return 0;
  switch (progress.phase) {
    case 'reading':
      return progress.rowsTotal > 0 ? 0.45 * Math.min(1, progress.rowsRead / progress.rowsTotal) : 0;
    case 'computing':
      return 0.5;
    case 'writing':
      return 0.55 + 0.45 * (progress.sheetsTotal > 0 ? progress.sheetsWritten / progress.sheetsTotal : 0);
  }
}
