import type { SuggestionDocument } from './suggestionReport';

/**
 * The fairness floor's outcome in one paragraph, as `cadre suggest`, the Suggest view and the Cadre
 * Suggestions sheet give it: met or not, why not (the engine's message: the groups short of it, the
 * best floor that can be met), and the price of fairness. Null when the floor is off.
 *
 * @example
 * floorOutcomeText({ ...doc, fairnessFloor: 0.8, minGroup: 5, priceOfFairness: 0.9126, floorOutcome: { floorMet: true, attainableFloor: 0.8, message: null } })
 * // "Fairness floor 0.8: met: no group of 5 or more mentees is below 0.8 × its attribute’s best rate. Price of fairness 0.913 (the total score with the floor ÷ without it)."
 */
export function floorOutcomeText(doc: Pick<SuggestionDocument, 'fairnessFloor' | 'floorOutcome' | 'priceOfFairness' | 'minGroup'>): string | null {
  const outcome = doc.floorOutcome;
  if (doc.fairnessFloor === null || outcome === null) return null;
  const price = doc.priceOfFairness === null ? '' : ` Price of fairness ${doc.priceOfFairness.toFixed(3)} (the total score with the floor ÷ without it).`;
  const why = outcome.message ?? `Shown instead: the best that exists, at the highest floor that can be met, ${outcome.attainableFloor.toFixed(2)}.`;
  return outcome.floorMet
    ? `Fairness floor ${doc.fairnessFloor}: met: no group of ${doc.minGroup} or more mentees is below ${doc.fairnessFloor} × its attribute’s best rate.${price}`
    : `Fairness floor ${doc.fairnessFloor}: not met. ${why}${price}`;
}
