import type { SheetSpec } from './schema';

/**
 * Column name → schema index for a sheet, so record builders read typed values by name without a
 * lookup per row. Built with Object.fromEntries: an object filled key by key in a loop can fall into
 * V8's slow dictionary mode past about 20 keys (Participants has 21), which made every read slower.
 *
 * @example schemaIndex(PARTICIPANTS).PersonID // 0
 */
export function schemaIndex(spec: SheetSpec): Readonly<Record<string, number>> {
  return Object.fromEntries(spec.columns.map((c, i) => [c.name, i]));
}
