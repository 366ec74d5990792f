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
 */

/** Text that Excel would read as a formula or a control code if it were typed (= + - @, tab, CR). */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * User text as it must be written through Office.js `Range.values`: behind Excel's text prefix.
 *
 * @example textForRangeValues('=HYPERLINK("http://x","y")') // "'=HYPERLINK(\"http://x\",\"y\")"
 * @example textForRangeValues('007') // "'007"
 */
export function textForRangeValues(text: string): string {
  return `'${text}`;
}
