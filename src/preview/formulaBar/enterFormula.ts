import { cellAddress, parseRangeRef } from '../../excel/a1Address';
import type { CellArgument } from '../../functions/functionArguments';
import { workbookMinGroup } from '../../functions/workbookMinGroup';
import type { ExcelFake } from '../../workbook/excelFake';
import { FormulaProblem, evaluateCadreFormula, parseCadreFormula } from './cadreFormula';

/** What entering a formula did: where its values went, or why nothing was computed. */
export interface EnteredFormula {
  /** the cells written, e.g. "Analysis!B2:G40" */
  readonly spilled: string | null;
  /** the text shown under the bar: the result, or the error and its message */
  readonly status: string;
  readonly ok: boolean;
}

/**
 * Enters `formula` at `cell` ("Sheet!B2", or "B2" on the active sheet) of the preview's workbook: the
 * function is computed over the workbook's values (k from the workbook's saved settings, else 5, as
 * in Excel) and its values written from that cell down and to the right (a sheet not there yet is
 * added), which then becomes the active sheet with the spilled cells selected, so the viewer shows
 * them. An error (#VALUE!, #N/A) is written in the cell and its message returned, as Excel shows it
 * on the cell. A formula that is not `=CADRE.…` writes nothing.
 */
export async function enterFormula(fake: ExcelFake, cell: string, formula: string, now = new Date()): Promise<EnteredFormula> {
  let target: { sheet: string; row: number; column: number };
  try {
    const ref = parseRangeRef(cell);
    target = { sheet: ref.sheet ?? fake.workbook.activeSheet(), row: ref.row1, column: ref.col1 };
  } catch (error) {
    return { spilled: null, status: (error as Error).message, ok: false };
  }
  let parsed;
  try {
    parsed = parseCadreFormula(formula);
  } catch (error) {
    if (error instanceof FormulaProblem) return { spilled: null, status: `Not computed: ${error.message}.`, ok: false };
    throw error;
  }
  const sheets = fake.workbook.sheetNames();
  const read = (sheet: string, address: string): CellArgument[][] => {
    if (!sheets.includes(sheet)) throw new FormulaProblem(`there is no sheet "${sheet}" in this workbook`);
    return fake.workbook.sheet(sheet).values(address) as CellArgument[][];
  };
  const k = await workbookMinGroup((batch) => fake.run(batch));
  let values: (number | string)[][];
  let status: string;
  let ok = true;
  try {
    const result = evaluateCadreFormula(parsed, target.sheet, read, { k, now });
    if ('values' in result) {
      values = result.values;
      status = values.length === 1 && values[0]!.length === 1 ? `= ${String(values[0]![0])}` : `spilled ${values.length} rows × ${values[0]!.length} columns`;
    } else {
      values = [[result.error]];
      status = `${result.error} ${result.message}`;
      ok = false;
    }
  } catch (error) {
    if (!(error instanceof FormulaProblem) && !(error instanceof Error && /is not a Cadre function/.test(error.message))) throw error;
    values = [[error instanceof FormulaProblem ? '#REF!' : '#NAME?']];
    status = `${values[0]![0]} ${error.message}`;
    ok = false;
  }
  const rows = values.length;
  const columns = Math.max(...values.map((r) => r.length));
  const block = values.map((r) => [...r, ...Array<string>(columns - r.length).fill('')]);
  const first = cellAddress(target.row, target.column);
  const last = cellAddress(target.row + rows - 1, target.column + columns - 1);
  const address = first === last ? first : `${first}:${last}`;
  await fake.run(async (context) => {
    let sheet = context.workbook.worksheets.getItemOrNullObject(target.sheet);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) sheet = context.workbook.worksheets.add(target.sheet);
    const range = sheet.getRange(address);
    range.values = block;
    sheet.activate();
    range.select();
    await context.sync();
  });
  return { spilled: `${target.sheet}!${address}`, status, ok };
}
