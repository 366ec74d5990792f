import type { RecognisedSheet } from '../intake/recogniseWorkbook';
import { SHEETS, type SheetSpec } from '../intake/schema';
import type { Mapping } from '../model/mapping';
import type { MatchKind } from '../model/program';
import type { ExcelRun } from '../workbook/office/host';
import { type PreviewedWorkbook, previewWorkbook } from './readInputs';
import { OfficeSource } from '../workbook/office/read/officeSource';
import type { ColumnOverview, SheetOverview, WorkbookOverview } from '../taskpane/workbook/taskpaneWorkbook';

/**
 * The workbook as the setup view shows it: every sheet in tab order, the five input sheets as
 * recognition finds them in the first 20 rows of every sheet Cadre does not own (the same read a
 * refresh starts with, `previewWorkbook`), how each column was matched, the rows below each header
 * row (from the used range's size, not counted row by row), and the sheets Cadre owns.
 *
 * Syncs: 2 (the outline and ownership setting; the previews with each used range's size), one more
 * only when a sheet is wider than column AZ.
 */
export async function readWorkbookOverview(run: ExcelRun, mapping: Mapping | undefined): Promise<WorkbookOverview> {
  const source = new OfficeSource(run);
  const previewed = await previewWorkbook(source, mapping);
  return workbookOverview(previewed, (name) => source.usedRows(name));
}

/** The overview of a previewed workbook; `usedRows` gives a sheet's used range (1-based first row, row count). */
export function workbookOverview(
  previewed: PreviewedWorkbook,
  usedRows: (sheet: string) => { readonly firstRow: number; readonly rowCount: number } | undefined,
): WorkbookOverview {
  const { outline, owned, recognition } = previewed;
  const ownedIds = new Set([...owned.values()].map((s) => s.id));
  return {
    sheetNames: [...outline.sheets],
    inputs: SHEETS.map((spec) => {
      const found = recognition.found.get(spec.name);
      return found ? foundSheet(spec, found, usedRows(found.sheet.name)) : missingSheet(spec);
    }),
    ownedSheets: outline.sheetInfo.filter((s) => ownedIds.has(s.id)).map((s) => s.name),
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
