/**
 * The Office.js adapter's failures, each with a `code` a task pane can switch on and a plain message
 * a user can act on. Errors raised by Excel itself (`OfficeExtension.Error`, or the fake's
 * `FakeOfficeError`) are never shown raw: they are wrapped, and kept as `cause`.
 */
export type OfficeAdapterErrorCode =
  /** the host's ExcelApi version is below what Cadre needs at all */
  | 'UnsupportedHost'
  /** a sheet Cadre would write has the name of a sheet Cadre does not own: nothing was written */
  | 'SheetNameTaken'
  /** the plan has something Excel would refuse (a sheet name from the settings that breaks Excel's rules, two sheets of one name, …): nothing was written */
  | 'InvalidPlan'
  /** an option of the refresh is out of range (for example k below 3) */
  | 'InvalidOption'
  /** reading the workbook failed */
  | 'ReadFailed'
  /** the input sheets stop the computation (no Participants sheet, no PersonID, no usable row) */
  | 'CannotCompute'
  /** the owned History sheet has rows that are not history: rewriting it would lose them, so nothing was written */
  | 'HistoryUnreadable'
  /** writing stopped part-way: some sheets are incomplete; a second refresh repairs them */
  | 'WriteIncomplete'
  /** no Web Crypto to compute the input fingerprint */
  | 'NoCrypto'
  /** adding the sample or the templates stopped part-way: the sheets named may be incomplete */
  | 'InsertFailed'
  /** the mapping or the settings could not be saved in the workbook */
  | 'SaveFailed'
  /** adding rows to an input sheet (Add accepted to Pairings) was refused or failed; the message says whether anything was added */
  | 'AppendFailed'
  /** the sheet to go to is no longer in the workbook */
  | 'SheetNotFound'
  /** Excel refused to show the sheet or select the cell (a hidden sheet, an address that is not a cell) */
  | 'SelectFailed'
  /** a failure the adapter did not foresee (the message carries Excel's words; the error is the cause) */
  | 'Unexpected';

export class OfficeAdapterError extends Error {
  override readonly name = 'OfficeAdapterError';

  constructor(
    readonly code: OfficeAdapterErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A refresh refused before anything was written: target names held by sheets Cadre does not own. */
export class SheetNameTakenError extends OfficeAdapterError {
  constructor(
    /** the names of the sheets that are in the way, as the workbook spells them */
    readonly sheets: readonly string[],
    message: string,
  ) {
    super('SheetNameTaken', message);
  }
}

/** Writing failed part-way; `incompleteSheets` were not fully written (a second refresh repairs them). */
export class WriteIncompleteError extends OfficeAdapterError {
  constructor(
    readonly incompleteSheets: readonly string[],
    message: string,
    cause: unknown,
  ) {
    super('WriteIncomplete', message, { cause });
  }
}

/**
 * Adding the sample or the templates stopped part-way. `addedSheets` are the sheets of this insert
 * that are in the workbook (when Excel could not even be asked, those that may be), and
 * `incompleteSheets` those of them without all their content; the user deletes the added sheets and
 * inserts again.
 */
export class InsertIncompleteError extends OfficeAdapterError {
  constructor(
    readonly addedSheets: readonly string[],
    readonly incompleteSheets: readonly string[],
    message: string,
    cause: unknown,
  ) {
    super('InsertFailed', message, { cause });
  }
}

/** The message of an Excel (or other) error, for wrapping into a plain one. */
export function causeText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

/**
 * Excel's own words, for the reason in a sentence: `Excel said “The connection was lost” (GeneralException)`.
 * The message is quoted once (its closing full stop left to the sentence) and the code follows it
 * once, outside the quotes and never inside other parentheses; a code the message already names is
 * not repeated.
 */
export function excelSaid(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).trim().replace(/\.$/, '');
  const code = officeErrorCode(error);
  const said = message === '' ? 'Excel gave no reason' : `Excel said “${message}”`;
  return code !== undefined && !message.includes(code) ? `${said} (${code})` : said;
}

/** The Office.js error code of an error (`error.code`), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A list of names for a message: "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
