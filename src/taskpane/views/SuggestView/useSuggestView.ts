import { useMemo, useReducer } from 'react';
import { CRITERIA, type CriterionName } from '../../../matching/criteria';
import type { PairingRole } from '../../../model/records';
import type { RefreshProgress } from '../../../refresh/refresh';
import type { Failure, SuggestStatus } from '../../app/cadreState';
import type { SuggestRequest } from '../../app/cadreActions';
import type { NewPairing } from '../../workbook/taskpaneWorkbook';
import { progressText, progressValue } from '../RefreshView/resultSummary';
import {
  type Decision,
  DEFAULT_WEIGHT_TEXTS,
  INITIAL_DRAFT,
  ROLES,
  type SuggestDraft,
  type SuggestDraftAction,
  draftWeights,
  floorProblem,
  pairKey,
  suggestDraftReducer,
  weightProblem,
  weightsChanged,
} from './suggestDraft';
import { type SuggestionSummary, suggestionSummary } from './suggestionSummary';

export interface SuggestViewProps {
  readonly suggest: SuggestStatus;
  /** a Participants sheet was found: suggestions can run */
  readonly ready: boolean;
  /** another operation is under way */
  readonly busy: boolean;
  /** the fairness floor can be applied here (a Web Worker with WebAssembly runs its integer program) */
  readonly floorAvailable: boolean;
  readonly onSuggest: (request: SuggestRequest) => void;
  /** appends the pairs to Pairings (asked only after the confirmation) */
  readonly onAdd: (pairs: readonly NewPairing[]) => void;
  readonly onOpenSheet: (sheet: string) => void;
  readonly onSetup: () => void;
}

export interface WeightField {
  readonly name: CriterionName;
  /** "cross-exposure: business unit" */
  readonly label: string;
  readonly text: string;
  /** the default, shown beside the field */
  readonly defaultText: string;
  readonly error: string | null;
  readonly onChange: (text: string) => void;
}

export interface SuggestionItem {
  readonly key: string;
  readonly personId: string;
  readonly mentorId: string;
  readonly score: string;
  readonly reasons: readonly string[];
  readonly decision: Decision | null;
  /** already added to Pairings (by an earlier "Add accepted to Pairings" of this run) */
  readonly added: boolean;
  readonly onAccept: () => void;
  readonly onReject: () => void;
}

export interface SuggestResults {
  readonly summary: SuggestionSummary;
  readonly role: PairingRole;
  readonly items: readonly SuggestionItem[];
  /** accepted and not added yet: the rows "Add accepted to Pairings" adds */
  readonly accepted: number;
  readonly rejected: number;
  readonly canAdd: boolean;
  /** opens the confirmation */
  readonly onAdd: () => void;
  /** the confirmation, while open: it names how many rows will be added */
  readonly confirm: { readonly text: string; readonly confirmLabel: string; readonly onConfirm: () => void; readonly onCancel: () => void } | null;
  /** the Cadre Suggestions sheet written by this run, or null (Analyst Detail off) */
  readonly sheet: { readonly name: string; readonly open: () => void } | null;
  readonly warnings: string | null;
}

export interface SuggestViewState {
  readonly role: PairingRole;
  readonly roles: readonly PairingRole[];
  readonly onRole: (role: PairingRole) => void;
  readonly weights: readonly WeightField[];
  readonly canResetWeights: boolean;
  readonly onResetWeights: () => void;
  readonly floor: {
    readonly available: boolean;
    readonly on: boolean;
    readonly text: string;
    readonly error: string | null;
    /** why the control is off, or null */
    readonly note: string | null;
    readonly onToggle: (on: boolean) => void;
    readonly onChange: (text: string) => void;
  };
  readonly buttonLabel: string;
  readonly canSuggest: boolean;
  /** what stops a run (a weight or the floor typed wrong), or null */
  readonly problem: string | null;
  readonly onSuggest: () => void;
  readonly showSetupHint: boolean;
  readonly onSetup: () => void;
  readonly progress: { readonly text: string; readonly value: number } | null;
  readonly failure: Failure | null;
  readonly results: SuggestResults | null;
}

/** The note beside the fairness floor where this Excel cannot run its integer program. */
export const FLOOR_NOT_AVAILABLE_NOTE =
  'Not available in this Excel: the floor’s solver needs Web Workers and WebAssembly. Suggestions are made without a floor, and the audit below shows each group’s rates; the command line (cadre suggest --fairness-floor) applies it.';

const GIVERS = { Mentor: 'mentors', Coach: 'coaches', Sponsor: 'sponsors' } as const;

/**
 * The progress of a suggestion run in words: the reading as a refresh's, then what is computed (the
 * floor's integer program can take a while: said so), then the one sheet written.
 */
export function suggestProgressText(progress: RefreshProgress | null, role: PairingRole, floorOn: boolean): string {
  if (progress === null || progress.phase === 'reading') return progressText(progress);
  if (progress.phase === 'writing') return 'Writing the Cadre Suggestions sheet';
  if (progress.step === 'checking') return 'Checking the input sheets…';
  return floorOn ? `Suggesting ${GIVERS[role]} under the fairness floor (an integer program: this can take a minute)…` : `Suggesting ${GIVERS[role]}…`;
}

/** "Add 2 rows to the end of Pairings? No existing row changes." */
export function confirmText(rows: number): string {
  return `Add ${rows} row${rows === 1 ? '' : 's'} to the end of Pairings? No existing row changes.`;
}

/**
 * The Suggest view's state from its props and the draft: pure, so it is tested without a DOM or
 * React. `summary`: the run's, when already derived.
 */
export function deriveSuggestViewState(
  props: SuggestViewProps,
  draft: SuggestDraft,
  dispatch: (action: SuggestDraftAction) => void,
  summary: SuggestionSummary | null = props.suggest.phase === 'done' ? suggestionSummary(props.suggest.result.document) : null,
): SuggestViewState {
  const { suggest } = props;
  const running = suggest.phase === 'running';
  const { weights, problem: weightsProblem } = draftWeights(draft);
  const floorOn = props.floorAvailable && draft.floorOn;
  const floorError = floorOn ? floorProblem(draft.floor) : null;
  const problem = weightsProblem ?? (floorError !== null ? 'The fairness floor is not a fraction above 0 and at most 1.' : null);
  return {
    role: draft.role,
    roles: ROLES,
    onRole: (role) => dispatch({ type: 'role', role }),
    weights: CRITERIA.map((c) => ({
      name: c.name,
      label: c.label,
      text: draft.weights[c.name],
      defaultText: DEFAULT_WEIGHT_TEXTS[c.name],
      error: weightProblem(draft.weights[c.name]),
      onChange: (text: string) => dispatch({ type: 'weight', name: c.name, text }),
    })),
    canResetWeights: weightsChanged(draft),
    onResetWeights: () => dispatch({ type: 'resetWeights' }),
    floor: {
      available: props.floorAvailable,
      on: floorOn,
      text: draft.floor,
      error: floorError,
      note: props.floorAvailable ? null : FLOOR_NOT_AVAILABLE_NOTE,
      onToggle: (on) => dispatch({ type: 'floorOn', on }),
      onChange: (text) => dispatch({ type: 'floor', text }),
    },
    buttonLabel: running ? 'Suggesting…' : 'Suggest',
    canSuggest: !running && !props.busy && props.ready && problem === null,
    problem,
    onSuggest: () => {
      if (problem !== null) return;
      dispatch({ type: 'newResult' });
      props.onSuggest({ role: draft.role, weights, fairnessFloor: floorOn ? Number(draft.floor.trim()) : null });
    },
    showSetupHint: !props.ready,
    onSetup: props.onSetup,
    progress: running ? { text: suggestProgressText(suggest.progress, draft.role, floorOn), value: progressValue(suggest.progress) } : null,
    failure: suggest.phase === 'failed' ? suggest.failure : null,
    results: suggest.phase === 'done' && summary !== null ? suggestResults(props, draft, dispatch, summary) : null,
  };
}

function suggestResults(props: SuggestViewProps, draft: SuggestDraft, dispatch: (action: SuggestDraftAction) => void, summary: SuggestionSummary): SuggestResults | null {
  if (props.suggest.phase !== 'done') return null;
  const { result, added } = props.suggest;
  const role = result.document.role;
  const addedKeys = new Set(added);
  const items: SuggestionItem[] = summary.lines.map((line) => {
    const key = pairKey(line);
    return {
      key,
      ...line,
      decision: draft.decisions[key] ?? null,
      added: addedKeys.has(key),
      onAccept: () => dispatch({ type: 'decide', key, decision: 'accept' }),
      onReject: () => dispatch({ type: 'decide', key, decision: 'reject' }),
    };
  });
  const toAdd = items.filter((i) => i.decision === 'accept' && !i.added);
  const n = toAdd.length;
  const sheet = result.written.find((w) => w.role === 'suggestions') ?? null;
  return {
    summary,
    role,
    items,
    accepted: n,
    rejected: items.filter((i) => i.decision === 'reject').length,
    canAdd: n > 0 && !props.busy,
    onAdd: () => dispatch({ type: 'confirm', open: true }),
    confirm:
      draft.confirming && n > 0
        ? {
            text: confirmText(n),
            confirmLabel: `Add ${n} row${n === 1 ? '' : 's'}`,
            onConfirm: () => {
              dispatch({ type: 'confirm', open: false });
              props.onAdd(toAdd.map((i) => ({ personId: i.personId, mentorId: i.mentorId, role })));
            },
            onCancel: () => dispatch({ type: 'confirm', open: false }),
          }
        : null,
    sheet: sheet === null ? null : { name: sheet.name, open: () => props.onOpenSheet(sheet.name) },
    warnings: result.warnings.length > 0 ? result.warnings.join(' ') : null,
  };
}

/** The Suggest view's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles). */
export function useSuggestView(props: SuggestViewProps): SuggestViewState {
  const [draft, dispatch] = useReducer(suggestDraftReducer, INITIAL_DRAFT);
  const document = props.suggest.phase === 'done' ? props.suggest.result.document : null;
  // the reasons and the audit are derived once per run, not on every keystroke
  const summary = useMemo(() => (document === null ? null : suggestionSummary(document)), [document]);
  return deriveSuggestViewState(props, draft, dispatch, summary);
}
