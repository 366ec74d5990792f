import type { WorkbookInspector } from '../../workbook/excelFake';

/** What the viewer reads of the workbook: the Excel fake (its inspection API and its sync count). */
export interface ViewerSource {
  readonly workbook: Pick<WorkbookInspector, 'sheetNames' | 'sheet'> & Partial<Pick<WorkbookInspector, 'activeSheet' | 'selection'>>;
  readonly stats: { readonly syncs: number };
}

export interface SheetTab {
  readonly name: string;
  readonly hidden: boolean;
  /** "#RRGGBB" or a colour name; "" for none */
  readonly tabColor: string;
  /** the workbook's active sheet (activate() last chose it) */
  readonly active: boolean;
}

/**
 * A short text that changes whenever what the viewer shows may have: every write reaches the fake
 * through a sync, so the sync count covers values, formats and objects; sheets added by the
 * inspection API (no sync), the active sheet and the selection are added.
 */
export function changeSignature(source: ViewerSource): string {
  const names = source.workbook.sheetNames();
  return `${source.stats.syncs}|${names.length}|${names.join('\u0000')}|${activeSheetOf(source) ?? ''}|${selectionText(source)}`;
}

/** the workbook's active sheet, or null when the fake cannot say (an older fake without activeSheet()) */
export function activeSheetOf(source: ViewerSource): string | null {
  try {
    return typeof source.workbook.activeSheet === 'function' ? source.workbook.activeSheet() : null;
  } catch {
    return null;
  }
}

function selectionText(source: ViewerSource): string {
  try {
    const s = typeof source.workbook.selection === 'function' ? source.workbook.selection() : null;
    return s ? `${s.sheet}!${s.address}` : '';
  } catch {
    return '';
  }
}

/** every sheet in tab order, with its visibility and tab colour, and which one is active */
export function sheetTabs(source: ViewerSource): SheetTab[] {
  const active = activeSheetOf(source);
  return source.workbook.sheetNames().map((name) => {
    const sheet = source.workbook.sheet(name);
    return { name, hidden: sheet.visibility !== 'Visible', tabColor: sheet.tabColor, active: name === active };
  });
}

/** the tab to show: the one chosen if it still exists, else the active sheet, else the first visible one */
export function shownSheet(tabs: readonly SheetTab[], chosen: string | null): string | null {
  if (chosen !== null && tabs.some((t) => t.name === chosen)) return chosen;
  return tabs.find((t) => t.active)?.name ?? tabs.find((t) => !t.hidden)?.name ?? tabs[0]?.name ?? null;
}

/** the tab a key moves to in a tab list (arrows wrap, Home and End), or null for other keys */
export function tabAfterKey(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
