import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { LEVEL_BAND, levelBandOf } from '../equity/accessAttributes';
import type { ImpactInput } from './impactInput';
import { firstFrom, MeasureTable } from './measureTable';
import { TENURE_BANDS, TENURE_CHANGE_OFFSETS, tenureBandChanges, tenureBandIndexAt } from './tenureBand';

/** The matching variables of impact.md, by the names the output uses. */
export type MatchingVariableName = 'Level band' | 'BusinessUnit' | 'HighPotential' | 'Tenure band' | 'Performance rating';

/** impact.md's default matching variables, in its order. */
export const DEFAULT_MATCHING_VARIABLES: readonly MatchingVariableName[] = [LEVEL_BAND as 'Level band', 'BusinessUnit', 'HighPotential', 'Tenure band', 'Performance rating'];

/**
 * A matching variable: how to read a person's value at a day (the index date I_p). Besides the
 * value as text (`valueAt`), each value is coded as a small whole number, 0 … `codeCount` − 1, for
 * the rows of the input it was made from (`codeAt(i, day)` for `input.participants[i]`), so that
 * matching and the balance table compare and count numbers, not strings; `label` gives a code's
 * value (`label(codeAt(i, day))` is `valueAt(input.participants[i], day)`).
 */
export interface MatchingVariable {
  readonly name: MatchingVariableName;
  /** numeric: the balance table takes its mean (the rounded rating); categorical: one row per level */
  readonly kind: 'categorical' | 'numeric';
  /** the levels in report order where they have one (the tenure bands) */
  readonly levels?: readonly string[];
  /** whether the value can change with the day (tenure band, last rating); false: `changeDays` adds nothing */
  readonly dependsOnDay: boolean;
  /** the person's value at `day`; null: blank (a blank is its own value in matching) */
  valueAt(p: Participant, day: Day): string | null;
  /** the codes are 0 … codeCount − 1 */
  readonly codeCount: number;
  /** the value of row i of the input's Participants at `day`, coded */
  codeAt(i: number, day: Day): number;
  /** the value a code stands for; null: blank */
  label(code: number): string | null;
  /**
   * appends to `out` the days on which row i's value can change (the value at day d holds for every
   * later day up to the next change); nothing for a variable that does not depend on the day
   */
  changeDays(i: number, out: Day[]): void;
}

/** A matching variable left out, and why in plain words. */
export interface SkippedVariable {
  readonly variable: MatchingVariableName;
  readonly reason: string;
}

/**
 * The matching variables that can be used (impact.md, "The matched comparison group"): of `names`
 * (default impact.md's, in its order), each whose column has a value for somebody; one whose column
 * is absent or blank for every Participants row is skipped and named with the reason. The variables:
 * - **Level band**: `levelBandOf` of equity.md (numeric levels in twos, a text level its own band);
 * - **BusinessUnit**, **HighPotential** ("Yes" / "No") as written;
 * - **Tenure band** at the day from HireDate (`tenureBandAt`); changes on `tenureBandChanges`;
 * - **Performance rating**: the last rating dated strictly before the day, rounded, read from the
 *   Measures sheet's `MeasureTable` (`table`, made from `input.measures` when not given); changes
 *   the day after a rating whose rounded value differs. Skipped without a Measures sheet or without
 *   a Performance rating in it.
 */
export function matchingVariables(
  input: ImpactInput,
  names: readonly MatchingVariableName[] = DEFAULT_MATCHING_VARIABLES,
  table: MeasureTable | undefined = input.measures === undefined ? undefined : new MeasureTable(input.measures),
): { used: MatchingVariable[]; skipped: SkippedVariable[] } {
  const used: MatchingVariable[] = [];
  const skipped: SkippedVariable[] = [];
  const columns = input.columns.Participants;
  const people = input.participants;
  const fromColumn = (name: MatchingVariableName, column: string, has: (p: Participant) => boolean, variable: () => MatchingVariable): void => {
    if (people.some(has)) used.push(variable());
    else {
      skipped.push({
        variable: name,
        reason: columns.includes(column) ? `${column} is blank for everyone` : `the Participants sheet has no ${column} column`,
      });
    }
  };

  for (const name of new Set(names)) {
    switch (name) {
      case 'Level band':
        fromColumn(name, 'Level', (p) => levelBandOf(p) !== undefined, () => new StaticVariable(name, people, cachedLevelBand()));
        break;
      case 'BusinessUnit':
        fromColumn(name, 'BusinessUnit', (p) => blankToNull(p.businessUnit) !== null, () => new StaticVariable(name, people, (p) => blankToNull(p.businessUnit)));
        break;
      case 'HighPotential':
        fromColumn(name, 'HighPotential', (p) => p.highPotential !== undefined, () =>
          new StaticVariable(name, people, (p) => (p.highPotential === undefined ? null : p.highPotential ? 'Yes' : 'No')),
        );
        break;
      case 'Tenure band':
        fromColumn(name, 'HireDate', (p) => p.hireDate !== undefined, () => new TenureVariable(people));
        break;
      case 'Performance rating': {
        if (table === undefined) {
          skipped.push({ variable: name, reason: 'there is no Measures sheet' });
          break;
        }
        if (table.ratingKind < 0) {
          skipped.push({ variable: name, reason: 'the Measures sheet has no Performance rating' });
          break;
        }
        used.push(new RatingVariable(people, table));
        break;
      }
      default:
        throw new RangeError(`unknown matching variable: ${String(name)}`);
    }
  }
  return { used, skipped };
}

/** A variable that does not depend on the day: each row's value coded once. */
class StaticVariable implements MatchingVariable {
  readonly kind = 'categorical';
  readonly dependsOnDay = false;
  readonly codeCount: number;
  private readonly codes: Int32Array;
  private readonly labels: (string | null)[] = [];

  constructor(
    readonly name: MatchingVariableName,
    people: readonly Participant[],
    private readonly valueOf: (p: Participant) => string | null,
  ) {
    const codeOf = new Map<string | null, number>();
    this.codes = new Int32Array(people.length);
    for (let i = 0; i < people.length; i++) {
      const value = valueOf(people[i]);
      let code = codeOf.get(value);
      if (code === undefined) {
        codeOf.set(value, (code = this.labels.length));
        this.labels.push(value);
      }
      this.codes[i] = code;
    }
    this.codeCount = this.labels.length;
  }

  valueAt(p: Participant): string | null {
    return this.valueOf(p);
  }

  codeAt(i: number): number {
    return this.codes[i];
  }

  label(code: number): string | null {
    return this.labels[code];
  }

  changeDays(): void {}
}

/** Tenure band at the day from HireDate (`tenureBandIndexAt`): codes 0 … 3 the bands, 4 a blank HireDate. */
class TenureVariable implements MatchingVariable {
  readonly name = 'Tenure band';
  readonly kind = 'categorical';
  readonly levels = TENURE_BANDS;
  readonly dependsOnDay = true;
  readonly codeCount = TENURE_BANDS.length + 1;
  /** HireDate by row, NaN when blank */
  private readonly hire: Float64Array;

  constructor(people: readonly Participant[]) {
    this.hire = new Float64Array(people.length);
    for (let i = 0; i < people.length; i++) this.hire[i] = people[i].hireDate ?? NaN;
  }

  valueAt(p: Participant, day: Day): string | null {
    return p.hireDate === undefined ? null : TENURE_BANDS[tenureBandIndexAt(p.hireDate, day)];
  }

  codeAt(i: number, day: Day): number {
    const hire = this.hire[i];
    return hire !== hire ? TENURE_BANDS.length : tenureBandIndexAt(hire, day);
  }

  label(code: number): string | null {
    return code === TENURE_BANDS.length ? null : TENURE_BANDS[code];
  }

  changeDays(i: number, out: Day[]): void {
    const hire = this.hire[i];
    if (hire !== hire) return;
    if (Number.isInteger(hire)) for (const d of TENURE_CHANGE_OFFSETS) out.push(hire + d);
    else out.push(...tenureBandChanges(hire));
  }
}

/**
 * The last Performance rating dated strictly before the day (impact.md: "before I_p" means dated
 * strictly before it), rounded to the nearest whole number (halves up). Each rating row's rounded
 * value is coded once; the last code `codeCount − 1` is a blank (no rating before the day).
 */
class RatingVariable implements MatchingVariable {
  readonly name = 'Performance rating';
  readonly kind = 'numeric';
  readonly dependsOnDay = true;
  readonly codeCount: number;
  private readonly labels: (string | null)[] = [];
  /** the code of each row of the table (rating rows only) */
  private readonly codes: Int32Array;
  /** row i's ratings are [from[i], to[i]) of the table */
  private readonly from: Int32Array;
  private readonly to: Int32Array;

  constructor(
    people: readonly Participant[],
    private readonly table: MeasureTable,
  ) {
    const kind = table.ratingKind;
    const codeOf = new Map<number, number>();
    this.codes = new Int32Array(table.kinds.length);
    for (let j = 0; j < table.kinds.length; j++) {
      if (table.kinds[j] !== kind) continue;
      const rounded = Math.round(table.values[j]) + 0; // + 0: −0 reads "0"
      let code = codeOf.get(rounded);
      if (code === undefined) {
        codeOf.set(rounded, (code = this.labels.length));
        this.labels.push(String(rounded));
      }
      this.codes[j] = code;
    }
    this.labels.push(null);
    this.codeCount = this.labels.length;
    this.from = new Int32Array(people.length);
    this.to = new Int32Array(people.length);
    const persons = table.personsOf(people);
    for (let i = 0; i < people.length; i++) {
      table.find(persons[i], kind);
      this.from[i] = table.from;
      this.to[i] = table.to;
    }
  }

  valueAt(p: Participant, day: Day): string | null {
    const t = this.table;
    t.find(t.personOf(p.personId), t.ratingKind);
    const last = firstFrom(t.dates, t.from, t.to, day) - 1;
    return last < t.from ? null : this.labels[this.codes[last]];
  }

  codeAt(i: number, day: Day): number {
    const from = this.from[i];
    const last = firstFrom(this.table.dates, from, this.to[i], day) - 1;
    return last < from ? this.codeCount - 1 : this.codes[last];
  }

  label(code: number): string | null {
    return this.labels[code];
  }

  /**
   * the days a row's last rating before the day changes its rounded value: the day after a rating
   * date whose last rating (in row order) rounds differently from the one before it
   */
  changeDays(i: number, out: Day[]): void {
    const dates = this.table.dates;
    const to = this.to[i];
    let previous = -1;
    for (let j = this.from[i]; j < to; j++) {
      if (j + 1 < to && dates[j + 1] === dates[j]) continue; // the day's last rating is the one read
      const code = this.codes[j];
      if (code !== previous) out.push(dates[j] + 1);
      previous = code;
    }
  }
}

/** `levelBandOf` with each numeric band's label made once (not one string per person and day) */
function cachedLevelBand(): (p: Participant) => string | null {
  const labels = new Map<number, string>();
  return (p) => {
    const level = p.levelNumber;
    if (level === undefined || !Number.isFinite(level)) return levelBandOf(p) ?? null;
    const band = Math.floor((level - 1) / 2);
    let label = labels.get(band);
    if (label === undefined) labels.set(band, (label = levelBandOf(p)!));
    return label;
  };
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
