import type { ByteSource } from './byteSource';

const SAVE_AS_XLSX = 'open it in Excel (or LibreOffice Calc) and save it as "Excel Workbook (*.xlsx)", then give Cadre that file';

/**
 * What a file that is not a zip package is, as a predicate following its name, for the message of
 * a file given as an .xlsx workbook: empty; protected by a password (Office encrypts an .xlsx into
 * an OLE compound file with EncryptionInfo and EncryptedPackage streams, MS-OFFCRYPTO); a legacy
 * Excel 97-2003 workbook (an OLE file with a Workbook stream); a zip cut short; a web page or an
 * XML Spreadsheet 2003 saved as .xls; a text file such as a CSV; or something else.
 */
export async function sniffFile(source: ByteSource): Promise<string> {
  if (source.size === 0) return 'is empty (0 bytes): it holds no workbook; save the workbook again, or give Cadre another file';
  const head = await source.read(0, Math.min(source.size, 8192));
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) return oleFile(source);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) {
    return 'is damaged or incomplete: it starts as a zip package (as an .xlsx does) but its end is missing, as when a copy or a download stops part way; copy or download it again, or open it in Excel, which may repair it';
  }
  if (head.includes(0)) return `is not an .xlsx workbook: its contents are not a zip package, as every .xlsx file is; ${SAVE_AS_XLSX}`;
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().slice(0, 2000).toLowerCase();
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return `is an XML Spreadsheet 2003 file, not an .xlsx workbook; ${SAVE_AS_XLSX}`;
  if (text.startsWith('<!doctype html') || text.startsWith('<html') || /<table[\s>]/.test(text)) {
    return `is a web page (HTML), as some systems export under an Excel name, not an .xlsx workbook; ${SAVE_AS_XLSX}`;
  }
  return `is a text file (CSV or similar), not an .xlsx workbook; ${SAVE_AS_XLSX}`;
}

/** An OLE compound file: told apart by the names of its streams, stored in UTF-16 in its directory. */
async function oleFile(source: ByteSource): Promise<string> {
  const bytes = await source.read(0, Math.min(source.size, 256 * 1024 ** 2));
  const has = (name: string) => bytes.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage') || has('EncryptionInfo')) {
    return 'is protected by a password (Excel encrypts the whole file), so Cadre cannot read it: open it in Excel, save a copy without the password (File › Info › Protect Workbook › Encrypt with Password, then clear the password), and give Cadre the copy';
  }
  if (has('Workbook') || has('Book')) return `is an Excel 97-2003 workbook (.xls), not an .xlsx workbook; ${SAVE_AS_XLSX}`;
  return `is an older Office document (an OLE compound file), not an .xlsx workbook; ${SAVE_AS_XLSX}`;
}
