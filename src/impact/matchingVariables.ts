import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { LEVEL_BAND, levelBandOf } from '../equity/accessAttributes';
import type { ImpactInput } from './impactInput';
import { lastRatingBefore, ratingIndex } from './performanceRatings';
import type { PersonSeries } from './personSeries';
import { TENURE_BANDS, tenureBandAt, tenureBandChanges } from './tenureBand';

/** The matching variables of impact.md, by the names the output uses. */
export type MatchingVariableName = 'Level band' | 'BusinessUnit' | 'HighPotential' | 'Tenure band' | 'Performance rating';

/** impact.md's default matching variables, in its order. */
export const DEFAULT_MATCHING_VARIABLES: readonly MatchingVariableName[] = [LEVEL_BAND as 'Level band', 'BusinessUnit', 'HighPotential', 'Tenure band', 'Performance rating'];

/** A matching variable: how to read a person's value at a day (the index date I_p). */
export interface MatchingVariable {
  readonly name: MatchingVariableName;
  /** numeric: the balance table takes its mean (the rounded rating); categorical: one row per level */
  readonly kind: 'categorical' | 'numeric';
  /** the levels in report order where they have one (the tenure bands) */
  readonly levels?: readonly string[];
  /** whether the value can change with the day (tenure band, last rating); false: `changeDays` is always empty */
  readonly dependsOnDay: boolean;
  /** the person's value at `day`; null: blank (a blank is its own value in matching) */
  valueAt(p: Participant, day: Day): string | null;
  /**
   * the days on which the person's value can change (the value at day d holds for every later day up
   * to the next change); empty for a variable that does not depend on the day
   */
  changeDays(p: Participant): readonly Day[];
}

/** A matching variable left out, and why in plain words. */
export interface SkippedVariable {
  readonly variable: MatchingVariableName;
  readonly reason: string;
}

const NO_CHANGES: readonly Day[] = [];

/**
 * The matching variables that can be used (impact.md, "The matched comparison group"): of `names`
 * (default impact.md's, in its order), each whose column has a value for somebody; one whose column
 * is absent or blank for every Participants row is skipped and named with the reason. The variables:
 * - **Level band**: `levelBandOf` of equity.md (numeric levels in twos, a text level its own band);
 * - **BusinessUnit**, **HighPotential** ("Yes" / "No") as written;
 * - **Tenure band** at the day from HireDate (`tenureBandAt`); changes on `tenureBandChanges`;
 * - **Performance rating**: the last rating dated strictly before the day, rounded
 *   (`lastRatingBefore`); changes the day after each rating. Skipped without a Measures sheet or
 *   without a Performance rating in it.
 */
export function matchingVariables(
  input: ImpactInput,
  names: readonly MatchingVariableName[] = DEFAULT_MATCHING_VARIABLES,
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
        fromColumn(name, 'Level', (p) => levelBandOf(p) !== undefined, () => staticVariable(name, cachedLevelBand()));
        break;
      case 'BusinessUnit':
        fromColumn(name, 'BusinessUnit', (p) => blankToNull(p.businessUnit) !== null, () => staticVariable(name, (p) => blankToNull(p.businessUnit)));
        break;
      case 'HighPotential':
        fromColumn(name, 'HighPotential', (p) => p.highPotential !== undefined, () =>
          staticVariable(name, (p) => (p.highPotential === undefined ? null : p.highPotential ? 'Yes' : 'No')),
        );
        break;
      case 'Tenure band':
        fromColumn(name, 'HireDate', (p) => p.hireDate !== undefined, () => ({
          name,
          kind: 'categorical',
          levels: TENURE_BANDS,
          dependsOnDay: true,
          valueAt: (p, day) => (p.hireDate === undefined ? null : tenureBandAt(p.hireDate, day)),
          changeDays: (p) => (p.hireDate === undefined ? NO_CHANGES : tenureBandChanges(p.hireDate)),
        }));
        break;
      case 'Performance rating': {
        if (input.measures === undefined) {
          skipped.push({ variable: name, reason: 'there is no Measures sheet' });
          break;
        }
        const index = ratingIndex(input.measures);
        if (index.size === 0) {
          skipped.push({ variable: name, reason: 'the Measures sheet has no Performance rating' });
          break;
        }
        used.push({
          name,
          kind: 'numeric',
          dependsOnDay: true,
          valueAt: (p, day) => {
            const r = lastRatingBefore(index, p.personId, day);
            return r === undefined ? null : String(r + 0); // + 0: −0 reads "0"
          },
          changeDays: (p) => ratingChangeDays(index.get(p.personId)),
        });
        break;
      }
      default:
        throw new RangeError(`unknown matching variable: ${String(name)}`);
    }
  }
  return { used, skipped };
}

function staticVariable(name: MatchingVariableName, valueOf: (p: Participant) => string | null): MatchingVariable {
  return { name, kind: 'categorical', dependsOnDay: false, valueAt: (p) => valueOf(p), changeDays: () => NO_CHANGES };
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

/**
 * The days a person's last rating before the day changes its rounded value: the day after a rating
 * date whose last rating (in row order) rounds differently from the one before it.
 */
function ratingChangeDays(series: PersonSeries | undefined): readonly Day[] {
  if (series === undefined) return NO_CHANGES;
  const { dates, values } = series;
  const out: Day[] = [];
  let previous: number | undefined;
  for (let i = 0; i < dates.length; i++) {
    if (i + 1 < dates.length && dates[i + 1] === dates[i]) continue; // the day's last rating is the one read
    const rounded = Math.round(values[i]);
    if (rounded !== previous) out.push(dates[i] + 1);
    previous = rounded;
  }
  return out;
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
