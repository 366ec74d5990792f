import { dayFromIso } from '../calendar/dayFromIso';
import type { ProgramData } from '../model/program';
import type { Measure, Participant, Preference } from '../model/records';
import { canonicalInput } from './canonicalInput';

const A = dayFromIso('2026-09-30');
const START = dayFromIso('2024-01-15');
const HIRED = dayFromIso('2015-06-01');
const US = '\u001f';

function program(participants: Participant[], more: { measures?: Measure[]; participantColumns?: string[]; measureColumns?: string[]; preferences?: Preference[]; preferenceColumns?: string[] } = {}): ProgramData {
  return {
    participants,
    mentors: [],
    pairings: [],
    rotations: [],
    surveys: [],
    measures: more.measures ?? [],
    preferences: more.preferences ?? [],
    attributes: [],
    sheetNames: { Participants: 'Participants', Mentors: undefined, Pairings: undefined, Rotations: undefined, Surveys: undefined, Measures: more.measureColumns ? 'Measures' : undefined, Preferences: more.preferenceColumns ? 'Preferences' : undefined },
    columns: {
      Participants: more.participantColumns ?? ['PersonID', 'ProgramStart'],
      Mentors: [],
      Pairings: [],
      Rotations: [],
      Surveys: [],
      Measures: more.measureColumns ?? [],
      Preferences: more.preferenceColumns ?? [],
    },
    dateSystem: '1900',
    asOf: A,
  };
}

const p1: Participant = { row: 2, personId: 'P1', inProgram: true, programStart: START, attributes: {} };
const text = (data: ProgramData) => [...canonicalInput(data)].join('');
/** the Participants line of P1 as it has always been: 23 fields, ProgramStart the 13th */
const P1_LINE = ['P1', '', 'true', '', '', '', '', '', '', '', '', '', String(START), ...Array<string>(10).fill('')].join(US);
const OTHER_SHEETS = '#Mentors 0\n#Pairings 0\n#Rotations 0\n#Surveys 0\n';

describe('canonicalInput: HireDate and Measures (impact.md)', () => {
  test('without them: the text of before (no HireDate field, no Measures section)', () => {
    expect(P1_LINE.split(US)).toHaveLength(23);
    expect(text(program([p1]))).toBe(`#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}`);
  });

  test('with a HireDate column: each Participants line ends with HireDate, blank or not', () => {
    const withColumn = program([p1, { ...p1, row: 3, personId: 'P2', hireDate: HIRED }], { participantColumns: ['PersonID', 'ProgramStart', 'HireDate'] });
    expect(text(withColumn)).toBe(`#Participants 2\n${P1_LINE}${US}\n${P1_LINE.replace('P1', 'P2')}${US}${HIRED}\n${OTHER_SHEETS}`);
    // a different HireDate is different text
    const later = program([p1, { ...p1, row: 3, personId: 'P2', hireDate: HIRED + 1 }], { participantColumns: ['PersonID', 'ProgramStart', 'HireDate'] });
    expect(text(later)).not.toBe(text(withColumn));
  });

  test('with a Measures sheet: a section after Surveys, one line per measure, a promotion without a value', () => {
    const measures: Measure[] = [
      { row: 2, personId: 'P1', date: dayFromIso('2025-01-15'), measure: 'Promotion', value: null },
      { row: 3, personId: 'P1', date: dayFromIso('2025-06-30'), measure: 'Engagement', value: 3.5 },
    ];
    const data = program([p1], { measures, measureColumns: ['PersonID', 'Date', 'Measure', 'Value'] });
    expect(text(data)).toBe(
      `#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}#Measures 2\n` +
        `P1${US}${dayFromIso('2025-01-15')}${US}Promotion${US}\nP1${US}${dayFromIso('2025-06-30')}${US}Engagement${US}3.5\n`,
    );
    expect(text(program([p1], { measures: [measures[0]!, { ...measures[1]!, value: 3.6 }], measureColumns: ['PersonID', 'Date', 'Measure', 'Value'] }))).not.toBe(text(data));
    // a Measures sheet with no usable row is still part of the input: said as a section of 0
    expect(text(program([p1], { measureColumns: ['PersonID', 'Date', 'Measure', 'Value'] }))).toBe(`#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}#Measures 0\n`);
  });
});

describe('canonicalInput: the Preferences sheet (matching.md)', () => {
  const COLUMNS = ['PersonID', 'MentorID', 'Rank'];
  const wishes: Preference[] = [
    { personId: 'P1', mentorId: 'M7', rank: 1 },
    { personId: 'P1', mentorId: 'M2', rank: 2 },
  ];

  test('without the sheet: no Preferences section, the text of before', () => {
    expect(text(program([p1]))).toBe(`#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}`);
  });

  test('with it: a section after the others, one line per wish (PersonID, MentorID, Rank)', () => {
    const data = program([p1], { preferences: wishes, preferenceColumns: COLUMNS });
    expect(text(data)).toBe(`#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}#Preferences 2\nP1${US}M7${US}1\nP1${US}M2${US}2\n`);
    // another rank is other text, so another fingerprint
    expect(text(program([p1], { preferences: [wishes[0]!, { ...wishes[1]!, rank: 3 }], preferenceColumns: COLUMNS }))).not.toBe(text(data));
    // a Preferences sheet with no usable row is still part of the input
    expect(text(program([p1], { preferenceColumns: COLUMNS }))).toBe(`#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}#Preferences 0\n`);
  });

  test('after Measures when the workbook has both', () => {
    const measures: Measure[] = [{ row: 2, personId: 'P1', date: dayFromIso('2025-01-15'), measure: 'Promotion', value: null }];
    const data = program([p1], { measures, measureColumns: ['PersonID', 'Date', 'Measure', 'Value'], preferences: wishes.slice(0, 1), preferenceColumns: COLUMNS });
    expect(text(data)).toBe(
      `#Participants 1\n${P1_LINE}\n${OTHER_SHEETS}#Measures 1\nP1${US}${dayFromIso('2025-01-15')}${US}Promotion${US}\n#Preferences 1\nP1${US}M7${US}1\n`,
    );
  });
});
