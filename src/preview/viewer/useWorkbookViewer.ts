import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DateSystem } from '../../model/cell';
import { DEFAULT_LIMITS, type SheetGrid, buildSheetGrid } from './sheetGrid';
import { type SheetTab, type ViewerSource, activeSheetOf, changeSignature, sheetTabs, shownSheet, tabAfterKey } from './workbookTabs';

export interface WorkbookViewerProps {
  /** the in-memory workbook: the Excel fake */
  readonly source: ViewerSource;
  /** how often to look for changes, in milliseconds (default 250) */
  readonly pollMs?: number;
  /** the workbook's date system, for date formats (default 1900) */
  readonly dateSystem?: DateSystem;
  /** rows drawn at first (default 200) and added by "Show more rows" (default 500), up to `maxRows` (default 5,000) */
  readonly initialRows?: number;
  readonly moreRowsStep?: number;
  readonly maxRows?: number;
}

export interface WorkbookViewerState {
  readonly tabs: readonly SheetTab[];
  /** the sheet shown, or null when the workbook has none */
  readonly sheet: string | null;
  readonly grid: SheetGrid | null;
  /** syncs the workbook has seen (each write comes through one) */
  readonly syncs: number;
  /** the workbook's active sheet, when the fake can say */
  readonly activeSheet: string | null;
  /** rows "Show more rows" would add, 0 when no more can be shown */
  readonly moreRowsStep: number;
  readonly selectSheet: (name: string) => void;
  readonly onTabKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => void;
  readonly showMoreRows: () => void;
  /** the tab buttons register here so the arrow keys can move focus */
  readonly tabRef: (name: string) => (element: HTMLElement | null) => void;
}

/**
 * The viewer's state: the sheets of the fake in tab order, the one shown (the one the user picked,
 * else the workbook's active sheet; it follows the active sheet whenever that changes, as Excel's
 * window does when the task pane activates a sheet), and that sheet's grid. It looks for changes every
 * `pollMs` (the sync count, the sheet names, the active sheet, the selection) and rebuilds only then.
 */
export function useWorkbookViewer(props: WorkbookViewerProps): WorkbookViewerState {
  const { source, pollMs = 250, dateSystem = '1900', initialRows = DEFAULT_LIMITS.maxRows, moreRowsStep = 500, maxRows = 5000 } = props;
  const [version, setVersion] = useState(0);
  const signature = useRef(changeSignature(source));
  useEffect(() => {
    signature.current = changeSignature(source);
    setVersion((v) => v + 1);
    const timer = setInterval(() => {
      const next = changeSignature(source);
      if (next !== signature.current) {
        signature.current = next;
        setVersion((v) => v + 1);
      }
    }, pollMs);
    return () => clearInterval(timer);
  }, [source, pollMs]);

  const tabs = useMemo(() => sheetTabs(source), [source, version]);
  const activeSheet = useMemo(() => activeSheetOf(source), [source, version]);

  // the shown sheet follows the workbook's active sheet whenever that changes
  const [chosen, setChosen] = useState<string | null>(null);
  const lastActive = useRef(activeSheet);
  useEffect(() => {
    if (activeSheet !== lastActive.current) {
      lastActive.current = activeSheet;
      if (activeSheet !== null) setChosen(activeSheet);
    }
  }, [activeSheet]);
  const sheet = shownSheet(tabs, chosen);

  const [rowLimits, setRowLimits] = useState<Readonly<Record<string, number>>>({});
  const rowLimit = sheet === null ? initialRows : (rowLimits[sheet] ?? initialRows);
  const grid = useMemo(
    () => (sheet === null ? null : buildSheetGrid(source.workbook.sheet(sheet), { ...DEFAULT_LIMITS, maxRows: rowLimit }, dateSystem)),
    [source, sheet, rowLimit, dateSystem, version],
  );

  const tabElements = useRef(new Map<string, HTMLElement>());
  const tabRef = useCallback(
    (name: string) => (element: HTMLElement | null) => {
      if (element) tabElements.current.set(name, element);
      else tabElements.current.delete(name);
    },
    [],
  );
  const selectSheet = useCallback((name: string) => setChosen(name), []);
  const onTabKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, index: number) => {
      const next = tabAfterKey(event.key, index, tabs.length);
      if (next === null) return;
      event.preventDefault();
      const name = tabs[next]!.name;
      setChosen(name);
      tabElements.current.get(name)?.focus();
    },
    [tabs],
  );
  const step = grid && grid.moreRows > 0 ? Math.min(moreRowsStep, grid.moreRows, Math.max(0, maxRows - rowLimit)) : 0;
  const showMoreRows = useCallback(() => {
    if (sheet === null || step === 0) return;
    setRowLimits((limits) => ({ ...limits, [sheet]: rowLimit + step }));
  }, [sheet, rowLimit, step]);

  return { tabs, sheet, grid, syncs: source.stats.syncs, activeSheet, moreRowsStep: step, selectSheet, onTabKeyDown, showMoreRows, tabRef };
}
