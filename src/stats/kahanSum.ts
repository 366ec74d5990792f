import type { NumberList } from './inputTypes';

/**
 * Compensated sum of a list of numbers: the Kahan–Babuška (Neumaier) algorithm, which keeps the
 * rounding error of every addition in a separate correction term, so the error of the result does
 * not grow with the number of terms (naive summation of n terms can be off by n·ε·Σ|x|).
 *
 * Source: A. Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher
 * Summen", ZAMM 54:39–51; the same algorithm as simple-statistics' `sum`.
 * O(n), no allocation. An empty list sums to 0.
 *
 * @example kahanSum([0.1, 0.2, 0.3]) // 0.6 (naive left-to-right addition gives 0.6000000000000001)
 */
export function kahanSum(values: NumberList): number {
  let sum = 0;
  let correction = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) correction += sum - t + x;
    else correction += x - t + sum;
    sum = t;
  }
  return sum + correction;
}
