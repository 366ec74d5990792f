import { isoFromDay } from '../calendar/isoFromDay';
import { equityAttributes } from '../equity/accessAttributes';
import { CRITERIA, type CriterionName, type FairnessFloorResult, type HardRule, type Suggestion, type SuggestionAudit, type SuggestionResult, type UnmatchedReason, type Weights, auditSuggestions, suggestPairings } from '../matching';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { PairingRole } from '../model/records';
import { SUGGESTION_DISCLOSURE_TABLES, type JsonObject } from '../privacy/disclosureTables';
import { MIN_GROUP_RULE, isMinGroup } from '../privacy/minGroup';
import { poolingFor } from '../privacy/poolSmallGroups';
import type { AccessTestRow, GroupRow } from '../privacy/protectedDocument';
import { protectTables } from '../privacy/suppressSmallGroups';

export { CRITERIA, type CriterionName, type HardRule } from '../matching';
export type { AccessTestRow } from '../privacy/protectedDocument';

/** Scores and contributions in the document: to the engine's grid, a thousandth of a point. */
const POINTS = 1000;
const points = (v: number): number => Math.round(v * POINTS) / POINTS;

/**
 * One suggested pair (matching.md, Output: `{ personId, mentorId, role, score, criteria }`), with what
 * explains it: the engine's `Suggestion`, its score and contributions rounded to a thousandth of a
 * point in the document (they add up to the score, to rounding).
 */
export type SuggestionEntry = Suggestion;

/** The mean score of a group's suggestions (`GroupScore` without the engine's flag: the privacy pass decides). */
export interface ScoreRow {
  readonly attribute: string;
  readonly group: string;
  /** the group's mentees */
  readonly n: number;
  /** how many of them got a suggestion */
  readonly suggested: number;
  /** 0..100; null when none got one */
  readonly meanScore: number | null;
}

/** The audit after the privacy pass: a group of 1 to k − 1 mentees keeps its labels only. */
export interface ProtectedSuggestionAudit {
  readonly minGroup: number;
  readonly tests: readonly AccessTestRow[];
  readonly scores: readonly GroupRow<ScoreRow, 'n' | 'suggested', 'meanScore'>[];
  /** mentee × giver pairs considered */
  readonly candidatePairs: number;
  /** pairs each hard rule removed (a pair breaking two rules counts under both) */
  readonly removedByRule: Readonly<Record<HardRule, number>>;
  /** distinct pairs removed by at least one rule */
  readonly removedPairs: number;
  /** Gini of active mentees across the role's givers, before and with the suggestions */
  readonly giniBefore: number | null;
  readonly giniAfter: number | null;
}

/** A criterion as the output shows it: its weight, its default, and whether it is in the score. */
export interface CriterionUse {
  readonly name: CriterionName;
  readonly label: string;
  readonly weight: number;
  readonly defaultWeight: number;
  /** null: in the score; else what the workbook lacks, so it was left out */
  readonly missing: string | null;
}

/**
 * The suggestion document (`cadre suggest --json`, schema/suggest.schema.json; matching.md, Output):
 * the suggestions with their criteria, the unmatched with why, the equity audit after the privacy
 * pass, the weights. Person-level (ids): for the analyst, like the Analyst Detail sheet. Holds no
 * clock time, so the same workbook gives the same document.
 */
export interface SuggestionDocument {
  readonly schemaVersion: 1;
  readonly asOf: string;
  readonly role: PairingRole;
  readonly minGroup: number;
  readonly inputFingerprint: string;
  /** how many need a giver of the role (mentees) and how many givers of the role there are */
  readonly mentees: number;
  readonly givers: number;
  readonly options: { readonly defaultCapacity: number; readonly allowRepeat: boolean; readonly minLevelGap: number };
  readonly suggestions: readonly SuggestionEntry[];
  readonly unmatched: readonly { readonly personId: string; readonly reason: UnmatchedReason }[];
  /** Σ score over the suggestions */
  readonly totalScore: number;
  readonly audit: ProtectedSuggestionAudit;
  /** every weight in use, by criterion (the file `--weights` reads has this shape) */
  readonly weights: Weights;
  readonly criteria: readonly CriterionUse[];
  readonly absentCriteria: readonly { readonly name: CriterionName; readonly missing: string }[];
  /** the fairness floor (matching.md), null when off */
  readonly fairnessFloor: number | null;
  /** total score with the floor ÷ without it; null when the floor is off */
  readonly priceOfFairness: number | null;
  /** with a floor: whether the suggestions meet it, the highest floor some assignment meets, and what stops the floor (null when met); null when the floor is off */
  readonly floorOutcome: { readonly floorMet: boolean; readonly attainableFloor: number; readonly message: string | null } | null;
}

export interface SuggestionSettings {
  readonly asOf: Day;
  readonly role: PairingRole;
  /** k (3 or more) */
  readonly minGroup: number;
  readonly inputFingerprint: string;
  readonly weights?: Readonly<Partial<Record<CriterionName, number>>>;
  /**
   * the fairness floor's result (matching.md, "Fairness floor": `suggestWithFairnessFloor`, computed
   * by the use case, which loads the solver); absent or null: the floor is off. Its assignment is
   * the one reported and audited.
   */
  readonly floor?: FairnessFloorResult | null;
}

/**
 * The suggestions for a role and their audit, as one document (matching.md): the engine
 * (`suggestPairings`), the audit (`auditSuggestions`) with the groups under k pooled as in a refresh
 * (`poolingFor`), then the audit through the privacy pass (`protectTables` with
 * `SUGGESTION_DISCLOSURE_TABLES`): a group of fewer than k mentees keeps its labels only, the counts
 * that would give it away by subtraction are withheld. Returns the engine's result too (its loads,
 * for the shells' summaries).
 */
export function suggestionReport(data: ProgramData, settings: SuggestionSettings): { readonly document: SuggestionDocument; readonly result: SuggestionResult } {
  const { asOf, minGroup } = settings;
  if (!isMinGroup(minGroup)) throw new RangeError(`the minimum group size k must be ${MIN_GROUP_RULE} (got ${minGroup})`);
  const floor = settings.floor ?? null;
  const fairnessFloor = floor?.floor ?? null;
  const result = floor?.result ?? suggestPairings(data, asOf, { role: settings.role, weights: settings.weights });
  const pooled = { ...data, pooling: poolingFor(data.participants, equityAttributes(data), asOf, minGroup) };
  const audit = protectedAudit(auditSuggestions(pooled, asOf, result, minGroup));
  const absent = new Map(result.absentCriteria.map((a) => [a.name, a.missing]));
  return {
    result,
    document: {
      schemaVersion: 1,
      asOf: isoFromDay(asOf),
      role: result.role,
      minGroup,
      inputFingerprint: settings.inputFingerprint,
      mentees: result.mentees.length,
      givers: result.givers.length,
      options: result.options,
      suggestions: result.suggestions.map((s) => ({
        personId: s.personId,
        mentorId: s.mentorId,
        role: s.role,
        score: points(s.score),
        criteria: mapValues(s.criteria, points),
        values: mapValues(s.values, (v) => Math.round(v * 1e6) / 1e6),
        preferenceRank: s.preferenceRank,
        menteeLevel: s.menteeLevel,
        giverLevel: s.giverLevel,
      })),
      unmatched: result.unmatched.map((u) => ({ personId: u.personId, reason: u.reason })),
      totalScore: points(result.totalScore),
      audit,
      weights: result.weights,
      criteria: CRITERIA.map((c) => ({ name: c.name, label: c.label, weight: result.weights[c.name], defaultWeight: c.defaultWeight, missing: absent.get(c.name) ?? null })),
      absentCriteria: result.absentCriteria,
      fairnessFloor,
      priceOfFairness: floor?.priceOfFairness ?? null,
      floorOutcome: floor === null ? null : { floorMet: floor.floorMet, attainableFloor: floor.attainableFloor, message: floor.message },
    },
  };

  function protectedAudit(a: SuggestionAudit): ProtectedSuggestionAudit {
    // the engine's own `suppressed` flag is left out: the privacy pass decides, and says why
    const scores: ScoreRow[] = a.scores.map((s) => ({ attribute: s.attribute, group: s.group, n: s.n, suggested: s.suggested, meanScore: s.meanScore === null ? null : points(s.meanScore) }));
    const shielded = protectTables({ audit: { tests: a.tests, scores } as unknown as JsonObject }, minGroup, SUGGESTION_DISCLOSURE_TABLES).audit as unknown as Pick<ProtectedSuggestionAudit, 'tests' | 'scores'>;
    return {
      minGroup,
      tests: shielded.tests,
      scores: shielded.scores,
      candidatePairs: a.candidatePairs,
      removedByRule: a.removedByRule,
      removedPairs: a.removedPairs,
      giniBefore: a.giniBefore,
      giniAfter: a.giniAfter,
    };
  }
}

function mapValues<K extends string>(o: Readonly<Partial<Record<K, number>>>, f: (v: number) => number): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [k, v] of Object.entries(o) as [K, number | undefined][]) if (v !== undefined) out[k] = f(v);
  return out;
}
