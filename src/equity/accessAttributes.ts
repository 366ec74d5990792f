import type { ProgramData } from '../model/program';
import type { Participant } from '../model/records';
import { groupBy } from '../metrics/segmentAttributes';
import { pooledGroupOf } from '../privacy/poolSmallGroups';

/** The name of the Level band attribute (equity.md, Access equity: "plus BusinessUnit, Location and Level band"). */
export const LEVEL_BAND = 'Level band';

/** An attribute the equity tests compare groups of: its name and how to read a person's group. */
export interface EquityAttribute {
  readonly attribute: string;
  /** the person's group; undefined: in no group (counted in no group's population) */
  readonly groupOf: (p: Participant) => string | undefined;
}

/**
 * A person's Level band (equity.md, Access equity, "Level band"). equity.md does not say how wide a
 * band is; Cadre's choice: numeric levels in bands of two, 1–2, 3–4, 5–6, … by the Level as a
 * number (`levelNumber`, "L7" and "Grade 7" being 7): band b = ⌊(L − 1) / 2⌋, labelled
 * "Level {2b + 1}–{2b + 2}" (so 7 and 8 are "Level 7–8", 9 and 10 "Level 9–10"; a fractional 7.5 is
 * in "Level 7–8"). A Level that is not a number ("Director") is its own band, labelled by its text.
 * No Level: no band.
 *
 * @example levelBandOf({ levelNumber: 7, ... }) // "Level 7–8"
 */
export function levelBandOf(p: Pick<Participant, 'level' | 'levelNumber'>): string | undefined {
  if (p.levelNumber !== undefined && Number.isFinite(p.levelNumber)) {
    const b = Math.floor((p.levelNumber - 1) / 2);
    return `Level ${2 * b + 1}–${2 * b + 2}`;
  }
  return p.level !== undefined && p.level !== '' ? p.level : undefined;
}

/**
 * `levelBandOf` with the numeric bands' labels built once per band (a label per person would be
 * 100,000 strings on the large set); text levels are returned as they are.
 */
function cachedLevelBands(): (p: Participant) => string | undefined {
  const labels = new Map<number, string>();
  return (p) => {
    const level = p.levelNumber;
    if (level === undefined || !Number.isFinite(level)) return levelBandOf(p);
    const b = Math.floor((level - 1) / 2);
    let label = labels.get(b);
    if (label === undefined) labels.set(b, (label = levelBandOf(p)!));
    return label;
  };
}

/**
 * The attributes of the equity tests (equity.md, Access equity: "each demographic attribute (plus
 * BusinessUnit, Location and Level band)"; Outcome equity uses the same): every demographic attribute
 * column found (`data.attributes`, as read by intake), then BusinessUnit, Location and Level band
 * where the Participants sheet has the BusinessUnit, Location and Level column. A column absent from
 * the workbook is no attribute; a person with a blank value is in no group. Groups pooled for
 * privacy (`data.pooling`) are read as their pooled group.
 */
export function equityAttributes(data: ProgramData): EquityAttribute[] {
  const has = (c: string) => data.columns.Participants.includes(c);
  const out: EquityAttribute[] = [];
  for (const a of data.attributes) out.push({ attribute: a, groupOf: (p) => p.attributes[a] });
  if (has('BusinessUnit')) out.push({ attribute: 'BusinessUnit', groupOf: (p) => p.businessUnit });
  if (has('Location')) out.push({ attribute: 'Location', groupOf: (p) => p.location });
  if (has('Level')) out.push({ attribute: LEVEL_BAND, groupOf: cachedLevelBands() });
  return out.map(({ attribute, groupOf }) => ({ attribute, groupOf: pooledGroupOf(data, attribute, groupOf) }));
}

/**
 * Items grouped by an attribute (`groupBy`: people without a value are in no group), groups in report
 * order: by name (code-unit order), except the Level band, whose numeric bands come in numeric order
 * ("Level 1–2" before "Level 9–10" before "Level 11–12") and text bands after them, by name.
 */
export function groupsOf<T>(attribute: string, items: readonly T[], groupOf: (item: T) => string | undefined): [string, T[]][] {
  const groups = groupBy(items, groupOf);
  if (attribute !== LEVEL_BAND) return groups;
  const key = (name: string): number => {
    const m = /^Level (-?\d+)–-?\d+$/.exec(name);
    return m ? Number(m[1]) : Infinity;
  };
  return groups
    .map((g, i) => ({ g, i, k: key(g[0]) }))
    .sort((a, b) => (a.k !== b.k ? (a.k < b.k ? -1 : 1) : a.i - b.i))
    .map((x) => x.g);
}

/** Items' groups for one attribute, as group numbers: `names[index[i]]` is item i's group (−1: none). */
export interface GroupIndex {
  readonly attribute: string;
  /** the groups in report order (`groupsOf`) */
  readonly names: readonly string[];
  /** per item, the position of its group in `names`; −1 for an item in no group (or not in `subset`) */
  readonly index: Int32Array;
}

/**
 * The groups of each attribute as numbers, for counting in typed arrays: one pass over the items (each
 * item read once for all the attributes, which matters for the large set's 100,000 scattered person
 * records), one `groupOf` call and one map look-up per item and attribute, no list of members built.
 * Groups in the order of `groupsOf`. With `subset` (indices into `items`), only those items are read;
 * the others get −1.
 */
export function groupIndexes<T>(
  attributes: readonly { readonly attribute: string; readonly groupOf: (item: T) => string | undefined }[],
  items: readonly T[],
  subset?: ArrayLike<number>,
): GroupIndex[] {
  const m = attributes.length;
  const provisional = attributes.map(() => new Map<string, number>());
  const indexes = attributes.map(() => new Int32Array(items.length).fill(-1));
  const count = subset === undefined ? items.length : subset.length;
  for (let j = 0; j < count; j++) {
    const i = subset === undefined ? j : subset[j];
    const item = items[i];
    for (let a = 0; a < m; a++) {
      const g = attributes[a].groupOf(item);
      if (g === undefined) continue;
      const ids = provisional[a];
      let id = ids.get(g);
      if (id === undefined) ids.set(g, (id = ids.size));
      indexes[a][i] = id;
    }
  }
  return attributes.map(({ attribute }, a) => {
    const ids = provisional[a];
    const index = indexes[a];
    const names = groupsOf(attribute, [...ids.keys()], (name) => name).map(([name]) => name);
    const rank = new Int32Array(names.length);
    names.forEach((name, r) => (rank[ids.get(name)!] = r));
    for (let i = 0; i < index.length; i++) if (index[i] >= 0) index[i] = rank[index[i]];
    return { attribute, names, index };
  });
}
