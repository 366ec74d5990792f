import { walkChains } from './walkChains';

describe('walkChains', () => {
  test('depths in a tree: 0 at the top, +1 per level', () => {
    // 0 ← 1 ← 2, 0 ← 3
    const { depths, cycles } = walkChains(Int32Array.from([-1, 0, 1, 0]));
    expect(Array.from(depths)).toEqual([0, 1, 2, 1]);
    expect(cycles).toEqual([]);
  });

  test('a cycle is found once, in walking order, and a node below it counts the whole cycle above', () => {
    // 0 → 1 → 2 → 0 (a loop of three), 3 → 0
    const { depths, cycles } = walkChains(Int32Array.from([1, 2, 0, 0]));
    expect(cycles.map((c) => Array.from(c))).toEqual([[0, 1, 2]]);
    expect(Array.from(depths)).toEqual([2, 2, 2, 3]);
  });

  test('a self-loop is a cycle of one', () => {
    const { cycles, depths } = walkChains(Int32Array.from([0, 0]));
    expect(cycles.map((c) => Array.from(c))).toEqual([[0]]);
    expect(Array.from(depths)).toEqual([0, 1]);
  });

  test('a chain of 200,000 is walked without recursion', () => {
    const n = 200_000;
    const manager = Int32Array.from({ length: n }, (_, i) => i + 1 < n ? i + 1 : -1);
    expect(walkChains(manager).depths[0]).toBe(n - 1);
  });
});
