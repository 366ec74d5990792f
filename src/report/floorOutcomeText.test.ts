import { floorOutcomeText } from './floorOutcomeText';

const off = { fairnessFloor: null, floorOutcome: null, priceOfFairness: null, minGroup: 5 };

test('met: no group of k or more below the floor (true also where no attribute has two such groups), and the price of fairness to three decimals', () => {
  expect(floorOutcomeText({ ...off, fairnessFloor: 0.8, priceOfFairness: 0.9126, floorOutcome: { floorMet: true, attainableFloor: 0.8, message: null } })).toBe(
    'Fairness floor 0.8: met: no group of 5 or more mentees is below 0.8 × its attribute’s best rate. Price of fairness 0.913 (the total score with the floor ÷ without it).',
  );
});

test("not met: the engine's message, then the price", () => {
  expect(floorOutcomeText({ ...off, fairnessFloor: 0.8, priceOfFairness: 0.5, floorOutcome: { floorMet: false, attainableFloor: 0.75, message: 'Group A stays below.' } })).toBe(
    'Fairness floor 0.8: not met. Group A stays below. Price of fairness 0.500 (the total score with the floor ÷ without it).',
  );
});

test('not met without a message: the attainable floor; no price when there is none', () => {
  expect(floorOutcomeText({ ...off, fairnessFloor: 0.9, floorOutcome: { floorMet: false, attainableFloor: 0.7, message: null } })).toBe(
    'Fairness floor 0.9: not met. Shown instead: the best that exists, at the highest floor that can be met, 0.70.',
  );
});

test('off: nothing to say', () => {
  expect(floorOutcomeText(off)).toBeNull();
});
