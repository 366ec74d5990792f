/**
 * Request and response sizes. Excel on the web rejects a request or a response over 5 MB
 * (performance.md); Cadre keeps every one under 4 MB. Sizes are estimated the way Office.js sends
 * them: the JSON of the values, as UTF-8.
 */
export const MIB = 1024 * 1024;

/** the ceiling performance.md sets for any one request or response */
export const PAYLOAD_CEILING_BYTES = 4 * MIB;

/**
 * What one sync may carry by estimate. The margin below the ceiling covers the envelope of each
 * action (object paths, property names) that the estimates do not count exactly.
 */
export const BATCH_BUDGET_BYTES = 3.5 * MIB;

/** the UTF-8 length of `text`, without encoding it */
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
