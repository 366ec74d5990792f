import { CADRE_SHEET_NAMES } from '../../dashboard/buildPlan';
import type { SheetRole } from '../../dashboard/plan';

/**
 * Which sheets Cadre owns (dashboards.md, "Rules that keep the user's data safe"), recorded in the
 * workbook itself as the workbook setting `Cadre.ownedSheets`: a JSON list of { id, name, role }.
 *
 * - `id` is the worksheet's id (stable while the workbook lives), so an owned sheet the user renamed
 *   is still found; `name` is the name Cadre gave it, for messages.
 * - `id: null` is a claim made just before Cadre adds the sheet: if the refresh stops between the
 *   claim and the moment the id is known, the next refresh finds the sheet by that name (the claim
 *   is only ever made for a name no other sheet had).
 * - A sheet the setting does not list is never Cadre's, whatever its name.
 */
export const OWNERSHIP_SETTING = 'Cadre.ownedSheets';

export interface OwnedSheet {
  readonly id: string | null;
  readonly name: string;
  readonly role: SheetRole;
}

/** A worksheet as the workbook has it now. */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
}

const ROLES = new Set<string>(Object.keys(CADRE_SHEET_NAMES));

/**
 * The entries of the setting's value (a list, or JSON text of one). Entries that are not of the
 * shape are dropped: a sheet they named is then not Cadre's, which is the safe reading.
 */
export function parseOwnership(value: unknown): OwnedSheet[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value) as unknown;
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const out: OwnedSheet[] = [];
  for (const e of list as unknown[]) {
    if (typeof e !== 'object' || e === null) continue;
    const { id, name, role } = e as Record<string, unknown>;
    if ((typeof id === 'string' || id === null) && typeof name === 'string' && typeof role === 'string' && ROLES.has(role)) {
      if (!out.some((o) => o.role === role)) out.push({ id, name, role: role as SheetRole });
    }
  }
  return out;
}

/** Queues the read of the ownership setting; the returned function gives the entries after sync. */
export function queueOwnershipRead(context: Excel.RequestContext): () => OwnedSheet[] {
  const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING);
  setting.load('value');
  return () => (setting.isNullObject ? [] : parseOwnership(setting.value));
}

/** Queues the write of the ownership setting (replacing it). */
export function queueOwnershipWrite(context: Excel.RequestContext, entries: readonly OwnedSheet[]): void {
  context.workbook.settings.add(OWNERSHIP_SETTING, entries.map((e) => ({ id: e.id, name: e.name, role: e.role })));
}

/**
 * The sheet each owned role has in the workbook now: by id, or by name for a claim (`id: null`).
 * A role whose sheet is gone (deleted by the user) is absent.
 */
export function ownedSheets(entries: readonly OwnedSheet[], sheets: readonly SheetInfo[]): Map<SheetRole, SheetInfo> {
  const out = new Map<SheetRole, SheetInfo>();
  for (const e of entries) {
    const sheet = e.id !== null ? sheets.find((s) => s.id === e.id) : sheets.find((s) => sameName(s.name, e.name));
    if (sheet && ![...out.values()].some((s) => s.id === sheet.id)) out.set(e.role, sheet);
  }
  return out;
}

/** Excel compares sheet names ignoring case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
