import { officeTaskpaneWorkbook } from '../taskpane/workbook/officeTaskpaneWorkbook';
import { columnWidths, createPreviewFake, fakeValue } from './previewWorkbooks';

test('empty: one empty sheet, nothing synced', async () => {
  const fake = await createPreviewFake('empty');
  expect(fake.workbook.sheetNames()).toEqual(['Sheet1']);
  expect(fake.workbook.sheet('Sheet1').usedRange()).toBeNull();
  expect(fake.stats.syncs).toBe(0);
  expect(fake.isSetSupported('ExcelApi', '1.12')).toBe(true);
});

test('sample: the five input sheets, header bold and frozen, dates shown as dates; the set-up syncs not counted', async () => {
  const fake = await createPreviewFake('sample');
  expect(fake.workbook.sheetNames()).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences']);
  const participants = fake.workbook.sheet('Participants');
  expect(participants.usedRange()).toBe('A1:X2001');
  expect(participants.formatOf('A1', 'bold')).toBe(true);
  expect(participants.frozen).toEqual({ rows: 1, columns: 0 });
  const header = participants.values('A1:W1')[0]!;
  const start = header.indexOf('ProgramStart');
  expect(start).toBeGreaterThanOrEqual(0);
  const formats = participants.numberFormats('A2:W2')[0]!;
  expect(formats[start]).toBe('yyyy-mm-dd');
  expect(formats[header.indexOf('PersonID')]).toBe('General');
  expect(participants.columnWidth(0)).toBeGreaterThan(40);
  expect(fake.stats).toEqual({ syncs: 0, batches: [] });
});

test('sample: its columns are as wide as those of the sample inserted into the empty workbook', async () => {
  const seeded = await createPreviewFake('sample');
  const empty = await createPreviewFake('empty');
  await officeTaskpaneWorkbook((batch) => empty.run(batch), (n, v) => empty.isSetSupported(n, v)).insertSample();
  for (const name of seeded.workbook.sheetNames()) {
    const columns = seeded.workbook.sheet(name).values('A1:Z1')[0]!.filter((v) => v !== '').length;
    const widths = (fake: typeof seeded) => Array.from({ length: columns }, (_, j) => fake.workbook.sheet(name).columnWidth(j));
    expect({ name, widths: widths(seeded) }).toEqual({ name, widths: widths(empty) });
  }
});

test('messy: the messy workbook, header below its title, the real date column shown as dates', async () => {
  const fake = await createPreviewFake('messy');
  expect(fake.workbook.sheetNames()).toContain('Roster');
  const roster = fake.workbook.sheet('Roster');
  expect(roster.values('A1')[0]![0]).toBe('Talent pool export, Q3');
  expect(roster.formatOf('A3', 'bold')).toBe(true);
  expect(roster.formatOf('A1', 'bold')).toBe(false);
  // D11 is an error cell: Office.js reads its text; D14 a real date
  expect(roster.values('D11')[0]![0]).toBe('#N/A');
  expect(roster.values('D14')[0]![0]).toBe(45301);
  expect(roster.numberFormats('D14')[0]![0]).toBe('yyyy-mm-dd');
});

test('fakeValue and columnWidths', () => {
  expect([null, undefined, 'x', 3, true, { error: '#REF!' }, new Date(Date.UTC(2024, 0, 1))].map(fakeValue)).toEqual(['', '', 'x', 3, true, '#REF!', 45292]);
  // in characters (valueColumnWidths): 8 at least, the header 2 more, 2 of padding → 10 and 27; in points (×7 px + 5 px, ×0.75)
  expect(columnWidths({ name: 's', values: [['id', 'A long header name here'], [1, null]] })).toEqual([56.25, 145.5]);
});
