import { isFormulaLike } from '../../../excel/cellText';

/** Text Excel would turn into a number, percentage, currency amount, date, time or yes/no if it were typed. */
const NUMBER_LIKE = /^\s*[-+]?\(?[$€£¥]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\)?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([ap]m?)?\s*$/i;
const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const MONTH_LIKE = new RegExp(`^\\s*(\\d{1,2}[-\\s]+${MONTH}([-\\s,]+\\d{1,4})?|${MONTH}[-\\s,]+\\d{1,4})\\s*$`, 'i');
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

/**
 * Whether a text cell of the board pack gets Excel's quote-prefix format (`quotePrefix="1"`, the
 * leading apostrophe Excel shows in the formula bar). Every text is written as a text cell (shared
 * string), which Excel and LibreOffice never evaluate; the quote prefix is for later: when someone
 * edits such a cell in Excel and presses Enter, Excel keeps it as text instead of turning
 * "=HYPERLINK(…)" into a formula or "007" into 7.
 *
 * It is set on formula-like text (`isFormulaLike`, the one rule of `cellText.ts`: = + - @ tab CR)
 * and on text Excel would convert to a number, date, time or boolean when typed ("007", "1/2",
 * "3 Mar", "TRUE"), mirroring the Office.js adapter, which writes user text behind an apostrophe.
 * The second test is a heuristic on the side of setting it: on other text the format changes nothing
 * that is seen.
 */
export function needsQuotePrefix(text: string): boolean {
  return (
    isFormulaLike(text) ||
    NUMBER_LIKE.test(text) ||
    DATE_LIKE.test(text) ||
    TIME_LIKE.test(text) ||
    MONTH_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text)
  );
}
