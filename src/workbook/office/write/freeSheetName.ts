/**
 * A sheet name for `base` that no name in `taken` has, ignoring case as Excel does: `base` itself,
 * else "base (label)", else "base (label 2)", "base (label 3)", …
 *
 * @example freeSheetName('Participants', 'sample', ['participants']) // "Participants (sample)"
 * @example freeSheetName('Participants', 'sample', ['Participants', 'Participants (Sample)']) // "Participants (sample 2)"
 */
export function freeSheetName(base: string, label: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const free = (name: string) => !used.has(name.toLowerCase());
  if (free(base)) return base;
  if (free(`${base} (${label})`)) return `${base} (${label})`;
  for (let n = 2; ; n++) {
    const name = `${base} (${label} ${n})`;
    if (free(name)) return name;
  }
}

/** Names for several sheets at once, each free of `taken` and of the ones chosen before it. */
export function freeSheetNames(bases: readonly string[], label: string, taken: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const base of bases) chosen.push(freeSheetName(base, label, [...taken, ...chosen]));
  return chosen;
}
