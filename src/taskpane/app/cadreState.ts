import type { Mapping } from '../../model/mapping';
import type { RefreshInExcelResult, RefreshProgress, SuggestInExcelResult } from '../workbook/officeUseCases';
import type { CadreSettings, StoredSetup, ValidationResult, WorkbookOverview } from '../workbook/taskpaneWorkbook';
import { DEFAULT_SETTINGS } from '../workbook/taskpaneWorkbook';

/** The task pane's views, in the order of the tabs. */
export type ViewId = 'setup' | 'mapping' | 'validation' | 'settings' | 'refresh' | 'suggest';

export const VIEWS: readonly { readonly id: ViewId; readonly label: string }[] = [
  { id: 'setup', label: 'Setup' },
  { id: 'mapping', label: 'Mapping' },
  { id: 'validation', label: 'Check' },
  { id: 'settings', label: 'Settings' },
  { id: 'refresh', label: 'Refresh' },
  { id: 'suggest', label: 'Suggest' },
];

/**
 * A short confirmation of an operation ("Inserted the sample program: …"), belonging to the view
 * where the operation was started: shown there (`visibleNotice`), not above every tab.
 */
export interface Notice {
  readonly view: ViewId;
  readonly text: string;
}

/** A failure as the user sees it: what happened, and what to do. */
export interface Failure {
  readonly title: string;
  readonly message: string;
}

export type RefreshStatus =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: RefreshProgress | null }
  | { readonly phase: 'done'; readonly result: RefreshInExcelResult }
  | { readonly phase: 'failed'; readonly failure: Failure };

export type SuggestStatus =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: RefreshProgress | null }
  /** `added`: the pairs of this run already added to Pairings (`pairKey`), so they are not added twice */
  | { readonly phase: 'done'; readonly result: SuggestInExcelResult; readonly added: readonly string[] }
  | { readonly phase: 'failed'; readonly failure: Failure };

export interface CadreState {
  readonly view: ViewId;
  /** what the workbook holds; null until the first look */
  readonly overview: WorkbookOverview | null;
  readonly mapping: Mapping | null;
  readonly settings: CadreSettings;
  /** problems reading what was stored in the workbook */
  readonly storedProblems: readonly string[];
  readonly validation: ValidationResult | null;
  readonly refresh: RefreshStatus;
  /** the last pairing suggestions (the Suggest view) */
  readonly suggest: SuggestStatus;
  /** the operation under way (a plain phrase: "Inserting the sample program"), or null */
  readonly busy: string | null;
  /** the last failure of an operation other than refresh, shown above the views until dismissed */
  readonly failure: Failure | null;
  /** a short confirmation of the last operation ("Saved the mapping in this workbook"), with its view */
  readonly notice: Notice | null;
}

export const INITIAL_STATE: CadreState = {
  view: 'setup',
  overview: null,
  mapping: null,
  settings: DEFAULT_SETTINGS,
  storedProblems: [],
  validation: null,
  refresh: { phase: 'idle' },
  suggest: { phase: 'idle' },
  busy: null,
  failure: null,
  notice: null,
};

export type CadreAction =
  | { readonly type: 'busy'; readonly what: string }
  | { readonly type: 'failed'; readonly failure: Failure }
  | { readonly type: 'dismiss' }
  | { readonly type: 'show'; readonly view: ViewId }
  | { readonly type: 'loaded'; readonly overview: WorkbookOverview; readonly setup: StoredSetup }
  | { readonly type: 'overview'; readonly overview: WorkbookOverview; readonly notice?: Notice }
  /** `view`: where the save was started, whose notice it is */
  | { readonly type: 'mappingSaved'; readonly mapping: Mapping; readonly overview: WorkbookOverview; readonly view: ViewId }
  | { readonly type: 'settingsSaved'; readonly settings: CadreSettings; readonly view: ViewId }
  | { readonly type: 'validated'; readonly validation: ValidationResult }
  | { readonly type: 'refreshStarted' }
  | { readonly type: 'refreshProgress'; readonly progress: RefreshProgress }
  | { readonly type: 'refreshed'; readonly result: RefreshInExcelResult }
  | { readonly type: 'refreshFailed'; readonly failure: Failure }
  | { readonly type: 'suggestStarted' }
  | { readonly type: 'suggestProgress'; readonly progress: RefreshProgress }
  | { readonly type: 'suggested'; readonly result: SuggestInExcelResult }
  | { readonly type: 'suggestFailed'; readonly failure: Failure }
  /** rows added to Pairings: the pairs (`pairKey`) and the notice, on the view where it was started */
  | { readonly type: 'pairingsAdded'; readonly keys: readonly string[]; readonly notice: Notice }
  | { readonly type: 'done' };

/** Every input sheet found (Participants at least): a sponsor's workbook that is ready to refresh. */
export function readyToRefresh(overview: WorkbookOverview | null): boolean {
  return overview !== null && overview.inputs.some((i) => i.canonical === 'Participants' && i.sheet !== null);
}

/** The view to open on: Refresh when the workbook is set up (a mapping saved or Participants found), else Setup. */
export function firstView(overview: WorkbookOverview, setup: StoredSetup): ViewId {
  return readyToRefresh(overview) && (setup.mapping !== null || setup.settings !== null || overview.ownedSheets.length > 0) ? 'refresh' : 'setup';
}

/** The notice to show above the current view: the last operation's, if it was started in this view. */
export function visibleNotice(state: Pick<CadreState, 'view' | 'notice'>): string | null {
  return state.notice !== null && state.notice.view === state.view ? state.notice.text : null;
}

/** The task pane's state transitions: pure, so they are tested without a DOM or a workbook. */
export function cadreReducer(state: CadreState, action: CadreAction): CadreState {
  switch (action.type) {
    case 'busy':
      return { ...state, busy: action.what, failure: null, notice: null };
    case 'failed':
      return { ...state, busy: null, failure: action.failure };
    case 'dismiss':
      return { ...state, failure: null, notice: null };
    case 'show':
      return { ...state, view: action.view };
    case 'loaded':
      return {
        ...state,
        busy: null,
        overview: action.overview,
        mapping: action.setup.mapping,
        settings: action.setup.settings ?? DEFAULT_SETTINGS,
        storedProblems: action.setup.problems,
        view: firstView(action.overview, action.setup),
      };
    case 'overview':
      // the workbook changed (sheets inserted): an earlier check no longer describes it
      return { ...state, busy: null, overview: action.overview, validation: null, notice: action.notice ?? null };
    case 'mappingSaved':
      return {
        ...state,
        busy: null,
        mapping: action.mapping,
        overview: action.overview,
        validation: null,
        notice: { view: action.view, text: 'Saved the mapping in this workbook: the next refresh, by anyone, uses it.' },
      };
    case 'settingsSaved':
      return { ...state, busy: null, settings: action.settings, notice: { view: action.view, text: 'Saved the settings in this workbook.' } };
    case 'validated':
      return { ...state, busy: null, validation: action.validation };
    case 'refreshStarted':
      return { ...state, failure: null, notice: null, refresh: { phase: 'running', progress: null } };
    case 'refreshProgress':
      return state.refresh.phase === 'running' ? { ...state, refresh: { phase: 'running', progress: action.progress } } : state;
    case 'refreshed':
      return { ...state, refresh: { phase: 'done', result: action.result } };
    case 'refreshFailed':
      return { ...state, refresh: { phase: 'failed', failure: action.failure } };
    case 'suggestStarted':
      return { ...state, failure: null, notice: null, suggest: { phase: 'running', progress: null } };
    case 'suggestProgress':
      return state.suggest.phase === 'running' ? { ...state, suggest: { phase: 'running', progress: action.progress } } : state;
    case 'suggested':
      return { ...state, suggest: { phase: 'done', result: action.result, added: [] } };
    case 'suggestFailed':
      return { ...state, suggest: { phase: 'failed', failure: action.failure } };
    case 'pairingsAdded': {
      const suggest = state.suggest.phase === 'done' ? { ...state.suggest, added: [...state.suggest.added, ...action.keys] } : state.suggest;
      return { ...state, busy: null, suggest, notice: action.notice };
    }
    case 'done':
      return { ...state, busy: null };
  }
}
