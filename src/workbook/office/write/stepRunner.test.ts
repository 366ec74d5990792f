import { WriteIncompleteError } from '../officeAdapterError';
import { FeatureGate } from '../host';
import { StepRunner, type WriteStep } from './stepRunner';

/** a context whose sync records which steps each batch carried, and can fail one batch */
function context(failBatch = -1) {
  const batches: string[][] = [[]];
  const ctx = {
    workbook: { application: {} },
    sync: async () => {
      if (batches.length - 1 === failBatch) throw Object.assign(new Error('The connection was lost.'), { code: 'GeneralException' });
      batches.push([]);
    },
  };
  const step = (sheet: string | null, label: string, bytes: number, keepWithNext = false): WriteStep => ({ sheet, bytes, keepWithNext, queue: () => void batches[batches.length - 1]!.push(label) });
  return { ctx: ctx as unknown as Excel.RequestContext, batches, step };
}

describe('StepRunner', () => {
  it('syncs whenever the next step would take the batch over the budget, and once at the end', async () => {
    const { ctx, batches, step } = context();
    const runner = new StepRunner(ctx, new FeatureGate(() => true), 100);
    await runner.run([step('A', 'a1', 60), step('A', 'a2', 30), step('B', 'b1', 30), step('B', 'b2', 90), step(null, 'names', 5)], ['A', 'B']);
    expect(batches.slice(0, -1)).toEqual([['a1', 'a2'], ['b1'], ['b2', 'names']]);
    expect(runner.syncs).toBe(3);
  });

  it('keeps chained steps in one batch when they fit in one', async () => {
    const { ctx, batches, step } = context();
    const runner = new StepRunner(ctx, new FeatureGate(() => true), 100);
    await runner.run([step('A', 'a', 50), step('B', 'clear b', 20, true), step('B', 'b values', 40), step('B', 'b styles', 10)], ['A', 'B']);
    expect(batches.slice(0, -1)).toEqual([['a'], ['clear b', 'b values', 'b styles']]);
  });

  it('on a failed sync lists every sheet whose last step had not been synced', async () => {
    const { ctx, step } = context(1);
    const runner = new StepRunner(ctx, new FeatureGate(() => true), 100);
    const error = await runner.run([step('A', 'a', 90), step('B', 'b', 90), step('C', 'c', 90)], ['A', 'B', 'C']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteIncompleteError);
    expect(error).toMatchObject({
      code: 'WriteIncomplete',
      incompleteSheets: ['B', 'C'],
      message: 'Writing the dashboards stopped part-way (The connection was lost. (GeneralException)). These sheets are incomplete: B and C. Refresh again to repair them.',
    });
  });

  it('reports once that calculation and screen updating could not be paused on this host', async () => {
    const { ctx, step } = context();
    const gate = new FeatureGate(() => true);
    await new StepRunner(ctx, gate, 100).run([step('A', 'a', 90), step('A', 'b', 90)], ['A']);
    expect(gate.warnings()).toEqual([
      'pausing calculation during the write: this Excel has no Application.suspendApiCalculationUntilNextSync; not applied',
      'pausing screen updating during the write: this Excel has no Application.suspendScreenUpdatingUntilNextSync; not applied',
    ]);
  });
});
