import { DEFAULT_SETTINGS } from '../../workbook/taskpaneWorkbook';
import { settingsErrors } from './settingsDraft';

describe('settings errors', () => {
  test('sound settings have none', () => {
    expect(settingsErrors(DEFAULT_SETTINGS, ['Participants'])).toEqual({});
  });
  test('k below 3, a date that is not one, sheet names Excel refuses or that collide', () => {
    const errors = settingsErrors(
      { ...DEFAULT_SETTINGS, minGroup: 2, asOf: '2026-02-31', sheetNames: { board: 'History', equity: 'a/b', metrics: 'Participants', definitions: 'Same', dataQuality: 'same', analyst: 'x'.repeat(32) } },
      ['Participants'],
    );
    expect(Object.keys(errors).sort()).toEqual(['asOf', 'minGroup', 'sheet.analyst', 'sheet.board', 'sheet.dataQuality', 'sheet.equity', 'sheet.metrics'].sort());
    expect(errors['sheet.board']).toMatch(/reserves the name "History"/);
    expect(errors['sheet.metrics']).toMatch(/one of the input sheets/);
    expect(errors['sheet.dataQuality']).toMatch(/already called "same"/i);
  });
});
