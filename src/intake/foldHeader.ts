/**
 * Folds a header (or an enum value, or a sheet name) for matching: Unicode-normalised, lower case,
 * without spaces, underscores, hyphens and dots (input-workbook.md: `Person ID`, `person_id` and
 * `PersonId` are one name).
 *
 * @example foldHeader(' Person_ID ') // "personid"
 */
export function foldHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_\-.]+/g, '');
}
