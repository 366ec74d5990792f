/**
 * Walks every chain of a "manager" forest given as parent indices (−1: no manager) once: the depth
 * of each node (how many distinct people are above it) and the cycles, in one O(n) pass without
 * recursion. Each walk goes up until the top, a node already finished, or a node on the walk itself
 * (a cycle); every node is finished once. In a cycle, every member has the others above it.
 *
 * Each cycle lists its nodes in walking order, upwards: the last one's manager is the first, so the
 * last one's link is the one that closes the loop.
 *
 * @example walkChains(Int32Array.from([1, -1, 3, 2])) // depths [1, 0, 1, 1]; cycles [[2, 3]]
 */
export function walkChains(manager: Int32Array): { depths: Int32Array; cycles: Int32Array[] } {
  const n = manager.length;
  const depths = new Int32Array(n);
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 finished
  const path = new Int32Array(n);
  const cycles: Int32Array[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    let length = 0;
    let cur = start;
    while (cur >= 0 && state[cur] === 0) {
      state[cur] = 1;
      path[length++] = cur;
      cur = manager[cur];
    }
    // the walk's nodes below `below` are finished from the top down
    let below = length;
    let above: number;
    if (cur < 0) above = -1;
    else if (state[cur] === 2) above = depths[cur];
    else {
      // cur is on this walk: path[from..length) is a cycle
      let from = length - 1;
      while (path[from] !== cur) from--;
      const size = length - from;
      cycles.push(path.slice(from, length));
      for (let k = from; k < length; k++) depths[path[k]] = size - 1;
      below = from;
      above = size - 1;
    }
    for (let k = below - 1; k >= 0; k--) depths[path[k]] = ++above;
    for (let k = 0; k < length; k++) state[path[k]] = 2;
  }
  return { depths, cycles };
}
