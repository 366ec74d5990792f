/** How bad a data-quality problem is (input-workbook.md, "What bad input gets"). */
export type Severity =
  /** the row (or, for a sheet-level problem, the sheet or the whole computation) is left out */
  | 'error'
  /** the row is used, a value is ignored */
  | 'warning'
  /** nothing is left out; worth knowing (e.g. a row whose origin is after the as-of date) */
  | 'info';

/** A stable identifier of the kind of problem, for grouping in the task pane and for tests. */
export type ProblemCode =
  | 'no-sheets'
  | 'missing-sheet'
  | 'empty-sheet'
  | 'headers-only'
  | 'no-header-row'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-mapping'
  | 'missing-value'
  | 'duplicate-id'
  | 'bad-date'
  | 'ambiguous-date'
  | 'implausible-date'
  | 'date-order'
  | 'bad-number'
  | 'bad-bool'
  | 'bad-enum'
  | 'out-of-range'
  | 'negative'
  | 'error-cell'
  | 'formula-not-saved'
  | 'unknown-id'
  | 'unknown-manager'
  | 'reporting-cycle'
  | 'not-started'
  /** Preferences (matching.md): a person ranks themself as their own mentor */
  | 'self-preference'
  /** Preferences: the same mentee ranks the same mentor on a second row */
  | 'duplicate-preference'
  /** Preferences: the same mentee uses the same rank on a second row */
  | 'duplicate-rank';

/** One row of the data-quality report. */
export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** the workbook sheet's name; for a missing sheet, the canonical name of the sheet not found */
  readonly sheet: string;
  /**
   * A1 address of the offending cell on `sheet` (for a sheet-level problem, the header cell or A1).
   * Empty only when the sheet itself does not exist in the workbook (code `missing-sheet` / `no-sheets`).
   */
  readonly cell: string;
  /** the canonical column concerned, when there is one */
  readonly column?: string;
  /** the value found, as text (error cells as `#N/A`), when there is one */
  readonly value?: string;
  /** what is wrong, in plain language */
  readonly message: string;
  /** what to do about it, in plain language */
  readonly fix: string;
}
