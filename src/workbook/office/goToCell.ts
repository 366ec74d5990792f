import { isA1Range } from '../../excel/a1Address';
import { OfficeAdapterError, causeText, officeErrorCode } from './officeAdapterError';
import type { ExcelRun } from './host';

/**
 * Go-to-cell from a data-quality problem: activates the sheet, then selects the cell (one sync;
 * `Worksheet.activate`, `Range.select`, ExcelApi 1.1). The sheet is activated first because
 * selecting on a sheet that is not active is unreliable in Excel (OfficeDev/office-js#5118). An
 * empty `cell` (a problem about a whole sheet) only activates the sheet.
 *
 * A sheet no longer in the workbook (renamed or deleted since the check) is a SheetNotFound error
 * asking to check again; a hidden sheet, or a cell Excel refuses, a SelectFailed one.
 */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  const address = cell.trim();
  if (address !== '' && !isA1Range(address)) {
    throw new OfficeAdapterError('SelectFailed', `"${cell}" is not a cell address such as B7, so Cadre cannot go there. Check again to refresh the list of problems.`);
  }
  await show(run, sheet, address === '' ? null : address);
}

/** Activates a sheet (one sync): a link to a dashboard sheet Cadre wrote. */
export async function activateSheet(run: ExcelRun, sheet: string): Promise<void> {
  await show(run, sheet, null);
}

async function show(run: ExcelRun, sheet: string, address: string | null): Promise<void> {
  try {
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (address !== null) ws.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    switch (officeErrorCode(error)) {
      case 'ItemNotFound':
        throw new OfficeAdapterError('SheetNotFound', `The sheet "${sheet}" is no longer in the workbook (renamed or deleted); check again.`, { cause: error });
      case 'InvalidOperation':
        throw new OfficeAdapterError('SelectFailed', `Excel cannot show the sheet "${sheet}" (${causeText(error)}); it is probably hidden. Unhide it (right-click a sheet tab, Unhide), then try again.`, { cause: error });
      default:
        throw new OfficeAdapterError(
          'SelectFailed',
          `Going to ${address === null ? `the sheet "${sheet}"` : `${sheet}!${address}`} failed: ${causeText(error)}. Try again, or go there by hand.`,
          { cause: error },
        );
    }
  }
}
