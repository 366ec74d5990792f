import { createExcelFake } from '../../workbook/excelFake';
import { enterFormula } from './enterFormula';
import { FormulaProblem, parseCadreFormula } from './cadreFormula';

/* The preview's =CADRE.… formulas: parsing, and entering one into the in-memory workbook (its result spilled). */

test('arguments: ranges with and without a sheet (quoted names too), numbers, text, TRUE/FALSE, omitted ones', () => {
  expect(parseCadreFormula(`=cadre.retention(Participants!$O$2:O10, 'Mentor''s, load'!B2, -1.5e1, "a ""b"", c", true, )`)).toEqual({
    id: 'RETENTION',
    args: [
      { kind: 'range', sheet: 'Participants', address: 'O2:O10' },
      { kind: 'range', sheet: "Mentor's, load", address: 'B2' },
      { kind: 'value', value: -15 },
      { kind: 'value', value: 'a "b", c' },
      { kind: 'value', value: true },
      { kind: 'value', value: undefined },
    ],
  });
  expect(parseCadreFormula('=CADRE.ENPS(A1:A9)').args).toHaveLength(1);
  expect(() => parseCadreFormula('=SUM(A1:A3)')).toThrow(FormulaProblem);
  expect(() => parseCadreFormula('=CADRE.ENPS(A1:A3 + 1)')).toThrow('A1:A3 + 1 is not a range (Sheet!A1:A10), a number, a "text" or TRUE/FALSE');
});

describe('entering a formula into the in-memory workbook', () => {
  const people = [['Start', 'Exit'], ...Array.from({ length: 6 }, (_, i) => ['2024-01-01', i === 0 ? '2024-04-01' : i === 1 ? '2024-07-01' : ''])];
  const fake = () => createExcelFake({ sheets: [{ name: 'People', values: people }] });
  const now = new Date(2026, 11, 5);

  test('a single figure: (5/6)(4/5) = 2/3 in the cell, on a sheet the formula adds, which becomes the active one', async () => {
    const f = fake();
    const r = await enterFormula(f, 'Analysis!B2', '=CADRE.RETENTION(People!A2:A7, People!B2:B7, 4, "2025-01-01")', now);
    expect(r).toMatchObject({ spilled: 'Analysis!B2', ok: true });
    expect((f.workbook.sheet('Analysis').values('B2')[0]![0] as number)).toBeCloseTo(5 / 6, 12);
    expect(f.workbook.activeSheet()).toBe('Analysis');
    await enterFormula(f, 'Analysis!B3', '=CADRE.RETENTION(People!A2:A7, People!B2:B7, 12, "2025-01-01")', now);
    expect((f.workbook.sheet('Analysis').values('B3')[0]![0] as number)).toBeCloseTo(2 / 3, 12);
  });

  test('a table spills down and to the right; an error is written in the cell with its message', async () => {
    const f = fake();
    const r = await enterFormula(f, 'People!D1', '=CADRE.RETENTIONCURVE(A2:A7, B2:B7, "2025-01-01")', now);
    expect(r.spilled).toBe('People!D1:I3');
    expect(f.workbook.sheet('People').values('D1:I1')[0]).toEqual(['months', 'at risk', 'events', 'survival', 'lower', 'upper']);
    const bad = await enterFormula(f, 'People!D6', '=CADRE.RETENTION(A2:A7, B2:B5)', now);
    expect(bad).toEqual({ spilled: 'People!D6', ok: false, status: '#VALUE! exits has 4 values but starts has 6: pass ranges of the same rows' });
    expect(f.workbook.sheet('People').values('D6')[0]![0]).toBe('#VALUE!');
    const unknown = await enterFormula(f, 'People!D7', '=CADRE.MEAN(A2:A7)', now);
    expect(unknown.status).toMatch(/^#NAME\? CADRE\.MEAN is not a Cadre function/);
    expect(await enterFormula(f, 'People!D8', '=SUM(A2:A7)', now)).toMatchObject({ spilled: null, ok: false });
  });
});
