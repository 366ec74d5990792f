import { MESSY_PROBLEMS, MESSY_SHEETS } from '../sample/messyWorkbook';
import { dayFromIso } from '../calendar/dayFromIso';
import type { CellValue, SheetValues } from '../model/cell';
import { intake } from './intake';
import { MappingError, parseMapping } from './parseMapping';

const asOf = dayFromIso('2026-09-30');
const sheet = (name: string, values: CellValue[][]): SheetValues => ({ name, values });
/** problems other than the notes that a sheet or column the test leaves out is missing */
const real = (r: ReturnType<typeof intake>) => r.problems.filter((p) => p.code !== 'missing-sheet' && !(p.code === 'missing-column' && p.severity === 'info'));

describe('the messy workbook', () => {
  const result = intake(MESSY_SHEETS, { asOf });

  test.each(MESSY_PROBLEMS)('%s!%s: %s (%s)', (sheetName, cell, code, severity) => {
    const hit = result.problems.filter((p) => p.sheet === sheetName && p.cell === cell && p.code === code);
    expect(hit).toHaveLength(1);
    expect(hit[0].severity).toBe(severity);
    expect(hit[0].message.length).toBeGreaterThan(20);
    expect(hit[0].fix.length).toBeGreaterThan(10);
  });

  test('reports nothing else than the planted problems, and the missing Rotations sheet', () => {
    const planted = new Set(MESSY_PROBLEMS.map(([s, c, code]) => `${s}!${c}:${code}`));
    const extra = result.problems.filter((p) => !planted.has(`${p.sheet}!${p.cell}:${p.code}`));
    expect(extra.map((p) => `${p.sheet}:${p.code}`)).toEqual(['Rotations:missing-sheet']);
  });

  test('recognises sheets by name, synonym and headers, with the header on row 3', () => {
    const bySheet = Object.fromEntries(result.sheets.map((s) => [s.canonical, s]));
    expect(bySheet.Participants).toMatchObject({ sheet: 'Roster', how: 'name', headerRow: 3 });
    expect(bySheet.Mentors).toMatchObject({ sheet: 'Coaches & Mentors', how: 'headers', headerRow: 1 });
    expect(bySheet.Pairings).toMatchObject({ sheet: 'Matches', how: 'name' });
    expect(bySheet.Surveys).toMatchObject({ sheet: 'Survey Responses', how: 'name' });
    expect(bySheet.Rotations.sheet).toBeUndefined();
    const col = (c: string) => bySheet.Participants.columns.find((m) => m.canonical === c);
    expect(col('PersonID')).toMatchObject({ header: 'Employee ID', how: 'synonym', cell: 'A3' });
    expect(col('ProgramStart')).toMatchObject({ header: 'Start Date', how: 'synonym', cell: 'D3' });
    expect(col('InProgram')).toMatchObject({ how: 'exact' });
    expect(col('Gender')).toMatchObject({ how: 'attribute' });
  });

  test('types the rows that are kept: numeric ids, mixed date forms, synonyms', () => {
    const { participants, mentors, pairings, surveys } = result.data;
    // rows 4,5,6,9,10,11,12,14,15 kept; 7 (duplicate) and 8 (exit before start) left out
    expect(participants.map((p) => p.row)).toEqual([4, 5, 6, 9, 10, 11, 12, 14, 15]);
    const ann = participants.find((p) => p.personId === '1001')!;
    expect(ann).toMatchObject({ inProgram: true, programStart: dayFromIso('2024-01-01'), readyDate: dayFromIso('2025-06-01') });
    expect(ann.readinessRating).toBe('Ready now');
    expect(ann.levelNumber).toBe(7);
    expect(ann.attributes).toEqual({ Gender: 'Woman' });
    const bob = participants.find((p) => p.personId === 'E2')!;
    expect(bob).toMatchObject({ programStart: dayFromIso('2024-02-15'), level: 'L6', levelNumber: 6, readinessRating: 'Ready 1-2 years' });
    expect(participants.find((p) => p.personId === 'E3')!.programStart).toBeUndefined(); // ambiguous: ignored, not guessed
    const ivy = participants.find((p) => p.personId === 'E9')!;
    expect(ivy).toMatchObject({ programStart: dayFromIso('2024-01-10'), exitType: 'Voluntary', excludedFromReadiness: true, managerId: '1001' });
    expect(participants.find((p) => p.personId === 'E8')!.managerId).toBeUndefined();
    expect(participants.find((p) => p.personId === 'E8')!.eligibleDate).toBe(dayFromIso('2023-03-03'));
    // the cycle is cut at the ManagerID that closes it (E6's), so every walk up the chain ends
    expect(participants.find((p) => p.personId === 'E5')!.managerId).toBe('E6');
    expect(participants.find((p) => p.personId === 'E6')!.managerId).toBeUndefined();
    expect(mentors.map((m) => [m.mentorId, m.mentorType, m.capacity])).toEqual([
      ['M1', 'Internal mentor', 2],
      ['M2', 'External coach', 3],
      ['M4', 'Sponsor', undefined],
    ]);
    expect(pairings.map((p) => [p.personId, p.mentorId, p.role, p.sessions, p.lastMeeting])).toEqual([
      ['1001', 'M1', 'Mentor', 5, dayFromIso('2024-06-01')],
      ['E2', 'M2', 'Coach', undefined, undefined],
    ]);
    expect(surveys.map((s) => [s.respondentId, s.instrument, s.score, s.scaleMax, s.aboutId])).toEqual([
      ['1001', 'Mentee satisfaction', 4, 5, 'M1'],
      ['E2', 'NPS', 9, 10, undefined],
    ]);
    expect(result.data.attributes).toEqual(['Gender']);
  });

  test('row counts: read and left out', () => {
    const s = Object.fromEntries(result.sheets.map((x) => [x.canonical, x]));
    expect([s.Participants.rowsRead, s.Participants.rowsLeftOut]).toEqual([11, 2]);
    expect([s.Pairings.rowsRead, s.Pairings.rowsLeftOut]).toEqual([6, 4]);
  });

  test('problems come in reading order', () => {
    const roster = result.problems.filter((p) => p.sheet === 'Roster').map((p) => Number(p.cell.replace(/^[A-Z]+/, '')));
    expect(roster).toEqual([...roster].sort((a, b) => a - b));
  });
});

describe('sheet-level problems', () => {
  test('a workbook with no sheets', () => {
    const r = intake([], { asOf });
    expect(r.canCompute).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['no-sheets']);
  });

  test('a workbook with none of the sheets: Participants missing is an error, the others notes', () => {
    const r = intake([sheet('Budget', [['Cost centre', 'Amount'], ['A', 1]])], { asOf });
    expect(r.canCompute).toBe(false);
    const missing = r.problems.filter((p) => p.code === 'missing-sheet');
    expect(missing.map((p) => [p.sheet, p.severity])).toEqual([
      ['Participants', 'error'],
      ['Mentors', 'info'],
      ['Pairings', 'info'],
      ['Rotations', 'info'],
      ['Surveys', 'info'],
    ]);
  });

  test('an empty Participants sheet, and one with headers only', () => {
    expect(real(intake([sheet('Participants', [])], { asOf }))[0]).toMatchObject({ code: 'empty-sheet', severity: 'error', cell: 'A1' });
    const headersOnly = intake([sheet('Participants', [['PersonID', 'ProgramStart', 'EligibleDate']])], { asOf });
    expect(headersOnly.canCompute).toBe(false);
    expect(real(headersOnly)).toEqual([expect.objectContaining({ code: 'headers-only', severity: 'error', cell: 'A1' })]);
  });

  test('PersonID missing from Participants: nothing is computed, and the message says so', () => {
    const r = intake([sheet('Participants', [['Name', 'ProgramStart', 'EligibleDate'], ['Ann', '2024-01-01', null]])], { asOf });
    expect(r.canCompute).toBe(false);
    const p = r.problems.find((x) => x.code === 'missing-column')!;
    expect(p).toMatchObject({ severity: 'error', column: 'PersonID', cell: 'A1' });
    expect(p.message).toMatch(/nothing can be computed/);
  });

  test('a sheet found by name with no header row in its first 20 rows', () => {
    const values: CellValue[][] = Array.from({ length: 25 }, (_, i) => [`note ${i}`]);
    const r = intake([sheet('Participants', values)], { asOf });
    expect(real(r)[0]).toMatchObject({ code: 'no-header-row', severity: 'error', sheet: 'Participants', cell: 'A1' });
  });

  test('a Participants sheet whose header is on row 25 is named as found, with the row of its header', () => {
    const values: CellValue[][] = [...Array.from({ length: 24 }, (_, i) => [i === 0 ? 'Exported from the HR system' : null]), ['PersonID', 'ProgramStart', 'InProgram'], ['P1', '2024-01-01', 'Y']];
    const r = intake([sheet('Participants', values)], { asOf });
    expect(r.canCompute).toBe(false);
    const p = real(r).find((x) => x.code === 'no-header-row')!;
    expect(p).toMatchObject({ severity: 'error', sheet: 'Participants', cell: 'A25' });
    expect(p.message).toBe('This sheet, read as Participants, was found, but its header row is row 25: a header row is looked for in the first 20 rows only, so the sheet is not read.');
    expect(p.fix).toMatch(/"headerRow": 25/);
    expect(r.problems.some((x) => x.code === 'missing-sheet' && x.sheet === 'Participants')).toBe(false);
  });

  test('a formula whose result was never saved is reported as such, once, not as a blank PersonID', () => {
    const unsaved = { error: '#UNSAVED!', formula: 'CONCAT("E",ROW())' };
    const r = intake([sheet('Participants', [['PersonID', 'InProgram', 'EligibleDate'], [unsaved, 'N', '2024-01-01'], ['P2', 'N', '2024-01-01']])], { asOf });
    const hits = real(r).filter((x) => x.cell === 'A2');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ code: 'formula-not-saved', severity: 'error', column: 'PersonID' });
    expect(hits[0].message).toMatch(/^PersonID: the cell holds the formula =CONCAT\("E",ROW\(\)\) but not its result/);
    expect(hits[0].fix).toMatch(/save it/);
  });

  test('a header row below row 20 is not looked for', () => {
    const values: CellValue[][] = [...Array.from({ length: 20 }, () => [null]), ['PersonID', 'ProgramStart'], ['P1', '2024-01-01']];
    expect(intake([sheet('Roster', values)], { asOf }).canCompute).toBe(false);
    values.splice(0, 1);
    expect(intake([sheet('Roster', values)], { asOf }).canCompute).toBe(true);
  });

  test('a used range that starts below row 1 and right of column A keeps true addresses', () => {
    const r = intake(
      [{ name: 'Participants', firstRow: 5, firstColumn: 3, values: [['PersonID', 'ProgramStart'], ['P1', 'not a date']] }],
      { asOf },
    );
    expect(r.problems.find((p) => p.code === 'bad-date')?.cell).toBe('D6');
  });

  test('a second column with the same meaning is ignored with a warning', () => {
    const r = intake([sheet('Participants', [['PersonID', 'Employee ID', 'ProgramStart'], ['P1', 'X', '2024-01-01']])], { asOf });
    expect(r.problems.find((p) => p.code === 'duplicate-column')).toMatchObject({ cell: 'B1', column: 'PersonID' });
    expect(r.data.participants[0].personId).toBe('P1');
  });
});

describe('participants and the comparison pool', () => {
  test('InProgram absent: true where ProgramStart is filled', () => {
    const r = intake(
      [sheet('Participants', [['PersonID', 'ProgramStart', 'EligibleDate'], ['P1', '2024-01-01', '2023-01-01'], ['P2', null, '2023-01-01']])],
      { asOf },
    );
    expect(r.data.participants.map((p) => p.inProgram)).toEqual([true, false]);
    expect(real(r)).toEqual([]);
  });

  test('a participant without ProgramStart, and an origin after the as-of date', () => {
    const r = intake(
      [sheet('Participants', [['PersonID', 'InProgram', 'ProgramStart', 'EligibleDate'], ['P1', 'Y', null, null], ['P2', 'Y', '2026-12-01', null]])],
      { asOf },
    );
    expect(real(r).map((p) => [p.cell, p.code, p.severity])).toEqual([
      ['C2', 'missing-value', 'warning'],
      ['C3', 'not-started', 'info'],
    ]);
    expect(r.data.participants).toHaveLength(2);
  });

  test('attributes named in the mapping are read; unrecognised columns are kept out', () => {
    const r = intake([sheet('Participants', [['PersonID', 'ProgramStart', 'Pronouns', 'Shoe size'], ['P1', '2024-01-01', 'she/her', 38]])], {
      asOf,
      mapping: { version: 1, attributes: ['Pronouns'] },
    });
    expect(r.data.participants[0].attributes).toEqual({ Pronouns: 'she/her' });
    expect(r.sheets[0].unrecognised).toEqual(['Shoe size']);
  });
});

describe('the mapping', () => {
  const values: CellValue[][] = [['Emp #', 'Joined', 'Left', 'Start Date'], ['P1', '2024-01-01', null, 'junk']];

  test('overrides any match: a sheet of any name, columns by header, a column declared absent', () => {
    const mapping = parseMapping({
      version: 1,
      sheets: { Participants: { sheet: 'Data', columns: { PersonID: 'Emp #', ProgramStart: 'Joined', ExitDate: 'Left' } } },
    });
    const r = intake([sheet('Data', values)], { asOf, mapping });
    expect(r.sheets[0]).toMatchObject({ sheet: 'Data', how: 'mapped' });
    expect(r.sheets[0].columns.map((c) => [c.canonical, c.how])).toEqual([
      ['PersonID', 'mapped'],
      ['ProgramStart', 'mapped'],
      ['ExitDate', 'mapped'],
    ]);
    expect(r.data.participants[0].programStart).toBe(dayFromIso('2024-01-01'));
    expect(r.problems.some((p) => p.code === 'bad-date')).toBe(false); // "Start Date" is not read: ProgramStart is mapped elsewhere
  });

  test('a mapped sheet or header that does not exist is reported', () => {
    const r = intake([sheet('Data', values)], { asOf, mapping: { version: 1, sheets: { Participants: { sheet: 'Nope' } } } });
    expect(r.problems[0]).toMatchObject({ code: 'unknown-mapping', severity: 'error', sheet: 'Nope' });
    const r2 = intake([sheet('Participants', [['PersonID', 'ProgramStart'], ['P1', '2024-01-01']])], {
      asOf,
      mapping: { version: 1, sheets: { Participants: { columns: { ExitDate: 'Leaving' } } } },
    });
    expect(r2.problems.find((p) => p.code === 'unknown-mapping')).toMatchObject({ column: 'ExitDate', value: 'Leaving', cell: 'A1' });
  });

  test('the date order in the mapping reads 03/04/2024', () => {
    const r = intake([sheet('Participants', [['PersonID', 'ProgramStart'], ['P1', '03/04/2024']])], { asOf, mapping: { version: 1, dateOrder: 'MDY' } });
    expect(r.data.participants[0].programStart).toBe(dayFromIso('2024-03-04'));
    expect(real(r)).toEqual([]);
  });

  test('parseMapping names the first thing wrong', () => {
    expect(() => parseMapping({ version: 2 })).toThrow(MappingError);
    expect(() => parseMapping({ version: 1, sheets: { participants: {} } })).toThrow(/did you mean Participants/);
    expect(() => parseMapping({ version: 1, sheets: { Participants: { columns: { PersonId: 'x' } } } })).toThrow(/did you mean PersonID/);
    expect(() => parseMapping({ version: 1, sheets: { Participants: { headerRow: 0 } } })).toThrow(/headerRow/);
    expect(() => parseMapping({ version: 1, dateOrder: 'YMD' })).toThrow(/dateOrder/);
    expect(() => parseMapping({ version: 1, extra: 1 })).toThrow(/unknown field/);
    expect(parseMapping({ version: 1, attributes: [' Gender '], sheets: { Mentors: { sheet: null } } })).toEqual({
      version: 1,
      attributes: ['Gender'],
      sheets: { Mentors: { sheet: null } },
    });
  });
});

describe('the reporting chain', () => {
  test('a manager on the Mentors sheet is known; a self-loop is a cycle', () => {
    const r = intake(
      [
        sheet('Participants', [['PersonID', 'ProgramStart', 'ManagerID'], ['P1', '2024-01-01', 'M1'], ['P2', '2024-01-01', 'P2']]),
        sheet('Mentors', [['MentorID', 'MentorType', 'ManagerID'], ['M1', 'Sponsor', 'M2'], ['M2', 'Sponsor', 'M1']]),
      ],
      { asOf },
    );
    const cycles = r.problems.filter((p) => p.code === 'reporting-cycle');
    expect(cycles.map((p) => [p.sheet, p.cell])).toEqual([
      ['Participants', 'C3'],
      ['Mentors', 'C3'],
    ]);
    expect(cycles[0].message).toContain('P2 → P2');
    expect(cycles[1].message).toContain('M1 → M2 → M1');
  });

  test('a long chain is walked without recursion', () => {
    const n = 50_000;
    const rows: CellValue[][] = [['PersonID', 'EligibleDate', 'ManagerID']];
    for (let i = 0; i < n; i++) rows.push([`P${i}`, '2024-01-01', `P${(i + 1) % n}`]);
    const r = intake([sheet('Participants', rows)], { asOf });
    const cycles = r.problems.filter((p) => p.code === 'reporting-cycle');
    expect(cycles).toHaveLength(1);
    expect(r.data.participants.filter((p) => p.managerId === undefined)).toHaveLength(1);
  });
});
