import type { SheetValues } from '../model/cell';

/**
 * A workbook as an HR team really keeps one: a title above the header (header on row 3), synonym
 * headers, mixed date forms, a duplicate id, unknown ids, a reporting-chain cycle, error cells, a blank
 * row, a sheet found only by its headers. Every planted problem is listed in `MESSY_PROBLEMS` with
 * the cell where it must be reported. Dates as serials use the 1900 system (45292 = 2024-01-01).
 */
export const MESSY_SHEETS: SheetValues[] = [
  {
    name: 'Roster',
    values: [
      ['Talent pool export, Q3', null, null, null, null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null, null, null],
      ['Employee ID', 'Full Name', 'In Program', 'Start Date', 'Eligible Since', 'Termination Date', 'Exit Type', 'Manager ID', 'Gender', 'Grade', 'Readiness', 'Ready Date'],
      [1001, 'Ann', 'Y', 45292, null, null, null, 'E3', 'Woman', 7, 'RN', '2025-06-01'], // row 4: ok (numeric id)
      ['E2', 'Bob', 'Yes', '2024-02-15', null, null, null, 'E3', 'Man', 'L6', 'Ready 1-2 years', null], // row 5: ok
      ['E3', 'Cy', 'Y', '03/04/2024', null, null, null, null, 'Man', 9, null, null], // row 6: ambiguous date D6
      ['E2', 'Bob again', 'N', null, 45000, null, null, null, 'Man', 6, null, null], // row 7: duplicate id A7
      ['E4', 'Di', 'Y', '13/04/2024', null, '1 Mar 2024', 'Resigned', null, 'Woman', 7, null, null], // row 8: exit before start F8
      ['E5', 'Ed', 'N', null, '2023-05-01', null, null, 'E6', 'Man', 6, null, null], // row 9
      ['E6', 'Flo', 'N', null, '2023-05-01', null, null, 'E5', 'Woman', 6, null, null], // row 10: cycle E5→E6→E5, closes at H10
      ['E7', 'Gus', 'Y', { error: '#N/A' }, null, null, null, null, 'Man', 7, null, null], // row 11: error cell D11
      ['E8', 'Hal', 'N', null, 'Mar 3, 2023', null, null, 'X99', 'Woman', 6, null, null], // row 12: unknown manager H12
      [null, null, null, null, null, null, null, null, null, null, null, null], // row 13: blank, skipped
      ['E9', 'Ivy', 'Y', new Date(Date.UTC(2024, 0, 10)), null, '2025-01-31', 'Resigned', '1001', 'Woman', 7, 'Not ready', '2023-12-01'], // row 14: ReadyDate before start L14
      ['E10', 'Jo', 'maybe', '2024-01-10', null, null, 'Quit-ish', null, 'Man', 7, null, '2199-01-01'], // row 15: bad bool C15, bad enum G15, implausible L15
    ],
  },
  {
    name: 'Coaches & Mentors',
    values: [
      ['Mentor ID', 'Name', 'Type', 'Max Mentees', 'Firm', 'Gender'],
      ['M1', 'Mo', 'Internal', 2, null, 'Man'], // row 2
      ['M2', 'Ned', 'External Coach', 3, 'Acme Coaching', 'Woman'], // row 3
      ['M3', 'Oz', 'Guru', 2, null, 'Man'], // row 4: bad MentorType C4 (required: row left out)
      ['M1', 'Mo twin', 'Internal', 2, null, 'Man'], // row 5: duplicate A5
      ['M4', 'Pat', 'Sponsor', -1, null, 'Woman'], // row 6: negative capacity D6
    ],
  },
  {
    name: 'Matches',
    values: [
      ['Mentee ID', 'Mentor ID', 'Paired On', 'Ended On', 'Meetings', 'Last Meeting'],
      [1001, 'M1', '2024-01-15', null, 5, '2024-06-01'], // row 2: ok (Role from mentor)
      ['E99', 'M1', '2024-01-15', null, 1, null], // row 3: unknown person A3
      ['E2', 'M77', '2024-02-20', null, 1, null], // row 4: unknown mentor B4
      ['1001', 'M2', '2024-03-01', '2024-02-01', 2, null], // row 5: end before start D5
      ['E2', 'M2', '2024-03-01', null, -3, '2024-01-01'], // row 6: negative sessions E6, last meeting before start F6
      ['E2', 'M4', '#VALUE!', null, 1, null], // row 7: error cell in required Start C7
    ],
  },
  {
    name: 'Survey Responses',
    values: [
      ['Respondent ID', 'Response Date', 'Survey', 'Question', 'Rating', 'About'],
      [1001, '2024-06-30', 'Mentee satisfaction', 'Overall', 4, 'M1'], // row 2: ok
      ['E2', '2024-06-30', 'Mentee satisfaction', 'Overall', 7, 'M2'], // row 3: score out of scale E3
      ['Z1', '2024-06-30', 'Mentee satisfaction', 'Overall', 3, 'M2'], // row 4: unknown respondent A4
      ['E2', '2024-06-30', 'NPS', 'Recommend', 9, 'M42'], // row 5: NPS scale 10 ok; unknown AboutID F5
      ['E2', 'soon', 'Climate', 'Safe to speak up', 4, null], // row 6: bad date B6 (required)
    ],
  },
];

/** Every planted problem: [sheet, cell, code, severity]. */
export const MESSY_PROBLEMS: [string, string, string, string][] = [
  ['Roster', 'D6', 'ambiguous-date', 'warning'],
  ['Roster', 'A7', 'duplicate-id', 'error'],
  ['Roster', 'F8', 'date-order', 'error'],
  ['Roster', 'H10', 'reporting-cycle', 'warning'],
  ['Roster', 'D11', 'error-cell', 'warning'],
  ['Roster', 'H12', 'unknown-manager', 'warning'],
  ['Roster', 'L14', 'date-order', 'warning'],
  ['Roster', 'C15', 'bad-bool', 'warning'],
  ['Roster', 'G15', 'bad-enum', 'warning'],
  ['Roster', 'L15', 'implausible-date', 'warning'],
  ['Coaches & Mentors', 'C4', 'bad-enum', 'error'],
  ['Coaches & Mentors', 'A5', 'duplicate-id', 'error'],
  ['Coaches & Mentors', 'D6', 'negative', 'warning'],
  ['Matches', 'A3', 'unknown-id', 'error'],
  ['Matches', 'B4', 'unknown-id', 'error'],
  ['Matches', 'D5', 'date-order', 'error'],
  ['Matches', 'E6', 'negative', 'warning'],
  ['Matches', 'F6', 'date-order', 'warning'],
  ['Matches', 'C7', 'error-cell', 'error'],
  ['Survey Responses', 'E3', 'out-of-range', 'error'],
  ['Survey Responses', 'A4', 'unknown-id', 'error'],
  ['Survey Responses', 'F5', 'unknown-id', 'warning'],
  ['Survey Responses', 'B6', 'bad-date', 'error'],
];
