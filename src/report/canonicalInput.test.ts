import { dayFromIso } from '../calendar/dayFromIso';
import type { ProgramData } from '../model/program';
import type { Measure, Participant } from '../model/records';
import { canonicalInput } from './canonicalInput';

const A = dayFromIso('2026-09-30');
const START = dayFromIso('2024-01-15');
const HIRED = dayFromIso('2015-06-01');
const US = '\u001f';

function program(participants: Participant[], more: { measures?: Measure[]; participantColumns?: string[]; measureColumns?: string[] } = {}): ProgramData {
  return {
    participants,
    mentors: [],
    pairings: [],
    rotations: [],
    surveys: [],
    measures: more.measures ?? [],
    attributes: [],
    sheetNames: { Participants: 'Participants', Mentors: undefined, Pairings: undefined, Rotations: undefined, Surveys: undefined, Measures: more.measureColumns ? 'Measures' : undefined },
    columns: {
      Participants: more.participantColumns ?? ['PersonID', 'ProgramStart'],
      Mentors: [],
      Pairings: [],
      Rotations: [],
      Surveys: [],
      Measures: more.measureColumns ?? [],
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
