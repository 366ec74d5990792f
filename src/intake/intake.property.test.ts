import fc from 'fast-check';
import { dayFromIso } from '../calendar/dayFromIso';
import type { CellValue, SheetValues } from '../model/cell';
import { intake } from './intake';
import { SHEETS } from './schema';

/**
 * Intake never throws on any cell content (issue: property-based test). Random sheets of random
 * cells — strings (unicode, formula-like `= + - @`), numbers (huge, tiny, NaN, ±Infinity, -0),
 * booleans, blanks, error values, valid and invalid Dates — under canonical and random names, with
 * header rows built from real and synonym headers so that rows are actually typed and checked.
 */

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\t', '\r', 'N/A', '-', '#N/A', '#VALUE!', 'Y', 'no', '03/04/2025', '2025-02-30', '1 Mar 2025', 'RN', 'Resigned'),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 1e300, -1e300, 45658, 60, 0, 1),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }, { error: '' }),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }),
  fc.constant(new Date(NaN)),
);

const headerWord = fc.oneof(
  fc.constantFrom(...SHEETS.flatMap((s) => s.columns.flatMap((c) => [c.name, ...c.synonyms]))),
  fc.constantFrom('Gender', 'Ethnicity', 'Age Band'),
  fc.string(),
);

const sheetName = fc.oneof(fc.constantFrom(...SHEETS.map((s) => s.name), 'Roster', 'Matches', 'Sheet1'), fc.string({ minLength: 1, maxLength: 31 }));

const sheetArb: fc.Arbitrary<SheetValues> = fc
  .record({
    name: sheetName,
    width: fc.integer({ min: 0, max: 10 }),
    titleRows: fc.integer({ min: 0, max: 3 }),
    rows: fc.integer({ min: 0, max: 12 }),
    firstRow: fc.integer({ min: 1, max: 30 }),
    firstColumn: fc.integer({ min: 1, max: 30 }),
    seed: fc.integer(),
  })
  .chain(({ name, width, titleRows, rows, firstRow, firstColumn }) =>
    fc.record({
      name: fc.constant(name),
      firstRow: fc.constant(firstRow),
      firstColumn: fc.constant(firstColumn),
      values: fc
        .tuple(
          fc.array(fc.array(cell, { maxLength: width }), { minLength: titleRows, maxLength: titleRows }),
          fc.array(headerWord, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: 0, maxLength: width + 2 }), { minLength: rows, maxLength: rows }),
        )
        .map(([title, header, body]) => [...title, header as CellValue[], ...body]),
    }),
  );

const mappingArb = fc.option(
  fc.record({
    version: fc.constant(1 as const),
    dateOrder: fc.option(fc.constantFrom('DMY' as const, 'MDY' as const), { nil: undefined }),
    attributes: fc.option(fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }), { nil: undefined }),
  }),
  { nil: undefined },
);

describe('intake on random workbooks', () => {
  test('never throws, and every problem about an existing sheet has a valid A1 cell address', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 6 }), mappingArb, fc.constantFrom('1900' as const, '1904' as const), (sheets, mapping, dateSystem) => {
        // sheet names are unique in a workbook
        const unique = sheets.filter((s, i) => sheets.findIndex((t) => t.name === s.name) === i);
        const result = intake(unique, { asOf: dayFromIso('2026-09-30'), dateSystem, mapping });
        const names = new Set(unique.map((s) => s.name));
        for (const p of result.problems) {
          expect(typeof p.message).toBe('string');
          expect(typeof p.fix).toBe('string');
          if (names.has(p.sheet)) expect(p.cell).toMatch(A1);
          else expect(['missing-sheet', 'no-sheets', 'unknown-mapping']).toContain(p.code);
        }
        for (const person of result.data.participants) expect(typeof person.personId).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
