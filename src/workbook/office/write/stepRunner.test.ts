import { WriteIncompleteError } from '../officeAdapterError';
import { FeatureGate } from '../host';
import { StepRunner, type WriteStep, writeStoppedMessage } from './stepRunner';
import { parenthesesDepth } from './parenthesesDepth.test-helpers';

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
      message:
        'Cadre stopped writing at B: Excel said “The connection was lost” (GeneralException). A was written; B and C are incomplete. ' +
        'Press Refresh again to rewrite them; if it stops again, check that the workbook is not open read-only, close and reopen it, then refresh.',
    });
  });

  it('names the sheet of the failed batch where it stopped, not the first sheet of the plan', async () => {
    const { ctx, step } = context(2);
    const runner = new StepRunner(ctx, new FeatureGate(() => true), 100);
    // the plan lists C first, but C's steps come last: B's batch is the one that fails
    const error = (await runner.run([step('A', 'a', 90), step(null, 'setting', 90), step('B', 'b', 90), step('C', 'c', 90)], ['C', 'A', 'B']).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^Cadre stopped writing at B: /);
    expect(error.message).toContain(' A was written; C and B are incomplete. ');
  });
});

describe('writeStoppedMessage', () => {
  const lost = Object.assign(new Error('The connection was lost (while writing).'), { code: 'GeneralException' });

  it('says where and why in one sentence, Excel’s message once and its code once, never in nested parentheses', () => {
    const message = writeStoppedMessage('Equity Detail', ['Board Dashboard'], ['Equity Detail', 'Cadre History'], lost);
    expect(message.split('. ')[0]).toBe('Cadre stopped writing at Equity Detail: Excel said “The connection was lost (while writing)” (GeneralException)');
    expect(message.split('The connection was lost')).toHaveLength(2);
    expect(message.split('GeneralException')).toHaveLength(2);
    expect(parenthesesDepth(message)).toBe(1);
    expect(parenthesesDepth('a (b (c))')).toBe(2);
  });

  it('then what was written, what is incomplete and what to do, in the singular where one sheet is', () => {
    expect(writeStoppedMessage('B', [], ['B'], new Error('boom'))).toBe(
      'Cadre stopped writing at B: Excel said “boom”. No sheet was written in full: B is incomplete. ' +
        'Press Refresh again to rewrite it; if it stops again, check that the workbook is not open read-only, close and reopen it, then refresh.',
    );
    expect(writeStoppedMessage('C', ['A', 'B'], ['C', 'D'], new Error('boom'))).toContain(' A and B were written; C and D are incomplete. Press Refresh again to rewrite them;');
  });

  it('a failure after the last sheet says every sheet was written', () => {
    expect(writeStoppedMessage(null, ['A', 'B'], [], lost)).toBe(
      'Cadre stopped writing after the last sheet: Excel said “The connection was lost (while writing)” (GeneralException). ' +
        'Every sheet was written, but the workbook names of the key figures, such as Cadre.Retention12m, may not be. Press Refresh again to finish.',
    );
  });

  it('does not repeat a code Excel’s message already names', () => {
    expect(writeStoppedMessage('A', [], ['A'], Object.assign(new Error('GeneralException: lost'), { code: 'GeneralException' }))).toMatch(/^Cadre stopped writing at A: Excel said “GeneralException: lost”\. /);
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
