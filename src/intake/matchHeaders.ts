import type { CellValue } from '../model/cell';
import type { SheetMapping } from '../model/mapping';
import type { ColumnMatch } from '../model/program';
import { cellAddress } from '../excel/a1Address';
import { cellKind } from './cellKind';
import { coerceText } from './coerce/coerceText';
import { foldHeader } from './foldHeader';
import type { SheetSpec } from './schema';

/** The columns of one header row, matched against a sheet's schema. */
export interface HeaderMatch {
  /** schema column index → 0-based sheet column index, or -1 */
  readonly bySchema: readonly number[];
  readonly columns: readonly ColumnMatch[];
  /** attribute columns: header text → 0-based sheet column index */
  readonly attributes: readonly { readonly name: string; readonly index: number }[];
  /** headers matching nothing */
  readonly unrecognised: readonly string[];
  /** a second header for a column already matched: kept out */
  readonly duplicates: readonly { readonly canonical: string; readonly header: string; readonly cell: string }[];
  /** canonical columns the mapping names with a header that is not on the sheet */
  readonly mappingMisses: readonly { readonly canonical: string; readonly header: string }[];
  /** how many schema columns were recognised */
  readonly recognised: number;
}

const lookups = new WeakMap<SheetSpec, Map<string, number>>();

/** folded canonical name or synonym → schema column index, for one sheet's schema */
function lookupOf(spec: SheetSpec): Map<string, number> {
  let map = lookups.get(spec);
  if (!map) {
    map = new Map();
    spec.columns.forEach((c, i) => map!.set(foldHeader(c.name), i));
    spec.columns.forEach((c, i) => {
      for (const s of c.synonyms) if (!map!.has(foldHeader(s))) map!.set(foldHeader(s), i);
    });
    lookups.set(spec, map);
  }
  return map;
}

/**
 * Matches a header row against a sheet's schema: the mapping first (canonical column → header text,
 * or null for "absent"), then canonical names and synonyms after folding; then demographic attribute
 * columns (folded names in `attributeNames`) among the headers left.
 */
export function matchHeaders(
  header: readonly CellValue[],
  spec: SheetSpec,
  options: {
    readonly mapping?: SheetMapping;
    readonly attributeNames?: ReadonlySet<string>;
    /** 1-based sheet row of the header, and 1-based column of header[0], for addresses */
    readonly row: number;
    readonly firstColumn: number;
  },
): HeaderMatch {
  const lookup = lookupOf(spec);
  const bySchema = new Array<number>(spec.columns.length).fill(-1);
  const how = new Array<ColumnMatch['how'] | undefined>(spec.columns.length);
  const texts = header.map((v) => (cellKind(v) === 'value' ? coerceText(v!) : ''));
  const folded = texts.map(foldHeader);
  const taken = new Array<boolean>(texts.length).fill(false);
  const excluded = new Set<number>();
  const mappingMisses: { canonical: string; header: string }[] = [];

  const mapped = options.mapping?.columns ?? {};
  for (const [canonical, headerText] of Object.entries(mapped)) {
    const si = spec.columns.findIndex((c) => c.name === canonical);
    if (si < 0) continue; // unknown canonical names are reported by parseMapping
    if (headerText === null) {
      excluded.add(si);
      continue;
    }
    const ci = folded.indexOf(foldHeader(headerText));
    if (ci < 0) {
      mappingMisses.push({ canonical, header: headerText });
      continue;
    }
    bySchema[si] = ci;
    how[si] = 'mapped';
    taken[ci] = true;
  }

  const duplicates: HeaderMatch['duplicates'][number][] = [];
  for (let ci = 0; ci < folded.length; ci++) {
    if (taken[ci] || folded[ci] === '') continue;
    const si = lookup.get(folded[ci]);
    if (si === undefined || excluded.has(si) || how[si] === 'mapped') continue;
    if (bySchema[si] >= 0) {
      duplicates.push({
        canonical: spec.columns[si].name,
        header: texts[ci],
        cell: cellAddress(options.row, options.firstColumn + ci),
      });
      taken[ci] = true;
      continue;
    }
    bySchema[si] = ci;
    how[si] = folded[ci] === foldHeader(spec.columns[si].name) ? 'exact' : 'synonym';
    taken[ci] = true;
  }

  const attributes: { name: string; index: number }[] = [];
  const unrecognised: string[] = [];
  for (let ci = 0; ci < folded.length; ci++) {
    if (taken[ci] || folded[ci] === '') continue;
    if (options.attributeNames?.has(folded[ci])) attributes.push({ name: texts[ci], index: ci });
    else unrecognised.push(texts[ci]);
  }

  const columns: ColumnMatch[] = [];
  let recognised = 0;
  bySchema.forEach((ci, si) => {
    if (ci < 0) return;
    recognised++;
    columns.push({
      canonical: spec.columns[si].name,
      header: texts[ci],
      index: ci,
      cell: cellAddress(options.row, options.firstColumn + ci),
      how: how[si]!,
    });
  });
  for (const a of attributes) {
    columns.push({
      canonical: a.name,
      header: a.name,
      index: a.index,
      cell: cellAddress(options.row, options.firstColumn + a.index),
      how: 'attribute',
    });
  }
  return { bySchema, columns, attributes, unrecognised, duplicates, mappingMisses, recognised };
}
