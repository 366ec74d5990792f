/**
 * A binary min-heap of (priority, item, tag) triples in three parallel arrays: the candidate
 * controls of one stratum, smallest priority first (`matchedComparison`). The tag (there: the day the
 * entry goes stale) lets a caller discard, when it comes to the top, an entry made stale since it
 * was pushed (lazy deletion).
 * push and pop O(log n).
 *
 * Source: J. W. J. Williams (1964), "Algorithm 232: Heapsort", CACM 7:347–348; Cormen et al.,
 * *Introduction to Algorithms*, §6.5.
 *
 * @example
 * const q = new PriorityQueue(); q.push(2, 20, 0); q.push(1, 10, 0); q.pop(); q.item // 10
 */
export class PriorityQueue {
  private readonly priorities: number[] = [];
  private readonly items: number[] = [];
  private readonly tags: number[] = [];
  /** the item and tag of the last `pop` */
  item = -1;
  tag = -1;

  get size(): number {
    return this.priorities.length;
  }

  push(priority: number, item: number, tag: number): void {
    const p = this.priorities;
    let i = p.length;
    p.push(priority);
    this.items.push(item);
    this.tags.push(tag);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (p[parent] <= priority) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, priority, item, tag);
  }

  /** removes the smallest entry into `item` and `tag`; false when empty */
  pop(): boolean {
    const p = this.priorities;
    const n = p.length;
    if (n === 0) return false;
    this.item = this.items[0];
    this.tag = this.tags[0];
    const lastPriority = p.pop()!;
    const lastItem = this.items.pop()!;
    const lastTag = this.tags.pop()!;
    const size = n - 1;
    if (size === 0) return true;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && p[child + 1] < p[child]) child++;
      if (p[child] >= lastPriority) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, lastPriority, lastItem, lastTag);
    return true;
  }

  private move(from: number, to: number): void {
    this.priorities[to] = this.priorities[from];
    this.items[to] = this.items[from];
    this.tags[to] = this.tags[from];
  }

  private set(i: number, priority: number, item: number, tag: number): void {
    this.priorities[i] = priority;
    this.items[i] = item;
    this.tags[i] = tag;
  }
}
