import { dayFromIso } from '../../../calendar/dayFromIso';
import { futureAsOfReason, latestToday } from '../../../calendar/futureAsOf';
import type { SheetRole } from '../../../dashboard/plan';
import { sheetNameProblem } from '../../../excel/sheetName';
import type { CadreSettings } from '../../workbook/taskpaneWorkbook';
import { MIN_GROUP_RULE, isMinGroup } from '../../../privacy/minGroup';

export type SettingsErrors = Partial<Record<'asOf' | 'minGroup' | 'programName' | `sheet.${SheetRole}`, string>>;

/**
 * What is wrong with settings before they are saved, by field, in plain words: k a whole number of 3
 * or more; the as-of date a real date, today or earlier (`now`: the clock, for tests); each sheet
 * name one Excel accepts (31 characters, none of [ ] : * ? / \, not "History", not the name of
 * another of Cadre's sheets or of an input sheet).
 */
export function settingsErrors(settings: CadreSettings, inputSheets: readonly string[], now: Date = new Date()): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!isMinGroup(settings.minGroup)) errors.minGroup = `k must be ${MIN_GROUP_RULE}: groups smaller than k are never shown.`;
  if (settings.asOf !== 'lastQuarter') {
    const day = dayFromIso(settings.asOf);
    const future = futureAsOfReason(day, latestToday(now), 'The as-of date');
    if (Number.isNaN(day)) errors.asOf = 'Give the as-of date as a date (YYYY-MM-DD).';
    else if (future !== null) errors.asOf = `${future}. Choose today or an earlier date.`;
  }
  const seen = new Map<string, SheetRole>();
  for (const [role, raw] of Object.entries(settings.sheetNames) as [SheetRole, string | undefined][]) {
    if (raw === undefined) continue;
    const name = raw.trim();
    const key = `sheet.${role}` as const;
    const problem = sheetNameProblem(name);
    if (problem === 'blank') errors[key] = 'Give the sheet a name, or clear the field to use the default.';
    else if (problem === 'tooLong') errors[key] = 'Excel sheet names have at most 31 characters.';
    else if (problem === 'forbiddenCharacter' || problem === 'apostropheAtEnd') errors[key] = 'Excel sheet names cannot contain [ ] : * ? / \\ or start or end with an apostrophe.';
    else if (problem === 'reserved') errors[key] = 'Excel reserves the name "History"; choose another.';
    else if (inputSheets.some((s) => s.toLowerCase() === name.toLowerCase())) errors[key] = `"${name}" is one of the input sheets; Cadre never writes over them.`;
    else if (seen.has(name.toLowerCase())) errors[key] = `Another of Cadre's sheets is already called "${name}".`;
    seen.set(name.toLowerCase(), role);
  }
  if (settings.programName !== null && settings.programName.length > 80) errors.programName = 'Keep the program name under 80 characters (it is the dashboard title).';
  return errors;
}
