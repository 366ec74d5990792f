/**
 * The task pane and an as-of date after today (issue 10, point 4): the settings form says so before
 * saving, and a check or a refresh with such a date saved in the workbook stops before reading
 * anything, with a message that says why and what to do.
 */
import { dayFromIso } from '../../calendar/dayFromIso';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { DEFAULT_SETTINGS } from '../workbook/taskpaneWorkbook';
import { settingsErrors } from '../views/SettingsView/settingsDraft';
import { asOfOf, createCadreActions } from './cadreActions';
import { type CadreState, INITIAL_STATE, cadreReducer } from './cadreState';
import { stubWorkbook } from './stubWorkbook.test-helpers';

// 10:00 local: the 23rd on the machine's calendar, and by UTC the 22nd or 23rd in every zone (UTC-12 to UTC+14)
const TODAY = new Date(2026, 10, 23, 10, 0);
const FUTURE = { ...DEFAULT_SETTINGS, asOf: '2027-03-31' };
const MESSAGE =
  'The as-of date 2027-03-31 is after today (2026-11-23): figures as of a date still to come would count planned dates as events that happened and everyone not yet gone as retained until then. Choose a date on or before today in Settings, or "The end of the last completed quarter".';

describe('a future as-of date in the task pane', () => {
  test('an as-of setting that is not a date is a setting out of range too, not an Excel failure', () => {
    expect(() => asOfOf({ ...DEFAULT_SETTINGS, asOf: '2026-13-45' }, TODAY)).toThrow(
      new OfficeAdapterError('InvalidOption', 'The as-of date "2026-13-45" saved in this workbook is not a date (YYYY-MM-DD). Choose a date in Settings, or "The end of the last completed quarter".'),
    );
  });

  test('asOfOf refuses it as a setting out of range; today and earlier pass', () => {
    expect(() => asOfOf(FUTURE, TODAY)).toThrow(new OfficeAdapterError('InvalidOption', MESSAGE));
    expect(() => asOfOf(FUTURE, TODAY)).toThrow(OfficeAdapterError);
    expect(asOfOf({ ...DEFAULT_SETTINGS, asOf: '2026-11-23' }, TODAY)).toBe(dayFromIso('2026-11-23'));
    expect(asOfOf({ ...DEFAULT_SETTINGS, asOf: '2026-09-30' }, TODAY)).toBe(dayFromIso('2026-09-30'));
  });

  test('refresh and check: nothing is read or written; the user sees what to do', async () => {
    let state: CadreState = { ...INITIAL_STATE, settings: FUTURE };
    const workbook = stubWorkbook();
    const actions = createCadreActions(workbook, (a) => (state = cadreReducer(state, a)), () => state, () => TODAY);
    await actions.refresh();
    expect(workbook.refresh).not.toHaveBeenCalled();
    expect(state.refresh).toEqual({ phase: 'failed', failure: { title: 'A setting is out of range', message: MESSAGE } });
    await actions.validate();
    expect(workbook.validate).not.toHaveBeenCalled();
    expect(state.failure).toEqual({ title: 'A setting is out of range', message: MESSAGE });
  });

  test('the settings form flags it under the date field, and not today or an earlier date', () => {
    expect(settingsErrors(FUTURE, [], TODAY).asOf).toBe(
      'The as-of date 2027-03-31 is after today (2026-11-23): figures as of a date still to come would count planned dates as events that happened and everyone not yet gone as retained until then. Choose today or an earlier date.',
    );
    expect(settingsErrors({ ...DEFAULT_SETTINGS, asOf: '2026-11-23' }, [], TODAY)).toEqual({});
    expect(settingsErrors({ ...DEFAULT_SETTINGS, asOf: '2026-02-31' }, [], TODAY).asOf).toBe('Give the as-of date as a date (YYYY-MM-DD).');
  });
});
