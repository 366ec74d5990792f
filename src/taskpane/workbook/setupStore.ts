import { MappingError, parseMapping } from '../../intake/parseMapping';
import type { Mapping } from '../../model/mapping';
import { withAdapterFailure } from '../../workbook/office/adapterFailure';
import { SettingsError, parseSettings } from './cadreSettings';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import type { ExcelRun } from '../../workbook/office/host';
import type { CadreSettings, StoredSetup } from './taskpaneWorkbook';

/** The workbook setting (Workbook.settings, ExcelApi 1.4) holding the mapping, as its JSON object. */
export const MAPPING_SETTING = 'Cadre.mapping';
/** The workbook setting holding Cadre's settings (`CadreSettings`), as its JSON object. */
export const SETTINGS_SETTING = 'Cadre.settings';

/**
 * The mapping and settings saved in the workbook, in one sync. Each is checked (`parseMapping`,
 * `parseSettings`); a stored value that cannot be read is reported as a plain problem (naming the
 * first thing wrong) and comes back as null, and it is left in the workbook as it is: only saving
 * replaces it. A value stored as JSON text is read like one stored as an object.
 */
export async function loadSetup(run: ExcelRun): Promise<StoredSetup> {
  return withAdapterFailure('ReadFailed', "Reading Cadre's saved mapping and settings", 'Try again; if it keeps failing, reload the add-in.', () =>
    run(async (context) => {
      const mapping = context.workbook.settings.getItemOrNullObject(MAPPING_SETTING).load('value');
      const settings = context.workbook.settings.getItemOrNullObject(SETTINGS_SETTING).load('value');
      await context.sync();
      const problems: string[] = [];
      return {
        mapping: mapping.isNullObject ? null : stored(mapping.value, 'mapping', MAPPING_SETTING, parseMapping, problems),
        settings: settings.isNullObject ? null : stored(settings.value, 'settings', SETTINGS_SETTING, parseSettings, problems),
        problems,
      };
    }),
  );
}

/** Saves the mapping in the workbook (one sync), after checking it; a mapping of the wrong shape is refused. */
export async function saveMapping(run: ExcelRun, mapping: Mapping): Promise<void> {
  let checked: Mapping;
  try {
    checked = parseMapping(mapping);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    throw new OfficeAdapterError('InvalidOption', `The mapping was not saved: ${error.message}. Correct it and save again.`, { cause: error });
  }
  await save(run, MAPPING_SETTING, checked, 'the mapping');
}

/** Saves the settings in the workbook (one sync), after checking them; settings of the wrong shape are refused. */
export async function saveSettings(run: ExcelRun, settings: CadreSettings): Promise<void> {
  let checked: CadreSettings;
  try {
    checked = parseSettings(settings);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    throw new OfficeAdapterError('InvalidOption', `The settings were not saved: ${error.message}. Correct them and save again.`, { cause: error });
  }
  await save(run, SETTINGS_SETTING, checked, 'the settings');
}

async function save(run: ExcelRun, key: string, value: unknown, what: string): Promise<void> {
  await withAdapterFailure('SaveFailed', `Saving ${what} in the workbook`, 'Nothing else was changed; try again.', () =>
    run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    }),
  );
}

function stored<T>(value: unknown, what: 'mapping' | 'settings', key: string, parse: (json: unknown) => T, problems: string[]): T | null {
  const keep = `It is left in the workbook as it is; saving the ${what} replaces it.`;
  let json = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(value) as unknown;
    } catch {
      problems.push(`The ${what} saved in this workbook (the setting ${key}) is not JSON, so Cadre cannot read it. ${keep}`);
      return null;
    }
  }
  try {
    return parse(json);
  } catch (error) {
    if (!(error instanceof MappingError || error instanceof SettingsError)) throw error;
    problems.push(`The ${what} saved in this workbook (the setting ${key}) cannot be read: ${error.message}. ${keep}`);
    return null;
  }
}
