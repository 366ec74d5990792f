import { balancePrivacy } from './balancePrivacy';
import type { CountedBalanceRow } from './balanceTable';
import type { BalanceFigure } from './impactResults';

const figure = (smd: number, nParticipants: number, nComparison: number): BalanceFigure => ({ smd, nParticipants, nComparison, balanced: Math.abs(smd) < 0.1 });
const level = (variable: string, name: string | null, people: [number, number, number, number], kind: 'categorical' | 'numeric' = 'categorical'): CountedBalanceRow => ({
  row: { variable, level: name, kind, matching: true, before: figure(0.2, 50, 200), after: figure(0.05, 40, 120) },
  people,
});
const suppressed = (f: BalanceFigure) => ('suppressed' in f ? f.suppressed : undefined);
const hidden = { smd: null, balanced: null, suppressed: true, reason: 'fewer than 5 people: suppressed' };

describe('balancePrivacy', () => {
  test('a level about 1 to k − 1 people on either side is suppressed in that comparison only; the n of each side stays', () => {
    const rows = balancePrivacy(
      [level('BusinessUnit', 'Ops', [30, 100, 25, 60]), level('BusinessUnit', 'Sales', [17, 97, 13, 58]), level('BusinessUnit', 'Legal', [3, 3, 2, 2])],
      5,
    );
    expect(rows[2].before).toEqual({ ...hidden, nParticipants: 50, nComparison: 200 });
    expect(rows[2].after).toEqual({ ...hidden, nParticipants: 40, nComparison: 120 });
    // three levels, one hidden: the two shown SMDs do not give the third back
    expect(rows[0].before.smd).toBe(0.2);
    expect(rows[1].after.smd).toBe(0.05);
  });

  test('a two-level variable: hiding one level hides the other (their SMDs are each other’s negatives)', () => {
    const rows = balancePrivacy([level('HighPotential', 'Yes', [48, 150, 38, 118]), level('HighPotential', 'No', [2, 50, 2, 2])], 5);
    expect(rows.map((r) => suppressed(r.after))).toEqual([true, true]);
    // before: "No" has 2 participants, so both are hidden before as well
    expect(rows.map((r) => suppressed(r.before))).toEqual([true, true]);
  });

  test('the secondary rule works per comparison: hidden after matching, shown before', () => {
    const rows = balancePrivacy([level('HighPotential', 'Yes', [40, 150, 38, 118]), level('HighPotential', 'No', [10, 50, 2, 2])], 5);
    expect(rows.map((r) => r.before.smd)).toEqual([0.2, 0.2]);
    expect(rows.map((r) => suppressed(r.after))).toEqual([true, true]);
  });

  test('a numeric mean over fewer than k people is hidden; its blank row alone is not a second level', () => {
    const rows = balancePrivacy([level('Performance rating', null, [40, 150, 3, 100], 'numeric'), level('Performance rating', '(blank)', [10, 50, 37, 20])], 5);
    expect(rows[0].before.smd).toBe(0.2);
    expect(rows[0].after).toEqual({ ...hidden, nParticipants: 40, nComparison: 120 });
    expect(rows[1].after.smd).toBe(0.05);
  });

  test('nobody at a level (0) is not under k: the figure stays', () => {
    const rows = balancePrivacy([level('BusinessUnit', 'Ops', [0, 100, 0, 60]), level('BusinessUnit', 'Sales', [50, 100, 40, 60])], 5);
    expect(rows.every((r) => suppressed(r.before) === undefined && suppressed(r.after) === undefined)).toBe(true);
  });
});
