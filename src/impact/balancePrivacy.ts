import { suppressedReason } from '../equity/accessReason';
import type { CountedBalanceRow } from './balanceTable';
import type { BalanceFigure, BalanceRow, SuppressedBalanceFigure } from './impactResults';

/**
 * The privacy rule (equity.md, Privacy) on the balance table of impact.md: a figure about 1 to k − 1
 * people on either side (a level's holders, or the people with a rating) is suppressed — `smd` and
 * `balanced` null, `suppressed: true` and the reason — and where that leaves a single level of a
 * categorical variable shown in a comparison (before, or after), that level is suppressed too: the
 * levels of a two-level variable have SMDs of opposite sign and equal size, so the one shown would
 * give the other back. The n of each side (everybody compared) stays.
 *
 * @example
 * // HighPotential after matching: 2 of 40 matched participants are "No", 2 of 100 controls
 * balancePrivacy([{ row: yes, people: [.., .., 38, 98] }, { row: no, people: [.., .., 2, 2] }], 5)
 * // both rows' `after` suppressed: "No" is about 2 people, and "Yes" would be its negative
 */
export function balancePrivacy(counted: readonly CountedBalanceRow[], k: number): BalanceRow[] {
  const under = (n: number) => n > 0 && n < k;
  const reason = suppressedReason(k);
  const hide = (f: BalanceFigure): SuppressedBalanceFigure => ({ smd: null, nParticipants: f.nParticipants, nComparison: f.nComparison, balanced: null, suppressed: true, reason });
  const hidden = counted.map(({ people }) => [under(people[0]) || under(people[1]), under(people[2]) || under(people[3])]);
  for (const variable of new Set(counted.map((c) => c.row.variable))) {
    const levels = counted.flatMap((c, i) => (c.row.variable === variable && c.row.kind === 'categorical' ? [i] : []));
    for (const side of [0, 1]) {
      const shown = levels.filter((i) => !hidden[i][side]);
      if (shown.length === 1 && levels.length > 1) hidden[shown[0]][side] = true;
    }
  }
  return counted.map(({ row }, i) => ({
    ...row,
    before: hidden[i][0] ? hide(row.before) : row.before,
    after: hidden[i][1] ? hide(row.after) : row.after,
  }));
}
