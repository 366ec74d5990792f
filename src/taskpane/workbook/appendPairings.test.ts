import { dayFromYmd } from '../../calendar/dayFromYmd';
import { type CellValue, type ExcelFake, createExcelFake } from '../../workbook/excelFake';
import { OfficeAdapterError } from '../../workbook/office/officeAdapterError';
import { sampleFake } from '../../workbook/office/office.test-helpers';
import { rejectionOf, syncsOf, taskpaneOn } from './taskpane.test-helpers';
import type { NewPairing } from './taskpaneWorkbook';

/** 2026-10-05, today in these tests: serial 46300 in the 1900 date system (DATE(2026,10,5)), 44838 in the 1904 one */
const TODAY = dayFromYmd(2026, 10, 5);
const SERIAL_1900 = 46300;
const SERIAL_1904 = 46300 - 1462;
const PAIRS: NewPairing[] = [
  { personId: 'P-0007', mentorId: 'M-0003', role: 'Mentor' },
  { personId: 'P-0011', mentorId: 'M-0042', role: 'Mentor' },
];

/** the sheet's snapshot (every cell, format, size, object) without the cells of rows `first`..`last` and without its tables' areas */
function snapshotWithout(fake: ExcelFake, sheet: string, first: number, last: number): unknown {
  const s = JSON.parse(fake.workbook.sheet(sheet).snapshot()) as { cells: [string, unknown][]; tables: { area: unknown }[] };
  const row = (address: string) => Number(/\d+$/.exec(address)![0]);
  return { ...s, cells: s.cells.filter(([a]) => row(a) < first || row(a) > last), tables: s.tables.map((t) => ({ ...t, area: null })) };
}

/** every sheet's snapshot but `except` */
function others(fake: ExcelFake, except: string): Record<string, string> {
  return Object.fromEntries(fake.workbook.sheetNames().filter((n) => n !== except).map((n) => [n, fake.workbook.sheet(n).snapshot()]));
}

/** a fake whose sheet `name` holds `values` from `at` (an A1 cell), optionally as an Excel table over them */
async function bookWith(name: string, values: CellValue[][], at = 'A1', options: { table?: boolean; dateSystem?: '1900' | '1904'; after?: CellValue[][]; afterAt?: string } = {}): Promise<ExcelFake> {
  const fake = createExcelFake({ sheets: [{ name: 'Participants', values: [['PersonID', 'Name', 'StartDate'], ['P-0007', 'Ann', 45000]] }, { name, values: [] }] }, { dateSystem: options.dateSystem });
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const range = ws.getRange(at).getResizedRange(values.length - 1, values[0]!.length - 1);
    range.values = values;
    if (options.table) ws.tables.add(range, true);
    if (options.after) ws.getRange(options.afterAt!).getResizedRange(options.after.length - 1, options.after[0]!.length - 1).values = options.after;
    await context.sync();
  });
  return fake;
}

describe('appendPairings (Add accepted to Pairings)', () => {
  test('a sheet without a table: two rows below the last, in the recognised columns, the date a serial with a date format; nothing else changes', async () => {
    const { fake, sample } = sampleFake();
    const pairings = sample.sheets.find((s) => s.name === 'Pairings')!;
    const last = pairings.values.length; // header in row 1, so the last data row is row values.length
    const header = pairings.values[0] as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const letter = (name: string) => String.fromCharCode(64 + col(name));
    const before = { sheet: fake.workbook.sheet('Pairings').snapshot(), others: others(fake, 'Pairings') };

    const { result, syncs } = await syncsOf(fake, () => taskpaneOn(fake).appendPairings({ pairs: PAIRS, start: TODAY }));

    expect(result).toMatchObject({ sheet: 'Pairings', table: null, rows: 2, firstRow: last + 1, lastRow: last + 2 });
    expect(syncs).toBe(4);
    const pairingsNow = fake.workbook.sheet('Pairings');
    expect(pairingsNow.usedRange()).toBe(`A1:${String.fromCharCode(64 + header.length)}${last + 2}`);
    const newRows = pairingsNow.values(`A${last + 1}:${String.fromCharCode(64 + header.length)}${last + 2}`);
    expect(newRows.map((r) => [r[col('PersonID') - 1], r[col('MentorID') - 1], r[col('Role') - 1], r[col('Start') - 1]])).toEqual([
      ['P-0007', 'M-0003', 'Mentor', SERIAL_1900],
      ['P-0011', 'M-0042', 'Mentor', SERIAL_1900],
    ]);
    // the other columns of the new rows are blank
    expect(newRows.flatMap((r) => r.filter((_, j) => ![col('PersonID'), col('MentorID'), col('Role'), col('Start')].includes(j + 1)))).toEqual(Array(2 * (header.length - 4)).fill(''));
    expect(pairingsNow.numberFormats(`${letter('Start')}${last + 1}:${letter('Start')}${last + 2}`)).toEqual([['yyyy-mm-dd'], ['yyyy-mm-dd']]);
    // every existing cell (values, formats) byte-identical; every other sheet untouched; nothing became a formula
    expect(snapshotWithout(fake, 'Pairings', last + 1, last + 2)).toEqual(JSON.parse(before.sheet));
    expect(others(fake, 'Pairings')).toEqual(before.others);
    expect(fake.workbook.formulasCreated()).toEqual([]);
  });

  test('an Excel table grows by exactly the rows added; its header not in row 1, its columns in another order', async () => {
    const values: CellValue[][] = [
      ['Start Date', 'Notes', 'Relationship', 'Mentor ID', 'Mentee ID', 'End'],
      [45000, 'kick-off', 'Internal mentor', 'M-0001', 'P-0001', ''],
      [45100, '', 'Coaching', 'M-0002', 'P-0002', 45300],
    ];
    const fake = await bookWith('Matches', values, 'C4', { table: true });
    // a title above the table, as a workbook may have
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Matches').getRange('A1').values = [['Program pairings']]));
    const before = { table: fake.workbook.tables()[0]!, sheet: fake.workbook.sheet('Matches').snapshot(), others: others(fake, 'Matches') };
    expect(before.table.area).toEqual({ row: 3, lastRow: 5, column: 2, lastColumn: 7 }); // C4:H6

    const result = await taskpaneOn(fake).appendPairings({ pairs: PAIRS, start: TODAY });

    expect(result).toMatchObject({ sheet: 'Matches', table: before.table.name, rows: 2, firstRow: 7, lastRow: 8 });
    const after = fake.workbook.tables()[0]!;
    expect(after.area).toEqual({ ...before.table.area, lastRow: before.table.area.lastRow + 2 });
    expect(fake.workbook.sheet('Matches').values('C7:H8')).toEqual([
      [SERIAL_1900, '', 'Mentor', 'M-0003', 'P-0007', ''],
      [SERIAL_1900, '', 'Mentor', 'M-0042', 'P-0011', ''],
    ]);
    expect(fake.workbook.sheet('Matches').numberFormats('C7:C8')).toEqual([['yyyy-mm-dd'], ['yyyy-mm-dd']]);
    expect(snapshotWithout(fake, 'Matches', 7, 8)).toEqual({ ...JSON.parse(before.sheet), tables: [{ ...before.table, area: null }] });
    expect(others(fake, 'Matches')).toEqual(before.others);
  });

  test("a template's table: its empty data row is filled first, then the table grows by the rest", async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Sheet1', values: [] }] });
    const workbook = taskpaneOn(fake);
    await workbook.insertTemplates();
    const table = () => fake.workbook.tables().find((t) => t.sheetId === JSON.parse(fake.workbook.sheet('Pairings').snapshot()).id)!;
    expect(table().area.lastRow - table().area.row).toBe(1); // header and one empty data row
    const result = await workbook.appendPairings({ pairs: [...PAIRS, { personId: 'P-0020', mentorId: 'M-0003', role: 'Mentor' }], start: TODAY });
    expect(result).toMatchObject({ sheet: 'Pairings', rows: 3, firstRow: 2, lastRow: 4 });
    expect(table().area.lastRow - table().area.row).toBe(3);
    expect(fake.workbook.sheet('Pairings').values('A2:D4')).toEqual([
      ['P-0007', 'M-0003', 'Mentor', SERIAL_1900],
      ['P-0011', 'M-0042', 'Mentor', SERIAL_1900],
      ['P-0020', 'M-0003', 'Mentor', SERIAL_1900],
    ]);
  });

  test('the 1904 date system gives the 1904 serial; an id that is a whole number is written as a number, one like a formula as text', async () => {
    const fake = await bookWith('Pairings', [['PersonID', 'MentorID', 'Start'], [1001, 2001, 40000]], 'A1', { dateSystem: '1904' });
    await taskpaneOn(fake).appendPairings({ pairs: [{ personId: '1002', mentorId: '=HYPERLINK("x")', role: 'Coach' }, { personId: '007', mentorId: '2001', role: 'Coach' }], start: TODAY });
    // no Role column: the row's role is the mentor's (input-workbook.md), so nothing is written for it
    expect(fake.workbook.sheet('Pairings').values('A3:D4')).toEqual([
      [1002, '=HYPERLINK("x")', SERIAL_1904, ''],
      ['007', 2001, SERIAL_1904, ''],
    ]);
    expect(fake.workbook.formulasCreated()).toEqual([]);
  });

  test('failures reach the caller as messages saying whether anything was added', async () => {
    // no Pairings sheet
    const none = createExcelFake({ sheets: [{ name: 'Participants', values: [['PersonID'], ['P-1']] }] });
    const noSheet = await rejectionOf(taskpaneOn(none).appendPairings({ pairs: PAIRS, start: TODAY }));
    expect(noSheet).toBeInstanceOf(OfficeAdapterError);
    expect(noSheet.message).toBe('Nothing was added: Cadre finds no Pairings sheet in this workbook. Choose the sheet in Mapping (or insert the templates in Setup), then try again.');

    // a Pairings sheet without a Start column
    const noStart = await bookWith('Pairings', [['PersonID', 'MentorID', 'Role'], ['P-1', 'M-1', 'Mentor']]);
    expect((await rejectionOf(taskpaneOn(noStart).appendPairings({ pairs: PAIRS, start: TODAY }))).message).toBe(
      'Nothing was added: the sheet "Pairings" (read as Pairings) has no column Cadre recognises as Start. Match it in Mapping, then try again.',
    );

    // values just below the table: Excel would push them down
    const below = await bookWith('Pairings', [['PersonID', 'MentorID', 'Start'], ['P-1', 'M-1', 45000]], 'A1', { table: true, after: [['note']], afterAt: 'B4' });
    const snapshot = below.workbook.sheet('Pairings').snapshot();
    const pushed = await rejectionOf(taskpaneOn(below).appendPairings({ pairs: PAIRS, start: TODAY }));
    expect(pushed.message).toBe('Nothing was added: row 4 of "Pairings", just below the table Table1, holds values, and Excel would push them down to make room. Move them further down, then try again.');
    expect(below.workbook.sheet('Pairings').snapshot()).toBe(snapshot);

    // Excel fails the write: the message quotes it once and says where to look
    const { fake } = sampleFake();
    const last = fake.workbook.sheet('Pairings').values().length;
    fake.failSync({ skip: 3, applied: 0, message: 'The connection was lost' });
    const failed = await rejectionOf(taskpaneOn(fake).appendPairings({ pairs: PAIRS, start: TODAY }));
    expect(failed).toMatchObject({ code: 'AppendFailed' });
    expect(failed.message).toBe(`Adding 2 rows to "Pairings" stopped: Excel said “The connection was lost” (GeneralException). Look at "Pairings" from row ${last + 1} before trying again: some of the rows may be there.`);
  });

  test('a table whose header row is not the recognised one, or which leaves a column out, stops the append', async () => {
    const fake = await bookWith('Pairings', [['PersonID', 'MentorID', 'Start'], ['P-1', 'M-1', 45000]], 'A1');
    await fake.run(async (context) => void context.workbook.worksheets.getItem('Pairings').tables.add('A1:B2', true));
    const before = fake.workbook.sheet('Pairings').snapshot();
    expect((await rejectionOf(taskpaneOn(fake).appendPairings({ pairs: PAIRS, start: TODAY }))).message).toBe(
      'Nothing was added: the header row of "Pairings" is in the table Table1, but the column Start (C) is outside it. Make the table cover the whole header row (Table Design, Resize Table), then try again.',
    );
    expect(fake.workbook.sheet('Pairings').snapshot()).toBe(before);
  });
});
