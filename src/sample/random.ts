/**
 * A small, fast, seeded pseudo-random number generator for the sample program, so that one seed always
 * gives the same workbook on every machine and JavaScript engine. Nothing in `src/sample` uses
 * `Math.random`.
 *
 * The generator is **sfc32** ("Small Fast Counting", Chris Doty-Humphrey, PractRand): 128 bits of
 * state, 32-bit output, passes PractRand and BigCrush, and needs only 32-bit integer arithmetic
 * (`| 0`, `>>>`), which JavaScript does exactly. The state is seeded from the text `"<seed>/<label>"`
 * with the **cyrb128** string hash (four 32-bit lanes), then the first 15 outputs are discarded, as
 * sfc32's author recommends. `fork(label)` gives an independent stream for one part of the generator,
 * so adding draws to one part does not change the others.
 *
 * Helpers: `next` (uniform [0, 1)), `uniform`, `int`, `chance`, `pick`, `weighted`/`WeightedChoice`,
 * `normal` (Box–Muller, the second value cached), `exponential` (inverse CDF), `shuffle`
 * (Fisher–Yates).
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal = NaN;
  /** the seed and label this stream was made from (for `fork`) */
  readonly seed: number;
  readonly label: string;

  constructor(seed: number, label = '') {
    this.seed = seed;
    this.label = label;
    const [a, b, c, d] = cyrb128(`${seed}/${label}`);
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** An independent stream for one part of the work, fixed by this stream's seed and `label`. */
  fork(label: string): Rng {
    return new Rng(this.seed, this.label ? `${this.label}/${label}` : label);
  }

  /** The next 32-bit unsigned integer (sfc32). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1), 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform on [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** A uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An element chosen with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)] as T;
  }

  /** An index chosen with probability proportional to `weights[i]`. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] as number;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  /** Normal(mean, sd) by the Box–Muller transform; the second variate of each pair is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = NaN;
      return mean + sd * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  /** Exponential with the given rate (mean 1 / rate), by the inverse CDF. */
  exponential(rate: number): number {
    return -Math.log(1 - this.next()) / rate;
  }

  /** Shuffles an array or typed array in place (Fisher–Yates) and returns it. */
  shuffle<A extends { length: number; [i: number]: unknown }>(items: A): A {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp: A[number] = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}

/**
 * A fixed categorical distribution, prepared once and drawn from many times (cumulative weights,
 * linear scan: the tables here have at most a dozen entries).
 */
export class WeightedChoice<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('WeightedChoice needs as many weights as items, at least one');
    }
    this.items = items;
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as number;
      if (!(w >= 0)) throw new RangeError(`negative or invalid weight ${w}`);
      total += w;
      this.cumulative[i] = total;
    }
    if (!(total > 0)) throw new RangeError('weights sum to zero');
    for (let i = 0; i < weights.length; i++) this.cumulative[i] = (this.cumulative[i] as number) / total;
    this.cumulative[weights.length - 1] = 1;
  }

  /** The index of a draw. */
  index(rng: Rng): number {
    return this.indexAt(rng.next());
  }

  /** The index whose cumulative interval holds u ∈ [0, 1) (the inverse CDF). */
  indexAt(u: number): number {
    const c = this.cumulative;
    for (let i = 0; i < c.length; i++) if (u < (c[i] as number)) return i;
    return c.length - 1;
  }

  /** A draw. */
  draw(rng: Rng): T {
    return this.items[this.index(rng)] as T;
  }

  /** The mean of the items' values, for numeric tables. */
  mean(value: (item: T) => number): number {
    let m = 0;
    let prev = 0;
    for (let i = 0; i < this.items.length; i++) {
      const c = this.cumulative[i] as number;
      m += (c - prev) * value(this.items[i] as T);
      prev = c;
    }
    return m;
  }
}

/** cyrb128 (bryc, public domain): a fast 128-bit string hash, here used only to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
