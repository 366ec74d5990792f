import { useMemo } from 'react';
import type { Failure, RefreshStatus } from '../../app/cadreState';
import { type EquityFlag, type ImpactSection, type KpiCard, equityFlags, impactSection, kpiCards, progressText, progressValue } from './resultSummary';

export interface RefreshViewProps {
  readonly refresh: RefreshStatus;
  readonly ready: boolean;
  readonly busy: boolean;
  readonly onRefresh: () => void;
  readonly onOpenSheet: (sheet: string) => void;
  readonly onSetup: () => void;
}

export interface WrittenSheet {
  readonly name: string;
  /** activates the sheet in the workbook */
  readonly open: () => void;
}

/** What a finished refresh shows: the findings for the board, the KPI cards, program impact, the equity flags, any warnings, the sheets written. */
export interface RefreshResults {
  /** the as-of date and its quarter: "2026-09-30", "2026-Q3" */
  readonly asOf: string;
  readonly quarter: string;
  /** the report's findings for the board's attention, in their order (the Board Dashboard's block) */
  readonly findings: readonly string[];
  readonly cards: readonly KpiCard[];
  /** compared with matched colleagues, beside the raw comparison (or why not) */
  readonly impact: ImpactSection;
  /** the flags by status, counted */
  readonly adverse: number;
  readonly watch: number;
  /** adverse first */
  readonly flags: readonly (EquityFlag & { readonly key: string })[];
  /** the refresh's notes in one paragraph, or null when it has none */
  readonly warnings: string | null;
  readonly written: readonly WrittenSheet[];
}

export interface RefreshViewState {
  readonly buttonLabel: string;
  readonly canRefresh: boolean;
  /** no Participants sheet yet: a line sends to Setup */
  readonly showSetupHint: boolean;
  /** while running: where the refresh is, in words and as a fraction */
  readonly progress: { readonly text: string; readonly value: number } | null;
  readonly failure: Failure | null;
  readonly results: RefreshResults | null;
  readonly onRefresh: () => void;
  readonly onSetup: () => void;
}

/** The results of a finished refresh (null for any other phase): pure. */
export function refreshResults(refresh: RefreshStatus, onOpenSheet: (sheet: string) => void): RefreshResults | null {
  if (refresh.phase !== 'done') return null;
  const { result } = refresh;
  const flags = equityFlags(result.report);
  return {
    asOf: result.report.asOf,
    quarter: result.report.quarter,
    findings: result.report.findings.map((f) => f.text),
    cards: kpiCards(result.report),
    impact: impactSection(result.report),
    adverse: flags.filter((f) => f.status === 'adverse').length,
    watch: flags.filter((f) => f.status === 'watch').length,
    flags: flags.map((f) => ({ ...f, key: `${f.status}-${f.what}` })),
    warnings: result.warnings.length > 0 ? result.warnings.join(' ') : null,
    written: result.written.map((w) => ({ name: w.name, open: () => onOpenSheet(w.name) })),
  };
}

/**
 * The refresh view's state from its props: pure, so it is tested without a DOM or React. `results`:
 * those of the refresh, when already derived.
 */
export function deriveRefreshViewState(props: RefreshViewProps, results: RefreshResults | null = refreshResults(props.refresh, props.onOpenSheet)): RefreshViewState {
  const { refresh } = props;
  const running = refresh.phase === 'running';
  return {
    buttonLabel: running ? 'Refreshing…' : 'Refresh dashboards',
    canRefresh: !running && !props.busy && props.ready,
    showSetupHint: !props.ready,
    progress: refresh.phase === 'running' ? { text: progressText(refresh.progress), value: progressValue(refresh.progress) } : null,
    failure: refresh.phase === 'failed' ? refresh.failure : null,
    results,
    onRefresh: props.onRefresh,
    onSetup: props.onSetup,
  };
}

/** The refresh view's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles). */
export function useRefreshView(props: RefreshViewProps): RefreshViewState {
  const { refresh, onOpenSheet } = props;
  // the cards, the impact sentences and the flags are derived once per refresh, not on every render
  const results = useMemo(() => refreshResults(refresh, onOpenSheet), [refresh, onOpenSheet]);
  return deriveRefreshViewState(props, results);
}
