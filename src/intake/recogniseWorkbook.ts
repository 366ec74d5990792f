import type { SheetValues } from '../model/cell';
import type { Mapping, SheetMapping } from '../model/mapping';
import type { CanonicalSheet } from '../model/program';
import type { Problem } from '../model/problem';
import { cellAddress } from '../excel/a1Address';
import { foldHeader } from './foldHeader';
import { type HeaderMatch, matchHeaders } from './matchHeaders';
import { DEFAULT_ATTRIBUTES, SHEETS, type SheetSpec } from './schema';

/** The header row is looked for among the first rows of a sheet (input-workbook.md). */
export const HEADER_SEARCH_ROWS = 20;

/** A workbook sheet taken as one canonical sheet, with its header row and columns. */
export interface RecognisedSheet {
  readonly spec: SheetSpec;
  readonly sheet: SheetValues;
  readonly how: 'name' | 'headers' | 'mapped';
  /** 0-based index into sheet.values of the header row */
  readonly headerIndex: number;
  readonly header: HeaderMatch;
}

export interface Recognition {
  readonly found: ReadonlyMap<CanonicalSheet, RecognisedSheet>;
  /** sheets the workbook does not have (or whose header row was not found) */
  readonly notFound: readonly CanonicalSheet[];
  readonly problems: readonly Problem[];
}

/** Sheets whose demographic attribute columns are read. */
const WITH_ATTRIBUTES: ReadonlySet<CanonicalSheet> = new Set(['Participants', 'Mentors']);

/**
 * Finds the canonical sheets in a workbook: by the mapping, else by name (canonical name or a
 * synonym, folded), else by headers (the sheet whose header row matches a schema best; a header row
 * is the first of the first 20 rows with at least two recognised headers). Only the first 20 rows of
 * each sheet are looked at, so a caller may pass previews.
 */
export function recogniseWorkbook(sheets: readonly SheetValues[], mapping: Mapping | undefined): Recognition {
  const problems: Problem[] = [];
  const found = new Map<CanonicalSheet, RecognisedSheet>();
  const used = new Set<string>();
  // the attributes the settings name, else those of the default list that exist (input-workbook.md)
  const attributeNames = new Set((mapping?.attributes ?? DEFAULT_ATTRIBUTES).map(foldHeader));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const explicitlyNone = new Set<CanonicalSheet>();
  /** sheets for which a problem says already why they are not read */
  const reported = new Set<CanonicalSheet>();

  const tryHeaders = (spec: SheetSpec, sheet: SheetValues, sm: SheetMapping | undefined) =>
    findHeader(sheet, spec, sm, WITH_ATTRIBUTES.has(spec.name) ? attributeNames : undefined);

  // 1. the mapping
  for (const spec of SHEETS) {
    const sm = mapping?.sheets?.[spec.name];
    if (!sm || sm.sheet === undefined) continue;
    if (sm.sheet === null) {
      explicitlyNone.add(spec.name);
      continue;
    }
    const sheet = byName.get(sm.sheet);
    if (!sheet) {
      problems.push({
        severity: spec.name === 'Participants' ? 'error' : 'warning',
        code: 'unknown-mapping',
        sheet: sm.sheet,
        cell: '',
        message: `The mapping names the sheet "${sm.sheet}" for ${spec.name}, but the workbook has no sheet of that name.`,
        fix: 'Choose an existing sheet in the mapping, or rename the sheet.',
      });
      explicitlyNone.add(spec.name);
      reported.add(spec.name);
      continue;
    }
    used.add(sheet.name);
    const h = tryHeaders(spec, sheet, sm);
    if (h) found.set(spec.name, { spec, sheet, how: 'mapped', ...h });
    else {
      problems.push(sheet.values.length === 0 ? emptySheet(spec, sheet) : noHeaderRow(spec, sheet, sm.headerRow === undefined ? headerBelowSearch(sheet, spec, sm) : undefined));
      explicitlyNone.add(spec.name);
      reported.add(spec.name);
    }
  }

  // 2. by name
  for (const spec of SHEETS) {
    if (found.has(spec.name) || explicitlyNone.has(spec.name)) continue;
    const names = [spec.name, ...spec.synonyms].map(foldHeader);
    const sheet = sheets.find((s) => !used.has(s.name) && names.includes(foldHeader(s.name)));
    if (!sheet) continue;
    used.add(sheet.name);
    if (sheet.values.length === 0) {
      problems.push(emptySheet(spec, sheet));
      explicitlyNone.add(spec.name);
      reported.add(spec.name);
      continue;
    }
    const h = tryHeaders(spec, sheet, mapping?.sheets?.[spec.name]);
    if (h) found.set(spec.name, { spec, sheet, how: 'name', ...h });
    else {
      problems.push(noHeaderRow(spec, sheet, headerBelowSearch(sheet, spec, mapping?.sheets?.[spec.name])));
      explicitlyNone.add(spec.name);
      reported.add(spec.name);
    }
  }

  // 3. by headers: best (sheet, schema) pairs first
  const candidates: { spec: SheetSpec; sheet: SheetValues; score: number; h: HeaderHit }[] = [];
  for (const spec of SHEETS) {
    if (found.has(spec.name) || explicitlyNone.has(spec.name)) continue;
    for (const sheet of sheets) {
      if (used.has(sheet.name)) continue;
      const h = tryHeaders(spec, sheet, mapping?.sheets?.[spec.name]);
      if (!h) continue;
      const requiredFound = spec.columns.every((c, i) => !c.required || h.header.bySchema[i] >= 0);
      // a sheet with all required columns beats one without; then more recognised columns win
      const score = (requiredFound ? 1000 : 0) + h.header.recognised * 10 + h.header.attributes.length;
      if (h.header.recognised >= 2 && (requiredFound || h.header.recognised >= 3)) candidates.push({ spec, sheet, score, h });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (found.has(c.spec.name) || used.has(c.sheet.name)) continue;
    used.add(c.sheet.name);
    found.set(c.spec.name, { spec: c.spec, sheet: c.sheet, how: 'headers', ...c.h });
  }

  const notFound = SHEETS.map((s) => s.name).filter((n) => !found.has(n));
  if (sheets.length === 0) {
    problems.push({
      severity: 'error',
      code: 'no-sheets',
      sheet: '',
      cell: '',
      message: 'The workbook has no sheets to read.',
      fix: 'Add a Participants sheet (one row per person, a header row with PersonID), or insert the templates.',
    });
  } else {
    for (const name of notFound) {
      if (reported.has(name) || SHEETS.find((s) => s.name === name)?.quietWhenMissing) continue;
      problems.push(missingSheet(name, mapping?.sheets?.[name]?.sheet === null));
    }
  }

  // mapped headers that are not on the sheet
  for (const r of found.values()) {
    for (const miss of r.header.mappingMisses) {
      problems.push({
        severity: r.spec.columns.find((c) => c.name === miss.canonical)?.required ? 'error' : 'warning',
        code: 'unknown-mapping',
        sheet: r.sheet.name,
        cell: cellAddress((r.sheet.firstRow ?? 1) + r.headerIndex, r.sheet.firstColumn ?? 1),
        column: miss.canonical,
        value: miss.header,
        message: `The mapping names the header "${miss.header}" for ${miss.canonical}, but row ${
          (r.sheet.firstRow ?? 1) + r.headerIndex
        } has no such header.`,
        fix: 'Choose one of the sheet’s headers for this column in the mapping.',
      });
    }
  }
  return { found, notFound, problems };
}

interface HeaderHit {
  readonly headerIndex: number;
  readonly header: HeaderMatch;
}

function findHeader(
  sheet: SheetValues,
  spec: SheetSpec,
  sm: SheetMapping | undefined,
  attributeNames: ReadonlySet<string> | undefined,
): HeaderHit | undefined {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  const at = (index: number) =>
    matchHeaders(sheet.values[index] ?? [], spec, { mapping: sm, attributeNames, row: firstRow + index, firstColumn });
  if (sm?.headerRow !== undefined) {
    const index = sm.headerRow - firstRow;
    return index >= 0 && index < sheet.values.length ? { headerIndex: index, header: at(index) } : undefined;
  }
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS - (firstRow - 1));
  for (let i = 0; i < limit; i++) {
    const header = at(i);
    if (header.recognised >= 2) return { headerIndex: i, header };
  }
  return undefined;
}

function missingSheet(name: CanonicalSheet, mappedAway: boolean): Problem {
  const required = name === 'Participants';
  return {
    severity: required ? 'error' : 'info',
    code: 'missing-sheet',
    sheet: name,
    cell: '',
    message: required
      ? 'No Participants sheet was found (by name or by its headers), so nothing can be computed.'
      : mappedAway
        ? `The mapping says this workbook has no ${name} sheet; the metrics that need it are not available.`
        : `No ${name} sheet was found (by name or by its headers); the metrics that need it are not available.`,
    fix: required
      ? 'Add a sheet named Participants with a header row (PersonID, ProgramStart, ...) in its first 20 rows, or map your sheet in the task pane or a mapping file.'
      : `Add a sheet named ${name} with the columns in the templates, or map an existing sheet to ${name}.`,
  };
}

/** How far below the searched rows a header row is looked for, only to say where it is. */
const HEADER_HINT_ROWS = 1000;

/** The sheet row of a header row below the first 20 rows (which are all that is searched), if one is there. */
function headerBelowSearch(sheet: SheetValues, spec: SheetSpec, sm: SheetMapping | undefined): number | undefined {
  const firstRow = sheet.firstRow ?? 1;
  const from = Math.max(0, HEADER_SEARCH_ROWS - (firstRow - 1));
  const to = Math.min(sheet.values.length, HEADER_HINT_ROWS - (firstRow - 1));
  for (let i = from; i < to; i++) {
    const header = matchHeaders(sheet.values[i] ?? [], spec, { mapping: sm, row: firstRow + i, firstColumn: sheet.firstColumn ?? 1 });
    if (header.recognised >= 2) return firstRow + i;
  }
  return undefined;
}

function noHeaderRow(spec: SheetSpec, sheet: SheetValues, foundBelow: number | undefined): Problem {
  const required = spec.columns
    .filter((c) => c.required)
    .map((c) => c.name)
    .join(', ');
  if (foundBelow !== undefined) {
    return {
      severity: spec.name === 'Participants' ? 'error' : 'warning',
      code: 'no-header-row',
      sheet: sheet.name,
      cell: cellAddress(foundBelow, sheet.firstColumn ?? 1),
      message: `This sheet, read as ${spec.name}, was found, but its header row is row ${foundBelow}: a header row is looked for in the first ${HEADER_SEARCH_ROWS} rows only, so the sheet is not read.`,
      fix: `Delete the rows above the header so that it is within the first ${HEADER_SEARCH_ROWS} rows, or give its header row in a mapping file ("sheets": { "${spec.name}": { "sheet": "${sheet.name}", "headerRow": ${foundBelow} } }).`,
    };
  }
  return {
    severity: spec.name === 'Participants' ? 'error' : 'warning',
    code: 'no-header-row',
    sheet: sheet.name,
    cell: cellAddress(sheet.firstRow ?? 1, sheet.firstColumn ?? 1),
    message: `No header row was found in the first ${HEADER_SEARCH_ROWS} rows of this sheet, read as ${spec.name}: no row has two or more recognised column names.`,
    fix: `Put a header row with the column names (${required}, ...) in one of the first ${HEADER_SEARCH_ROWS} rows, or map the columns.`,
  };
}

function emptySheet(spec: SheetSpec, sheet: SheetValues): Problem {
  return {
    severity: spec.name === 'Participants' ? 'error' : 'warning',
    code: 'empty-sheet',
    sheet: sheet.name,
    cell: 'A1',
    message: `This sheet, read as ${spec.name}, is empty.`,
    fix: `Fill it with a header row and one row per record, or delete it if the program has no ${spec.name.toLowerCase()}.`,
  };
}
