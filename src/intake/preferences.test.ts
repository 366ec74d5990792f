import { MESSY_SHEETS } from '../sample/messyWorkbook';
import { dayFromIso } from '../calendar/dayFromIso';
import type { CellValue, SheetValues } from '../model/cell';
import { intake } from './intake';
import { parseMapping } from './parseMapping';

/** matching.md, "Who needs a pairing": the optional Preferences sheet (PersonID, MentorID, Rank 1..5). */

const asOf = dayFromIso('2026-09-30');
const sheet = (name: string, values: CellValue[][]): SheetValues => ({ name, values });
const at = (r: ReturnType<typeof intake>, sheetName: string) =>
  r.problems.filter((p) => p.sheet === sheetName).map((p) => [p.cell, p.severity, p.code, p.column]);

const PARTICIPANTS = sheet('Participants', [
  ['PersonID', 'ProgramStart', 'EligibleDate'],
  ['P1', '2024-01-15', '2023-01-01'],
  ['P2', '2024-02-01', '2023-01-01'],
  ['P3', '2024-03-01', '2023-01-01'],
  ['M1', '', '2020-01-01'], // an employee who mentors: a PersonID and a MentorID
]);
const MENTORS = sheet('Mentors', [
  ['MentorID', 'MentorType'],
  ['M1', 'Internal mentor'],
  ['M2', 'Internal mentor'],
  ['M3', 'External coach'],
  ['M4', 'Sponsor'],
  ['M5', 'Internal mentor'],
  ['M6', 'Internal mentor'],
]);

describe('the Preferences sheet', () => {
  const preferences = sheet('Preferences', [
    ['Mentee ID', 'Preferred Mentor', 'Choice'],
    ['P1', 'M2', 1], // 2: read
    ['P1', 'M3', '2'], // 3: read (numeric text)
    ['P2', 'M2', 1], // 4: read: another mentee may wish for the same mentor with the same rank
    ['X9', 'M2', 1], // 5: nobody on Participants
    ['P1', 'Z7', 3], // 6: no such mentor
    ['P1', 'M4', 6], // 7: rank above 5
    ['P1', 'M4', 0], // 8: rank below 1
    ['P1', 'M4', 2.5], // 9: not a whole number
    ['M1', 'M1', 1], // 10: ranks themself
    ['P1', 'M2', 4], // 11: P1 already ranks M2 (row 2)
    ['P1', 'M5', 2], // 12: P1 already gives rank 2 (row 3)
    ['P2', '', 2], // 13: no MentorID
    ['P2', 'M5', ''], // 14: no rank
    [null, null, null], // 15: blank, skipped silently
    ['P2', 'M6', 'first'], // 16: not a number
    ['P3', 'M5', 5], // 17: read
    ['P2', 'M3', { error: '#N/A' }], // 18: an error cell in Rank
  ]);
  const r = intake([PARTICIPANTS, MENTORS, preferences], { asOf });

  test('found by name, its headers by their synonyms', () => {
    const m = r.sheets.find((s) => s.canonical === 'Preferences')!;
    expect([m.sheet, m.how, m.headerRow]).toEqual(['Preferences', 'name', 1]);
    expect(m.columns.map((c) => [c.canonical, c.header, c.how])).toEqual([
      ['PersonID', 'Mentee ID', 'synonym'],
      ['MentorID', 'Preferred Mentor', 'synonym'],
      ['Rank', 'Choice', 'synonym'],
    ]);
    expect(r.data.sheetNames.Preferences).toBe('Preferences');
    expect(r.data.columns.Preferences).toEqual(['PersonID', 'MentorID', 'Rank']);
  });

  test('the good rows become records of exactly { personId, mentorId, rank }', () => {
    expect(r.data.preferences).toEqual([
      { personId: 'P1', mentorId: 'M2', rank: 1 },
      { personId: 'P1', mentorId: 'M3', rank: 2 },
      { personId: 'P2', mentorId: 'M2', rank: 1 },
      { personId: 'P3', mentorId: 'M5', rank: 5 },
    ]);
    for (const p of r.data.preferences) expect(Object.keys(p).sort()).toEqual(['mentorId', 'personId', 'rank']);
    const m = r.sheets.find((s) => s.canonical === 'Preferences')!;
    // 17 rows below the header, one blank: 16 read, 12 of them left out
    expect([m.rowsRead, m.rowsLeftOut]).toEqual([16, 12]);
  });

  test('every bad row: an error at its cell, the row left out', () => {
    expect(at(r, 'Preferences')).toEqual([
      ['A5', 'error', 'unknown-id', 'PersonID'],
      ['B6', 'error', 'unknown-id', 'MentorID'],
      ['C7', 'error', 'out-of-range', 'Rank'],
      ['C8', 'error', 'out-of-range', 'Rank'],
      ['C9', 'error', 'bad-number', 'Rank'],
      ['B10', 'error', 'self-preference', 'MentorID'],
      ['B11', 'error', 'duplicate-preference', 'MentorID'],
      ['C12', 'error', 'duplicate-rank', 'Rank'],
      ['B13', 'error', 'missing-value', 'MentorID'],
      ['C14', 'error', 'missing-value', 'Rank'],
      ['C16', 'error', 'bad-number', 'Rank'],
      ['C18', 'error', 'error-cell', 'Rank'],
    ]);
    const problem = (cell: string) => r.problems.find((p) => p.sheet === 'Preferences' && p.cell === cell)!;
    expect(problem('A5').message).toBe('PersonID X9 is not on the Participants sheet; the preference is left out.');
    expect(problem('B6').message).toBe('MentorID Z7 is not on the Mentors sheet; the preference is left out.');
    expect(problem('B6').fix).toBe('Correct the id, or add the mentor to Mentors.');
    expect(problem('C7')).toMatchObject({ value: '6', message: 'Rank 6 is outside 1 to 5 (1 is the first wish); the preference is left out.' });
    expect(problem('C8').message).toBe('Rank 0 is outside 1 to 5 (1 is the first wish); the preference is left out.');
    expect(problem('C9').message).toBe('Rank "2.5" is not a whole number; the row is left out.');
    expect(problem('B10')).toMatchObject({ value: 'M1', message: 'M1 ranks themself as a mentor; the preference is left out.' });
    expect(problem('B11')).toMatchObject({ value: 'M2', message: 'P1 already ranks M2 on row 2; this row is left out.' });
    expect(problem('C12')).toMatchObject({ value: '2', message: 'P1 already gives rank 2 on row 3; this row is left out.' });
    expect(problem('C14').message).toBe('Rank is blank, and every row needs it; the row is left out.');
    expect(problem('C16').message).toBe('Rank "first" is not a number; the row is left out.');
  });

  test('a row left out does not take its mentor or its rank: a later row may use them', () => {
    const s = intake(
      [
        PARTICIPANTS,
        MENTORS,
        sheet('Preferences', [
          ['PersonID', 'MentorID', 'Rank'],
          ['P1', 'M2', 9], // left out: rank out of range
          ['P1', 'M2', 1], // so M2 is free, and rank 1 too
          ['P1', 'M3', 1], // rank 1 now taken
        ]),
      ],
      { asOf },
    );
    expect(s.data.preferences).toEqual([{ personId: 'P1', mentorId: 'M2', rank: 1 }]);
    expect(at(s, 'Preferences')).toEqual([
      ['C2', 'error', 'out-of-range', 'Rank'],
      ['C4', 'error', 'duplicate-rank', 'Rank'],
    ]);
  });

  test('nothing about the other sheets changes', () => {
    const without = intake([PARTICIPANTS, MENTORS], { asOf });
    expect(r.data.participants).toEqual(without.data.participants);
    expect(r.data.mentors).toEqual(without.data.mentors);
    expect(r.problems.filter((p) => p.sheet !== 'Preferences')).toEqual(without.problems);
  });

  test('without a Mentors sheet the MentorID cannot be checked, and is taken as written', () => {
    const s = intake([PARTICIPANTS, sheet('Preferences', [['PersonID', 'MentorID', 'Rank'], ['P1', 'M9', 1]])], { asOf });
    expect(s.data.preferences).toEqual([{ personId: 'P1', mentorId: 'M9', rank: 1 }]);
    expect(at(s, 'Preferences')).toEqual([]);
  });

  test('a PersonID on a Participants row left out for an error: the preference is left out too', () => {
    const people = sheet('Participants', [['PersonID', 'ProgramStart', 'ExitDate'], ['P1', '2024-01-15', '2023-01-01']]);
    const s = intake([people, MENTORS, sheet('Preferences', [['PersonID', 'MentorID', 'Rank'], ['P1', 'M2', 1]])], { asOf });
    expect(s.data.preferences).toEqual([]);
    expect(at(s, 'Preferences')).toEqual([['A2', 'error', 'unknown-id', 'PersonID']]);
    expect(s.problems.find((p) => p.sheet === 'Preferences')!.message).toBe(
      'PersonID P1 is on row 2 of Participants, which was left out for an error; the preference is left out too.',
    );
  });

  test('found by its headers on a sheet of any name; a Pairings sheet is not taken for it, nor it for Pairings', () => {
    const wishes = sheet('Q3 wishes', [['EmpID', 'Mentor ID', 'Preference Rank'], ['P2', 'M5', '1']]);
    const pairings = sheet('Matches 2026', [['Mentee ID', 'Mentor ID', 'Start Date'], ['P2', 'M2', '2025-01-01']]);
    const s = intake([PARTICIPANTS, MENTORS, wishes, pairings], { asOf });
    expect(s.sheets.find((x) => x.canonical === 'Preferences')).toMatchObject({ sheet: 'Q3 wishes', how: 'headers', missing: [], rowsRead: 1, rowsLeftOut: 0 });
    expect(s.sheets.find((x) => x.canonical === 'Pairings')).toMatchObject({ sheet: 'Matches 2026', how: 'headers' });
    expect(s.data.preferences).toEqual([{ personId: 'P2', mentorId: 'M5', rank: 1 }]);
    // only the notes about the sheets this workbook lacks (Measures is optional and says nothing)
    expect(s.problems.map((p) => [p.sheet, p.code])).toEqual(['Rotations', 'Surveys'].map((x) => [x, 'missing-sheet']));
    // a Pairings sheet alone (PersonID and MentorID, no Rank) is not read as Preferences
    const only = intake([PARTICIPANTS, MENTORS, sheet('Sheet9', [['PersonID', 'MentorID', 'Start'], ['P2', 'M2', '2025-01-01']])], { asOf });
    expect(only.sheets.find((x) => x.canonical === 'Preferences')!.sheet).toBeUndefined();
    expect(only.sheets.find((x) => x.canonical === 'Pairings')!.sheet).toBe('Sheet9');
  });

  test('a Preferences sheet with headers only is noted, like the other optional sheets', () => {
    const s = intake([PARTICIPANTS, sheet('Wishes', [['PersonID', 'MentorID', 'Rank']])], { asOf });
    expect(at(s, 'Wishes')).toEqual([['A1', 'warning', 'headers-only', undefined]]);
    expect(s.problems.find((p) => p.sheet === 'Wishes')!.fix).toBe('Add one row per wish (PersonID, MentorID, Rank) below the header row.');
  });

  test('a Preferences sheet without its Rank column is not read, and says so', () => {
    const s = intake([PARTICIPANTS, MENTORS, sheet('Preferences', [['PersonID', 'MentorID'], ['P1', 'M2']])], { asOf });
    expect(at(s, 'Preferences')).toEqual([['A1', 'error', 'missing-column', 'Rank']]);
    expect(s.data.preferences).toEqual([]);
    expect(s.data.columns.Preferences).toEqual([]);
  });
});

describe('a workbook without a Preferences sheet', () => {
  test('reads as before: no problem about Preferences, no record, no column, no sheet name', () => {
    const r = intake(MESSY_SHEETS, { asOf });
    expect(r.problems.filter((p) => p.sheet === 'Preferences' || p.message.includes('Preferences'))).toEqual([]);
    expect(r.data.preferences).toEqual([]);
    expect(r.data.columns.Preferences).toEqual([]);
    expect(r.data.sheetNames.Preferences).toBeUndefined();
    expect(r.sheets.find((s) => s.canonical === 'Preferences')).toEqual({
      canonical: 'Preferences',
      sheet: undefined,
      how: undefined,
      headerRow: undefined,
      columns: [],
      missing: ['PersonID', 'MentorID', 'Rank'],
      unrecognised: [],
      rowsRead: 0,
      rowsLeftOut: 0,
    });
  });

  test('adding one changes nothing else: the same records and problems on every other sheet', () => {
    const without = intake(MESSY_SHEETS, { asOf });
    const mentorId = without.data.mentors[0]!.mentorId;
    const personId = without.data.participants.find((p) => p.personId !== mentorId)!.personId;
    const wishes = sheet('Preferences', [['PersonID', 'MentorID', 'Rank'], [personId, mentorId, 1]]);
    const withIt = intake([...MESSY_SHEETS, wishes], { asOf });
    const { preferences: p, sheetNames, columns, ...rest } = withIt.data;
    const { preferences: p0, sheetNames: s0, columns: c0, ...rest0 } = without.data;
    expect(rest).toEqual(rest0);
    expect(p).toEqual([{ personId, mentorId, rank: 1 }]);
    expect(p0).toEqual([]);
    expect({ ...sheetNames, Preferences: undefined }).toEqual(s0);
    expect({ ...columns, Preferences: [] }).toEqual(c0);
    expect(withIt.problems).toEqual(without.problems);
  });
});

describe('the mapping and the Preferences sheet', () => {
  test("maps a sheet of any name and each of its columns; parseMapping knows Preferences' columns", () => {
    const mapping = parseMapping({
      version: 1,
      sheets: { Preferences: { sheet: 'Survey export', columns: { PersonID: 'Who', MentorID: 'Whom', Rank: 'Order' } } },
    });
    const exported = sheet('Survey export', [['Who', 'Whom', 'Order'], ['P1', 'M2', 1], ['P2', 'M3', 3]]);
    const r = intake([PARTICIPANTS, MENTORS, exported], { asOf, mapping });
    expect(r.sheets.find((s) => s.canonical === 'Preferences')).toMatchObject({ sheet: 'Survey export', how: 'mapped', missing: [] });
    expect(r.data.preferences).toEqual([
      { personId: 'P1', mentorId: 'M2', rank: 1 },
      { personId: 'P2', mentorId: 'M3', rank: 3 },
    ]);
    expect(() => parseMapping({ version: 1, sheets: { Preferences: { columns: { Start: 'x' } } } })).toThrow('mapping.sheets.Preferences.columns.Start: no such column');
    expect(() => parseMapping({ version: 1, sheets: { preferences: {} } })).toThrow(
      'mapping.sheets.preferences: no such sheet (did you mean Preferences?); expected one of Participants, Mentors, Pairings, Rotations, Surveys, Measures, Preferences',
    );
  });

  test('a mapping that says there is none: no note', () => {
    const r = intake(MESSY_SHEETS, { asOf, mapping: parseMapping({ version: 1, sheets: { Preferences: { sheet: null } } }) });
    expect(r.problems).toEqual(intake(MESSY_SHEETS, { asOf }).problems);
  });
});
