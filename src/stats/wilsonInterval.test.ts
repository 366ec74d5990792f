import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wilsonInterval } from './wilsonInterval';

const reference = JSON.parse(readFileSync(join(__dirname, 'reference', 'wilson.json'), 'utf8')) as {
  cases: { x: number; n: number; interval: [number, number] }[];
};

describe('wilsonInterval', () => {
  // wilson.json says z = 1.959964, but its digits are those of the exact Φ⁻¹(0.975) = 1.959963984540054:
  // with it they agree to 5e-11, with the rounded z only to ~3e-9 (both checked)
  const zExact = normalQuantile(0.975, 0, 1);
  test.each(reference.cases)('reference: $x of $n → $interval (to 1e-9 with the exact z)', ({ x, n, interval }) => {
    const result = wilsonInterval(x, n, zExact)!;
    expect(Math.abs(result[0] - interval[0])).toBeLessThan(1e-9);
    expect(Math.abs(result[1] - interval[1])).toBeLessThan(1e-9);
    const rounded = wilsonInterval(x, n)!;
    expect(Math.abs(rounded[0] - interval[0])).toBeLessThan(1e-8);
    expect(Math.abs(rounded[1] - interval[1])).toBeLessThan(1e-8);
  });

  test('by hand with z = 2, 2 of 4: p̂ = 1/2, z²/n = 1 → center (1/2 + 1/2)/2 = 1/2, half 2√(1/16 + 1/16)/2 = √2/4', () => {
    const [lo, hi] = wilsonInterval(2, 4, 2)!;
    expect(lo).toBeCloseTo(0.5 - Math.SQRT2 / 4, 15);
    expect(hi).toBeCloseTo(0.5 + Math.SQRT2 / 4, 15);
  });

  test('by hand with z = 2, 0 of 4: [0, (0 + 1/2)/2 + 2·√(1/16)/2] = [0, 1/2]', () => {
    expect(wilsonInterval(0, 4, 2)).toEqual([0, 0.5]);
    // x = n: the mirror image [1/2, 1]
    expect(wilsonInterval(4, 4, 2)).toEqual([0.5, 1]);
  });

  test('n = 0 has no interval; z = 0 collapses it onto p̂; large n shrinks it', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 10, 0)).toEqual([expect.closeTo(0.3, 15), expect.closeTo(0.3, 15)]);
    const [lo, hi] = wilsonInterval(30_000, 100_000)!;
    // close to the Wald interval p̂ ± z √(p̂(1 − p̂)/n) = 0.3 ± 1.959964 · 0.00144914 = 0.3 ± 0.00284027,
    // shifted towards 1/2 by about z²(1 − 2p̂)/2n = 3.8415 · 0.4 / 200,000 = 7.7e−6
    expect(Math.abs(lo - (0.3 - 0.00284027) - 7.7e-6)).toBeLessThan(2e-7);
    expect(Math.abs(hi - (0.3 + 0.00284027) - 7.7e-6)).toBeLessThan(2e-7);
  });

  test('bad input is refused', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(NaN, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, -1)).toThrow(RangeError);
  });
});
