/**
 * The scored criteria of matching.md ("Score of a pair"), in the table's order, with their default
 * weights exactly as the table gives them. A criterion gives c ∈ 0..1 per pair; the score is
 * 100 × Σ wᵢ·cᵢ / Σ wᵢ over the criteria whose columns the workbook has.
 */
export type CriterionName =
  | 'crossBusinessUnit'
  | 'crossFunction'
  | 'seniority'
  | 'trackFit'
  | 'location'
  | 'preference'
  | 'loadBalance'
  | 'giverSatisfaction';

export interface Criterion {
  readonly name: CriterionName;
  /** the table's wording, for the output */
  readonly label: string;
  readonly defaultWeight: number;
}

export const CRITERIA: readonly Criterion[] = [
  { name: 'crossBusinessUnit', label: 'cross-exposure: business unit', defaultWeight: 2 },
  { name: 'crossFunction', label: 'cross-exposure: function', defaultWeight: 2 },
  { name: 'seniority', label: 'seniority', defaultWeight: 2 },
  { name: 'trackFit', label: 'track fit', defaultWeight: 1 },
  { name: 'location', label: 'location', defaultWeight: 1 },
  { name: 'preference', label: 'preference', defaultWeight: 3 },
  { name: 'loadBalance', label: 'load balance', defaultWeight: 1 },
  { name: 'giverSatisfaction', label: 'giver satisfaction', defaultWeight: 1 },
];

export type Weights = Readonly<Record<CriterionName, number>>;

/** matching.md's default weights: 2, 2, 2, 1, 1, 3, 1, 1. */
export const DEFAULT_WEIGHTS: Weights = Object.freeze(
  Object.fromEntries(CRITERIA.map((c) => [c.name, c.defaultWeight])) as Record<CriterionName, number>,
);

/**
 * The weights in use: the defaults, each replaced by the given one. A weight must be a finite number
 * ≥ 0 (0 leaves the criterion out of the numerator and the denominator alike); an unknown name is an
 * error, so a misspelt weight never passes silently.
 */
export function resolveWeights(given: Readonly<Partial<Record<string, number>>> | undefined): Weights {
  const out: Record<string, number> = { ...DEFAULT_WEIGHTS };
  for (const [name, w] of Object.entries(given ?? {})) {
    if (!(name in DEFAULT_WEIGHTS)) throw new RangeError(`unknown criterion "${name}"; the criteria are ${CRITERIA.map((c) => c.name).join(', ')}`);
    if (w === undefined) continue;
    if (!(typeof w === 'number' && Number.isFinite(w) && w >= 0)) throw new RangeError(`the weight of ${name} must be a number ≥ 0, got ${String(w)}`);
    out[name] = w;
  }
  return out as Weights;
}

/** seniority's c for d = giver Level − mentee Level: 1 for 2 ≤ d ≤ 4, 0.5 for 1 ≤ d < 2 or 4 < d ≤ 5, else 0. */
export function seniorityValue(d: number): number {
  if (d >= 2 && d <= 4) return 1;
  if ((d >= 1 && d < 2) || (d > 4 && d <= 5)) return 0.5;
  return 0;
}

/** preference's c for a rank 1..5: 1, 0.8, 0.6, 0.4, 0.2; anything else 0. */
export function preferenceValue(rank: number | undefined): number {
  return rank !== undefined && Number.isInteger(rank) && rank >= 1 && rank <= 5 ? (6 - rank) / 5 : 0;
}
