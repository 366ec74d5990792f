import type { CanonicalSheet } from './program';

/**
 * How the input workbook's sheets and columns map to Cadre's canonical ones. The task pane saves this
 * same structure in the workbook; the command line reads it from `--mapping FILE` (JSON).
 * Anything not named here is recognised automatically.
 */
export interface Mapping {
  readonly version: 1;
  readonly sheets?: Partial<Record<CanonicalSheet, SheetMapping>>;
  /** demographic attribute columns on Participants and Mentors (header text as in the workbook) */
  readonly attributes?: readonly string[];
  /**
   * order of day and month in text dates such as 03/04/2025: "DMY" (most locales) or "MDY" (en-US).
   * Absent: an ambiguous text date is reported, never guessed.
   */
  readonly dateOrder?: 'DMY' | 'MDY';
}

export interface SheetMapping {
  /** the workbook sheet to read for this canonical sheet; `null` means "this workbook has none" */
  readonly sheet?: string | null;
  /** 1-based header row; absent: detected */
  readonly headerRow?: number;
  /** canonical column → header text in the workbook; `null` means "this sheet has no such column" */
  readonly columns?: Readonly<Record<string, string | null>>;
}
