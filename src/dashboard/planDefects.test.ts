import { planDefects } from './planDefects';
import { type SheetPlan, type WorkbookPlan, emptySheet } from './plan';

const sheet = (name: string, extra: Partial<SheetPlan> = {}): SheetPlan => ({ ...emptySheet('metrics', name), blocks: [{ at: 'A1', values: [['Label', 'Value'], ['x', 1]] }], ...extra });
const plan = (sheets: SheetPlan[], names: WorkbookPlan['names'] = []): WorkbookPlan => ({ sheets, names });

describe('planDefects', () => {
  test('a sound plan has no problems', () => {
    expect(planDefects(plan([sheet('Metrics Detail', { tables: [{ name: 'T', range: 'A1:B2' }] })], [{ name: 'Cadre.X', sheet: 'Metrics Detail', ref: 'B2' }]))).toEqual([]);
  });

  test('sheet names Excel refuses, the reserved "History", and duplicates', () => {
    const problems = planDefects(plan([sheet('a/b'), sheet('History'), sheet('Same'), sheet('same'), sheet('x'.repeat(32))]));
    expect(problems).toEqual([
      'sheet name "a/b" breaks Excel\'s rules',
      '"History" is reserved by Excel',
      'two sheets are named "same"',
      `sheet name "${'x'.repeat(32)}" breaks Excel's rules`,
    ]);
  });

  test('ragged blocks, overlapping merges, a table over a merge, duplicate table headers', () => {
    const s = sheet('S', {
      blocks: [{ at: 'A1', values: [['Lower', 'Lower'], ['x']] }],
      merges: ['A1:B1', 'B1:C2'],
      tables: [{ name: 'T', range: 'A1:B2' }],
    });
    expect(planDefects(plan([s]))).toEqual([
      'S!A1: rows of different lengths',
      'S: merges A1:B1 and B1:C2 overlap',
      'S: table T overlaps the merge A1:B1',
      'S: table T overlaps the merge B1:C2',
      'S: table T has the header "Lower" twice',
    ]);
  });

  test('a workbook name on text or on a missing sheet, a chart reading a sheet outside the plan', () => {
    const s = sheet('S', { charts: [{ sheet: 'S', kind: 'line', title: 'c', series: [{ name: 'a', values: "'Elsewhere'!$B$2:$B$3" }], anchor: { from: { col: 0, row: 0 }, to: { col: 1, row: 1 } } }] });
    expect(planDefects(plan([s], [{ name: 'Cadre.A', sheet: 'S', ref: 'A2' }, { name: 'Cadre.B', sheet: 'Nope', ref: 'B2' }]))).toEqual([
      `S: chart "c" reads 'Elsewhere'!$B$2:$B$3, not a sheet of the plan`,
      'name Cadre.A points at S!A2, which holds "x", not a number',
      'name Cadre.B points at Nope, not a sheet of the plan',
    ]);
  });
});
