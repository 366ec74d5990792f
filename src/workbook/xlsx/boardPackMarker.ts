import type ExcelJS from 'exceljs';
import { memorySource } from './read/byteSource';
import { partText, readWorkbookPart, relationships } from './read/opcPackage';
import { xmlText } from './read/xmlText';
import { ZipArchive, ZipError } from './read/zipArchive';

/**
 * How a board pack says it was written by `cadre refresh`: its core document properties
 * (docProps/core.xml, what Excel shows under File › Info › Properties) carry the keyword
 * `cadre-refresh` (Excel calls keywords "Tags"), and the creator "Cadre". Excel and LibreOffice keep
 * both when the file is saved again, so a board pack opened, read and saved by a board member is
 * still recognised; a workbook someone else made does not have the keyword, and the command line
 * refuses to overwrite it. Only the keyword is checked.
 */
export const BOARD_PACK_KEYWORD = 'cadre-refresh';
export const BOARD_PACK_CREATOR = 'Cadre';
/**
 * The same kind of marker on the input workbooks `cadre sample` and `cadre demo` write, so that a
 * second run may replace a sample it wrote but never someone else's workbook.
 */
export const SAMPLE_KEYWORD = 'cadre-sample';
/** The marker on the empty templates `cadre templates` writes, so that it may replace its own file. */
export const TEMPLATES_KEYWORD = 'cadre-templates';

/**
 * The marker on the workbook `cadre suggest --out` (and `cadre demo`) writes: the Cadre Suggestions
 * sheet alone, person-level, never a board pack. A refresh refuses to write its board pack over it,
 * and `suggest` replaces only a file with this marker.
 */
export const SUGGESTIONS_KEYWORD = 'cadre-suggest';

/** Sets the marker and the other document properties of a suggestions workbook on an ExcelJS workbook. */
export function markAsSuggestions(workbook: ExcelJS.Workbook, writtenAt: Date, title: string | undefined): void {
  workbook.creator = BOARD_PACK_CREATOR;
  workbook.lastModifiedBy = BOARD_PACK_CREATOR;
  workbook.keywords = SUGGESTIONS_KEYWORD;
  workbook.subject = 'Mentorship program pairing suggestions (for the analyst)';
  workbook.description = `Written by cadre suggest at ${writtenAt.toISOString()}. Names people: for the program's analysts only.`;
  if (title !== undefined) workbook.title = title;
  workbook.created = writtenAt;
  workbook.modified = writtenAt;
}

/** Sets the marker and the other document properties of a board pack on an ExcelJS workbook. */
export function markAsBoardPack(workbook: ExcelJS.Workbook, refreshedAt: Date, title: string | undefined): void {
  workbook.creator = BOARD_PACK_CREATOR;
  workbook.lastModifiedBy = BOARD_PACK_CREATOR;
  workbook.keywords = BOARD_PACK_KEYWORD;
  workbook.subject = 'Mentorship program board pack';
  workbook.description = `Written by cadre refresh at ${refreshedAt.toISOString()}. A refresh to the same --out file rewrites it and carries its History forward.`;
  if (title !== undefined) workbook.title = title;
  workbook.created = refreshedAt;
  workbook.modified = refreshedAt;
}

/**
 * Whether an .xlsx package's core properties carry `keyword`. The core-properties part is found
 * through the package relationships (docProps/core.xml in practice); keywords are compared as
 * tokens separated by spaces, commas or semicolons, so a user who adds a tag keeps the marker.
 */
export async function hasKeyword(zip: ZipArchive, keyword: string): Promise<boolean> {
  const core = (await relationships(zip, '')).find((r) => r.type.endsWith('/metadata/core-properties'))?.part ?? 'docProps/core.xml';
  const xml = await partText(zip, core);
  if (xml === undefined) return false;
  const keywords = /<(?:[\w-]+:)?keywords\b[^>]*>([^<]*)<\//.exec(xml)?.[1];
  if (keywords === undefined) return false;
  return xmlText(keywords).split(/[\s,;]+/).includes(keyword);
}

/** Whether an .xlsx package carries the board-pack marker (`cadre-refresh`). */
export function hasBoardPackMarker(zip: ZipArchive): Promise<boolean> {
  return hasKeyword(zip, BOARD_PACK_KEYWORD);
}

/**
 * The names of an .xlsx package's sheets, worksheets and chart sheets alike, in workbook order, from
 * the workbook part alone (no sheet is inflated), as the reader finds them (read/opcPackage.ts).
 */
export async function sheetNamesOf(zip: ZipArchive): Promise<string[]> {
  return ((await readWorkbookPart(zip))?.sheets ?? []).map((s) => s.name);
}

/** An .xlsx package in memory, opened for the functions above; undefined when the bytes are not a zip. */
export async function openPackage(bytes: Uint8Array): Promise<ZipArchive | undefined> {
  try {
    return await ZipArchive.open(memorySource(bytes));
  } catch (e) {
    if (e instanceof ZipError) return undefined;
    throw e;
  }
}
