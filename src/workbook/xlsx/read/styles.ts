import { attribute, elementEnd, MAIN_NAMESPACES, namespacePrefix, startTags } from './xmlTags';

/**
 * Which cell styles (`s` on a cell, an index into `<cellXfs>` of `xl/styles.xml`) show a date or a
 * time, so that a number in such a cell is read as a date: the built-in date and time formats and
 * custom formats with date or time codes (isDateFormat). A workbook without a styles part has none.
 */
export function dateStyles(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  const p = namespacePrefix(stylesXml, MAIN_NAMESPACES) ?? '';
  const custom = new Map<number, string>();
  for (const { tag } of startTags(stylesXml, `${p}numFmt`)) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const out: boolean[] = [];
  for (const { start } of startTags(stylesXml, `${p}cellXfs`)) {
    const end = elementEnd(stylesXml, `${p}cellXfs`, start);
    for (const { tag } of startTags(stylesXml, `${p}xf`, start, end < 0 ? stylesXml.length : end)) {
      const id = Number(attribute(tag, 'numFmtId') ?? 0);
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id));
    }
    break;
  }
  return out;
}

/**
 * The built-in number formats (ECMA-376 Part 1, 18.8.30) that show dates or times: 14–22, 45 and
 * 47 (`mm:ss`, `mmss.0`), and the East Asian date formats 27–36 and 50–58. Format 46 (`[h]:mm:ss`)
 * is a duration, not a date.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format code shows a date or a time: its first section has a day, month, year,
 * hour or second code outside quoted text, escapes and brackets. Elapsed-time formats (`[h]:mm`)
 * show durations and are not dates.
 *
 * Example: `isDateFormat('yyyy-mm-dd')` is true, `isDateFormat('#,##0.00 "days"')` is false.
 */
export function isDateFormat(code: string): boolean {
  const plain = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  const first = plain.split(';')[0];
  if (/\[(?:h+|m+|s+)\]/i.test(first)) return false;
  return /[dmyhs]/i.test(first.replace(/\[[^\]]*\]/g, '').replace(/general/gi, ''));
}
