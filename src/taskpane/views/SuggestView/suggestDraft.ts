import { CRITERIA, type CriterionName, DEFAULT_WEIGHTS } from '../../../matching/criteria';
import type { PairingRole } from '../../../model/records';

/** A suggestion's decision: accepted (goes to Pairings on "Add accepted to Pairings") or rejected. */
export type Decision = 'accept' | 'reject';

/** What the analyst has set in the Suggest view, before and after a run: pure, so it is tested without a DOM. */
export interface SuggestDraft {
  readonly role: PairingRole;
  /** each criterion's weight as typed */
  readonly weights: Readonly<Record<CriterionName, string>>;
  /** the fairness floor: off, or the value typed ("0.8") */
  readonly floorOn: boolean;
  readonly floor: string;
  /** decisions by suggestion key (`pairKey`); a suggestion without one is undecided */
  readonly decisions: Readonly<Record<string, Decision>>;
  /** the confirmation of "Add accepted to Pairings" is open */
  readonly confirming: boolean;
}

export type SuggestDraftAction =
  | { readonly type: 'role'; readonly role: PairingRole }
  | { readonly type: 'weight'; readonly name: CriterionName; readonly text: string }
  | { readonly type: 'resetWeights' }
  | { readonly type: 'floorOn'; readonly on: boolean }
  | { readonly type: 'floor'; readonly text: string }
  /** a toggle pressed: the same decision again undoes it */
  | { readonly type: 'decide'; readonly key: string; readonly decision: Decision }
  | { readonly type: 'confirm'; readonly open: boolean }
  /** a new run's suggestions: earlier decisions no longer apply */
  | { readonly type: 'newResult' };

export const ROLES: readonly PairingRole[] = ['Mentor', 'Coach', 'Sponsor'];

/** The default fairness floor shown when the floor is switched on (matching.md's example). */
export const DEFAULT_FLOOR = '0.8';

/** a weight as the field shows it: 2 → "2" */
export const weightText = (w: number): string => String(w);

export const DEFAULT_WEIGHT_TEXTS: Readonly<Record<CriterionName, string>> = Object.fromEntries(CRITERIA.map((c) => [c.name, weightText(DEFAULT_WEIGHTS[c.name])])) as Record<CriterionName, string>;

export const INITIAL_DRAFT: SuggestDraft = { role: 'Mentor', weights: DEFAULT_WEIGHT_TEXTS, floorOn: false, floor: DEFAULT_FLOOR, decisions: {}, confirming: false };

/** The key of a suggested pair. */
export const pairKey = (s: { readonly personId: string; readonly mentorId: string }): string => `${s.personId}\u0000${s.mentorId}`;

export function suggestDraftReducer(draft: SuggestDraft, action: SuggestDraftAction): SuggestDraft {
  switch (action.type) {
    case 'role':
      return { ...draft, role: action.role };
    case 'weight':
      return { ...draft, weights: { ...draft.weights, [action.name]: action.text } };
    case 'resetWeights':
      return { ...draft, weights: DEFAULT_WEIGHT_TEXTS };
    case 'floorOn':
      return { ...draft, floorOn: action.on };
    case 'floor':
      return { ...draft, floor: action.text };
    case 'decide': {
      const decisions = { ...draft.decisions };
      if (decisions[action.key] === action.decision) delete decisions[action.key];
      else decisions[action.key] = action.decision;
      return { ...draft, decisions, confirming: false };
    }
    case 'confirm':
      return { ...draft, confirming: action.open };
    case 'newResult':
      return { ...draft, decisions: {}, confirming: false };
  }
}

/** A weight as typed: a number ≥ 0, or why not. */
export function weightProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return 'Type a number (0 leaves the criterion out).';
  const w = Number(t);
  if (!Number.isFinite(w)) return 'Type a number, such as 2.';
  if (w < 0) return 'A weight cannot be negative.';
  return null;
}

/** The floor as typed: a fraction above 0 and at most 1, or why not. */
export function floorProblem(text: string): string | null {
  const f = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(f)) return 'Type a fraction such as 0.8.';
  if (f <= 0 || f > 1) return 'The floor is a fraction above 0 and at most 1 (0.8: every group at least 80% of the best group’s rates).';
  return null;
}

/**
 * The weights to run with: only those that differ from the defaults (the use case keeps the others),
 * or the problems that stop a run (a field that is not a number ≥ 0; every weight 0).
 */
export function draftWeights(draft: SuggestDraft): { readonly weights: Partial<Record<CriterionName, number>>; readonly problem: string | null } {
  const weights: Partial<Record<CriterionName, number>> = {};
  let total = 0;
  for (const c of CRITERIA) {
    if (weightProblem(draft.weights[c.name]) !== null) return { weights: {}, problem: `The weight of ${c.label} is not a number ≥ 0.` };
    const w = Number(draft.weights[c.name].trim());
    total += w;
    if (w !== DEFAULT_WEIGHTS[c.name]) weights[c.name] = w;
  }
  if (total === 0) return { weights: {}, problem: 'At least one weight must be above 0.' };
  return { weights, problem: null };
}

/** Whether any weight differs from its default (the reset button is then on). */
export function weightsChanged(draft: SuggestDraft): boolean {
  return CRITERIA.some((c) => draft.weights[c.name] !== DEFAULT_WEIGHT_TEXTS[c.name]);
}
