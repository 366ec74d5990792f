import { DEFAULT_WEIGHTS } from '../../../matching/criteria';
import { INITIAL_DRAFT, draftWeights, floorProblem, pairKey, suggestDraftReducer, weightProblem, weightsChanged } from './suggestDraft';

describe('the Suggest view draft', () => {
  test('starts on Mentor with matching.md’s default weights as typed text, the floor off', () => {
    expect(INITIAL_DRAFT.role).toBe('Mentor');
    expect(INITIAL_DRAFT.weights).toEqual({ crossBusinessUnit: '2', crossFunction: '2', seniority: '2', trackFit: '1', location: '1', preference: '3', loadBalance: '1', giverSatisfaction: '1' });
    expect(INITIAL_DRAFT.floorOn).toBe(false);
    expect(weightsChanged(INITIAL_DRAFT)).toBe(false);
    // unchanged weights are not sent: the use case keeps its defaults
    expect(draftWeights(INITIAL_DRAFT)).toEqual({ weights: {}, problem: null });
  });

  test('a changed weight is sent, reset brings every default back', () => {
    let d = suggestDraftReducer(INITIAL_DRAFT, { type: 'weight', name: 'preference', text: '5' });
    d = suggestDraftReducer(d, { type: 'weight', name: 'location', text: ' 0 ' });
    expect(weightsChanged(d)).toBe(true);
    expect(draftWeights(d)).toEqual({ weights: { preference: 5, location: 0 }, problem: null });
    d = suggestDraftReducer(d, { type: 'resetWeights' });
    expect(d.weights).toEqual(INITIAL_DRAFT.weights);
    expect(DEFAULT_WEIGHTS.preference).toBe(3);
  });

  test('a weight that is not a number ≥ 0, or every weight 0, stops a run with the reason', () => {
    expect(weightProblem('')).toBe('Type a number (0 leaves the criterion out).');
    expect(weightProblem('two')).toBe('Type a number, such as 2.');
    expect(weightProblem('-1')).toBe('A weight cannot be negative.');
    expect(weightProblem('1.5')).toBeNull();
    expect(draftWeights(suggestDraftReducer(INITIAL_DRAFT, { type: 'weight', name: 'seniority', text: '-1' })).problem).toBe('The weight of seniority is not a number ≥ 0.');
    const zero = Object.keys(INITIAL_DRAFT.weights).reduce((d, name) => suggestDraftReducer(d, { type: 'weight', name: name as keyof typeof INITIAL_DRAFT.weights, text: '0' }), INITIAL_DRAFT);
    expect(draftWeights(zero).problem).toBe('At least one weight must be above 0.');
  });

  test('the floor is a fraction above 0 and at most 1', () => {
    expect(floorProblem('0.8')).toBeNull();
    expect(floorProblem('1')).toBeNull();
    expect(floorProblem('0')).toMatch(/^The floor is a fraction above 0 and at most 1/);
    expect(floorProblem('1.2')).toMatch(/^The floor is a fraction above 0 and at most 1/);
    expect(floorProblem('')).toBe('Type a fraction such as 0.8.');
  });

  test('accept and reject toggle; pressing the same again undoes it; a new run forgets them and closes the confirmation', () => {
    const a = pairKey({ personId: 'P1', mentorId: 'M1' });
    const b = pairKey({ personId: 'P1', mentorId: 'M2' });
    expect(a).not.toBe(b);
    let d = suggestDraftReducer(INITIAL_DRAFT, { type: 'decide', key: a, decision: 'accept' });
    d = suggestDraftReducer(d, { type: 'decide', key: b, decision: 'reject' });
    expect(d.decisions).toEqual({ [a]: 'accept', [b]: 'reject' });
    d = suggestDraftReducer(d, { type: 'decide', key: b, decision: 'accept' });
    d = suggestDraftReducer(d, { type: 'decide', key: a, decision: 'accept' });
    expect(d.decisions).toEqual({ [b]: 'accept' });
    d = suggestDraftReducer(d, { type: 'confirm', open: true });
    expect(d.confirming).toBe(true);
    // changing a decision closes the confirmation: its count would be stale
    expect(suggestDraftReducer(d, { type: 'decide', key: a, decision: 'accept' }).confirming).toBe(false);
    d = suggestDraftReducer(d, { type: 'newResult' });
    expect([d.decisions, d.confirming]).toEqual([{}, false]);
  });
});
