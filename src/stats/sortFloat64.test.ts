import { sortFloat64 } from './sortFloat64';
import { mulberry32 } from './seededRandom.test-helpers';

function expectSortedLikeNative(values: Float64Array): void {
  const expected = Float64Array.from(values).sort();
  const copy = Float64Array.from(values);
  const result = sortFloat64(copy);
  expect(result).toBe(copy); // in place, returns its argument
  for (let i = 0; i < values.length; i++) {
    if (!Object.is(result[i], expected[i])) throw new Error(`index ${i}: ${result[i]} vs ${expected[i]}`);
  }
}

describe('sortFloat64', () => {
  test('small arrays (built-in sort) and hand cases', () => {
    expect(Array.from(sortFloat64(Float64Array.of(3, -1, 2.5, 0)))).toEqual([-1, 0, 2.5, 3]);
    expect(sortFloat64(new Float64Array(0))).toHaveLength(0);
  });

  test('20,000 continuous durations, whole-number days with many ties, and mixed signs and magnitudes', () => {
    const random = mulberry32(12345);
    const n = 20_000;
    const continuous = new Float64Array(n);
    const days = new Float64Array(n);
    const mixed = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      continuous[i] = -Math.log(1 - random()) * 400;
      days[i] = Math.floor(continuous[i]);
      mixed[i] = (random() - 0.5) * Math.exp(60 * (random() - 0.5));
    }
    // the awkward values: both zeros, infinities, the smallest subnormals, the extremes
    mixed.set([-0, 0, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1], 0);
    expectSortedLikeNative(continuous);
    expectSortedLikeNative(days);
    expectSortedLikeNative(mixed);
  });

  test('already sorted, reversed and constant input', () => {
    const n = 5000;
    const up = Float64Array.from({ length: n }, (_, i) => i / 7);
    expectSortedLikeNative(up);
    expectSortedLikeNative(up.slice().reverse());
    expectSortedLikeNative(new Float64Array(n).fill(42.5));
  });

  test('a subarray view is sorted without touching the rest of the buffer', () => {
    const whole = Float64Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const view = whole.subarray(100, 900);
    sortFloat64(view);
    expect(whole[0]).toBe(1000);
    expect(whole[999]).toBe(1);
    expect(view[0]).toBe(101);
    expect(view[799]).toBe(900);
    expect(whole[99]).toBe(901);
  });
});
