import type { RecognisedSheet } from '../intake/recogniseWorkbook';
import { SHEETS, type SheetSpec } from '../intake/schema';
import type { Mapping } from '../model/mapping';
import type { CanonicalSheet, MatchKind } from '../model/program';
import type { Problem } from '../model/problem';
import type { WorkbookSource } from '../workbook/workbookSource';
import { type PreviewedWorkbook, previewWorkbook } from './readInputs';

/** How one input column was matched. */
export interface ColumnOverview {
  /** the canonical column, or null for a demographic attribute */
  readonly canonical: string | null;
  /** the workbook header text, or null when the sheet lacks the column */
  readonly header: string | null;
  /** how: exact name, synonym, the mapping, a demographic attribute; "missing" when not found */
  readonly how: 'exact' | 'synonym' | 'mapping' | 'attribute' | 'missing';
  readonly required: boolean;
}

export interface SheetOverview {
  readonly canonical: CanonicalSheet;
  /** the workbook sheet taken for it, or null when none was found */
  readonly sheet: string | null;
  readonly how: 'name' | 'headers' | 'mapped' | null;
  /** 1-based header row */
  readonly headerRow: number | null;
  /** data rows below the header */
  readonly rows: number;
  readonly columns: readonly ColumnOverview[];
  /** headers on the sheet that match nothing (candidates for attributes or a manual match) */
  readonly unmatchedHeaders: readonly string[];
}

export interface WorkbookOverview {
  /** every worksheet, in tab order */
  readonly sheetNames: readonly string[];
  /** the canonical input sheets (the five, Measures and Preferences), in order */
  readonly inputs: readonly SheetOverview[];
  /** the sheets Cadre owns (written by an earlier refresh) */
  readonly ownedSheets: readonly string[];
  /** problems recognition found (a mapped sheet that does not exist, no header row, ...) */
  readonly problems: readonly Problem[];
}

/**
 * The workbook as the setup view shows it: every sheet in tab order, the input sheets as
 * recognition finds them in the first 20 rows of every sheet Cadre does not own (the same read a
 * refresh starts with, `previewWorkbook`), how each column was matched, the rows below each header
 * row (from the used range's size, not counted row by row), and the sheets Cadre owns.
 *
 * Syncs: 2 (the outline and ownership setting; the previews with each used range's size), one more
 * only when a sheet is wider than column AZ.
 */
export async function overview(source: WorkbookSource, mapping: Mapping | undefined): Promise<WorkbookOverview> {
  const previewed = await previewWorkbook(source, mapping);
  return workbookOverview(previewed, (name) => usedRowsOf(source, previewed, name));
}

/** a sheet's used rows: from the source when it previews (no read), else from the sheet read whole */
function usedRowsOf(source: WorkbookSource, previewed: PreviewedWorkbook, name: string): { readonly firstRow: number; readonly rowCount: number } | undefined {
  if (source.usedRows) return source.usedRows(name);
  const sheet = previewed.whole.get(name);
  return sheet && { firstRow: sheet.firstRow ?? 1, rowCount: sheet.values.length };
}

/** The overview of a previewed workbook; `usedRows` gives a sheet's used range (1-based first row, row count). */
export function workbookOverview(
  previewed: PreviewedWorkbook,
  usedRows: (sheet: string) => { readonly firstRow: number; readonly rowCount: number } | undefined,
): WorkbookOverview {
  const { outline, owned, recognition } = previewed;
  const ownedNames = new Set(owned.values());
  return {
    sheetNames: [...outline.sheets],
    inputs: SHEETS.map((spec) => {
      const found = recognition.found.get(spec.name);
      return found ? foundSheet(spec, found, usedRows(found.sheet.name)) : missingSheet(spec);
    }),
    ownedSheets: outline.sheets.filter((name) => ownedNames.has(name)),
    problems: [...recognition.problems],
  };
}

const HOW: Record<MatchKind, ColumnOverview['how']> = { exact: 'exact', synonym: 'synonym', mapped: 'mapping', attribute: 'attribute' };

function foundSheet(spec: SheetSpec, r: RecognisedSheet, used: { readonly firstRow: number; readonly rowCount: number } | undefined): SheetOverview {
  const headerRow = (r.sheet.firstRow ?? 1) + r.headerIndex;
  const lastRow = used && used.rowCount > 0 ? used.firstRow + used.rowCount - 1 : headerRow;
  const columns: ColumnOverview[] = spec.columns.map((c) => {
    const match = r.header.columns.find((m) => m.how !== 'attribute' && m.canonical === c.name);
    return match
      ? { canonical: c.name, header: match.header, how: HOW[match.how], required: c.required }
      : { canonical: c.name, header: null, how: 'missing', required: c.required };
  });
  for (const a of r.header.attributes) columns.push({ canonical: null, header: a.name, how: 'attribute', required: false });
  return {
    canonical: spec.name,
    sheet: r.sheet.name,
    how: r.how,
    headerRow,
    rows: Math.max(0, lastRow - headerRow),
    columns,
    unmatchedHeaders: [...r.header.unrecognised],
  };
}

function missingSheet(spec: SheetSpec): SheetOverview {
  return {
    canonical: spec.name,
    sheet: null,
    how: null,
    headerRow: null,
    rows: 0,
    columns: spec.columns.map((c) => ({ canonical: c.name, header: null, how: 'missing', required: c.required })),
    unmatchedHeaders: [],
  };
}
