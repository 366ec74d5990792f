import { MESSY_SHEETS } from '../sample/messyWorkbook';
import { dayFromIso } from '../calendar/dayFromIso';
import type { CellValue, SheetValues } from '../model/cell';
import { PROMOTION } from '../model/records';
import { intake } from './intake';
import { parseMapping } from './parseMapping';
import { isPromotion } from './records/measuresFromRows';

/** impact.md, "Input": HireDate on Participants and the optional Measures sheet. */

const asOf = dayFromIso('2026-09-30');
const d = dayFromIso;
const sheet = (name: string, values: CellValue[][]): SheetValues => ({ name, values });
const at = (r: ReturnType<typeof intake>, sheetName: string) =>
  r.problems.filter((p) => p.sheet === sheetName).map((p) => [p.cell, p.severity, p.code, p.column]);

const PARTICIPANTS = sheet('Participants', [
  ['PersonID', 'ProgramStart', 'EligibleDate'],
  ['P1', '2024-01-15', '2023-01-01'],
  ['P2', '2024-02-01', '2023-01-01'],
  ['P3', '', '2023-06-01'],
]);

describe('HireDate on Participants', () => {
  test.each(['HireDate', 'Hire Date', 'Start Date of Employment', 'date_of_hire', 'ORIGINAL HIRE DATE'])('the header %p is HireDate', (header) => {
    const r = intake([sheet('Participants', [['PersonID', 'ProgramStart', header], ['P1', '2024-01-15', '2015-06-01']])], { asOf });
    const m = r.sheets[0]!.columns.find((c) => c.canonical === 'HireDate')!;
    // "Hire Date" folds to the canonical name itself
    expect([m.header, m.how, m.cell]).toEqual([header, ['HireDate', 'Hire Date'].includes(header) ? 'exact' : 'synonym', 'C1']);
    expect(r.data.participants[0]!.hireDate).toBe(d('2015-06-01'));
    expect(r.data.columns.Participants).toContain('HireDate');
  });

  test('read as a date; a bad, implausible, future or out-of-order one reported at its cell and ignored, the row kept', () => {
    const r = intake(
      [
        sheet('Participants', [
          ['PersonID', 'ProgramStart', 'EligibleDate', 'HireDate'],
          ['P1', '2024-01-15', '2023-01-01', '2015-06-01'], // read
          ['P2', '2024-01-15', '2023-01-01', 'soon'], // not a date
          ['P3', '2024-01-15', '2023-01-01', '1949-12-31'], // before 1950: implausible
          ['P4', '', '2023-01-01', '2026-10-01'], // after the as-of date 2026-09-30
          ['P5', '2024-01-15', '2023-01-01', '2023-06-01'], // after EligibleDate (the earlier of the two)
          ['P6', '2024-01-15', '', '2024-02-01'], // after ProgramStart
          ['P7', '2024-01-15', '2023-01-01', '2023-01-01'], // hired the day the person became eligible: in order
          ['P8', '2024-01-15', '2023-01-01', ''], // blank: nothing to say
        ]),
      ],
      { asOf },
    );
    expect(r.data.participants.map((p) => [p.personId, p.hireDate])).toEqual([
      ['P1', d('2015-06-01')],
      ['P2', undefined],
      ['P3', undefined],
      ['P4', undefined],
      ['P5', undefined],
      ['P6', undefined],
      ['P7', d('2023-01-01')],
      ['P8', undefined],
    ]);
    expect(at(r, 'Participants')).toEqual([
      ['D3', 'warning', 'bad-date', 'HireDate'],
      ['D4', 'warning', 'implausible-date', 'HireDate'],
      ['D5', 'warning', 'date-order', 'HireDate'],
      ['D6', 'warning', 'date-order', 'HireDate'],
      ['D7', 'warning', 'date-order', 'HireDate'],
    ]);
    const message = (cell: string) => r.problems.find((p) => p.cell === cell)!.message;
    expect(message('D3')).toBe('HireDate "soon" is not a date; the value is ignored.');
    expect(message('D5')).toBe('HireDate 2026-10-01 is after the as-of date 2026-09-30; HireDate is ignored.');
    expect(message('D6')).toBe('HireDate 2023-06-01 is after EligibleDate 2023-01-01; HireDate is ignored.');
    expect(message('D7')).toBe('HireDate 2024-02-01 is after ProgramStart 2024-01-15; HireDate is ignored.');
    expect(r.sheets[0]!.rowsLeftOut).toBe(0);
  });
});

describe('the Measures sheet', () => {
  const measures = sheet('Measures', [
    ['Employee ID', 'Date', 'KPI', 'Score'],
    ['P1', '2024-06-30', 'Performance rating', 4], // 2: read
    ['P1', '2025-01-15', ' promoted ', ''], // 3: a promotion, no value
    ['P2', '2025-02-01', 'PROMOTION', 1], // 4: a promotion, value 1
    ['P2', '2025-02-01', 'Promotion', 2], // 5: a promotion's value is blank or 1
    ['X9', '2025-01-01', 'Engagement', 3.5], // 6: nobody on Participants
    ['P1', 'someday', 'Engagement', 3.5], // 7: not a date
    ['P1', '2025-03-01', 'Engagement', 'high'], // 8: not a number
    ['P1', '2025-03-01', 'Engagement', ''], // 9: a measure other than Promotion needs a value
    ['P1', '1949-01-01', 'Engagement', 3], // 10: before 1950
    ['P1', '2037-01-01', 'Engagement', 3], // 11: after as-of + 10 years (2036-09-30)
    ['P3', '2025-06-30', 'Quota attainment', -0.25], // 12: read (any number)
    ['P2', '2025-06-30', 'Engagement', { error: '#N/A' }], // 13: an error cell in Value
    ['P2', '', 'Engagement', 3], // 14: no date
    ['P2', '2025-06-30', '', 3], // 15: no measure
    ['P2', '2025-06-30', 'Promotion', 0], // 16: 0 is not a promotion's value either
    [null, null, null, null], // 17: blank, skipped silently
    ['P3', 46000, 'Engagement', '4.5'], // 18: a serial date and numeric text: read
  ]);
  const r = intake([PARTICIPANTS, measures], { asOf });

  test('found by name, its headers by their synonyms', () => {
    const m = r.sheets.find((s) => s.canonical === 'Measures')!;
    expect([m.sheet, m.how, m.headerRow]).toEqual(['Measures', 'name', 1]);
    expect(m.columns.map((c) => [c.canonical, c.header, c.how])).toEqual([
      ['PersonID', 'Employee ID', 'synonym'],
      ['Date', 'Date', 'exact'],
      ['Measure', 'KPI', 'synonym'],
      ['Value', 'Score', 'synonym'],
    ]);
    expect(r.data.sheetNames.Measures).toBe('Measures');
    expect(r.data.columns.Measures).toEqual(['PersonID', 'Date', 'Measure', 'Value']);
  });

  test('the good rows become records: promotions as PROMOTION without a value, other measures as written', () => {
    expect(r.data.measures).toEqual([
      { row: 2, personId: 'P1', date: d('2024-06-30'), measure: 'Performance rating', value: 4 },
      { row: 3, personId: 'P1', date: d('2025-01-15'), measure: PROMOTION, value: null },
      { row: 4, personId: 'P2', date: d('2025-02-01'), measure: PROMOTION, value: null },
      { row: 12, personId: 'P3', date: d('2025-06-30'), measure: 'Quota attainment', value: -0.25 },
      // serial 46000 is 2025-12-09 (1900 system)
      { row: 18, personId: 'P3', date: d('2025-12-09'), measure: 'Engagement', value: 4.5 },
    ]);
    const m = r.sheets.find((s) => s.canonical === 'Measures')!;
    // 17 rows below the header, one blank: 16 read, 11 of them left out
    expect([m.rowsRead, m.rowsLeftOut]).toEqual([16, 11]);
  });

  test('every bad row: an error at its cell, the row left out', () => {
    expect(at(r, 'Measures')).toEqual([
      ['D5', 'error', 'out-of-range', 'Value'],
      ['A6', 'error', 'unknown-id', 'PersonID'],
      ['B7', 'error', 'bad-date', 'Date'],
      ['D8', 'error', 'bad-number', 'Value'],
      ['D9', 'error', 'missing-value', 'Value'],
      ['B10', 'error', 'implausible-date', 'Date'],
      ['B11', 'error', 'implausible-date', 'Date'],
      ['D13', 'error', 'error-cell', 'Value'],
      ['B14', 'error', 'missing-value', 'Date'],
      ['C15', 'error', 'missing-value', 'Measure'],
      ['D16', 'error', 'out-of-range', 'Value'],
    ]);
    const message = (cell: string) => r.problems.find((p) => p.sheet === 'Measures' && p.cell === cell)!;
    expect(message('D5')).toMatchObject({ value: '2', message: "A promotion's Value must be blank or 1, not 2; the row is left out." });
    expect(message('A6').message).toBe('PersonID X9 is not on the Participants sheet; the measure is left out.');
    expect(message('D8').message).toBe('Value "high" is not a number; the row is left out.');
    expect(message('D9').message).toBe('Value is blank, and every measure other than a promotion needs one; the row is left out.');
    expect(message('D9').fix).toBe('Fill in the value of Engagement, or delete the row.');
    expect(message('D13').message).toBe('Value: the cell shows the error #N/A and is read as blank. Value must be readable, so the row is left out.');
  });

  test('nothing about the other sheets changes', () => {
    const without = intake([PARTICIPANTS], { asOf });
    expect(r.data.participants).toEqual(without.data.participants);
    expect(r.problems.filter((p) => p.sheet !== 'Measures')).toEqual(without.problems);
  });

  test('a PersonID on a Participants row left out for an error: the measure is left out too', () => {
    const people = sheet('Participants', [['PersonID', 'ProgramStart'], ['P1', '2024-01-15'], ['P1', '2024-02-01']]);
    const dup = sheet('Measures', [['PersonID', 'Date', 'Measure', 'Value'], ['P1', '2025-01-01', 'Promotion', '']]);
    const s = intake([people, dup], { asOf });
    expect(s.data.measures).toHaveLength(1); // P1's first row is used
    const gone = intake([sheet('Participants', [['PersonID', 'ProgramStart', 'ExitDate'], ['P1', '2024-01-15', '2023-01-01']]), dup], { asOf });
    expect(gone.data.measures).toEqual([]);
    expect(at(gone, 'Measures')).toEqual([['A2', 'error', 'unknown-id', 'PersonID']]);
  });

  test.each([
    ['Promotion', true],
    ['promoted', true],
    [' PROMOTED ', true],
    ['Pro motion', true],
    ['Promotions', false],
    ['Performance rating', false],
  ])('%p is a promotion: %p', (name, yes) => {
    expect(isPromotion(name)).toBe(yes);
  });

  test.each([
    ['Metric', 'Rating'],
    ['Indicator', 'Result'],
    ['Measure', 'Value'],
  ])('found by its headers (%s, %s) on a sheet of any name', (measureHeader, valueHeader) => {
    const kpis = sheet('Q3 export', [['EmpID', 'Date', measureHeader, valueHeader], ['P2', '2025-05-01', 'Engagement', '3']]);
    const s = intake([PARTICIPANTS, kpis], { asOf });
    expect(s.sheets.find((x) => x.canonical === 'Measures')).toMatchObject({ sheet: 'Q3 export', how: 'headers', missing: [], rowsRead: 1, rowsLeftOut: 0 });
    expect(s.data.measures).toEqual([{ row: 2, personId: 'P2', date: d('2025-05-01'), measure: 'Engagement', value: 3 }]);
    // only the notes about the sheets this workbook lacks
    expect(s.problems.map((p) => [p.sheet, p.code])).toEqual(['Mentors', 'Pairings', 'Rotations', 'Surveys'].map((x) => [x, 'missing-sheet']));
  });

  test('a Measures sheet with headers only is noted, like the other optional sheets', () => {
    const s = intake([PARTICIPANTS, sheet('KPIs', [['PersonID', 'Date', 'Measure', 'Value']])], { asOf });
    expect(at(s, 'KPIs')).toEqual([['A1', 'warning', 'headers-only', undefined]]);
    expect(s.problems.find((p) => p.sheet === 'KPIs')!.fix).toBe('Add one row per observation below the header row.');
  });

  test('a Measures sheet without its Measure column is not read, and says so', () => {
    const s = intake([PARTICIPANTS, sheet('Measures', [['PersonID', 'Date', 'Value'], ['P1', '2025-01-01', 3]])], { asOf });
    expect(at(s, 'Measures')).toEqual([['A1', 'error', 'missing-column', 'Measure']]);
    expect(s.data.measures).toEqual([]);
    expect(s.data.columns.Measures).toEqual([]);
  });
});

describe('a workbook without a Measures sheet', () => {
  test('reads as before: no problem about Measures, no record, no column, no sheet name', () => {
    const r = intake(MESSY_SHEETS, { asOf });
    expect(r.problems.filter((p) => p.sheet === 'Measures' || p.message.includes('Measures'))).toEqual([]);
    expect(r.data.measures).toEqual([]);
    expect(r.data.columns.Measures).toEqual([]);
    expect(r.data.sheetNames.Measures).toBeUndefined();
    expect(r.sheets.find((s) => s.canonical === 'Measures')).toEqual({
      canonical: 'Measures',
      sheet: undefined,
      how: undefined,
      headerRow: undefined,
      columns: [],
      missing: ['PersonID', 'Date', 'Measure', 'Value'],
      unrecognised: [],
      rowsRead: 0,
      rowsLeftOut: 0,
    });
  });

  test('adding one changes nothing else: the same records and problems on every other sheet', () => {
    const without = intake(MESSY_SHEETS, { asOf });
    const measures = sheet('Measures', [['PersonID', 'Date', 'Measure', 'Value'], ['1001', '2025-01-01', 'Promotion', null]]);
    const withIt = intake([...MESSY_SHEETS, measures], { asOf });
    const { measures: m, sheetNames, columns, ...rest } = withIt.data;
    const { measures: m0, sheetNames: s0, columns: c0, ...rest0 } = without.data;
    expect(rest).toEqual(rest0);
    expect(m).toEqual([{ row: 2, personId: '1001', date: d('2025-01-01'), measure: PROMOTION, value: null }]);
    expect(m0).toEqual([]);
    expect({ ...sheetNames, Measures: undefined }).toEqual(s0);
    expect({ ...columns, Measures: [] }).toEqual(c0);
    expect(withIt.problems).toEqual(without.problems);
  });

  test('a mapping that says there is none: no note either', () => {
    const r = intake(MESSY_SHEETS, { asOf, mapping: parseMapping({ version: 1, sheets: { Measures: { sheet: null } } }) });
    expect(r.problems).toEqual(intake(MESSY_SHEETS, { asOf }).problems);
  });
});

describe('the mapping and the Measures sheet', () => {
  test("maps a sheet of any name and each of its columns; parseMapping knows Measures' columns", () => {
    const mapping = parseMapping({
      version: 1,
      sheets: { Measures: { sheet: 'HR data', columns: { PersonID: 'Who', Date: 'When', Measure: 'What', Value: 'How much' } } },
    });
    const hr = sheet('HR data', [['Who', 'When', 'What', 'How much'], ['P1', '2025-04-01', 'Engagement', 4], ['P2', '2025-04-01', 'Promoted', '']]);
    const r = intake([PARTICIPANTS, hr], { asOf, mapping });
    expect(r.sheets.find((s) => s.canonical === 'Measures')).toMatchObject({ sheet: 'HR data', how: 'mapped', missing: [] });
    expect(r.sheets.find((s) => s.canonical === 'Measures')!.columns.map((c) => [c.canonical, c.header, c.how])).toEqual([
      ['PersonID', 'Who', 'mapped'],
      ['Date', 'When', 'mapped'],
      ['Measure', 'What', 'mapped'],
      ['Value', 'How much', 'mapped'],
    ]);
    expect(r.data.measures.map((m) => [m.personId, m.measure, m.value])).toEqual([
      ['P1', 'Engagement', 4],
      ['P2', PROMOTION, null],
    ]);
    expect(() => parseMapping({ version: 1, sheets: { Measures: { columns: { Score: 'x' } } } })).toThrow('mapping.sheets.Measures.columns.Score: no such column');
    expect(() => parseMapping({ version: 1, sheets: { measures: {} } })).toThrow(
      'mapping.sheets.measures: no such sheet (did you mean Measures?); expected one of Participants, Mentors, Pairings, Rotations, Surveys, Measures',
    );
  });

  test('a mapped Measures sheet that does not exist is a warning, as for the other optional sheets', () => {
    const r = intake([PARTICIPANTS], { asOf, mapping: parseMapping({ version: 1, sheets: { Measures: { sheet: 'KPI' } } }) });
    expect(r.problems.filter((p) => p.code === 'unknown-mapping').map((p) => [p.sheet, p.severity])).toEqual([['KPI', 'warning']]);
  });
});
