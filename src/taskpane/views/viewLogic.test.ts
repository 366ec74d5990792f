import { intake } from '../../intake/intake';
import { refreshReport } from '../../report/refreshReport';
import { generateSample } from '../../sample/generateSample';
import { MESSY_PROBLEMS, MESSY_SHEETS } from '../../sample/messyWorkbook';
import { DEFAULT_SETTINGS } from '../workbook/taskpaneWorkbook';
import { overviewWith } from '../app/stubWorkbook.test-helpers';
import { draftOf, duplicateHeaders, headersOf, mappingOf } from './mappingDraft';
import { kindLabel, problemGroups } from './problemGroups';
import { equityFlags, kpiCards, progressText, progressValue, tileText } from './resultSummary';
import { settingsErrors } from './settingsDraft';

describe('mapping draft', () => {
  const overview = overviewWith(['Participants', 'Mentors']);
  test('from the overview: each found sheet with its matched headers; missing sheets as none', () => {
    const draft = draftOf(overview, null);
    expect(draft.sheets.Participants).toEqual({ sheet: 'Participants', columns: { PersonID: 'ID' } });
    expect(draft.sheets.Pairings).toEqual({ sheet: null, columns: {} });
    expect(headersOf(overview, 'Participants')).toEqual(['ID', 'Notes']);
  });
  test('to a mapping that says every choice, and back', () => {
    const draft = { ...draftOf(overview, null), attributes: ['Notes'] };
    const mapping = mappingOf(draft);
    expect(mapping.sheets!.Participants).toEqual({ sheet: 'Participants', columns: { PersonID: 'ID' } });
    expect(mapping.sheets!.Pairings).toEqual({ sheet: null });
    expect(mapping.attributes).toEqual(['Notes']);
  });
  test('one header chosen for two columns is found', () => {
    const draft = { sheets: { Participants: { sheet: 'P', columns: { PersonID: 'ID', ManagerID: 'ID', Level: null } } }, attributes: [] };
    expect(duplicateHeaders(draft)).toEqual([{ sheet: 'Participants', header: 'ID', columns: ['PersonID', 'ManagerID'] }]);
  });
});

describe('problem groups', () => {
  const { problems } = intake(MESSY_SHEETS, { asOf: 20_726 });
  const groups = problemGroups(problems);
  test('every problem once, counts by severity per sheet, sheets with errors first', () => {
    expect(groups.reduce((n, g) => n + g.kinds.reduce((m, k) => m + k.problems.length, 0), 0)).toBe(problems.length);
    for (const g of groups) {
      const all = g.kinds.flatMap((k) => k.problems);
      expect(g.errors).toBe(all.filter((p) => p.severity === 'error').length);
      expect(g.warnings).toBe(all.filter((p) => p.severity === 'warning').length);
    }
    const errors = groups.map((g) => g.errors);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    expect(MESSY_PROBLEMS.length).toBeGreaterThan(0);
  });
  test('within a sheet, errors before warnings before notes', () => {
    const rank = { error: 0, warning: 1, info: 2 };
    for (const g of groups) {
      const r = g.kinds.map((k) => rank[k.severity]);
      expect(r).toEqual([...r].sort((a, b) => a - b));
    }
    expect(kindLabel('duplicate-id')).toBe('Duplicate id');
  });
});

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

describe('result summary', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
  test('the ten Board Dashboard tiles as cards, formatted as the sheet formats them', () => {
    const cards = kpiCards(report);
    expect(cards).toHaveLength(10);
    const at12 = (report.retention as unknown as { participants: { at12: { value: number } } }).participants.at12.value;
    expect(cards.find((c) => c.label === '12-month retention')!.value).toBe(`${(at12 * 100).toFixed(1)}%`);
    expect(cards.find((c) => c.label === 'Equity flags: adverse')!.value).toBe('1');
    expect(tileText(1234, '#,##0')).toBe('1,234');
    expect(tileText('fewer than 5', '0.0%')).toBe('fewer than 5');
  });
  test('flags adverse first, each with its reason', () => {
    const flags = equityFlags(report);
    expect(flags[0]).toEqual({ status: 'adverse', what: 'External coach × Gender = Woman', reason: expect.stringMatching(/significant after adjustment/) });
    expect(flags.slice(1).every((f) => f.status === 'watch')).toBe(true);
    expect(flags).toHaveLength(8);
  });
  test('progress in words with counts, and as a fraction that only grows', () => {
    const steps = [
      null,
      { phase: 'reading' as const, sheet: 'Surveys', rowsRead: 10_000, rowsTotal: 20_000 },
      { phase: 'computing' as const },
      { phase: 'writing' as const, sheetsWritten: 3, sheetsTotal: 7 },
      { phase: 'writing' as const, sheetsWritten: 7, sheetsTotal: 7 },
    ];
    expect(steps.map(progressText)).toEqual([
      'Starting…',
      'Reading Surveys: 10,000 of 20,000 rows',
      'Computing retention, readiness, satisfaction, equity and load…',
      'Writing the dashboards: 3 of 7 sheets',
      'Writing the dashboards: 7 of 7 sheets',
    ]);
    const values = steps.map(progressValue);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[4]).toBe(1);
  });
});
