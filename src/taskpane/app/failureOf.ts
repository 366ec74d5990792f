import { OfficeAdapterError, causeText } from '../../workbook/office/officeAdapterError';
import type { Failure } from './cadreState';

const TITLES: Readonly<Record<string, string>> = {
  UnsupportedHost: 'This Excel is too old for Cadre',
  SheetNameTaken: 'A sheet is in the way',
  InvalidPlan: 'A sheet name in the settings cannot be used',
  InvalidOption: 'A setting is out of range',
  ReadFailed: 'Cadre could not read the workbook',
  CannotCompute: 'Nothing can be computed yet',
  HistoryUnreadable: 'The History sheet has rows Cadre cannot read',
  WriteIncomplete: 'Writing the dashboards stopped part-way',
  NoCrypto: 'This browser lacks Web Crypto',
};

/**
 * Any failure as the user sees it (never a console log): what happened, and what to do. The
 * adapter's errors already say both; anything else (an Excel error the adapter did not expect) is
 * named with Excel's own words and what to try.
 *
 * @example failureOf(new OfficeAdapterError('CannotCompute', 'Nothing can be computed …')).title // "Nothing can be computed yet"
 */
export function failureOf(error: unknown, doing: string): Failure {
  if (error instanceof OfficeAdapterError) return { title: TITLES[error.code] ?? `${doing} failed`, message: error.message };
  return {
    title: `${doing} failed`,
    message: `Excel reported: ${causeText(error)}. Nothing else was changed by this step. Try again; if it keeps failing, close and reopen the workbook, then open Cadre again.`,
  };
}
