/**
 * The size of what Office.js sends: the UTF-8 length of a value's JSON. The Office.js adapter
 * estimates its requests with it and the Excel fake measures batches with it (no Node-only API: it
 * runs in the browser preview too).
 */

/**
 * The number of bytes of `text` encoded as UTF-8, without encoding it.
 *
 * @example utf8Length('é€😀') // 2 + 3 + 4 = 9
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** the UTF-8 length of `value`'s JSON */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
