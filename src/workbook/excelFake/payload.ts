/**
 * Payload measurement. Excel on the web rejects a request or a response over 5 MB; the fake measures
 * each batch as the UTF-8 length of the JSON of the queued actions (property sets, method calls with
 * their arguments, load requests) and of the loaded results, and enforces the same limit.
 * No Node-only API is used (this also runs in the in-browser preview).
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface BatchStats {
  requestBytes: number;
  responseBytes: number;
}

export interface FakeStats {
  /** every call of context.sync(), including the implicit one at the end of run() when actions are pending */
  syncs: number;
  /** one entry per sync, in order */
  batches: BatchStats[];
}

/** the number of bytes of `text` encoded as UTF-8 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
