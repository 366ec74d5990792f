import { intake } from '../intake/intake';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import type { CanonicalSheet } from '../model/program';
import { OfficeAdapterError } from '../workbook/office/errors';
import type { ExcelRun } from '../workbook/office/host';
import { previewWorkbook, readInputSheets } from './readInputs';
import { OfficeSource } from '../workbook/office/read/officeSource';
import type { ValidationResult } from '../taskpane/workbook/taskpaneWorkbook';

/**
 * The data-quality check the task pane runs before a refresh (`cadre validate` inside Excel): reads
 * the input sheets exactly as a refresh does (`previewWorkbook`, `readInputSheets`) and runs intake.
 * Every problem comes with its sheet and cell; nothing is written. Cadre's own sheets are not read.
 *
 * Syncs: 2 (outline, previews) plus the value batches under 4 MB: 3 for the standard sample, 2 when
 * every input sheet ends within its first 20 rows.
 */
export async function validateWorkbook(run: ExcelRun, options: { readonly asOf: Day; readonly mapping?: Mapping }): Promise<ValidationResult> {
  if (!Number.isFinite(options.asOf)) {
    throw new OfficeAdapterError('InvalidOption', 'The as-of date is not a date; choose one in the settings (or "end of the last quarter") and check again.');
  }
  const source = new OfficeSource(run);
  const previewed = await previewWorkbook(source, options.mapping);
  const { inputs } = await readInputSheets(source, previewed, options.mapping);
  const result = intake(inputs, { asOf: options.asOf, dateSystem: previewed.outline.dateSystem, mapping: options.mapping });
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
