import type { Problem } from '../../../model/problem';
import type { ValidationResult } from '../../workbook/taskpaneWorkbook';
import { runHook } from '../runHook.test-helpers';
import { deriveCheckViewState, useCheckView, type CheckViewProps } from './useCheckView';

const problem = (severity: Problem['severity'], code: Problem['code'], sheet: string, cell: string, message = `${code} at ${cell}`): Problem => ({ severity, code, sheet, cell, message, fix: `Fix the ${code}.` });

function validation(problems: Problem[], canCompute = true): ValidationResult {
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s).length;
  return { problems, errors: count('error'), warnings: count('warning'), notes: count('info'), rows: {}, canCompute };
}

const props = (v: ValidationResult | null, busy = false): CheckViewProps => ({ validation: v, busy, onValidate: jest.fn(), onSelect: jest.fn() });

describe('deriveCheckViewState', () => {
  test('before the first check: the button checks, a line says what checking does, nothing listed', () => {
    const state = deriveCheckViewState(props(null));
    expect(state.checkLabel).toBe('Check the data');
    expect(state.showIntro).toBe(true);
    expect(state.summary).toBeNull();
    expect(state.sheets).toEqual([]);
    expect(state.defaultOpenItems).toEqual([]);
  });

  test('a clean workbook: no problems found, every count an outline badge', () => {
    const state = deriveCheckViewState(props(validation([])));
    expect(state.checkLabel).toBe('Check again');
    expect(state.showIntro).toBe(false);
    expect(state.summary).toEqual({
      heading: 'No problems found',
      errors: { text: '0 errors', appearance: 'outline' },
      warnings: { text: '0 warnings', appearance: 'outline' },
      notes: { text: '0 notes', appearance: 'outline' },
      canCompute: true,
    });
    expect(state.sheets).toEqual([]);
  });

  test('problems: counted (filled badges where there are some), grouped by sheet with errors first, then by kind', () => {
    const problems = [
      problem('warning', 'bad-date', 'Surveys', 'C4'),
      problem('error', 'duplicate-id', 'Participants', 'A3'),
      problem('error', 'duplicate-id', 'Participants', 'A9'),
      problem('info', 'not-started', 'Participants', 'F2'),
      problem('error', 'missing-sheet', 'Pairings', ''),
    ];
    const state = deriveCheckViewState(props(validation(problems, false)));
    expect(state.summary).toMatchObject({ heading: '5 problems found', errors: { text: '3 errors', appearance: 'filled' }, warnings: { text: '1 warning', appearance: 'filled' }, notes: { text: '1 note' }, canCompute: false });
    expect(state.sheets.map((g) => [g.sheet, g.counts])).toEqual([
      ['Participants', '2 errors, 1 note'],
      ['Pairings', '1 error'],
      ['Surveys', '1 warning'],
    ]);
    expect(state.defaultOpenItems).toEqual(['Participants']);
    const [duplicates, notStarted] = state.sheets[0]!.kinds;
    expect(duplicates).toMatchObject({ key: 'error-duplicate-id', label: 'Duplicate id', count: 2, severity: { label: 'error', color: 'danger' }, fix: 'Fix the duplicate-id.' });
    expect(duplicates!.problems.map((p) => [p.key, p.cell, p.goToLabel])).toEqual([
      ['A3-0', 'A3', 'Go to Participants!A3: duplicate-id at A3'],
      ['A9-1', 'A9', 'Go to Participants!A9: duplicate-id at A9'],
    ]);
    expect(notStarted!.severity).toEqual({ label: 'note', color: 'informative' });
  });

  test('a problem with a cell selects it; one without (a missing sheet) has nothing to select', () => {
    const p = props(validation([problem('error', 'duplicate-id', 'Participants', 'A3'), problem('error', 'missing-sheet', 'Pairings', '')]));
    const state = deriveCheckViewState(p);
    const sheet = (name: string) => state.sheets.find((g) => g.sheet === name)!;
    const [withCell] = sheet('Participants').kinds[0]!.problems;
    const [without] = sheet('Pairings').kinds[0]!.problems;
    withCell!.goTo!();
    expect(p.onSelect).toHaveBeenCalledWith('Participants', 'A3');
    expect(without!.cell).toBeNull();
    expect(without!.goTo).toBeNull();
  });

  test('counts in thousands are separated; the check action and busy pass through', () => {
    const many = Array.from({ length: 1200 }, (_, i) => problem('warning', 'bad-number', 'Surveys', `D${i + 2}`));
    const p = props(validation(many), true);
    const state = deriveCheckViewState(p);
    expect(state.summary!.heading).toBe('1,200 problems found');
    expect(state.sheets[0]!.counts).toBe('1,200 warnings');
    expect(state.busy).toBe(true);
    state.onValidate();
    expect(p.onValidate).toHaveBeenCalledTimes(1);
  });
});

describe('useCheckView', () => {
  test('returns the derived state', () => {
    const p = props(validation([problem('error', 'duplicate-id', 'Participants', 'A3')]));
    expect(JSON.stringify(runHook(useCheckView, p))).toBe(JSON.stringify(deriveCheckViewState(p)));
    expect(runHook(useCheckView, props(null)).checkLabel).toBe('Check the data');
  });
});
