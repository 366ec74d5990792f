import loadHighs from 'highs';
import { floorInProcess } from '../../matching';
import { sampleFake } from '../../workbook/office/office.test-helpers';
import { officeTaskpaneWorkbook } from './officeTaskpaneWorkbook';
import { FLOOR_UNAVAILABLE_MESSAGE } from './officeUseCases';
import { rejectionOf } from './taskpane.test-helpers';

describe("the task pane's suggestions with a fairness floor", () => {
  test('the floor goes to the runner the pane was given, with the role, the weights and k; the document says whether it was met', async () => {
    const { fake, sample } = sampleFake();
    const runFloor = jest.fn(floorInProcess(() => loadHighs()));
    const workbook = officeTaskpaneWorkbook(fake.run, (n, v) => fake.isSetSupported(n, v), runFloor);
    expect(workbook.fairnessFloorAvailable()).toBe(true);
    const result = await workbook.suggest({ asOf: sample.asOf, role: 'Mentor', minGroup: 5, weights: { preference: 4 }, fairnessFloor: 0.8, writeSheet: false });
    expect(runFloor).toHaveBeenCalledTimes(1);
    const [, asOf, options, settings] = runFloor.mock.calls[0]!;
    expect([asOf, options, settings]).toEqual([sample.asOf, { role: 'Mentor', weights: { preference: 4 } }, { floor: 0.8, k: 5 }]);
    expect(result.document.fairnessFloor).toBe(0.8);
    expect(result.document.floorOutcome).toEqual({ floorMet: true, attainableFloor: 0.8, message: null });
    expect(result.document.priceOfFairness).not.toBeNull();
  }, 60_000);

  test('without a runner: the floor is not available, and a run that asks for it fails with a message saying what to do; none asked, none run', async () => {
    const { fake, sample } = sampleFake();
    const workbook = officeTaskpaneWorkbook(fake.run, (n, v) => fake.isSetSupported(n, v));
    expect(workbook.fairnessFloorAvailable()).toBe(false);
    const error = await rejectionOf(workbook.suggest({ asOf: sample.asOf, role: 'Mentor', minGroup: 5, fairnessFloor: 0.8, writeSheet: false }));
    expect(error).toMatchObject({ code: 'InvalidOption', message: FLOOR_UNAVAILABLE_MESSAGE });
    expect(fake.stats.syncs).toBe(0); // refused before reading anything
    const plain = await workbook.suggest({ asOf: sample.asOf, role: 'Mentor', minGroup: 5, fairnessFloor: null, writeSheet: false });
    expect(plain.document.floorOutcome).toBeNull();
  }, 60_000);
});
