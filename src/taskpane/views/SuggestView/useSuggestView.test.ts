import { CRITERIA, DEFAULT_WEIGHTS } from '../../../matching/criteria';
import type { SuggestionDocument } from '../../../report/suggestionReport';
import type { SuggestStatus } from '../../app/cadreState';
import type { SuggestInExcelResult } from '../../workbook/taskpaneWorkbook';
import { runHook } from '../runHook.test-helpers';
import { INITIAL_DRAFT, type SuggestDraft, type SuggestDraftAction, pairKey, suggestDraftReducer } from './suggestDraft';
import { FLOOR_NOT_AVAILABLE_NOTE, suggestProgressText, type SuggestViewProps, type SuggestViewState, deriveSuggestViewState, useSuggestView } from './useSuggestView';

type TestRow = SuggestionDocument['audit']['tests'][number];
const test_ = (resource: string, attribute: string, group: string, status: string, reason: string) =>
  ({ resource, attribute, group, n: 10, count: 3, rate: 0.3, lower: 0.1, upper: 0.6, reference: 'Man', referenceRate: 0.8, impactRatio: 0.375, p: 0.01, pAdjusted: 0.04, shortfall: 5, status, reason }) as unknown as TestRow;

/** A document made by hand: two suggestions, one mentee without one, an audit with one adverse and one watch group. */
const DOC: SuggestionDocument = {
  schemaVersion: 1,
  asOf: '2026-09-30',
  role: 'Mentor',
  minGroup: 5,
  inputFingerprint: 'sha256:x',
  mentees: 3,
  givers: 2,
  options: { defaultCapacity: 3, allowRepeat: false, minLevelGap: 1 },
  suggestions: [
    {
      personId: 'P1',
      mentorId: 'M1',
      role: 'Mentor',
      score: 72.5,
      // ties (business unit, seniority) in matching.md's order: business unit first
      criteria: { crossBusinessUnit: 15.385, crossFunction: 0, seniority: 15.385, location: 7.692, preference: 23.077, loadBalance: 5.128, giverSatisfaction: 5.833 },
      values: { crossBusinessUnit: 1, crossFunction: 0, seniority: 1, location: 1, preference: 1, loadBalance: 0.667, giverSatisfaction: 0.75 },
      preferenceRank: 1,
      menteeLevel: 3,
      giverLevel: 6,
    },
    {
      personId: 'P2',
      mentorId: 'M2',
      role: 'Mentor',
      score: 40,
      criteria: { crossBusinessUnit: 0, crossFunction: 15.385, seniority: 7.692, location: 0, preference: 0, loadBalance: 7.692, giverSatisfaction: 3.846 },
      values: { crossBusinessUnit: 0, crossFunction: 1, seniority: 0.5, location: 0, preference: 0, loadBalance: 1, giverSatisfaction: 0.5 },
      preferenceRank: null,
      menteeLevel: 4,
      giverLevel: 5,
    },
  ],
  unmatched: [{ personId: 'P3', reason: 'all such givers full' }],
  totalScore: 112.5,
  audit: {
    minGroup: 5,
    tests: [
      test_('Suggestion', 'Gender', 'Man', 'reference', ''),
      test_('Senior giver', 'Location', 'Lyon', 'watch', 'rate 30% vs 80% for Paris; not significant after adjustment'),
      test_('Suggestion', 'Gender', 'Woman', 'adverse', 'rate 30% vs 80% for Man; significant after adjustment'),
    ],
    scores: [],
    candidatePairs: 6,
    removedByRule: { 'same-person': 0, 'reporting-chain': 1, 'earlier-pairing': 0, 'coach-vendor': 0, 'level-gap': 0, capacity: 2 },
    removedPairs: 3,
    giniBefore: 0.25,
    giniAfter: 0.1,
  },
  weights: DEFAULT_WEIGHTS,
  criteria: CRITERIA.map((c) => ({ name: c.name, label: c.label, weight: c.defaultWeight, defaultWeight: c.defaultWeight, missing: c.name === 'trackFit' ? 'Participants has no Track column' : null })),
  absentCriteria: [{ name: 'trackFit', missing: 'Participants has no Track column' }],
  fairnessFloor: null,
  priceOfFairness: null,
  floorOutcome: null,
};

const RESULT: SuggestInExcelResult = { document: DOC, written: [{ name: 'Cadre Suggestions', role: 'suggestions' }], syncs: 5, warnings: [] };

const props = (suggest: SuggestStatus, over: Partial<SuggestViewProps> = {}): SuggestViewProps => ({
  suggest,
  ready: true,
  busy: false,
  floorAvailable: false,
  onSuggest: jest.fn(),
  onAdd: jest.fn(),
  onOpenSheet: jest.fn(),
  onSetup: jest.fn(),
  ...over,
});

/** the view as a user drives it: each dispatch goes through the draft reducer, and `view()` derives again */
function drive(p: SuggestViewProps): { view: () => SuggestViewState; actions: SuggestDraftAction[] } {
  let draft: SuggestDraft = INITIAL_DRAFT;
  const actions: SuggestDraftAction[] = [];
  const dispatch = (a: SuggestDraftAction) => {
    actions.push(a);
    draft = suggestDraftReducer(draft, a);
  };
  return { view: () => deriveSuggestViewState(p, draft, dispatch), actions };
}

describe('deriveSuggestViewState', () => {
  test('before a run: Mentor, the eight weights with their defaults, the floor off (with why, where this Excel cannot run it), Suggest on', () => {
    const state = drive(props({ phase: 'idle' })).view();
    expect(state.role).toBe('Mentor');
    expect(state.roles).toEqual(['Mentor', 'Coach', 'Sponsor']);
    expect(state.weights.map((w) => [w.label, w.text, w.defaultText])).toEqual([
      ['cross-exposure: business unit', '2', '2'],
      ['cross-exposure: function', '2', '2'],
      ['seniority', '2', '2'],
      ['track fit', '1', '1'],
      ['location', '1', '1'],
      ['preference', '3', '3'],
      ['load balance', '1', '1'],
      ['giver satisfaction', '1', '1'],
    ]);
    expect(state.canResetWeights).toBe(false);
    expect(state.floor).toMatchObject({ available: false, on: false, note: FLOOR_NOT_AVAILABLE_NOTE });
    expect(state).toMatchObject({ buttonLabel: 'Suggest', canSuggest: true, problem: null, showSetupHint: false, progress: null, failure: null, results: null });
  });

  test('Suggest runs with the role and the changed weights only; the floor stays off where this Excel cannot run it', () => {
    const p = props({ phase: 'idle' });
    const d = drive(p);
    d.view().onRole('Coach');
    d.view().weights.find((w) => w.name === 'preference')!.onChange('5');
    d.view().floor.onToggle(true); // not available: ignored
    expect(d.view().canResetWeights).toBe(true);
    d.view().onSuggest();
    expect(p.onSuggest).toHaveBeenCalledWith({ role: 'Coach', weights: { preference: 5 }, fairnessFloor: null });
    expect(d.actions.at(-1)).toEqual({ type: 'newResult' });
  });

  test('with the floor available, it is sent when on, and a wrong value stops the run', () => {
    const p = props({ phase: 'idle' }, { floorAvailable: true });
    const d = drive(p);
    d.view().floor.onToggle(true);
    expect(d.view().floor).toMatchObject({ on: true, text: '0.8', error: null, note: null });
    d.view().floor.onChange('1.5');
    expect(d.view().canSuggest).toBe(false);
    expect(d.view().problem).toBe('The fairness floor is not a fraction above 0 and at most 1.');
    d.view().floor.onChange('0.9');
    d.view().onSuggest();
    expect(p.onSuggest).toHaveBeenCalledWith({ role: 'Mentor', weights: {}, fairnessFloor: 0.9 });
  });

  test('a weight typed wrong shows why and turns Suggest off; no Participants sheet sends to Setup; another operation turns it off', () => {
    const d = drive(props({ phase: 'idle' }));
    d.view().weights[0]!.onChange('-2');
    expect(d.view().weights[0]!.error).toBe('A weight cannot be negative.');
    expect([d.view().canSuggest, d.view().problem]).toEqual([false, 'The weight of cross-exposure: business unit is not a number ≥ 0.']);
    const notReady = drive(props({ phase: 'idle' }, { ready: false })).view();
    expect([notReady.canSuggest, notReady.showSetupHint]).toEqual([false, true]);
    expect(drive(props({ phase: 'idle' }, { busy: true })).view().canSuggest).toBe(false);
  });

  test('running: the button says so and is off, with the progress; failed: the failure as given', () => {
    const running = drive(props({ phase: 'running', progress: { phase: 'reading', sheet: 'Pairings', rowsRead: 50, rowsTotal: 100 } })).view();
    expect([running.buttonLabel, running.canSuggest]).toEqual(['Suggesting…', false]);
    expect(running.progress!.text).toBe('Reading Pairings: 50 of 100 rows');
    expect(suggestProgressText({ phase: 'computing', step: 'checking' }, 'Coach', false)).toBe('Checking the input sheets…');
    expect(suggestProgressText({ phase: 'computing', step: 'reporting' }, 'Coach', false)).toBe('Suggesting coaches…');
    expect(suggestProgressText({ phase: 'computing', step: 'reporting' }, 'Mentor', true)).toBe('Suggesting mentors under the fairness floor (an integer program: this can take a minute)…');
    expect(suggestProgressText({ phase: 'writing', sheetsWritten: 0, sheetsTotal: 1 }, 'Sponsor', false)).toBe('Writing the Cadre Suggestions sheet');
    const failure = { title: 'Suggesting pairings failed', message: 'Nothing can be computed.' };
    expect(drive(props({ phase: 'failed', failure })).view().failure).toBe(failure);
  });
});

describe('the suggestions of a run', () => {
  const done = (added: string[] = []): SuggestStatus => ({ phase: 'done', result: RESULT, added });

  test('the headline, each pair with its score and its top three reasons in plain words, the unmatched with why', () => {
    const { results } = drive(props(done())).view();
    expect(results!.summary.headline).toBe('2 of 3 mentees who need a mentor get a suggestion (as of 2026-09-30; 2 givers of the role).');
    expect(results!.items.map((i) => [i.personId, i.mentorId, i.score, i.reasons])).toEqual([
      ['P1', 'M1', '72.5', ['the mentee’s wish no. 1 (+23.1)', 'a different business unit (+15.4)', '3 levels more senior (+15.4)']],
      ['P2', 'M2', '40.0', ['a different function (+15.4)', '1 level more senior (+7.7)', '100% of the giver’s capacity free (+7.7)']],
    ]);
    expect(results!.summary.unmatched).toEqual([{ personId: 'P3', reason: 'all such givers full' }]);
    expect(results!.summary.absent).toBe('Left out of the score: track fit (Participants has no Track column).');
    expect(results!.summary.floor).toBeNull();
  });

  test('a run with a floor it could not meet says so, with why and the price of fairness', () => {
    const floored: SuggestionDocument = {
      ...DOC,
      fairnessFloor: 0.8,
      priceOfFairness: 0.874,
      floorOutcome: { floorMet: false, attainableFloor: 0.79, message: 'No assignment that gives 2 mentees a giver meets the fairness floor 0.8.' },
    };
    const { results } = drive(props({ phase: 'done', result: { ...RESULT, document: floored }, added: [] })).view();
    expect(results!.summary.floor).toEqual({
      met: false,
      text: 'Fairness floor 0.8: not met. No assignment that gives 2 mentees a giver meets the fairness floor 0.8. Price of fairness 0.874 (the total score with the floor ÷ without it).',
    });
  });

  test('the audit in short: adverse first, then watch, with reasons; the pairs the hard rules removed; the giver load', () => {
    const { audit } = drive(props(done())).view().results!.summary;
    expect([audit.adverse, audit.watch]).toEqual([1, 1]);
    expect(audit.flags.map((f) => [f.status, f.what, f.reason])).toEqual([
      ['adverse', 'Suggestion × Gender = Woman', 'rate 30% vs 80% for Man; significant after adjustment'],
      ['watch', 'Senior giver × Location = Lyon', 'rate 30% vs 80% for Paris; not significant after adjustment'],
    ]);
    expect(audit.removed).toBe('The hard rules removed 3 of 6 pairs: one is in the other’s reporting chain 1; the giver has no spare capacity 2.');
    expect(audit.load).toBe('Giver load (Gini): 0.25 now, 0.10 with these suggestions.');
  });

  test('accept two, Add accepted to Pairings asks first, naming the rows; confirming adds the accepted pairs with the role', () => {
    const p = props(done());
    const d = drive(p);
    expect(d.view().results!.canAdd).toBe(false);
    d.view().results!.items[0]!.onAccept();
    d.view().results!.items[1]!.onReject();
    expect([d.view().results!.accepted, d.view().results!.rejected]).toEqual([1, 1]);
    d.view().results!.items[1]!.onAccept();
    expect([d.view().results!.accepted, d.view().results!.rejected, d.view().results!.canAdd]).toEqual([2, 0, true]);
    expect(d.view().results!.confirm).toBeNull();
    d.view().results!.onAdd();
    const confirm = d.view().results!.confirm!;
    expect(confirm.text).toBe('Add 2 rows to the end of Pairings? No existing row changes.');
    expect(confirm.confirmLabel).toBe('Add 2 rows');
    expect(p.onAdd).not.toHaveBeenCalled();
    confirm.onConfirm();
    expect(p.onAdd).toHaveBeenCalledWith([
      { personId: 'P1', mentorId: 'M1', role: 'Mentor' },
      { personId: 'P2', mentorId: 'M2', role: 'Mentor' },
    ]);
    expect(d.view().results!.confirm).toBeNull();
  });

  test('cancel closes the confirmation and adds nothing; pairs already added are marked and not added again', () => {
    const p = props(done([pairKey({ personId: 'P1', mentorId: 'M1' })]));
    const d = drive(p);
    d.view().results!.items.forEach((i) => i.onAccept());
    expect(d.view().results!.items.map((i) => i.added)).toEqual([true, false]);
    expect(d.view().results!.accepted).toBe(1);
    d.view().results!.onAdd();
    expect(d.view().results!.confirm!.text).toBe('Add 1 row to the end of Pairings? No existing row changes.');
    d.view().results!.confirm!.onCancel();
    expect(d.view().results!.confirm).toBeNull();
    expect(p.onAdd).not.toHaveBeenCalled();
  });

  test('the Cadre Suggestions sheet, when written, is a link; without it (Analyst Detail off) none', () => {
    const p = props(done());
    const sheet = drive(p).view().results!.sheet!;
    expect(sheet.name).toBe('Cadre Suggestions');
    sheet.open();
    expect(p.onOpenSheet).toHaveBeenCalledWith('Cadre Suggestions');
    expect(drive(props({ phase: 'done', result: { ...RESULT, written: [] }, added: [] })).view().results!.sheet).toBeNull();
  });

  test('useSuggestView returns the derived state', () => {
    const p = props(done());
    const state = runHook(useSuggestView, p);
    expect(JSON.stringify(state)).toBe(JSON.stringify(drive(p).view()));
  });
});
