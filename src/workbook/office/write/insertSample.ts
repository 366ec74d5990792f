import { dayFromExcelSerial, excelSerialFromDay } from '../../../calendar/dayFromExcelSerial';
import type { PlanValue } from '../../../dashboard/plan';
import { columnLetters } from '../../../excel/a1Address';
import type { CellValue, DateSystem } from '../../../model/cell';
import type { CanonicalSheet } from '../../../model/program';
import { generateSample } from '../../../sample/generateSample';
import { withAdapterFailure } from '../adapterFailure';
import { sizeSteps, styleSteps, valueSteps } from './cellWrites';
import { freeSheetNames } from './freeSheetName';
import { type ExcelRun, FeatureGate, type IsSetSupported } from '../host';
import { type NewSheet, writeNewSheets } from './newSheetWriter';
import { OfficeSource } from '../read/officeSource';
import { valueColumnWidths } from '../../valueColumnWidths';
import { BATCH_BUDGET_BYTES } from '../batchBudget';
import { ACTION_BYTES, type WriteStep } from './stepRunner';

export interface InsertedSheets {
  /** the names the sheets were added under, by canonical sheet (the templates and the sample have all seven) */
  readonly sheets: Readonly<Partial<Record<CanonicalSheet, string>>>;
  /**
   * plain messages: what this Excel could not do, e.g. "data validation needs ExcelApi 1.8; not
   * applied (Participants, Mentors)" (always set by `officeTaskpaneWorkbook`; optional for stand-ins)
   */
  readonly warnings?: readonly string[];
}

/** how dates are shown on the inserted sheets */
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Adds the sample program (`generateSample({ size: 'standard', seed: 42 })`: 2,000 people, 80
 * mentors, 600 pairings, 500 rotations, 20,000 answers) as five input sheets, each under its
 * canonical name or, where a sheet of that name exists (ignoring case), "Participants (sample)",
 * "Participants (sample 2)", … Nothing in the workbook is changed or overwritten.
 *
 * Each sheet gets its values (every text behind Excel's text prefix, so ids like 007 stay text;
 * dates as serials of the workbook's date system, shown `yyyy-mm-dd`), a bold header row frozen at
 * the top (frozen panes: ExcelApi 1.7, reported when missing), and columns sized to their content:
 * the widths `cadre sample` gives its file (`valueColumnWidths`), set as `format.columnWidth`, so
 * they are the same in every Excel and in the preview's in-memory one (AutoFit would measure 20,000
 * survey rows, and its result differs between hosts).
 * The first added sheet is activated.
 *
 * Recognition: a sheet under its canonical name is found by name; one under another name is found
 * by its headers, unless a sheet that has the canonical name (the one that took it) is found by
 * name first. So when names were taken, the task pane should map the returned names
 * (`mappingForSheets`) to be sure the sample is what the next check reads.
 *
 * Syncs: 1 (the sheet names and the date system) + one per ~3.5 MB batch of writes: 2 for the
 * standard sample (about 2.9 MB).
 */
export async function insertSample(run: ExcelRun, isSetSupported: IsSetSupported, options: { readonly batchBytes?: number } = {}): Promise<InsertedSheets> {
  const source = new OfficeSource(run);
  const outline = await source.describe();
  const sample = generateSample({ size: 'standard', seed: 42 });
  const names = freeSheetNames(sample.sheets.map((s) => s.name), 'sample', outline.sheets);
  const gate = new FeatureGate(isSetSupported);
  const batchBytes = options.batchBytes ?? BATCH_BUDGET_BYTES;
  const sheets: NewSheet[] = sample.sheets.map((s, i) => ({
    name: names[i]!,
    steps: (ws) => sampleSheetSteps(names[i]!, ws, s.values, sample.numberFormats[s.name] ?? [], outline.dateSystem, gate, batchBytes),
  }));
  await withAdapterFailure('InsertFailed', 'Inserting the sample program', 'Delete any sheet it added, then try again.', () =>
    run((context) => writeNewSheets(context, gate, sheets, 'the sample program', batchBytes)),
  );
  return {
    sheets: Object.fromEntries(sample.sheets.map((s, i) => [s.name, names[i]!])) as Partial<Record<CanonicalSheet, string>>,
    warnings: [...source.notes, ...gate.warnings()],
  };
}

function sampleSheetSteps(
  name: string,
  ws: () => Excel.Worksheet,
  rows: readonly (readonly CellValue[])[],
  formats: readonly (string | null)[],
  dateSystem: DateSystem,
  gate: FeatureGate,
  batchBytes: number,
): WriteStep[] {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return [];
  const last = columnLetters(width);
  const dateColumns = formats.flatMap((f, j) => (f === DATE_FORMAT ? [j] : []));
  const values = rows.map((row, r) => row.map((v, j): PlanValue => planValue(v, r > 0 && dateColumns.includes(j), dateSystem)));
  const steps: WriteStep[] = [...valueSteps(name, ws, { at: 'A1', values }, batchBytes)];
  steps.push(...styleSteps(name, ws, `A1:${last}1`, { bold: true }, batchBytes));
  if (rows.length > 1) {
    for (const j of dateColumns) steps.push(...styleSteps(name, ws, `${columnLetters(j + 1)}2:${columnLetters(j + 1)}${rows.length}`, { numberFormat: DATE_FORMAT }, batchBytes));
  }
  if (gate.allows('freeze', name)) steps.push({ sheet: name, bytes: ACTION_BYTES, queue: () => ws().freezePanes.freezeRows(1) });
  steps.push(...sizeSteps(name, ws, valueColumnWidths(rows, { header: true, dateColumn: (j) => dateColumns.includes(j) }), []));
  return steps;
}

/** a sample cell as the plan writes it: a date serial in the workbook's date system */
function planValue(v: CellValue, isDate: boolean, dateSystem: DateSystem): PlanValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return isDate && dateSystem === '1904' ? excelSerialFromDay(dayFromExcelSerial(v, '1900'), '1904') : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  // the sample holds no Date or error cell; were it to, its text is what the sheet should show
  return v instanceof Date ? v.toISOString().slice(0, 10) : v.error;
}
