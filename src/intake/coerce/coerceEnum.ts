import type { CellValue } from '../../model/cell';
import { foldHeader } from '../foldHeader';
import { coerceText } from './coerceText';
import { Invalid } from './invalid';

/** A lookup from folded text to the canonical value of an enum, built once per column. */
export type EnumLookup = ReadonlyMap<string, string>;

/** Builds the lookup of an enum's canonical values and synonyms (folded). */
export function enumLookup(values: Readonly<Record<string, readonly string[]>>): EnumLookup {
  const map = new Map<string, string>();
  for (const [canonical, synonyms] of Object.entries(values)) {
    map.set(foldHeader(canonical), canonical);
    for (const s of synonyms) if (!map.has(foldHeader(s))) map.set(foldHeader(s), canonical);
  }
  return map;
}

/** An enum value, matched after folding case and spaces, with synonyms (input-workbook.md, Values). */
export function coerceEnum(value: Exclude<CellValue, null | undefined>, lookup: EnumLookup): string | Invalid {
  const found = lookup.get(foldHeader(coerceText(value)));
  if (found !== undefined) return found;
  const allowed = [...new Set(lookup.values())].join(', ');
  return new Invalid('bad-enum', 'is not one of the known values', `Use one of: ${allowed}.`);
}
