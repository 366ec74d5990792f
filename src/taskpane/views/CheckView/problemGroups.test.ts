import { intake } from '../../../intake/intake';
import { MESSY_PROBLEMS, MESSY_SHEETS } from '../../../sample/messyWorkbook';
import { kindLabel, problemGroups } from './problemGroups';

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
