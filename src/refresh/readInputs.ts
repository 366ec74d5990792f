import type { SheetRole } from '../dashboard/plan';
import { type Recognition, recogniseWorkbook } from '../intake/recogniseWorkbook';
import type { SheetValues } from '../model/cell';
import type { Mapping } from '../model/mapping';
import type { ReadProgress } from '../workbook/workbookSource';
import type { OfficeOutline, OfficeSource } from '../workbook/office/read/officeSource';
import { type SheetInfo, ownedSheets } from '../workbook/office/ownership';

/** What the first two syncs of a read tell: the sheets, Cadre's own, and the input sheets recognised in previews. */
export interface PreviewedWorkbook {
  readonly outline: OfficeOutline;
  /** the sheets Cadre owns now, by role (ownership.ts) */
  readonly owned: ReadonlyMap<SheetRole, SheetInfo>;
  /** the first 20 rows of every sheet Cadre does not own, in tab order (the candidates for input) */
  readonly previews: readonly SheetValues[];
  /** the canonical input sheets found in the previews, as `cadre validate` finds them */
  readonly recognition: Recognition;
}

/**
 * The step every workbook read starts with (refresh, validate, overview): the outline and the
 * ownership setting (1 sync), then the first 20 rows of every sheet Cadre does not own, and of the
 * owned sheets of `alsoPreview` (the History, for a refresh), in one more sync; recognition runs on
 * the previews (it looks at nothing more). Cadre's own sheets are never candidates for input.
 */
export async function previewWorkbook(source: OfficeSource, mapping: Mapping | undefined, alsoPreview: readonly SheetRole[] = []): Promise<PreviewedWorkbook> {
  const outline = await source.describe();
  const owned = ownedSheets(outline.owned, outline.sheetInfo);
  const ownedIds = new Set([...owned.values()].map((s) => s.id));
  const candidates = outline.sheetInfo.filter((s) => !ownedIds.has(s.id)).map((s) => s.name);
  const extra = alsoPreview.flatMap((role) => {
    const sheet = owned.get(role);
    return sheet ? [sheet.name] : [];
  });
  const previewed = await source.preview([...candidates, ...extra]);
  const previews = previewed.slice(0, candidates.length);
  return { outline, owned, previews, recognition: recogniseWorkbook(previews, mapping) };
}

/**
 * The values intake needs: the recognised input sheets and the sheets the mapping names, plus
 * `alsoRead` (owned sheets previewed with `alsoPreview`), in batches under 4 MB (`OfficeSource.readSheets`:
 * one sync for the standard sample; none when every sheet ended within its preview). Sheets not
 * recognised go to intake as their preview: recognition looks at nothing more.
 */
export async function readInputSheets(
  source: OfficeSource,
  previewed: PreviewedWorkbook,
  mapping: Mapping | undefined,
  options: { readonly alsoRead?: readonly string[]; readonly onProgress?: (progress: ReadProgress) => void } = {},
): Promise<{ readonly inputs: readonly SheetValues[]; readonly byName: ReadonlyMap<string, SheetValues> }> {
  const candidates = previewed.previews.map((p) => p.name);
  const recognised = [...previewed.recognition.found.values()].map((r) => r.sheet.name);
  const mapped = Object.values(mapping?.sheets ?? {}).flatMap((m) => (typeof m?.sheet === 'string' && candidates.includes(m.sheet) ? [m.sheet] : []));
  const toRead = [...new Set([...recognised, ...mapped, ...(options.alsoRead ?? [])])];
  const full = await source.readSheets(toRead, options.onProgress);
  const byName = new Map(full.map((s) => [s.name, s]));
  return { inputs: previewed.previews.map((p) => byName.get(p.name) ?? p), byName };
}
