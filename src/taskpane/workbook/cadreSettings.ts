import { dayFromIso } from '../../calendar/dayFromIso';
import { DEFAULT_SHEET_NAMES } from '../../dashboard/buildPlan';
import type { SheetRole } from '../../dashboard/plan';
import { sheetNameProblem } from '../../excel/sheetName';
import { MIN_GROUP_RULE, isMinGroup } from '../../privacy/minGroup';
import { type CadreSettings, DEFAULT_SETTINGS } from './taskpaneWorkbook';

/** Settings (JSON) that are not of the documented shape; the message names the first thing wrong. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

const FIELDS: readonly (keyof CadreSettings)[] = ['version', 'asOf', 'minGroup', 'attributes', 'sheetNames', 'analystDetail', 'programName'];
const ROLES = Object.keys(DEFAULT_SHEET_NAMES) as SheetRole[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown): string => JSON.stringify(v) ?? String(v);

/**
 * Checks settings as saved in the workbook (the `Cadre.settings` setting) and returns them typed.
 * A field that is absent takes its default (`DEFAULT_SETTINGS`); a field of the wrong kind, or one
 * this version does not know, throws a `SettingsError` naming it, e.g.
 * `settings.minGroup: expected a whole number, 3 or more, found 2`.
 *
 * - version: 1;
 * - asOf: "lastQuarter" or a calendar date written YYYY-MM-DD (2026-02-30 is not one);
 * - minGroup: k, a whole number, 3 or more;
 * - attributes: null (the default columns that exist) or a list of column headers;
 * - sheetNames: an object of Cadre's sheet roles (board, equity, …) → a name Excel accepts (1 to 31
 *   characters, none of [ ] : * ? / \, no apostrophe at either end, not "History");
 * - analystDetail: true or false; programName: null or text.
 */
export function parseSettings(json: unknown): CadreSettings {
  if (!isObject(json)) throw new SettingsError(`settings: expected a JSON object such as {"version": 1, "asOf": "lastQuarter", "minGroup": 5}, found ${shown(json)}`);
  for (const key of Object.keys(json)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw new SettingsError(`settings.${key}: unknown field (expected ${FIELDS.join(', ')})`);
  }
  const has = (key: keyof CadreSettings) => json[key] !== undefined;
  if (json.version !== 1) throw new SettingsError(`settings.version: expected 1, found ${shown(json.version)}`);

  let asOf = DEFAULT_SETTINGS.asOf;
  if (has('asOf')) {
    const v = json.asOf;
    if (v !== 'lastQuarter' && (typeof v !== 'string' || Number.isNaN(dayFromIso(v)))) {
      throw new SettingsError(`settings.asOf: expected "lastQuarter" or a date written YYYY-MM-DD, found ${shown(v)}`);
    }
    asOf = v;
  }

  let minGroup = DEFAULT_SETTINGS.minGroup;
  if (has('minGroup')) {
    const v = json.minGroup;
    if (!isMinGroup(v)) throw new SettingsError(`settings.minGroup: expected ${MIN_GROUP_RULE}, found ${shown(v)}`);
    minGroup = v;
  }

  let attributes = DEFAULT_SETTINGS.attributes;
  if (has('attributes') && json.attributes !== null) {
    const v = json.attributes;
    if (!Array.isArray(v) || !v.every((a) => typeof a === 'string' && a.trim() !== '')) {
      throw new SettingsError(`settings.attributes: expected null or a list of column headers, e.g. ["Gender", "Ethnicity"], found ${shown(v)}`);
    }
    attributes = v.map((a: string) => a.trim());
  }

  const sheetNames: Partial<Record<SheetRole, string>> = {};
  if (has('sheetNames')) {
    const v = json.sheetNames;
    if (!isObject(v)) throw new SettingsError(`settings.sheetNames: expected an object such as {"board": "Board"}, found ${shown(v)}`);
    for (const [role, name] of Object.entries(v)) {
      if (!(ROLES as string[]).includes(role)) throw new SettingsError(`settings.sheetNames.${role}: no such sheet of Cadre's (expected one of ${ROLES.join(', ')})`);
      if (name === undefined) continue;
      const problem = sheetNameMessage(name);
      if (problem) throw new SettingsError(`settings.sheetNames.${role}: ${problem}, found ${shown(name)}`);
      sheetNames[role as SheetRole] = (name as string).trim();
    }
  }

  let analystDetail = DEFAULT_SETTINGS.analystDetail;
  if (has('analystDetail')) {
    if (typeof json.analystDetail !== 'boolean') throw new SettingsError(`settings.analystDetail: expected true or false, found ${shown(json.analystDetail)}`);
    analystDetail = json.analystDetail;
  }

  let programName = DEFAULT_SETTINGS.programName;
  if (has('programName') && json.programName !== null) {
    if (typeof json.programName !== 'string') throw new SettingsError(`settings.programName: expected null or text, found ${shown(json.programName)}`);
    programName = json.programName;
  }

  return { version: 1, asOf, minGroup, attributes, sheetNames, analystDetail, programName };
}

/** why Excel would refuse `name` as a sheet name (src/excel/sheetName.ts), or null */
function sheetNameMessage(name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'expected a sheet name';
  switch (sheetNameProblem(name.trim())) {
    case 'tooLong':
      return 'Excel sheet names have at most 31 characters';
    case 'forbiddenCharacter':
    case 'apostropheAtEnd':
      return 'Excel sheet names cannot contain [ ] : * ? / \\ or start or end with an apostrophe';
    case 'reserved':
      return 'Excel reserves the name "History"';
    default:
      return null;
  }
}
