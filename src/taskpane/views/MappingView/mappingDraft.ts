import type { Mapping, SheetMapping } from '../../../model/mapping';
import type { CanonicalSheet } from '../../../model/program';
import type { WorkbookOverview } from '../../workbook/taskpaneWorkbook';

/** The mapping view's editable state: per input sheet, the workbook sheet and each column's header. */
export interface MappingDraft {
  readonly sheets: Readonly<Record<string, { readonly sheet: string | null; readonly columns: Readonly<Record<string, string | null>> }>>;
  /** demographic attribute columns (header text) */
  readonly attributes: readonly string[];
}

/** The draft as the overview shows the workbook now (what recognition found, the mapping applied). */
export function draftOf(overview: WorkbookOverview, mapping: Mapping | null): MappingDraft {
  const sheets: Record<string, { sheet: string | null; columns: Record<string, string | null> }> = {};
  const attributes = new Set<string>(mapping?.attributes ?? []);
  for (const input of overview.inputs) {
    const columns: Record<string, string | null> = {};
    for (const c of input.columns) {
      if (c.canonical === null) {
        if (c.header !== null) attributes.add(c.header);
      } else columns[c.canonical] = c.header;
    }
    sheets[input.canonical] = { sheet: input.sheet, columns };
  }
  return { sheets, attributes: [...attributes] };
}

/** Headers a column can be matched to on a sheet: every header the overview saw there. */
export function headersOf(overview: WorkbookOverview, canonical: CanonicalSheet): string[] {
  const input = overview.inputs.find((i) => i.canonical === canonical);
  if (!input) return [];
  return [...new Set([...input.columns.flatMap((c) => (c.header === null ? [] : [c.header])), ...input.unmatchedHeaders])];
}

/**
 * The mapping to save: every sheet and column as the draft says, so the next person's refresh sees the
 * same workbook the same way (a column set to none is saved as `null`: "this sheet has no such column").
 */
export function mappingOf(draft: MappingDraft): Mapping {
  const sheets: Partial<Record<CanonicalSheet, SheetMapping>> = {};
  for (const [canonical, s] of Object.entries(draft.sheets)) {
    sheets[canonical as CanonicalSheet] = s.sheet === null ? { sheet: null } : { sheet: s.sheet, columns: { ...s.columns } };
  }
  return { version: 1, sheets, attributes: [...draft.attributes] };
}

/** A column header chosen twice on one sheet: the mapping would read one column as two. */
export function duplicateHeaders(draft: MappingDraft): { sheet: string; header: string; columns: string[] }[] {
  const out: { sheet: string; header: string; columns: string[] }[] = [];
  for (const [canonical, s] of Object.entries(draft.sheets)) {
    const by = new Map<string, string[]>();
    for (const [column, header] of Object.entries(s.columns)) if (header !== null) by.set(header, [...(by.get(header) ?? []), column]);
    for (const [header, columns] of by) if (columns.length > 1) out.push({ sheet: canonical, header, columns });
  }
  return out;
}
