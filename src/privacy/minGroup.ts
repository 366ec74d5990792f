/**
 * k, the minimum group size of the privacy rule (`shared/spec/equity.md`, Privacy): every figure
 * about fewer than k people is suppressed. One rule for every place k is given (the command line's
 * `--min-group`, the task pane's settings, the settings saved in a workbook, the refresh itself, the
 * suppression pass): a whole number, never below 3, 5 unless chosen.
 *
 * @example minGroupProblem(5)   // null
 * @example minGroupProblem(2)   // "a whole number, 3 or more"
 */
export const MIN_GROUP_FLOOR = 3;

/** k when nobody chose one */
export const DEFAULT_MIN_GROUP = 5;

/** what k must be, in the words every message uses */
export const MIN_GROUP_RULE = `a whole number, ${MIN_GROUP_FLOOR} or more`;

/** true when `k` is a valid minimum group size */
export function isMinGroup(k: unknown): k is number {
  return typeof k === 'number' && Number.isInteger(k) && k >= MIN_GROUP_FLOOR;
}

/** why `k` is not a valid minimum group size (`MIN_GROUP_RULE`), or null when it is one */
export function minGroupProblem(k: unknown): string | null {
  return isMinGroup(k) ? null : MIN_GROUP_RULE;
}
