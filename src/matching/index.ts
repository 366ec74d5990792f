/** Pairing suggestions (shared/spec/matching.md): the engine and its equity audit. */
export { CRITERIA, DEFAULT_WEIGHTS, resolveWeights, type Criterion, type CriterionName, type Weights } from './criteria';
export {
  suggestPairings,
  GIVER_TYPE,
  HARD_RULES,
  SCORE_GRID,
  NO_CONFLICT_FREE_GIVER,
  ALL_GIVERS_FULL,
  type GiverLoad,
  type HardRule,
  type SuggestOptions,
  type Suggestion,
  type SuggestionResult,
  suggestionProblem,
  type SuggestionProblem,
  type Unmatched,
  type UnmatchedReason,
} from './suggestPairings';
export { auditSuggestions, SUGGESTED, SENIOR_GIVER, type GroupScore, type SuggestionAudit } from './auditSuggestions';
export {
  suggestWithFairnessFloor,
  FloorNotSettled,
  floorInProcess,
  type FloorRunner,
  DEFAULT_TOP_K,
  type FairnessFloorResult,
  type FloorGroupRate,
  type FloorOutcome,
  type FloorSettings,
  type SolverLoader,
} from './fairnessFloor';
