import type { SheetRole } from '../dashboard/plan';
import { type Recognition, recogniseWorkbook } from '../intake/recogniseWorkbook';
import type { SheetValues } from '../model/cell';
import type { Mapping } from '../model/mapping';
import type { ReadProgress, WorkbookOutline, WorkbookSource } from '../workbook/workbookSource';

/** What the first step of a read tells: the sheets, Cadre's own, and the input sheets recognised. */
export interface PreviewedWorkbook {
  readonly outline: WorkbookOutline;
  /** the sheets Cadre wrote into the workbook, by role (none for a workbook it did not write into) */
  readonly owned: ReadonlyMap<SheetRole, string>;
  /**
   * every sheet Cadre does not own, in tab order (the candidates for input): its first 20 rows for a
   * source that previews (Excel), the whole sheet for one that does not (an .xlsx file)
   */
  readonly previews: readonly SheetValues[];
  /** the canonical input sheets found in the previews, as intake finds them */
  readonly recognition: Recognition;
  /** sheets already read whole (a source that does not preview), by name */
  readonly whole: ReadonlyMap<string, SheetValues>;
}

/**
 * The step every workbook read starts with (refresh, validate, overview): the outline (which says
 * the sheets Cadre owns), then every sheet Cadre does not own, and the owned sheets of `alsoPreview`
 * (the History, for a refresh inside Excel). A source that previews (Excel: one sync for all of them)
 * gives their first 20 rows, and recognition runs on those (it looks at nothing more); a source that
 * does not is read whole here. Cadre's own sheets are never candidates for input.
 */
export async function previewWorkbook(
  source: WorkbookSource,
  mapping: Mapping | undefined,
  options: { readonly alsoPreview?: readonly SheetRole[]; readonly onProgress?: (progress: ReadProgress) => void } = {},
): Promise<PreviewedWorkbook> {
  const outline = await source.describe();
  const owned: ReadonlyMap<SheetRole, string> = outline.cadreSheets ?? new Map();
  const ownedNames = new Set(owned.values());
  const candidates = outline.sheets.filter((name) => !ownedNames.has(name));
  const extra = (options.alsoPreview ?? []).flatMap((role) => {
    const sheet = owned.get(role);
    return sheet !== undefined ? [sheet] : [];
  });
  const names = [...candidates, ...extra];
  const read = source.preview ? await source.preview(names) : await source.readSheets(names, options.onProgress);
  const previews = read.slice(0, candidates.length);
  const whole = source.preview ? new Map<string, SheetValues>() : new Map(read.map((s) => [s.name, s]));
  return { outline, owned, previews, recognition: recogniseWorkbook(previews, mapping), whole };
}

/**
 * The values intake needs: the recognised input sheets and the sheets the mapping names, plus
 * `alsoRead` (owned sheets previewed with `alsoPreview`); for Excel in batches under 4 MB
 * (`OfficeSource.readSheets`: one sync for the standard sample; none when every sheet ended within
 * its preview). Sheets not recognised go to intake as their preview: recognition looks at nothing
 * more. A source that does not preview was read whole by `previewWorkbook`: nothing more is read.
 */
export async function readInputSheets(
  source: WorkbookSource,
  previewed: PreviewedWorkbook,
  mapping: Mapping | undefined,
  options: { readonly alsoRead?: readonly string[]; readonly onProgress?: (progress: ReadProgress) => void } = {},
): Promise<{ readonly inputs: readonly SheetValues[]; readonly byName: ReadonlyMap<string, SheetValues> }> {
  if (!source.preview) return { inputs: previewed.previews, byName: previewed.whole };
  const candidates = previewed.previews.map((p) => p.name);
  const recognised = [...previewed.recognition.found.values()].map((r) => r.sheet.name);
  const mapped = Object.values(mapping?.sheets ?? {}).flatMap((m) => (typeof m?.sheet === 'string' && candidates.includes(m.sheet) ? [m.sheet] : []));
  const toRead = [...new Set([...recognised, ...mapped, ...(options.alsoRead ?? [])])];
  const full = await source.readSheets(toRead, options.onProgress);
  const byName = new Map(full.map((s) => [s.name, s]));
  return { inputs: previewed.previews.map((p) => byName.get(p.name) ?? p), byName };
}
