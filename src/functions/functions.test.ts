import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { FunctionError } from './functionError';
import { callCadreFunction } from './catalog';
import type { RangeArgument } from './functionArguments';
import type { FunctionContext, Spill } from './retentionFunctions';

/*
 * The Cadre functions on small ranges, against values derived by hand from the definitions of
 * metrics.md and equity.md (never from the engine's own output), and the errors of functions.md.
 */

const NOW = new Date(2026, 11, 5, 12); // 5 December 2026, local time
const ctx = (k = 5): FunctionContext => ({ k, now: NOW });
const M = 30.4375; // days per month
const col = (...values: (string | number | boolean | null)[]): RangeArgument => values.map((v) => [v]);
const call = (id: string, args: RangeArgument[], k = 5) => callCadreFunction(id, args, ctx(k));
const errorOf = (r: unknown) => {
  expect(r).toBeInstanceOf(FunctionError);
  const e = r as FunctionError;
  return [e.excelText, e.message];
};

// six people start on 2024-01-01 (ISO text and the Excel serial 45292 mixed); two leave before as-of
// (on day 91 and day 182), one leaves after as-of (censored at as-of), three have no exit
const starts6 = col('2024-01-01', 45292, '2024-01-01', 45292, '2024-01-01', '2024-01-01');
const exits6 = col('2024-04-01', '2024-07-01', null, '', '  ', '2025-03-01');
const AS_OF = '2025-01-01'; // day 366: 12.02 months of follow-up

describe('CADRE.RETENTION, RETENTIONCURVE, MEDIANMONTHS', () => {
  test('RETENTION at 12 months: (5/6)(4/5) = 2/3', () => {
    expect(call('RETENTION', [starts6, exits6, 12, AS_OF])).toBeCloseTo(2 / 3, 12);
    // months defaults to 12; at 4 months only the first exit counts
    expect(call('RETENTION', [starts6, exits6, null, AS_OF])).toBeCloseTo(2 / 3, 12);
    expect(call('RETENTION', [starts6, exits6, 4, AS_OF])).toBeCloseTo(5 / 6, 12);
    // the same cells as a row instead of a column
    const row = (c: RangeArgument) => [(c as (string | number | boolean | null)[][]).map((r) => r[0]!)];
    expect(call('RETENTION', [row(starts6), row(exits6), 12, AS_OF])).toBeCloseTo(2 / 3, 12);
  });

  test('not followed long enough, nobody started, fewer than k people: #N/A with the reason', () => {
    expect(errorOf(call('RETENTION', [starts6, exits6, 13, AS_OF]))).toEqual(['#N/A', 'nobody followed for 13 months yet (longest 12.0)']);
    expect(errorOf(call('RETENTION', [starts6, exits6, 12, '2023-12-31']))).toEqual(['#N/A', 'nobody had started by as_of (2023-12-31)']);
    expect(errorOf(call('RETENTION', [starts6, exits6, 12, AS_OF], 7))).toEqual(['#N/A', 'fewer than 7 people']);
    // a blank start leaves the row out: five people remain, still k = 5
    const fewer = col('2024-01-01', 45292, '2024-01-01', 45292, null, '2024-01-01');
    expect(call('RETENTION', [fewer, exits6, 12, AS_OF])).toBeCloseTo((4 / 5) * (3 / 4), 12);
    expect(errorOf(call('RETENTION', [fewer, exits6, 12, AS_OF], 6))).toEqual(['#N/A', 'fewer than 6 people']);
  });

  test('bad arguments: #VALUE! naming the argument', () => {
    expect(errorOf(call('RETENTION', [starts6, col('2024-04-01'), 12, AS_OF]))).toEqual(['#VALUE!', 'exits has 1 value but starts has 6: pass ranges of the same rows']);
    expect(errorOf(call('RETENTION', [col('2024-01-01', 'soon', 1, 2, 3, 4), exits6, 12, AS_OF]))).toEqual([
      '#VALUE!',
      'starts: value 2 is "soon", not a date: give an Excel date or YYYY-MM-DD text',
    ]);
    expect(errorOf(call('RETENTION', [starts6, col(null, null, true, null, null, null), 12, AS_OF]))).toEqual(['#VALUE!', 'exits: value 3 is TRUE, not a date: give an Excel date or YYYY-MM-DD text']);
    expect(errorOf(call('RETENTION', [starts6, col('2023-12-01', null, null, null, null, null), 12, AS_OF]))).toEqual(['#VALUE!', 'exits: value 1 (2023-12-01) is before its start (2024-01-01)']);
    expect(errorOf(call('RETENTION', [starts6, exits6, -1, AS_OF]))).toEqual(['#VALUE!', 'months is -1: give a number of months, 0 or more']);
    expect(errorOf(call('RETENTION', [starts6, exits6, 12, '2027-01-01']))[1]).toMatch(/^as_of 2027-01-01 is after today \(2026-12-05\)/);
    expect(errorOf(call('RETENTION', [starts6, exits6, 12, '31/12/2024']))).toEqual(['#VALUE!', 'as_of is "31/12/2024", not a date: give an Excel date or YYYY-MM-DD text']);
    expect(errorOf(call('RETENTION', [starts6]))).toEqual(['#VALUE!', 'CADRE.RETENTION takes 2 to 4 arguments (starts, exits, [months], [as_of]), got 1']);
  });

  test('as_of defaults to today', () => {
    // followed to 2026-12-05, everyone still there but the two early leavers: 2/3 at 12 months
    expect(call('RETENTION', [starts6, col('2024-04-01', '2024-07-01', null, null, null, null)])).toBeCloseTo(2 / 3, 12);
  });

  test('RETENTIONCURVE: header, then each event time with at risk, events, S and the log-log band of metrics.md', () => {
    const curve = call('RETENTIONCURVE', [starts6, exits6, AS_OF]) as Spill;
    expect(curve[0]).toEqual(['months', 'at risk', 'events', 'survival', 'lower', 'upper']);
    expect(curve).toHaveLength(3);
    const z = 1.959964;
    const band = (s: number, g: number) => [Math.exp(-Math.exp(Math.log(-Math.log(s)) - (z * Math.sqrt(g)) / Math.log(s))), Math.exp(-Math.exp(Math.log(-Math.log(s)) + (z * Math.sqrt(g)) / Math.log(s)))];
    const expected = [
      [91 / M, 6, 1, 5 / 6, ...band(5 / 6, 1 / 30)],
      [182 / M, 5, 1, 2 / 3, ...band(2 / 3, 1 / 30 + 1 / 20)],
    ];
    expected.forEach((row, i) => row.forEach((v, j) => expect(curve[i + 1]![j]).toBeCloseTo(v, 12)));
    // lower below S below upper
    expect(curve[2]![4]).toBeLessThan(2 / 3);
    expect(curve[2]![5]).toBeGreaterThan(2 / 3);
    // with k = 6 the point where five remain at risk is left out, as the dashboards leave out a curve's tail
    expect((call('RETENTIONCURVE', [starts6, exits6, AS_OF], 6) as Spill).map((r) => r[1])).toEqual(['at risk', 6]);
  });

  test('MEDIANMONTHS: the first time S ≤ 0.5; #N/A "not reached" otherwise', () => {
    const s = col('2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01');
    const e = col('2024-02-01', '2024-03-01', '2024-04-01', null, null); // S: 4/5, 3/5, 2/5
    expect(call('MEDIANMONTHS', [s, e, '2024-12-31'])).toBeCloseTo(91 / M, 12);
    expect(errorOf(call('MEDIANMONTHS', [starts6, exits6, AS_OF]))).toEqual(['#N/A', 'not reached: retention stays above 50% over the follow-up']);
  });
});

describe('CADRE.READY', () => {
  // five start 2024-01-01: ready on day 182, left on day 91, ready on day 366, two still developing
  const s = col('2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01');
  const r = col('2024-07-01', null, '2025-01-01', null, null);
  const e = col(null, '2024-04-01', null, null, null);
  test('Aalen–Johansen by hand: F = (4/5)(1/4) + (3/5)(1/3) = 2/5 by 24 months, 1/5 by 12', () => {
    expect(call('READY', [s, r, e, 24, '2026-01-01'])).toBeCloseTo(2 / 5, 12);
    expect(call('READY', [s, r, e, null, '2026-01-01'])).toBeCloseTo(2 / 5, 12);
    expect(call('READY', [s, r, e, 12, '2026-01-01'])).toBeCloseTo(1 / 5, 12);
    // 1 − KM of readiness alone would say 1 − (3/4)(2/3) = 1/2: leaving is a competing event, not censoring
    expect(call('READY', [s, r, e, 24, '2026-01-01'])).not.toBeCloseTo(1 / 2, 3);
  });
  test('a ready date before its start leaves the row out, as the refresh does', () => {
    const early = col('2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01', '2024-01-01');
    const r6 = col('2024-07-01', null, '2025-01-01', null, null, '2023-06-01');
    const e6 = col(null, '2024-04-01', null, null, null, null);
    expect(call('READY', [early, r6, e6, 24, '2026-01-01'])).toBeCloseTo(2 / 5, 12);
  });
  test('errors', () => {
    expect(errorOf(call('READY', [s, col(null), e, 24, '2026-01-01']))).toEqual(['#VALUE!', 'ready_dates has 1 value but starts has 5: pass ranges of the same rows']);
    expect(errorOf(call('READY', [s, r, e, 24, '2025-06-30']))).toEqual(['#N/A', 'nobody followed for 24 months yet (longest 17.9)'  /* 546 days */]);
    expect(errorOf(call('READY', [s, r, e, 24, '2026-01-01'], 6))).toEqual(['#N/A', 'fewer than 6 people']);
  });
});

describe('CADRE.LOGRANK', () => {
  // group A leaves after 1, 2, 3 months (by calendar), group B after 4, 5, 6: one event at each time
  const s = col(...Array<string>(6).fill('2024-01-01'));
  const e = col('2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01');
  const g = col('A', 'A', 'A', 'B', 'B', 'B');
  test('χ² = (O − E)² / V by hand: O = 3, E = 3/6 + 2/5 + 1/4, V = 1/4 + 6/25 + 3/16', () => {
    const chi2 = (3 - (3 / 6 + 2 / 5 + 1 / 4)) ** 2 / (1 / 4 + 6 / 25 + 3 / 16);
    expect(call('LOGRANK', [s, e, g, '2025-01-01'], 3)).toBeCloseTo(1 - chisquareCdf(chi2, 1), 10);
  });
  test('a group under k is not tested; fewer than two groups left: #N/A', () => {
    expect(errorOf(call('LOGRANK', [s, e, g, '2025-01-01'], 5))).toEqual(['#N/A', 'fewer than two groups of 5 or more people to compare']);
    // a blank group leaves the row out; a third group of one under k = 3 changes nothing
    const s7 = col(...Array<string>(7).fill('2024-01-01'));
    const e7 = col('2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01', '2024-01-15');
    const chi2 = (3 - (3 / 6 + 2 / 5 + 1 / 4)) ** 2 / (1 / 4 + 6 / 25 + 3 / 16);
    expect(call('LOGRANK', [s7, e7, col('A', 'A', 'A', 'B', 'B', 'B', 'C'), '2025-01-01'], 3)).toBeCloseTo(1 - chisquareCdf(chi2, 1), 10);
    expect(call('LOGRANK', [s7, e7, col('A', 'A', 'A', 'B', 'B', 'B', null), '2025-01-01'], 3)).toBeCloseTo(1 - chisquareCdf(chi2, 1), 10);
  });
});

describe('CADRE.ACCESS', () => {
  const rep = (label: string, yes: number, no: number) => [...Array<[string, string]>(yes).fill([label, 'Y']), ...Array<[string, string]>(no).fill([label, 'N'])];
  const split = (rows: [string, string][]) => [rows.map((r) => [r[0]]), rows.map((r) => [r[1]])] as const;
  // hypergeometric by hand: margins 10/10 and 10/10, P(x) = C(10,x) C(10,10−x) / C(20,10), C(20,10) = 184,756
  const FISHER_2_8 = (2 * (1 + 100 + 2025)) / 184756;
  const wilson = (x: number, n: number) => {
    const z = 1.959964;
    const p = x / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
    return [centre - half, centre + half];
  };

  test('two groups of 10 and two small ones pooled into "groups under k, combined" (3 + 2 ≥ k): every figure shown', () => {
    const [groups, yes] = split([...rep('A', 8, 2), ...rep('B', 2, 8), ...rep('C', 1, 2), ...rep('D', 0, 2)]);
    const t = call('ACCESS', [groups, yes]) as Spill;
    expect(t[0]).toEqual(['group', 'n', 'count', 'rate', 'lower', 'upper', 'impact ratio', 'p', 'adjusted p', 'shortfall', 'status']);
    expect(t.map((r) => r[0])).toEqual(['group', 'A', 'B', 'groups under k, combined']);
    // A is the reference (highest rate among groups of k or more)
    expect(t[1]!.slice(1, 4)).toEqual([10, 8, 0.8]);
    expect(t[1]![10]).toBe('reference');
    // B: rate 0.2, IR 0.25, Fisher p by hand, shortfall 10 × 0.8 − 2 = 6; adverse (IR < 0.8, p < 0.05 after BH over 2 tests, shortfall ≥ 1)
    const b = t[2]!;
    expect(b.slice(1, 4)).toEqual([10, 2, 0.2]);
    expect(b[4]).toBeCloseTo(wilson(2, 10)[0]!, 12);
    expect(b[5]).toBeCloseTo(wilson(2, 10)[1]!, 12);
    expect(b[6]).toBeCloseTo(0.25, 12);
    expect(b[7]).toBeCloseTo(FISHER_2_8, 12);
    expect(b[9]).toBeCloseTo(6, 12);
    expect(b[10]).toBe('adverse');
    // pooled: 5 people, 1 yes, IR (1/5)/(8/10) = 0.25, shortfall 5 × 0.8 − 1 = 3
    const pooled = t[3]!;
    expect(pooled.slice(1, 4)).toEqual([5, 1, 0.2]);
    expect(pooled[6]).toBeCloseTo(0.25, 12);
    expect(pooled[9]).toBeCloseTo(3, 12);
    // BH over this call's two tests: the larger p stays, the smaller is min(p·2/1, larger)
    const pPooled = pooled[7] as number;
    expect(b[8]).toBeCloseTo(Math.min(FISHER_2_8 * 2, pPooled), 12);
  });

  test('one group under k: "fewer than k" in every figure, and the counts beside it withheld, the rest rounded', () => {
    const [groups, yes] = split([...rep('A', 8, 2), ...rep('B', 2, 8), ...rep('C', 1, 1)]);
    const t = call('ACCESS', [groups, yes]) as Spill;
    expect(t[3]).toEqual(['C', ...Array(9).fill('fewer than 5'), 'suppressed']);
    // B: n, count and shortfall withheld (C = total − A − B otherwise); rate and interval to two decimals, p to two digits
    expect(t[2]).toEqual(['B', 'withheld', 'withheld', 0.2, Math.round(wilson(2, 10)[0]! * 100) / 100, Math.round(wilson(2, 10)[1]! * 100) / 100, 0.25, 0.023, 0.023, 'withheld', 'adverse']);
    expect(t[1]!.slice(0, 3)).toEqual(['A', 'withheld', 'withheld']);
    // min_group 3 shows C
    // with min_group 3, C (2 people) is still under k and says so with k = 3
    const k3 = call('ACCESS', [groups, yes, 3]) as Spill;
    expect(k3[3]).toEqual(['C', ...Array(9).fill('fewer than 3'), 'suppressed']);
    // with one more C the group reaches k = 3 and every count is shown
    const [g4, y4] = split([...rep('A', 8, 2), ...rep('B', 2, 8), ...rep('C', 1, 2)]);
    expect((call('ACCESS', [g4, y4, 3]) as Spill)[3]!.slice(0, 4)).toEqual(['C', 3, 1, 1 / 3]);
  });

  test('a resource fewer than k people have is suppressed in every group', () => {
    const [groups, yes] = split([...rep('A', 1, 9), ...rep('B', 2, 8)]);
    const t = call('ACCESS', [groups, yes]) as Spill;
    expect(t.slice(1).map((r) => [r[0], r[1], r[10]])).toEqual([
      ['A', 'fewer than 5', 'suppressed'],
      ['B', 'fewer than 5', 'suppressed'],
    ]);
  });

  test('errors', () => {
    const [groups, yes] = split([...rep('A', 8, 2), ...rep('B', 2, 8)]);
    expect(errorOf(call('ACCESS', [groups, yes, 2]))).toEqual(['#VALUE!', 'min_group is 2: give a whole number, 3 or more']);
    expect(errorOf(call('ACCESS', [groups, col('Y', 'N')]))).toEqual(['#VALUE!', 'has_resource has 2 values but groups has 20: pass ranges of the same rows']);
    expect(errorOf(call('ACCESS', [col('A', 'B'), col('Y', 'maybe')]))).toEqual(['#VALUE!', 'has_resource: value 2 is "maybe", not yes or no: use TRUE/FALSE, Y/N, Yes/No or 1/0']);
  });
});

describe('CADRE.FISHER, WILSON, ENPS', () => {
  test('FISHER(2, 8, 8, 2): the tables at least as extreme, by hand', () => {
    expect(call('FISHER', [2, 8, 8, 2])).toBeCloseTo((2 * (1 + 100 + 2025)) / 184756, 14);
    expect(call('FISHER', [5, 5, 5, 5])).toBeCloseTo(1, 12);
    expect(errorOf(call('FISHER', [2, 8, 8, -1]))).toEqual(['#VALUE!', 'd is -1: give a whole number of people, 0 or more']);
    expect(errorOf(call('FISHER', [2, 8.5, 8, 1]))).toEqual(['#VALUE!', 'b is 8.5: give a whole number of people, 0 or more']);
  });
  test('WILSON(2, 10): (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n), one row', () => {
    const z = 1.959964;
    const [n, p] = [10, 0.2];
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    const r = call('WILSON', [2, 10]) as Spill;
    expect(r).toHaveLength(1);
    expect(r[0]![0]).toBeCloseTo(centre - half, 12);
    expect(r[0]![1]).toBeCloseTo(centre + half, 12);
    expect(errorOf(call('WILSON', [11, 10]))).toEqual(['#VALUE!', 'successes is 11, more than n (10)']);
    expect(errorOf(call('WILSON', [0, 0]))).toEqual(['#N/A', 'n is 0: no interval']);
  });
  test('ENPS: 100 × (3/6 − 2/6); blanks left out; fewer than k answers #N/A', () => {
    expect(call('ENPS', [col(10, 9, 8, 6, 0, null, 10)])).toBeCloseTo((100 * (3 - 2)) / 6, 12);
    expect(errorOf(call('ENPS', [col(10, 9, 8, 6)]))).toEqual(['#N/A', 'fewer than 5 people']);
    expect(errorOf(call('ENPS', [col(10, 9, 8, 6, 11)]))).toEqual(['#VALUE!', 'scores: value 5 is 11, outside 0–10']);
    expect(errorOf(call('ENPS', [col(10, 9, 8, 6, 'ten')]))).toEqual(['#VALUE!', 'scores: value 5 is "ten", not a number']);
  });
});
