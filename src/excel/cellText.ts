/**
 * The one cell-text neutraliser (dashboards.md, "Rules that keep the user's data safe"): every text
 * value that comes from the user's data (group names, ids, items, names) goes through it before it is
 * written to a cell, so that Excel keeps it as exactly that text.
 *
 * Office.js `Range.values` interprets what it is given as if typed: a string starting with `=`, `+`
 * or `-` becomes a formula (the Office.js docs say so), `@` starts a formula in Excel too, a tab or
 * carriage return at the start is a control character, and number-, date- and boolean-like text
 * ("007", "1/2", "TRUE") is converted to a number, date or boolean. A leading apostrophe is Excel's
 * text prefix: the cell holds the rest as text and does not show the apostrophe. So every user string
 * written through `Range.values` is prefixed with one, whatever it starts with.
 *
 * Files written with ExcelJS store strings as text cells, which Excel and LibreOffice never evaluate;
 * there `isFormulaLike` decides where to set the cell's quote-prefix style, so that a later edit in
 * Excel keeps the text as text too.
 *
 * An Excel cell holds at most 32,767 characters (UTF-16 code units, what `String.length` counts):
 * longer text is cut with a visible marker (`fitCellText`), in both writers, so Excel neither
 * refuses the write nor repairs the file, and a reader sees that something was left out.
 *
 * Sources (Microsoft):
 * - Excel JavaScript API, `Excel.Range` `values` (a string given to `values` is read as if typed,
 *   so "=…" becomes a formula): https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * - "Format numbers as text" (the leading apostrophe keeps what follows as text and is not shown):
 *   https://support.microsoft.com/en-us/office/format-numbers-as-text-583160db-936b-4e52-bdff-6f1863518ba4
 * - "Excel specifications and limits" (total number of characters that a cell can contain: 32,767):
 *   https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */

/** The most characters an Excel cell holds (Excel's "specifications and limits"). */
export const EXCEL_CELL_CHARACTERS = 32_767;

/** 40000 → "40,000", the same in every locale (the marker must not depend on the machine). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What ends a cut text: where it was cut, how long the whole text was, and why. */
export function cutMarker(length: number): string {
  return `… [cut: the text has ${grouped(length)} characters; an Excel cell holds ${grouped(EXCEL_CELL_CHARACTERS)}]`;
}

/**
 * Text that fits in `room` characters: unchanged when it does, else its beginning followed by
 * `cutMarker`, `room` characters at most in all. A surrogate pair (an emoji, a rare CJK character)
 * is never split: the cut falls before it. The beginning is kept, so text that starts like a formula
 * still does, and is neutralised as before.
 *
 * @example fitCellText('x'.repeat(40_000)).length // 32767
 * @example fitCellText('x'.repeat(40_000)).endsWith('… [cut: the text has 40,000 characters; an Excel cell holds 32,767]') // true
 */
export function fitCellText(text: string, room: number = EXCEL_CELL_CHARACTERS): string {
  if (text.length <= room) return text;
  const marker = cutMarker(text.length);
  let keep = Math.max(0, room - marker.length);
  const last = text.charCodeAt(keep - 1); // NaN when keep is 0
  if (keep > 0 && last >= 0xd800 && last <= 0xdbff) keep -= 1;
  return (text.slice(0, keep) + marker).slice(0, room);
}

/**
 * User text as it must be written to a text cell of a file (the board pack): text cells are never
 * evaluated, so only the length needs care.
 */
export function textForTextCell(text: string): string {
  return fitCellText(text);
}

/** Text that Excel would read as a formula or a control code if it were typed (= + - @, tab, CR). */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * User text as it must be written through Office.js `Range.values`: behind Excel's text prefix, and
 * cut (`fitCellText`) so that prefix and text together are at most 32,767 characters.
 *
 * @example textForRangeValues('=HYPERLINK("http://x","y")') // "'=HYPERLINK(\"http://x\",\"y\")"
 * @example textForRangeValues('007') // "'007"
 */
export function textForRangeValues(text: string): string {
  return `'${fitCellText(text, EXCEL_CELL_CHARACTERS - 1)}`;
}
