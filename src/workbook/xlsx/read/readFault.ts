/**
 * A reason a workbook cannot be read, worded to follow the file's name: "is protected by a
 * password: …", "has more than 1,048,576 rows on its sheet "Surveys" …". The reader throws these;
 * `XlsxSource` puts the file's name in front and throws a WorkbookReadError the user reads.
 */
export class ReadFault extends Error {
  override readonly name = 'ReadFault';
  constructor(readonly predicate: string) {
    super(predicate);
  }
}

/** Excel's own limits (Excel specifications and limits): a sheet has at most this many rows and columns. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** How much the reader unpacks or keeps before it calls a file too large (a zip bomb, not a workbook). */
export const READ_LIMITS = {
  /** one sheet's XML, inflated: the large sample's largest sheet is 304 MB */
  sheetBytes: 4 * 1024 ** 3,
  /** the shared strings part, inflated */
  sharedStringsBytes: 1024 ** 3,
  /** the workbook, relationships and styles parts, inflated */
  smallPartBytes: 64 * 1024 ** 2,
  /** one element (a row's start tag, a cell, a shared string) that is still incomplete */
  elementChars: 32 * 1024 ** 2,
  /** cells kept, blank ones within a row's span included (8 bytes each, at least) */
  cells: 60_000_000,
} as const;

/** A number as these messages write it: `1,048,576`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
