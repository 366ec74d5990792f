import type { Timed } from './inputTypes';

/**
 * Index of the last point whose time is ≤ t in a list sorted by increasing time, or −1 if every
 * point is after t (binary search, O(log n)). This is what makes the step functions of the curves
 * right-continuous: at an event time the value after the step is returned.
 *
 * @example lastIndexAtOrBefore([{ time: 1 }, { time: 3 }], 2) // 0
 */
export function lastIndexAtOrBefore(points: readonly Timed[], t: number): number {
  if (Number.isNaN(t)) throw new RangeError('time must be a number, got NaN');
  let lo = 0;
  let hi = points.length; // invariant: points[< lo].time ≤ t < points[≥ hi].time
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid].time <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
