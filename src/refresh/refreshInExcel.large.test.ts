import { peakBytes, refreshOptions, sampleFake } from '../workbook/office/office.test-helpers';
import { MIB } from '../workbook/office/batchBudget';
import { refreshWorkbook } from '../taskpane/workbook/officeUseCases';

// The large sample (100,000 people, ~1.1 million input rows) through the fake: the slowest test
// (about 15 s: generating the sample, seeding the fake, computing), so one test with its own timeout.
describe('refreshWorkbook on the large sample', () => {
  it('keeps every request and response under 4 MB, in at most 8 syncs plus one per read block', async () => {
    const { fake, sample } = sampleFake('large');
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const peak = peakBytes(fake);
    expect(peak.request).toBeLessThan(4 * MIB);
    expect(peak.response).toBeLessThan(4 * MIB);
    expect(result.syncs).toBe(fake.stats.syncs);
    expect(result.readBlocks).toBeGreaterThan(20);
    expect(result.syncs).toBeLessThanOrEqual(8 + result.readBlocks);
    expect(result.report.counts.participants).toBe(sample.counts.participants);
    expect(result.report.counts.surveyAnswers).toBe(sample.counts.surveyAnswers);
    expect(fake.workbook.formulasCreated()).toEqual([]);
  }, 300_000);
});
