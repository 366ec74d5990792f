import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import type { CellValue, SheetValues } from '../model/cell';
import { validationDocument } from './validationDocument';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'validate.schema.json'), 'utf8'));
const valid = new Ajv({ allErrors: true }).compile(schema);
const asOf = dayFromIso('2026-09-30');
const sheet = (name: string, values: CellValue[][]): SheetValues => ({ name, values });
const participants = sheet('Participants', [['PersonID', 'ProgramStart'], ['P1', '2024-01-15']]);

describe('validationDocument: the Measures sheet', () => {
  test('without one: the five sheets as before, nothing about Measures', () => {
    const doc = validationDocument('book.xlsx', asOf, intake([participants], { asOf }));
    expect(valid(doc)).toBe(true);
    expect(doc.sheets.map((s) => [s.canonical, s.sheet])).toEqual([
      ['Participants', 'Participants'],
      ['Mentors', null],
      ['Pairings', null],
      ['Rotations', null],
      ['Surveys', null],
    ]);
    expect(Object.keys(doc.counts)).not.toContain('measures');
  });

  test('with one: listed after Surveys with its columns and rows, valid against the schema', () => {
    const measures = sheet('Measures', [['PersonID', 'Date', 'Measure', 'Value'], ['P1', '2025-01-15', 'Promotion', ''], ['P1', '2025-01-15', 'Engagement', '']]);
    const doc = validationDocument('book.xlsx', asOf, intake([participants, measures], { asOf }));
    expect(valid(doc)).toBe(true);
    expect(doc.sheets[5]).toEqual({
      canonical: 'Measures',
      sheet: 'Measures',
      how: 'name',
      headerRow: 1,
      rowsRead: 2,
      rowsLeftOut: 1,
      columns: ['PersonID', 'Date', 'Measure', 'Value'].map((c, j) => ({ canonical: c, header: c, cell: `${'ABCD'[j]}1`, how: 'exact' })),
      missing: [],
      unrecognised: [],
    });
    expect(doc.dataQuality.problems.map((p) => [p.sheet, p.cell, p.code])).toContainEqual(['Measures', 'D3', 'missing-value']);
  });
});

describe('validationDocument: the Preferences sheet', () => {
  test('without one: nothing about Preferences', () => {
    const doc = validationDocument('book.xlsx', asOf, intake([participants], { asOf }));
    expect(doc.sheets.map((s) => s.canonical)).not.toContain('Preferences');
  });

  test('with one: listed last with its columns and rows, its problems with their codes, valid against the schema', () => {
    const mentors = sheet('Mentors', [['MentorID', 'MentorType'], ['M1', 'Internal mentor']]);
    const wishes = sheet('Preferences', [['PersonID', 'MentorID', 'Rank'], ['P1', 'M1', 1], ['P1', 'M1', 2], ['P1', 'P1', 3]]);
    const doc = validationDocument('book.xlsx', asOf, intake([participants, mentors, wishes], { asOf }));
    expect(valid(doc)).toBe(true);
    expect(doc.sheets.map((s) => s.canonical)).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Preferences']);
    expect(doc.sheets[5]).toEqual({
      canonical: 'Preferences',
      sheet: 'Preferences',
      how: 'name',
      headerRow: 1,
      rowsRead: 3,
      rowsLeftOut: 2,
      columns: ['PersonID', 'MentorID', 'Rank'].map((c, j) => ({ canonical: c, header: c, cell: `${'ABC'[j]}1`, how: 'exact' })),
      missing: [],
      unrecognised: [],
    });
    const problems = doc.dataQuality.problems.filter((p) => p.sheet === 'Preferences').map((p) => [p.cell, p.severity, p.code]);
    // P1 is not on Mentors (only M1 is), so row 4 is an unknown MentorID before it is a self-preference
    expect(problems).toEqual([
      ['B3', 'error', 'duplicate-preference'],
      ['B4', 'error', 'unknown-id'],
    ]);
  });
});
