/**
 * Sorts a Float64Array in increasing numeric order, in place, and returns it — like
 * `Float64Array.prototype.sort()` but by an LSD radix sort on the IEEE 754 bit patterns (six passes
 * of 11 bits, each skipped when every key has the same digit, as for whole-number durations whose
 * low mantissa bits are all zero), which is O(n) and several times faster than the comparison sort
 * on 100,000 values. −0 sorts before +0; values must not be NaN.
 *
 * Source: the bit-flip ordering of floats for radix sorting (M. Herf (2001), "Radix Tricks",
 * http://stereopsis.com/radix.html): flip every bit of a negative number, only the sign bit of a
 * positive one, and the unsigned 64-bit patterns sort like the numbers. Small arrays use the
 * built-in sort.
 *
 * @example sortFloat64(Float64Array.of(3, -1, 2.5, 0)) // Float64Array [-1, 0, 2.5, 3]
 */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 256 || !LITTLE_ENDIAN) return values.sort();
  const RADIX = 2048;
  const PASSES = 6; // 6 × 11 = 66 ≥ 64 bits
  // one read pass for all six histograms, on the flipped keys
  const counts = new Uint32Array(PASSES * RADIX);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n); // little-endian: [lo, hi]
  const keys = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    const mask = hi >> 31; // −1 for negative numbers, 0 otherwise
    const kLo = (lo ^ mask) >>> 0;
    const kHi = (hi ^ (mask | 0x80000000)) >>> 0;
    keys[2 * i] = kLo;
    keys[2 * i + 1] = kHi;
    counts[kLo & 0x7ff]++;
    counts[RADIX + ((kLo >>> 11) & 0x7ff)]++;
    counts[2 * RADIX + (((kLo >>> 22) | (kHi << 10)) & 0x7ff)]++;
    counts[3 * RADIX + ((kHi >>> 1) & 0x7ff)]++;
    counts[4 * RADIX + ((kHi >>> 12) & 0x7ff)]++;
    counts[5 * RADIX + (kHi >>> 23)]++;
  }
  let source = keys;
  let target = new Uint32Array(2 * n);
  for (let pass = 0; pass < PASSES; pass++) {
    const base = pass * RADIX;
    // skip a pass whose digit is the same for every key
    let trivial = false;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[base + d];
      if (c === n) trivial = true;
      if (c !== 0) break;
    }
    if (trivial) continue;
    let offset = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[base + d];
      counts[base + d] = offset;
      offset += c;
    }
    for (let i = 0; i < n; i++) {
      const kLo = source[2 * i];
      const kHi = source[2 * i + 1];
      let digit: number;
      if (pass === 0) digit = kLo & 0x7ff;
      else if (pass === 1) digit = (kLo >>> 11) & 0x7ff;
      else if (pass === 2) digit = ((kLo >>> 22) | (kHi << 10)) & 0x7ff;
      else if (pass === 3) digit = (kHi >>> 1) & 0x7ff;
      else if (pass === 4) digit = (kHi >>> 12) & 0x7ff;
      else digit = kHi >>> 23;
      const j = counts[base + digit]++;
      target[2 * j] = kLo;
      target[2 * j + 1] = kHi;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  // unflip into the caller's array
  for (let i = 0; i < n; i++) {
    const kLo = source[2 * i];
    const kHi = source[2 * i + 1];
    const mask = ~(kHi >> 31); // keys of negative numbers have the top bit clear → mask −1
    words[2 * i] = kLo ^ mask;
    words[2 * i + 1] = kHi ^ (mask | 0x80000000);
  }
  return values;
}
