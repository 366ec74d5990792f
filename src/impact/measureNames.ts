import { PROMOTION } from '../model/records';

/**
 * The name of a Measure folded for comparison (impact.md: "case and spaces folded"): Unicode
 * normalised, lower case, without white space, so "Performance Rating" and "performance rating" are
 * one measure.
 *
 * @example foldMeasureName(' Performance  Rating ') // "performancerating"
 */
export function foldMeasureName(name: string): string {
  let folded = folds.get(name);
  if (folded === undefined) {
    folded = name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
    // a sheet has a few measure names, each on many rows: each is folded once
    if (folds.size < 10_000) folds.set(name, folded);
  }
  return folded;
}

const folds = new Map<string, string>();

/** the Measure of the matching variable "last Performance rating before I_p" (impact.md) */
export const PERFORMANCE_RATING = 'Performance rating';

const FOLDED_RATING = foldMeasureName(PERFORMANCE_RATING);
const FOLDED_PROMOTIONS = new Set([foldMeasureName(PROMOTION), 'promoted']);

/** A Performance rating row (impact.md, matching variables), case and spaces folded. */
export function isPerformanceRating(measure: string): boolean {
  return foldMeasureName(measure) === FOLDED_RATING;
}

/** A promotion (impact.md: Promotion, synonyms Promoted and Promotion, case and spaces folded). */
export function isPromotion(measure: string): boolean {
  return FOLDED_PROMOTIONS.has(foldMeasureName(measure));
}
