import type { Mapping, SheetMapping } from '../../model/mapping';
import type { CanonicalSheet } from '../../model/program';

/**
 * A mapping that reads each canonical sheet from the named workbook sheet (for example the sheets
 * `insertSample` or `insertTemplates` added under names that were free), on top of `base`: its
 * attributes, date order and other sheets are kept; the entries of the named sheets are replaced
 * (a header row or columns chosen for another sheet would not fit the new one).
 *
 * @example mappingForSheets({ Participants: 'Participants (sample)' }) // { version: 1, sheets: { Participants: { sheet: 'Participants (sample)' } } }
 */
export function mappingForSheets(sheets: Readonly<Partial<Record<CanonicalSheet, string>>>, base?: Mapping): Mapping {
  const merged: Partial<Record<CanonicalSheet, SheetMapping>> = { ...base?.sheets };
  for (const [canonical, sheet] of Object.entries(sheets) as [CanonicalSheet, string | undefined][]) {
    if (sheet !== undefined) merged[canonical] = { sheet };
  }
  return { ...base, version: 1, sheets: merged };
}
