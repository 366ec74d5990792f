import { CADRE_SHEET_NAMES, DEFAULT_SHEET_NAMES } from '../../../dashboard/buildPlan';
import type { SheetPlan, SheetRole, WorkbookPlan } from '../../../dashboard/plan';
import { SheetNameTakenError, listText } from '../officeAdapterError';
import { type OwnedSheet, type SheetInfo, ownedSheets, queueOwnershipRead, sameName } from '../ownership';

/** What the write needs to know of the workbook before it writes anything (read in one sync). */
export interface WriteState {
  /** every worksheet, in tab order */
  readonly sheets: readonly SheetInfo[];
  /** the entries of the ownership setting */
  readonly owned: readonly OwnedSheet[];
  /** the workbook's defined names */
  readonly names: readonly string[];
  /** the names of every table in the workbook */
  readonly tables: readonly string[];
}

/** Queues the reads of the write state; the returned function gives it after sync. */
export function queueWriteState(context: Excel.RequestContext): () => WriteState {
  const sheets = context.workbook.worksheets.load('items/name,items/id');
  const names = context.workbook.names.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const owned = queueOwnershipRead(context);
  return () => ({
    sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
    owned: owned(),
    names: names.items.map((n) => n.name),
    tables: tables.items.map((t) => t.name),
  });
}

/** A sheet of the plan, and the owned sheet it is written into (null: Cadre adds it). */
export interface Target {
  readonly plan: SheetPlan;
  readonly existing: SheetInfo | null;
}

export interface Targets {
  readonly targets: readonly Target[];
  /** owned sheets of a refresh's role the refresh's plan no longer has (the Analyst Detail, turned off): Cadre removes them */
  readonly retired: readonly { readonly role: SheetRole; readonly sheet: SheetInfo }[];
  /**
   * owned sheets the plan leaves as they are, still Cadre's: every other owned sheet for a partial
   * plan (the Cadre Suggestions sheet written alone), the Cadre Suggestions sheet for a refresh's plan
   */
  readonly kept: readonly { readonly role: SheetRole; readonly sheet: SheetInfo }[];
}

/**
 * Matches the plan's sheets with the sheets Cadre owns (by role: an owned sheet the user renamed is
 * still the one written, under the plan's name again), and refuses the whole write when a target
 * name is held by any other sheet: a sheet Cadre does not own is never written over.
 *
 * @throws SheetNameTakenError naming every sheet in the way; nothing has been written
 */
export function resolveTargets(plan: WorkbookPlan, state: WriteState): Targets {
  const owned = ownedSheets(state.owned, state.sheets);
  const ownedRole = (sheet: SheetInfo): SheetRole | undefined => [...owned].find(([, s]) => s.id === sheet.id)?.[0];
  const targets: Target[] = [];
  const problems: { sheet: string; text: string }[] = [];
  for (const p of plan.sheets) {
    const existing = owned.get(p.role) ?? null;
    for (const other of state.sheets.filter((s) => sameName(s.name, p.name) && s.id !== existing?.id)) {
      const role = ownedRole(other);
      problems.push({
        sheet: other.name,
        text:
          role === undefined
            ? `The workbook already has a sheet named "${other.name}" that Cadre did not create, and Cadre never writes over it: rename that sheet, or choose another name for Cadre's ${CADRE_SHEET_NAMES[p.role]} sheet in Cadre's settings.`
            : `The sheet "${other.name}" is Cadre's ${CADRE_SHEET_NAMES[role]} sheet, and the settings give that name to the ${CADRE_SHEET_NAMES[p.role]} sheet too: give the two sheets different names in Cadre's settings.`,
      });
    }
    targets.push({ plan: p, existing });
  }
  if (problems.length > 0) {
    throw new SheetNameTakenError(
      problems.map((p) => p.sheet),
      `Nothing was written. ${problems.map((p) => p.text).join(' ')}${problems.length > 1 ? ` (sheets in the way: ${listText(problems.map((p) => `"${p.sheet}"`))})` : ''}`,
    );
  }
  const planned = new Set(plan.sheets.map((s) => s.role));
  const others = [...owned].filter(([role]) => !planned.has(role)).map(([role, sheet]) => ({ role, sheet }));
  // only a refresh's plan removes sheets, and only a refresh's: the suggestions are not a refresh's to remove
  const retires = (role: SheetRole) => plan.partial !== true && role in DEFAULT_SHEET_NAMES;
  return { targets, retired: others.filter((o) => retires(o.role)), kept: others.filter((o) => !retires(o.role)) };
}
