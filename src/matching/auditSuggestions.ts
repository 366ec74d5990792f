import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { PairingRole } from '../model/records';
import { testAccessResources } from '../equity/accessEquity';
import { equityAttributes, groupIndexes } from '../equity/accessAttributes';
import type { AccessResource } from '../equity/accessResources';
import type { AccessTest } from '../equity/equityResults';
import { SENIOR_LEVEL_GAP } from '../equity/seniorMentor';
import { gini } from '../stats';
import type { HardRule, SuggestionResult } from './suggestPairings';

/** The audit's two yes/no resources, as they are named in its tests. */
export const SUGGESTED = 'Suggestion';
export const SENIOR_GIVER = 'Senior giver';

/** The mean score of the suggestions made to one group's mentees. */
export interface GroupScore {
  readonly attribute: string;
  readonly group: string;
  /** the group's mentees */
  readonly n: number;
  /** how many of them got a suggestion: the people behind `meanScore` */
  readonly suggested: number;
  /** the mean score (0..100) of their suggestions; null when none */
  readonly meanScore: number | null;
  /** n < k or suggested < k: the figure is about fewer than k people and must not be shown */
  readonly suppressed: boolean;
}

export interface SuggestionAudit {
  readonly role: PairingRole;
  readonly k: number;
  /**
   * Per attribute (`equityAttributes`: each demographic attribute, BusinessUnit, Location, Level band)
   * and group, two resources, tested exactly as access equity (`testAccessResources`: Wilson, the
   * reference group, impact ratio, Fisher, shortfall, Benjamini–Hochberg over these tests, status and
   * reason; status `suppressed` for n < k, figures kept as the access engine keeps them, for the
   * privacy rule to remove before anything is written):
   * - `Suggestion`: population the mentees; yes when they got a suggestion;
   * - `Senior giver`: population the mentees with a numeric Level; yes when their suggested giver's
   *   Level ≥ theirs + 2 (both numeric). Tested only where Participants has a Level column.
   */
  readonly tests: readonly AccessTest[];
  /** per attribute and group (same order as the tests), the mean score of the group's suggestions */
  readonly scores: readonly GroupScore[];
  readonly candidatePairs: number;
  readonly removedByRule: Readonly<Record<HardRule, number>>;
  readonly removedPairs: number;
  /** Gini coefficient of active mentees across the role's givers at A, before the suggestions */
  readonly giniBefore: number | null;
  /** the same with the suggestions added: the resulting giver load */
  readonly giniAfter: number | null;
}

/**
 * The equity audit of pairing suggestions (matching.md, "Equity audit of the suggestions"), made on the
 * suggestions before anyone sees them: for each attribute and group, the share of its mentees who got
 * a suggestion and the share who got a senior giver, each with impact ratio, Fisher, BH and status
 * exactly as equity.md (the access-equity engine's own code on these two resources, with k); the mean
 * score per group; the pairs each hard rule removed; the Gini of the giver load before and after.
 *
 * `data` and `asOf` must be those `result` was computed from. Pure.
 */
export function auditSuggestions(data: ProgramData, asOf: Day, result: SuggestionResult, k: number): SuggestionAudit {
  if (!(k >= 1) || !Number.isFinite(k)) throw new RangeError(`k must be a number ≥ 1, got ${k}`);
  if (result.asOf !== asOf) throw new RangeError('the audit must be made as of the suggestions’ date');
  const people = data.participants;
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < people.length; i++) if (!firstIndex.has(people[i].personId)) firstIndex.set(people[i].personId, i);

  const menteeIndex = Int32Array.from(result.mentees.map((id) => firstIndex.get(id)!)).sort();
  const byPerson = new Map(result.suggestions.map((s) => [s.personId, s]));
  const suggested = new Uint8Array(people.length);
  const senior = new Uint8Array(people.length);
  const leveled: number[] = [];
  for (const i of menteeIndex) {
    const s = byPerson.get(people[i].personId);
    if (s !== undefined) suggested[i] = 1;
    const level = people[i].levelNumber;
    if (level === undefined || !Number.isFinite(level)) continue;
    leveled.push(i);
    if (s !== undefined && s.giverLevel !== null && s.giverLevel >= level + SENIOR_LEVEL_GAP) senior[i] = 1;
  }
  const resources: AccessResource[] = [{ resource: SUGGESTED, population: menteeIndex, yes: suggested }];
  if (data.columns.Participants.includes('Level')) resources.push({ resource: SENIOR_GIVER, population: Int32Array.from(leveled), yes: senior });
  const tests = testAccessResources(data, resources, k);

  const scores: GroupScore[] = [];
  for (const { attribute, names, index } of groupIndexes(equityAttributes(data), people, menteeIndex)) {
    const n = new Int32Array(names.length);
    const count = new Int32Array(names.length);
    const sums: number[][] = names.map(() => []);
    for (const i of menteeIndex) {
      const g = index[i];
      if (g < 0) continue;
      n[g]++;
      const s = byPerson.get(people[i].personId);
      if (s === undefined) continue;
      count[g]++;
      sums[g].push(s.score);
    }
    for (let g = 0; g < names.length; g++) {
      if (n[g] === 0) continue;
      const list = sums[g].sort((a, b) => a - b);
      let total = 0;
      for (const v of list) total += v;
      scores.push({
        attribute,
        group: names[g],
        n: n[g],
        suggested: count[g],
        meanScore: count[g] > 0 ? total / count[g] : null,
        suppressed: n[g] < k || count[g] < k,
      });
    }
  }

  return {
    role: result.role,
    k,
    tests,
    scores,
    candidatePairs: result.candidatePairs,
    removedByRule: result.removedByRule,
    removedPairs: result.removedPairs,
    giniBefore: gini(result.givers.map((g) => g.active)),
    giniAfter: gini(result.givers.map((g) => g.active + g.suggested)),
  };
}
