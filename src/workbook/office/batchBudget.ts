/**
 * Request and response sizes. Excel on the web rejects a request or a response over 5 MB
 * (performance.md); Cadre keeps every one under 4 MB. Sizes are estimated the way Office.js sends
 * them: the JSON of the values, as UTF-8.
 */
export const MIB = 1024 * 1024;

/**
 * What one sync may carry by estimate. The margin below the 4 MB ceiling covers the envelope of each
 * action (object paths, property names) that the estimates do not count exactly.
 */
export const BATCH_BUDGET_BYTES = 3.5 * MIB;

export { jsonBytes, utf8Length } from '../jsonBytes';
