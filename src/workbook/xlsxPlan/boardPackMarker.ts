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

/**
 * Whether an opened .xlsx package carries the board-pack marker. The core-properties part is found
 * through the package relationships (docProps/core.xml in practice); keywords are compared as
 * tokens separated by spaces, commas or semicolons, so a user who adds a tag keeps the marker.
 */
export async function hasBoardPackMarker(zip: JSZip): Promise<boolean> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  let corePath = 'docProps/core.xml';
  if (rels !== undefined) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(m[0])?.[1];
      const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (type !== undefined && target !== undefined && CORE_REL_TYPE.test(type)) corePath = target.replace(/^\//, '');
    }
  }
  const core = await zip.file(corePath)?.async('string');
  if (core === undefined) return false;
  const keywords = /<(?:[\w-]+:)?keywords\b[^>]*>([^<]*)<\//.exec(core)?.[1];
  if (keywords === undefined) return false;
  return keywords.split(/[\s,;]+/).includes(BOARD_PACK_KEYWORD);
}
