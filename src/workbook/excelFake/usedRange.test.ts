import { columnLetters } from './address';
import { createExcelFake } from './index';

/** the used range the slow way: every cell of A1:Z40 read through the inspector */
function scanned(fake: ReturnType<typeof createExcelFake>, valuesOnly: boolean): string | null {
  const sheet = fake.workbook.sheet('Out');
  const values = sheet.values('A1:Z40');
  const formats = sheet.numberFormats('A1:Z40');
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < 40; r++) {
    for (let c = 0; c < 26; c++) {
      const address = `${columnLetters(c)}${r + 1}`;
      const used = values[r]![c] !== '' || (!valuesOnly && (formats[r]![c] !== 'General' || sheet.format(address) !== undefined));
      if (!used) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
  }
  if (bottom < 0) return null;
  const a = `${columnLetters(left)}${top + 1}`;
  const b = `${columnLetters(right)}${bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** a small deterministic generator (the fake's tests need no randomness from outside) */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe('the used range, kept as cells are written', () => {
  it('matches a full scan after any mix of writes, clears, merges and format removals', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Out', values: [['', ''], ['', 'seed']] }] });
    const next = lcg(7);
    const pick = (n: number) => Math.floor(next() * n);
    const cell = () => `${columnLetters(pick(26))}${pick(40) + 1}`;
    const box = () => {
      const r = pick(38) + 1;
      const c = pick(24);
      return `${columnLetters(c)}${r}:${columnLetters(c + 1 + pick(2))}${r + 1 + pick(2)}`;
    };
    for (let step = 0; step < 300; step++) {
      const op = pick(8);
      await fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Out');
        if (op === 0) sheet.getRange(cell()).values = [[pick(3) === 0 ? '' : 'x']];
        else if (op === 1) sheet.getRange(cell()).values = [[pick(100)]];
        else if (op === 2) sheet.getRange(cell()).numberFormat = [[pick(2) === 0 ? 'General' : '0.0%']];
        else if (op === 3) sheet.getRange(cell()).format.fill.color = '#FF0000';
        else if (op === 4) sheet.getRange(cell()).format.fill.clear();
        else if (op === 5) sheet.getRange(box()).clear((['All', 'Contents', 'Formats'] as const)[pick(3)]);
        else if (op === 6) sheet.getRange(box()).merge();
        else {
          const all = sheet.getUsedRangeOrNullObject().load('address');
          const values = sheet.getUsedRangeOrNullObject(true).load('address');
          await context.sync();
          const strip = (r: Excel.Range) => (r.isNullObject ? null : r.address.replace('Out!', ''));
          expect([step, strip(all), strip(values)]).toEqual([step, scanned(fake, false), scanned(fake, true)]);
        }
      });
      expect([step, fake.workbook.sheet('Out').usedRange(), fake.workbook.sheet('Out').usedRange(true)]).toEqual([step, scanned(fake, false), scanned(fake, true)]);
    }
  });

  it('is known from the seeded values without a scan, and follows a rename', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'In', values: [[], ['', '', 'x'], ['', 1]] }] });
    expect(fake.workbook.sheet('In').usedRange()).toBe('B2:C3');
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('In').name = 'Input'));
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Input').getUsedRange().load('address');
      await context.sync();
      expect(used.address).toBe('Input!B2:C3');
    });
  });
});
