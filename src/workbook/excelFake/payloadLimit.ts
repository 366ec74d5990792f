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

export { jsonBytes, utf8Length } from '../jsonBytes';
