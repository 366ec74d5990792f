import type { DateSystem } from './cell';
import type { Day } from './day';
import type { Measure, Mentor, Pairing, Participant, Rotation, SurveyAnswer } from './records';

export type CanonicalSheet = 'Participants' | 'Mentors' | 'Pairings' | 'Rotations' | 'Surveys' | 'Measures';

/** How a column was recognised. */
export type MatchKind =
  /** the header folds to the canonical name */
  | 'exact'
  /** the header folds to a known synonym */
  | 'synonym'
  /** the mapping named it */
  | 'mapped'
  /** a demographic attribute column (by default name or named in the mapping) */
  | 'attribute';

export interface ColumnMatch {
  /** canonical column name, or the attribute's header for attributes */
  readonly canonical: string;
  /** the header text in the workbook */
  readonly header: string;
  /** 0-based column index in the sheet values */
  readonly index: number;
  /** A1 address of the header cell */
  readonly cell: string;
  readonly how: MatchKind;
}

/** How one canonical sheet was found in the workbook. */
export interface SheetMatch {
  readonly canonical: CanonicalSheet;
  /** the workbook sheet, or undefined when none was found */
  readonly sheet?: string;
  readonly how?: 'name' | 'headers' | 'mapped';
  /** 1-based header row on the sheet */
  readonly headerRow?: number;
  readonly columns: readonly ColumnMatch[];
  /** canonical columns of the schema not found on the sheet */
  readonly missing: readonly string[];
  /** header texts on the sheet that matched nothing (kept out of every computation) */
  readonly unrecognised: readonly string[];
  /** data rows read (blank rows not counted) and rows left out for errors */
  readonly rowsRead: number;
  readonly rowsLeftOut: number;
}

/** The typed records of a program, as intake hands them to the engine. */
export interface ProgramData {
  readonly participants: readonly Participant[];
  readonly mentors: readonly Mentor[];
  readonly pairings: readonly Pairing[];
  readonly rotations: readonly Rotation[];
  readonly surveys: readonly SurveyAnswer[];
  /** the optional Measures sheet (impact.md): KPI observations and promotions; empty when the workbook has none */
  readonly measures: readonly Measure[];
  /**
   * The optional Preferences sheet (matching.md): a mentee's ranked wishes, PersonID, MentorID and
   * Rank 1..5 (1 = first choice). Absent (or empty) when the workbook has none.
   */
  readonly preferences?: readonly { readonly personId: string; readonly mentorId: string; readonly rank: number }[];
  /** the demographic attribute columns found (Participants and Mentors) */
  readonly attributes: readonly string[];
  /** the workbook sheet each canonical sheet was read from (undefined where the workbook has none) */
  readonly sheetNames: Readonly<Record<CanonicalSheet, string | undefined>>;
  /** canonical columns present per canonical sheet; a sheet absent from the workbook has none */
  readonly columns: Readonly<Record<CanonicalSheet, readonly string[]>>;
  readonly dateSystem: DateSystem;
  /** the as-of date intake checked plausibility against */
  readonly asOf: Day;
  /**
   * Groups pooled for privacy (equity.md, Privacy; set by src/privacy/poolSmallGroups): per attribute,
   * each small group's name → the pooled group's name. Every group-by of the engine reads a person's
   * group through it (`pooledGroupOf`). Absent: no pooling.
   */
  readonly pooling?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}
