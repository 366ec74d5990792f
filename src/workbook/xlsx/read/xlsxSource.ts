import type { SheetValues } from '../../../model/cell';
import type { ReadProgress, WorkbookOutline, WorkbookSource } from '../../workbookSource';
import { type ByteSource, fileSource, memorySource, NotAFileError } from './byteSource';
import { decodedText } from './decodedText';
import { partText, readWorkbookPart, type WorkbookPart } from './opcPackage';
import { count, READ_LIMITS, ReadFault } from './readFault';
import { readSharedStrings } from './sharedStrings';
import { SheetScanner } from './sheetScanner';
import { sniffFile } from './sniffFile';
import { dateStyles } from './styles';
import { ZipArchive, ZipError } from './zipArchive';

/** The file cannot be read as an .xlsx workbook; the message names it and says why, and what to do. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
}

/**
 * A WorkbookSource over an .xlsx (or .xlsm) file, read by Cadre's own reader: the zip's central
 * directory (zipArchive.ts), the workbook part and its relationships (opcPackage.ts), shared strings
 * and date styles, then each sheet asked for, inflated and scanned as a stream (sheetScanner.ts), so
 * no sheet's XML is ever held whole. `describe` reads the workbook part only.
 *
 * Every failure is a WorkbookReadError whose message starts with the file's name ("book.xlsx is
 * protected by a password: …"): not a zip, a zip cut short, an encrypted or legacy file, no workbook
 * part, a missing sheet part, past Excel's row or column limits, or unpacking past the reader's limits.
 */
export class XlsxSource implements WorkbookSource {
  private workbook?: WorkbookPart;
  private sharedStrings?: readonly string[];
  private styles?: readonly boolean[];

  /**
   * `input`: a file path, or the file's bytes; `label`: how messages name the file (the path, by
   * default; "The workbook" for bytes).
   */
  constructor(
    private readonly input: string | Uint8Array,
    private readonly onProgress?: (p: ReadProgress) => void,
    private readonly label: string = typeof input === 'string' ? input : 'The workbook',
  ) {}

  async describe(): Promise<WorkbookOutline> {
    return this.withPackage(async (_zip, workbook) => ({
      sheets: worksheets(workbook).map((s) => s.name),
      dateSystem: workbook.dateSystem,
    }));
  }

  async readSheets(names: readonly string[], onProgress?: (p: ReadProgress) => void): Promise<SheetValues[]> {
    const sheets = await this.withPackage(async (zip, workbook) => {
      const out: SheetValues[] = [];
      for (const name of names) {
        const sheet = worksheets(workbook).find((s) => s.name === name);
        if (!sheet) throw new WorkbookReadError(`The workbook has no sheet named "${name}".`);
        const entry = sheet.part === undefined ? undefined : zip.entry(sheet.part);
        if (!entry) throw new ReadFault(`is damaged: its sheet "${name}" is listed in the workbook but missing from the file`);
        this.sharedStrings ??= workbook.sharedStrings === undefined ? [] : await this.readSharedStrings(zip, workbook.sharedStrings);
        this.styles ??= dateStyles(workbook.styles === undefined ? undefined : await partText(zip, workbook.styles));
        const report = (rowsRead: number, rowsTotal: number) => {
          this.onProgress?.({ sheet: name, rowsRead, rowsTotal });
          onProgress?.({ sheet: name, rowsRead, rowsTotal });
        };
        const scanner = new SheetScanner({
          name,
          sharedStrings: this.sharedStrings,
          dateStyles: this.styles,
          dateSystem: workbook.dateSystem,
          onRows: (rows) => report(rows, NaN),
        });
        try {
          for await (const piece of decodedText(zip.stream(entry, READ_LIMITS.sheetBytes))) scanner.push(piece);
        } catch (e) {
          if (e instanceof ZipError && e.kind === 'tooLarge') {
            throw new ReadFault(`is too large to read: its sheet "${name}" unpacks to more than ${count(READ_LIMITS.sheetBytes / 1024 ** 3)} GB of XML, more than any workbook Cadre reads (is it a zip bomb?)`);
          }
          throw e;
        }
        const values = scanner.finish();
        report(values.length, values.length);
        out.push({ name, values });
      }
      return out;
    });
    return sheets;
  }

  private async readSharedStrings(zip: ZipArchive, part: string): Promise<string[]> {
    const entry = zip.entry(part);
    if (!entry) return [];
    try {
      return await readSharedStrings(decodedText(zip.stream(entry, READ_LIMITS.sharedStringsBytes)));
    } catch (e) {
      if (e instanceof ZipError && e.kind === 'tooLarge') {
        throw new ReadFault(`is too large to read: its shared strings unpack to more than ${count(READ_LIMITS.sharedStringsBytes / 1024 ** 3)} GB (is it a zip bomb?)`);
      }
      throw e;
    }
  }

  /** Opens the package, reads its workbook part (once), runs `use`, closes; every failure worded for the user. */
  private async withPackage<T>(use: (zip: ZipArchive, workbook: WorkbookPart) => Promise<T>): Promise<T> {
    let source: ByteSource | undefined;
    try {
      source = typeof this.input === 'string' ? await fileSource(this.input) : memorySource(this.input);
      let zip: ZipArchive;
      try {
        zip = await ZipArchive.open(source);
      } catch (e) {
        if (e instanceof ZipError && e.kind === 'notZip') throw new ReadFault(await sniffFile(source));
        throw e;
      }
      this.workbook ??= await readWorkbookPart(zip).then((w) => w ?? notAWorkbook(zip));
      return await use(zip, this.workbook);
    } catch (e) {
      throw this.told(e);
    } finally {
      await source?.close();
    }
  }

  /** A failure as the WorkbookReadError the user reads; a system error or an unexpected one (a bug) as it is. */
  private told(e: unknown): unknown {
    const label = this.label;
    if (e instanceof WorkbookReadError) return e;
    if (e instanceof ReadFault) return new WorkbookReadError(`${label} ${e.predicate}.`);
    if (e instanceof ZipError) {
      if (e.kind === 'unsupported') {
        return new WorkbookReadError(`${label} cannot be read: ${e.message}; open it in Excel (or LibreOffice Calc) and save it again as "Excel Workbook (*.xlsx)".`);
      }
      return new WorkbookReadError(`${label} is damaged or incomplete (${e.message}); copy it again, or open it in Excel, which may repair it, and save it.`);
    }
    if (e instanceof NotAFileError) {
      return new WorkbookReadError(
        e.kind === 'folder'
          ? `${label} is a folder; give the path of an .xlsx workbook.`
          : `${label} is not a regular file (a pipe, a device or a socket); give the path of an .xlsx workbook saved on disk.`,
      );
    }
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') return new WorkbookReadError(`${label} does not exist; check the path.`);
    if (code === 'EISDIR') return new WorkbookReadError(`${label} is a folder; give the path of an .xlsx workbook.`);
    // other system errors (no permission, a disk error) as they are: the shell words them (cli/outputFiles.ts)
    return e;
  }
}

/** The sheets whose cells can be read: worksheets, not chart or dialog sheets (which hold no cells). */
function worksheets(workbook: WorkbookPart) {
  return workbook.sheets.filter((s) => s.kind === 'worksheet' || s.kind === 'other');
}

/** A zip with no workbook part: an OpenDocument spreadsheet renamed, or another kind of zip. */
async function notAWorkbook(zip: ZipArchive): Promise<never> {
  const mimetype = zip.entry('mimetype');
  const type = mimetype ? ((await partText(zip, 'mimetype')) ?? '') : '';
  if (type.includes('opendocument.spreadsheet')) {
    throw new ReadFault('is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; open it in LibreOffice Calc or Excel and save it as "Excel Workbook (*.xlsx)", then give Cadre that file');
  }
  if (type.includes('opendocument')) throw new ReadFault('is an OpenDocument file, not an .xlsx workbook; give Cadre an Excel workbook (*.xlsx)');
  if (zip.entry('word/document.xml')) throw new ReadFault('is a Word document, not an Excel workbook; give Cadre an Excel workbook (*.xlsx)');
  if (zip.entry('ppt/presentation.xml')) throw new ReadFault('is a PowerPoint presentation, not an Excel workbook; give Cadre an Excel workbook (*.xlsx)');
  throw new ReadFault('is a zip file but not an Excel workbook: it has no workbook part (xl/workbook.xml); give Cadre an Excel workbook (*.xlsx)');
}

