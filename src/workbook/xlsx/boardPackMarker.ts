import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

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

const CORE_REL_TYPE = /\/metadata\/core-properties$/;
const OFFICE_DOCUMENT_REL_TYPE = /\/officeDocument$/;

/** The target of the package relationship of a type (`_rels/.rels`), or `fallback`. */
async function packagePart(zip: JSZip, type: RegExp, fallback: string): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  if (rels !== undefined) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const relType = /\bType="([^"]*)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (relType !== undefined && target !== undefined && type.test(relType)) return target.replace(/^\//, '');
    }
  }
  return fallback;
}

/**
 * Whether an opened .xlsx package's core properties carry `keyword`. The core-properties part is
 * found through the package relationships (docProps/core.xml in practice); keywords are compared as
 * tokens separated by spaces, commas or semicolons, so a user who adds a tag keeps the marker.
 */
export async function hasKeyword(zip: JSZip, keyword: string): Promise<boolean> {
  const core = await zip.file(await packagePart(zip, CORE_REL_TYPE, 'docProps/core.xml'))?.async('string');
  if (core === undefined) return false;
  const keywords = /<(?:[\w-]+:)?keywords\b[^>]*>([^<]*)<\//.exec(core)?.[1];
  if (keywords === undefined) return false;
  return keywords.split(/[\s,;]+/).includes(keyword);
}

/** Whether an opened .xlsx package carries the board-pack marker (`cadre-refresh`). */
export function hasBoardPackMarker(zip: JSZip): Promise<boolean> {
  return hasKeyword(zip, BOARD_PACK_KEYWORD);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The names of an opened .xlsx package's sheets, worksheets and chart sheets alike, in workbook
 * order, read from the workbook part alone (no sheet is decompressed).
 */
export async function sheetNamesOf(zip: JSZip): Promise<string[]> {
  const workbook = await zip.file(await packagePart(zip, OFFICE_DOCUMENT_REL_TYPE, 'xl/workbook.xml'))?.async('string');
  if (workbook === undefined) return [];
  const names: string[] = [];
  for (const m of workbook.matchAll(/<(?:[\w-]+:)?sheet\b[^>]*?\sname=(?:"([^"]*)"|'([^']*)')/g)) {
    names.push(
      (m[1] ?? m[2]).replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(\w+));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
        hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : dec !== undefined ? String.fromCodePoint(Number(dec)) : (XML_ENTITIES[name!] ?? whole),
      ),
    );
  }
  return names;
}
