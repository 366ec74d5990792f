import { mulberry32 } from '../stats/seededRandom.test-helpers';
import { assign, maxMatching } from './assign';

/**
 * Every assignment of n mentees to G givers (each mentee: no giver or one allowed giver; each giver
 * at most slots[g]), enumerated; the best by (matched, Σ units, Σ tie-break), the tie-break being the
 * documented t(i, g) = (n − 1 − i) + (G − 1 − g).
 */
function bruteForce(n: number, G: number, slots: number[], allowed: Uint8Array, units: number[]) {
  let best = { matched: -1, units: -1, tie: -1 };
  const load = new Array(G).fill(0);
  const walk = (i: number, matched: number, u: number, t: number) => {
    if (i === n) {
      if (matched > best.matched || (matched === best.matched && (u > best.units || (u === best.units && t > best.tie)))) best = { matched, units: u, tie: t };
      return;
    }
    walk(i + 1, matched, u, t);
    for (let g = 0; g < G; g++) {
      if (allowed[i * G + g] !== 1 || load[g] >= slots[g]) continue;
      load[g]++;
      walk(i + 1, matched + 1, u + units[i * G + g], t + (n - 1 - i) + (G - 1 - g));
      load[g]--;
    }
  };
  walk(0, 0, 0, 0);
  return best;
}

function totals(n: number, G: number, giverOf: Int32Array, units: number[]) {
  let matched = 0;
  let u = 0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const g = giverOf[i];
    if (g < 0) continue;
    matched++;
    u += units[i * G + g];
    t += n - 1 - i + (G - 1 - g);
  }
  return { matched, units: u, tie: t };
}

describe('assign: the exact optimum on capacity slots', () => {
  test('equals the brute-force optimum (matched, then total units, then the tie-break) on 400 small random cases', () => {
    const random = mulberry32(20260115);
    for (let c = 0; c < 400; c++) {
      const n = 1 + Math.floor(random() * 6);
      const G = 1 + Math.floor(random() * 4);
      const slots = Array.from({ length: G }, () => Math.floor(random() * 3));
      const density = 0.3 + random() * 0.7;
      const allowed = Uint8Array.from({ length: n * G }, () => (random() < density ? 1 : 0));
      // few distinct values: many ties, so the tie-break is exercised
      const spread = random() < 0.5 ? 3 : 100_000;
      const units = Array.from({ length: n * G }, () => Math.floor(random() * spread));
      const { giverOf, matched } = assign(n, G, slots, allowed, units);

      const load = new Array(G).fill(0);
      for (let i = 0; i < n; i++) {
        const g = giverOf[i];
        if (g < 0) continue;
        expect(allowed[i * G + g]).toBe(1);
        load[g]++;
      }
      load.forEach((l, g) => expect(l).toBeLessThanOrEqual(slots[g]));
      const got = totals(n, G, giverOf, units);
      expect(got.matched).toBe(matched);
      expect(got).toEqual(bruteForce(n, G, slots, allowed, units));
    }
  });

  test('one slot, two mentees with equal scores: the earlier mentee (PersonID order) gets it; one mentee, two equal givers: the earlier giver', () => {
    expect(Array.from(assign(2, 1, [1], Uint8Array.of(1, 1), [5, 5]).giverOf)).toEqual([0, -1]);
    expect(Array.from(assign(1, 2, [1, 1], Uint8Array.of(1, 1), [5, 5]).giverOf)).toEqual([0]);
  });

  test('matching more mentees comes before a higher total score', () => {
    // mentee 0 may take giver 0 (100) or giver 1 (1); mentee 1 only giver 0 (1): both matched beats 100 alone
    const { giverOf, matched } = assign(2, 2, [1, 1], Uint8Array.of(1, 1, 1, 0), [100, 1, 1, 0]);
    expect(matched).toBe(2);
    expect(Array.from(giverOf)).toEqual([1, 0]);
  });

  test('nobody can be matched: no giver has room, or no pair is allowed', () => {
    expect(Array.from(assign(2, 1, [0], Uint8Array.of(1, 1), [1, 1]).giverOf)).toEqual([-1, -1]);
    expect(assign(2, 1, [2], Uint8Array.of(0, 0), [1, 1]).matched).toBe(0);
    expect(assign(0, 0, [], new Uint8Array(0), []).matched).toBe(0);
  });

  test('scores too large for the tie-break to fit in 53 bits: it is left out, and the optimum is still exact', () => {
    // 3 mentees × 2 givers of one place each; units near 10^15, so ν · (max units · B) = 2 · 10^15 · 7 passes 2^53
    const units = [1e15, 1e15 + 3, 1e15 + 1, 1e15 + 7, 1e15 + 2, 1e15 + 2];
    const allowed = Uint8Array.of(1, 1, 1, 1, 1, 1);
    const r = assign(3, 2, [1, 1], allowed, units);
    expect(r.tieBreak).toBe(false);
    // by hand, over 10^15 per pair: giver 0 takes mentee 0, 1 or 2 (+0, +1, +2), giver 1 mentee 0, 1 or 2 (+3, +7, +2);
    // the best with two different mentees is mentee 2 → giver 0 and mentee 1 → giver 1: +9
    expect(Array.from(r.giverOf)).toEqual([-1, 1, 0]);
  });

  test('maxMatching finds an augmenting path the greedy start misses', () => {
    // row 0 may take givers 0 or 1, row 1 only giver 0: greedy gives row 0 giver 0, augmenting moves it
    expect(maxMatching(2, 2, Int32Array.of(1, 1), [Int32Array.of(0, 1), Int32Array.of(0)])).toBe(2);
    // capacities: giver 0 holds two
    expect(maxMatching(3, 1, Int32Array.of(2), [Int32Array.of(0), Int32Array.of(0), Int32Array.of(0)])).toBe(2);
  });
});
