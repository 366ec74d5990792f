import type { ProgramData } from '../model/program';
import type { Measure } from '../model/records';

/**
 * What the matched comparison of impact.md reads: the Participants rows, the demographic attribute
 * columns (for the balance table), the columns found (to say whether a skipped variable's column is
 * absent or blank) and the rows of the optional Measures sheet. A `ProgramData` with its measures
 * is one: `{ ...data, measures }`. `measures` undefined: the workbook has no Measures sheet.
 */
export type ImpactInput = Pick<ProgramData, 'participants' | 'attributes' | 'columns'> & {
  readonly measures?: readonly Measure[];
};
