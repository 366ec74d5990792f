import { DEFAULT_MIN_GROUP, isMinGroup } from '../privacy/minGroup';
import { SETTINGS_SETTING } from '../taskpane/workbook/setupStore';

/** `Excel.run` or the Excel fake's `run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * k for the functions (functions.md: "default the workbook's Cadre setting, else 5"): the `minGroup`
 * of the settings saved in the workbook, when there are settings and their k is valid (a whole
 * number, 3 or more); otherwise 5. Never fails: a workbook that cannot be read gives 5.
 */
export async function workbookMinGroup(run: ExcelRunner | undefined): Promise<number> {
  if (run === undefined) return DEFAULT_MIN_GROUP;
  try {
    const value = await run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_SETTING).load('value');
      await context.sync();
      return item.isNullObject ? null : (item.value as unknown);
    });
    const json = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    const k = typeof json === 'object' && json !== null ? (json as { minGroup?: unknown }).minGroup : undefined;
    return isMinGroup(k) ? k : DEFAULT_MIN_GROUP;
  } catch {
    return DEFAULT_MIN_GROUP;
  }
}

/** `workbookMinGroup` read at most once per `ttlMs` (a recalculation calls many functions at once). */
export function cachedMinGroup(run: () => ExcelRunner | undefined, ttlMs = 5000, clock: () => number = Date.now): () => Promise<number> {
  let cached: { at: number; k: Promise<number> } | null = null;
  return () => {
    const now = clock();
    if (cached === null || now - cached.at > ttlMs) cached = { at: now, k: workbookMinGroup(run()) };
    return cached.k;
  };
}
