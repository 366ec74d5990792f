import { fisherExact } from '../stats/fisherExact';
import { netPromoterScore } from '../stats/netPromoterScore';
import { wilsonInterval } from '../stats/wilsonInterval';
import { ArgumentProblem, type FunctionError, fewerThanK, guarded, invalidValue, notAvailable } from './functionError';
import { type CellArgument, type RangeArgument, cellsOf, countOf, numberOf } from './functionArguments';
import type { FunctionContext } from './retentionFunctions';

/**
 * CADRE.FISHER: the two-sided p of Fisher's exact test of the 2×2 table [[a, b], [c, d]] (equity.md:
 * R's `fisher.test` convention, `fisherExact`), the p of the dashboards' access tests. The four cells
 * are counts the analyst gives, not a range of people, so no k applies.
 */
export function fisher(a: CellArgument, b: CellArgument, c: CellArgument, d: CellArgument): number | FunctionError {
  return guarded(() => fisherExact(countOf(a, 'a'), countOf(b, 'b'), countOf(c, 'c'), countOf(d, 'd')));
}

/** CADRE.WILSON: the Wilson 95% interval of `successes` out of `n`, spilled as one row: lower, upper. */
export function wilson(successes: CellArgument, n: CellArgument): (number | string)[][] | FunctionError {
  return guarded(() => {
    const x = countOf(successes, 'successes');
    const total = countOf(n, 'n');
    if (x > total) return invalidValue(`successes is ${x}, more than n (${total})`);
    const interval = wilsonInterval(x, total);
    if (interval === null) return notAvailable('n is 0: no interval');
    return [[interval[0], interval[1]]];
  });
}

/**
 * CADRE.ENPS: 100 × (share of 9–10 − share of 0–6) of 0–10 scores (metrics.md, Satisfaction:
 * `netPromoterScore`). Blanks are left out; a score outside 0–10 or text is #VALUE!. A range of
 * fewer than k answers gives #N/A "fewer than k people" (each answer may be a different person).
 */
export function enps(scores: RangeArgument, ctx: FunctionContext): number | FunctionError {
  return guarded(() => {
    const values: number[] = [];
    cellsOf(scores).forEach((v, i) => {
      const s = numberOf(v, `scores: value ${i + 1}`);
      if (s === undefined) return;
      if (!(s >= 0 && s <= 10)) throw new ArgumentProblem(invalidValue(`scores: value ${i + 1} is ${s}, outside 0–10`));
      values.push(s);
    });
    if (values.length === 0) return notAvailable('no scores');
    if (values.length < ctx.k) return fewerThanK(ctx.k);
    return netPromoterScore(values).score!;
  });
}
