import { dayFromYmd } from '../calendar/dayFromYmd';
import { WriteIncompleteError } from '../workbook/office/officeAdapterError';
import { NOW, fakeSheets } from '../workbook/office/office.test-helpers';
import { type RefreshProgress, refreshWorkbook } from '../taskpane/workbook/officeUseCases';
import type { TaskpaneWorkbook } from '../taskpane/workbook/taskpaneWorkbook';
import { createExcelFake } from '../workbook/excelFake';
import { generateSample } from '../sample/generateSample';
import { writeFault } from './writeFault';

const asOf = dayFromYmd(2026, 9, 30);

/** a task pane workbook whose refresh is refreshWorkbook over `run` (the rest is not used here) */
function refreshOnly(run: Parameters<typeof refreshWorkbook>[0], isSetSupported: (n: string, v?: string) => boolean): TaskpaneWorkbook {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    overview: unused,
    insertSample: unused,
    insertTemplates: unused,
    loadSetup: unused,
    saveMapping: unused,
    saveSettings: unused,
    validate: unused,
    selectCell: unused,
    activateSheet: unused,
    fairnessFloorAvailable: () => false,
    suggest: unused,
    appendPairings: unused,
    refresh: (o) => refreshWorkbook(run, { asOf: o.asOf, minGroup: o.minGroup, analystDetail: o.analystDetail, now: o.now, onProgress: o.onProgress, isSetSupported }),
  };
}

test('the first refresh fails in its first write batch, after the dashboards sheets were added; the second repairs them', async () => {
  const fake = createExcelFake({ sheets: fakeSheets(generateSample({ size: 'standard', seed: 42 }).sheets) });
  const fault = writeFault(fake);
  const workbook = fault.wrap(refreshOnly(fault.run, (n, v) => fake.isSetSupported(n, v)));
  const options = { asOf, minGroup: 5, analystDetail: true, now: NOW };

  // reads and writes outside a refresh are untouched
  await fault.run(async (context) => {
    context.workbook.worksheets.load('items/name');
    await context.sync();
  });
  expect(fault.pending()).toBe(true);

  const phases: string[] = [];
  const first = workbook.refresh({ ...options, onProgress: (p: RefreshProgress) => phases.push(p.phase) });
  await expect(first).rejects.toBeInstanceOf(WriteIncompleteError);
  const error = (await first.catch((e: unknown) => e)) as WriteIncompleteError;
  expect(error.incompleteSheets).toContain('Board Dashboard');
  expect(error.message).toMatch(
    /^Cadre stopped writing at Board Dashboard: Excel said “The connection to Excel was lost while writing; the preview injected this failure, \?fail=write” \(GeneralException\)\. No sheet was written in full: Board Dashboard, .* are incomplete\. Press Refresh again to rewrite them;/,
  );
  expect(fault.pending()).toBe(false);
  // the caller's progress still arrives
  expect(phases).toContain('computing');
  // the sheets were added (the second sync of the write), then the write batch failed part-way
  expect(fake.workbook.sheetNames()).toContain('Board Dashboard');
  expect(fake.workbook.charts()).toHaveLength(0);

  const second = await workbook.refresh(options);
  expect(second.written.map((s) => s.name)).toContain('Board Dashboard');
  expect(fake.workbook.charts().length).toBeGreaterThan(0);
});
