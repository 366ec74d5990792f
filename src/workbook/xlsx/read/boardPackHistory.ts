import { readFile } from 'node:fs/promises';
import { type HistoryRow, historyFromValues } from '../../../dashboard/history';
import { XlsxSource } from './xlsxSource';
import { hasBoardPackMarker, openPackage } from '../boardPackMarker';

/**
 * An existing --out file that `cadre refresh` must not overwrite: `foreign` when it was not written by
 * cadre refresh (someone else's workbook, or not a workbook at all), `noHistory` when it was but its
 * History sheet is gone (renamed, perhaps, with rows that overwriting would lose).
 */
export class BoardPackError extends Error {
  override readonly name = 'BoardPackError';
  constructor(
    readonly kind: 'foreign' | 'noHistory',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The History of an existing board pack, to carry forward (cli.md): `null` when there is no file at
 * `path`, or an empty one; the rows of its History sheet (and the rows that could not be read, by row, from
 * `historyFromValues`) when the file carries the marker of `cadre refresh` (boardPackMarker.ts).
 *
 * Throws BoardPackError when the file exists but was not written by cadre refresh ("OUT.xlsx was not
 * written by cadre refresh; choose another --out file") or has no sheet named `historySheetName`;
 * a WorkbookReadError when a marked file cannot be read as a workbook; any other file-system error
 * (no permission, a folder at that path) as it is.
 */
export async function readBoardPackHistory(path: string, historySheetName: string): Promise<{ rows: HistoryRow[]; skipped: { row: number; reason: string }[] } | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  // an empty file (made by mktemp, say) holds no history; the command line may replace it
  if (bytes.length === 0) return null;
  const foreign = () => new BoardPackError('foreign', `${path} was not written by cadre refresh; choose another --out file`);
  // not a zip package: certainly not a board pack
  const zip = await openPackage(bytes);
  if (zip === undefined || !(await hasBoardPackMarker(zip))) throw foreign();

  const source = new XlsxSource(bytes, undefined, path);
  const { sheets } = await source.describe();
  if (!sheets.includes(historySheetName)) {
    throw new BoardPackError('noHistory', `${path} has no sheet named "${historySheetName}", so its history cannot be carried forward; rename its history sheet back, or choose another --out file`);
  }
  const [sheet] = await source.readSheets([historySheetName]);
  return historyFromValues(sheet!.values);
}
