import type { Problem } from '../model/problem';
import { MIN_GROUP_RULE } from '../privacy/minGroup';

/**
 * Why a use case stopped before writing anything. Each shell words it for its reader (the command
 * line as one line with its exit code, the task pane as what happened and what to do), from the
 * facts carried here, so the rule (when to stop, and what explains it) is decided once.
 */
export type RefreshStop =
  /** k is not a whole number of 3 or more (`privacy/minGroup.ts`) */
  | { readonly code: 'InvalidOption'; readonly minGroup: number }
  /**
   * nothing can be computed (no Participants sheet, no PersonID column, no usable row): the first
   * error-level problem explains it, or there is none (no usable Participants rows)
   */
  | { readonly code: 'CannotCompute'; readonly firstError: Problem | null }
  /** the History to carry forward has rows Cadre cannot read: rewriting it without them would lose them */
  | { readonly code: 'HistoryUnreadable'; readonly sheet: string; readonly skipped: readonly { readonly row: number; readonly reason: string }[] };

export class RefreshStopped extends Error {
  override readonly name = 'RefreshStopped';
  constructor(readonly stop: RefreshStop) {
    super(plainMessage(stop));
  }
}

/** where a problem is, as "Sheet!A1" (or the sheet alone for a sheet-level problem) */
export function problemPlace(problem: Problem): string {
  return `${problem.sheet}${problem.cell ? `!${problem.cell}` : ''}`;
}

function plainMessage(stop: RefreshStop): string {
  switch (stop.code) {
    case 'InvalidOption':
      return `the minimum group size must be ${MIN_GROUP_RULE} (it is ${stop.minGroup})`;
    case 'CannotCompute':
      return `nothing can be computed: ${stop.firstError ? `${problemPlace(stop.firstError)}: ${stop.firstError.message}` : 'no usable Participants rows'}`;
    case 'HistoryUnreadable':
      return `${stop.skipped.length} row${stop.skipped.length === 1 ? '' : 's'} of the sheet "${stop.sheet}" cannot be read as history`;
  }
}
