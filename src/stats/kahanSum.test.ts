import { kahanSum } from './kahanSum';

describe('kahanSum', () => {
  test('small cases: empty, one value, 0.1 + 0.2 + 0.3 = 0.6 exactly rounded', () => {
    expect(kahanSum([])).toBe(0);
    expect(kahanSum([5])).toBe(5);
    expect(kahanSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6); // what naive addition gives
  });

  test('100,000 × 0.1 = 10,000 (naive summation gives 10000.000000018848)', () => {
    const values = new Float64Array(100_000).fill(0.1);
    let naive = 0;
    for (const x of values) naive += x;
    expect(Math.abs(naive - 10_000)).toBeGreaterThan(1e-8);
    expect(kahanSum(values)).toBe(10_000);
  });

  test('1 + 100,000 × 1e−16 = 1 + 1e−11 (naive: every tiny term is lost, the sum stays 1)', () => {
    const values = new Float64Array(100_001).fill(1e-16);
    values[0] = 1;
    expect(Math.abs(kahanSum(values) - (1 + 1e-11))).toBeLessThan(1e-15);
  });

  test('cancellation: 1e100, 1, −1e100 → 1 (Neumaier handles a term larger than the running sum)', () => {
    expect(kahanSum([1e100, 1, -1e100])).toBe(1);
    expect(kahanSum([1, 1e100, 1, -1e100])).toBe(2);
  });

  test('sum of 1/(k(k+1)) for k = 1..100,000 telescopes to 1 − 1/100,001', () => {
    const n = 100_000;
    const terms = Float64Array.from({ length: n }, (_, i) => 1 / ((i + 1) * (i + 2)));
    expect(Math.abs(kahanSum(terms) - (1 - 1 / (n + 1)))).toBeLessThan(2e-16);
  });
});
