import type { SheetSpec } from './schema';

/**
 * Column name → schema index for a sheet, so record builders read typed values by name without a
 * lookup per row.
 *
 * @example schemaIndex(PARTICIPANTS).PersonID // 0
 */
export function schemaIndex(spec: SheetSpec): Readonly<Record<string, number>> {
  const index: Record<string, number> = {};
  spec.columns.forEach((c, i) => (index[c.name] = i));
  return index;
}
