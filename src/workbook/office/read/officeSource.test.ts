import { generateSample } from '../../../sample/generateSample';
import { createExcelFake } from '../../excelFake';
import { fakeSheets, peakBytes } from '../office.test-helpers';
import { OfficeSource } from './officeSource';
import { MIB } from '../batchBudget';

/** a workbook proxy without its `functions` member, as on a host that lacks it */
function withoutFunctions(workbook: Excel.Workbook): Excel.Workbook {
  return new Proxy(workbook, { has: (target, key) => key !== 'functions' && key in target });
}

/** the sample's values as Excel gives them back: "" for a blank */
const asRead = (values: readonly (readonly unknown[])[]) => values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));

describe('OfficeSource', () => {
  it('reads the standard sample in three syncs: outline, previews, then every sheet batched in one', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const fake = createExcelFake({ sheets: fakeSheets(sample.sheets) });
    const source = new OfficeSource(fake.run);
    const outline = await source.describe();
    expect(outline.sheets).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences']);
    expect(outline.dateSystem).toBe('1900');
    expect(source.notes).toEqual([]);
    expect(outline.owned).toEqual([]);
    const previews = await source.preview(outline.sheets);
    expect(previews.map((p) => p.values.length)).toEqual([20, 20, 20, 20, 20, 20, 20]);
    expect(previews[0]!.values[0]).toEqual(sample.sheets[0]!.values[0]);
    const sheets = await source.readSheets(outline.sheets);
    expect(fake.stats.syncs).toBe(3);
    expect(source.syncs).toBe(3);
    expect(source.readBlocks).toBe(7); // one a sheet
    sheets.forEach((s, i) => {
      expect(s.name).toBe(sample.sheets[i]!.name);
      expect(s.values).toEqual(asRead(sample.sheets[i]!.values));
      expect([s.firstRow, s.firstColumn]).toEqual([1, 1]);
    });
    expect(peakBytes(fake).response).toBeLessThan(4 * MIB);
  });

  it("reads the workbook's date system through Workbook.functions (DATE(1904,1,1) is 0 only in the 1904 system), in the outline's sync", async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Notes', values: [['x']] }] }, { dateSystem: '1904' });
    const source = new OfficeSource(fake.run);
    expect((await source.describe()).dateSystem).toBe('1904');
    expect([fake.stats.syncs, source.notes]).toEqual([1, []]);
    // a host without Workbook.functions (below ExcelApi 1.2 it has no such member): 1900 is assumed, with a note
    const old = createExcelFake({ sheets: [{ name: 'Notes', values: [['x']] }] }, { dateSystem: '1904' });
    const run: typeof old.run = (batch) => old.run((context) => batch(Object.assign(Object.create(context) as Excel.RequestContext, { workbook: withoutFunctions(context.workbook) })));
    const oldSource = new OfficeSource(run);
    expect((await oldSource.describe()).dateSystem).toBe('1900');
    expect(oldSource.notes).toEqual(["the workbook's date system could not be read (this Excel has no Workbook.functions); the 1900 date system is assumed"]);
  });

  it('reads a large sheet in row blocks under the budget, and gives the same values', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const surveys = sample.sheets.find((s) => s.name === 'Surveys')!;
    const fake = createExcelFake({ sheets: fakeSheets([surveys]) });
    const budget = 64 * 1024;
    const source = new OfficeSource(fake.run, budget);
    const progress: number[] = [];
    const [read] = await source.readSheets(['Surveys'], (p) => progress.push(p.rowsRead));
    expect(read!.values).toEqual(asRead(surveys.values));
    expect(source.readBlocks).toBeGreaterThan(20);
    expect(fake.stats.syncs).toBe(1 + source.readBlocks);
    expect(progress[progress.length - 1]).toBe(surveys.values.length);
    expect(peakBytes(fake).response).toBeLessThanOrEqual(budget);
  });

  it('gives the used range with its position, reads a short sheet with its preview, and an empty sheet as no rows', async () => {
    const values = Array.from({ length: 8 }, (_, r) => [...Array<string>(2).fill(''), `id${r}`, r, r % 2 === 0]);
    const fake = createExcelFake({ sheets: [{ name: 'Offset', values: [[], [], ...values] }, { name: 'Empty', values: [] }] });
    const source = new OfficeSource(fake.run);
    await source.preview(['Offset', 'Empty']);
    const [offset, empty] = await source.readSheets(['Offset', 'Empty']);
    expect(fake.stats.syncs).toBe(1);
    expect(offset).toEqual({ name: 'Offset', values: values.map((r) => r.slice(2)), firstRow: 3, firstColumn: 3 });
    expect(empty!.values).toEqual([]);
  });

  it('previews a sheet wider than A:AZ with one more sync', async () => {
    const row = (r: number) => Array.from({ length: 60 }, (_, c) => `r${r}c${c}`);
    const fake = createExcelFake({ sheets: [{ name: 'Wide', values: [row(0), row(1), row(2)] }] });
    const source = new OfficeSource(fake.run);
    const [preview] = await source.preview(['Wide']);
    expect(preview!.values).toEqual([row(0), row(1), row(2)]);
    expect(fake.stats.syncs).toBe(2);
  });

  it('retries with smaller blocks when a response would be over Excel\'s limit (rows far longer than the preview\'s)', async () => {
    const long = 'x'.repeat(60_000);
    const rows = [['id', 'text'], ...Array.from({ length: 30 }, (_, i) => [i, 'short']), ...Array.from({ length: 100 }, (_, i) => [i, long])];
    const fake = createExcelFake({ sheets: [{ name: 'Notes', values: rows }] });
    const source = new OfficeSource(fake.run);
    const [read] = await source.readSheets(['Notes']);
    expect(read!.values).toEqual(rows);
    expect(fake.stats.batches.some((b) => b.responseBytes > 5 * MIB)).toBe(true); // the first try, refused
  });

  it('says plainly which sheet could not be read', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Data', values: [['a']] }] });
    await expect(new OfficeSource(fake.run).readSheets(['Missing'])).rejects.toMatchObject({ code: 'ReadFailed', message: expect.stringContaining('Missing') });
  });
});
