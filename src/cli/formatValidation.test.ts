import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import type { CellValue, SheetValues } from '../model/cell';
import { formatValidation } from './formatValidation';

const asOf = dayFromIso('2026-09-30');
const sheet = (name: string, values: CellValue[][]): SheetValues => ({ name, values });
const participants = sheet('Participants', [['PersonID', 'ProgramStart', 'Hire Date'], ['P1', '2024-01-15', '2015-06-01']]);

describe('formatValidation: the Measures sheet', () => {
  test('not found: listed as optional, with no problem about it', () => {
    const out = formatValidation('book.xlsx', asOf, intake([participants], { asOf }));
    const sheets = out.split('\n\n')[1]!.split('\n');
    expect(sheets).toEqual([
      'Sheets',
      '  Participants  "Participants" (by name), header row 1, 1 row read',
      '      columns: PersonID, ProgramStart, HireDate',
      '  Mentors       not found',
      '  Pairings      not found',
      '  Rotations     not found',
      '  Surveys       not found',
      '  Measures      not found (optional)',
      '  Preferences   not found (optional)',
    ]);
    // the four sheets it lacks, and its lack of EligibleDate
    expect(out).toContain('Problems: 0 errors, 0 warnings, 5 notes');
    expect(out).not.toMatch(/Measures!|No Measures sheet|Preferences!|No Preferences sheet/);
  });

  test('found: its sheet, its columns and how they were matched, its rows', () => {
    const kpis = sheet('KPIs', [['Employee ID', 'Date', 'Metric', 'Value'], ['P1', '2025-01-01', 'Promotion', ''], ['P9', '2025-01-01', 'Promotion', '']]);
    const out = formatValidation('book.xlsx', asOf, intake([participants, kpis], { asOf }));
    expect(out).toContain(
      '  Measures      "KPIs" (by name), header row 1, 2 rows read, 1 left out\n' +
        '      columns: PersonID ← "Employee ID" (synonym), Date, Measure ← "Metric" (synonym), Value\n',
    );
    expect(out).toContain('  error    KPIs!A3: PersonID P9 is not on the Participants sheet; the measure is left out.');
  });
});

describe('formatValidation: the Preferences sheet', () => {
  const mentors = sheet('Mentors', [['MentorID', 'MentorType'], ['M1', 'Internal mentor'], ['M2', 'Internal mentor']]);

  test('found: its sheet, its columns and how they were matched, its rows, its problems at their cells', () => {
    const wishes = sheet('Wishes', [
      ['Mentee ID', 'MentorID', 'Rank'],
      ['P1', 'M1', 1],
      ['P1', 'M2', 1],
      ['P1', 'M9', 2],
    ]);
    const out = formatValidation('book.xlsx', asOf, intake([participants, mentors, wishes], { asOf }));
    expect(out).toContain(
      '  Preferences   "Wishes" (by name), header row 1, 3 rows read, 2 left out\n' +
        '      columns: PersonID ← "Mentee ID" (synonym), MentorID, Rank\n',
    );
    expect(out).toContain('  error    Wishes!C3: P1 already gives rank 1 on row 2; this row is left out.');
    expect(out).toContain('  error    Wishes!B4: MentorID M9 is not on the Mentors sheet; the preference is left out.');
  });
});
