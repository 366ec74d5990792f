import { type IntakeResult, intake } from '../intake/intake';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import type { CanonicalSheet } from '../model/program';
import type { Problem } from '../model/problem';
import type { WorkbookSource } from '../workbook/workbookSource';
import { previewWorkbook, readInputSheets } from './readInputs';

/** What a check found, counted (the task pane's Check view; `cadre validate` prints the problems). */
export interface ValidationResult {
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** rows read per input sheet */
  readonly rows: Readonly<Partial<Record<CanonicalSheet, number>>>;
  /** false when nothing can be computed (the first error says why) */
  readonly canCompute: boolean;
}

/**
 * The data-quality check (`cadre validate`, the task pane's Check): reads the input sheets exactly
 * as a refresh does (`previewWorkbook`, `readInputSheets`) and runs intake. Every problem comes with
 * its sheet and cell; nothing is written. Cadre's own sheets are not read.
 *
 * In Excel: 2 syncs (outline, previews) plus the value batches under 4 MB: 3 for the standard
 * sample, 2 when every input sheet ends within its first 20 rows.
 */
export async function validate(
  source: WorkbookSource,
  options: { readonly asOf: Day; readonly mapping?: Mapping },
): Promise<{ readonly intake: IntakeResult; readonly summary: ValidationResult }> {
  const previewed = await previewWorkbook(source, options.mapping);
  const { inputs } = await readInputSheets(source, previewed, options.mapping);
  const result = intake(inputs, { asOf: options.asOf, dateSystem: previewed.outline.dateSystem, mapping: options.mapping });
  return { intake: result, summary: validationSummary(result) };
}

/** intake's problems counted by severity, with the rows read per input sheet */
export function validationSummary(result: IntakeResult): ValidationResult {
  const count = (severity: string) => result.problems.filter((p) => p.severity === severity).length;
  const rows: Partial<Record<CanonicalSheet, number>> = {};
  for (const s of result.sheets) if (s.sheet !== undefined) rows[s.canonical] = s.rowsRead;
  return {
    problems: result.problems,
    errors: count('error'),
    warnings: count('warning'),
    notes: count('info'),
    rows,
    canCompute: result.canCompute,
  };
}
