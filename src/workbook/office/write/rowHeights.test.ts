/**
 * Row heights and wrapped text through Office.js (`writePlan` on the Excel fake): the heights the
 * plan gives its rows for long text (`fitWrappedRows`) and the wrap of its cells arrive in the
 * workbook as they do in the .xlsx board pack, and thousands of row heights are sent over several
 * batches, each under the budget.
 */
import { cellAddress, parseA1Range } from '../../../excel/a1Address';
import { emptySheet, type PlanValue, type WorkbookPlan } from '../../../dashboard/plan';
import { samplePlan } from '../../xlsx/write/samplePlan.test-helpers';
import { createExcelFake } from '../../excelFake';
import { sizeSteps } from './cellWrites';
import { writePlan } from './writePlan';

const inputs = () => createExcelFake({ sheets: [{ name: 'Participants', values: [['PersonID', 'Name'], ['P1', 'Ada']] }] });

describe('writePlan (Office.js): row heights and wrapped text', () => {
  test('the sample plan: every planned row height and every wrapped cell, on every sheet', async () => {
    const plan = samplePlan();
    const fake = inputs();
    await writePlan(fake.run, plan, { isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v) });
    let heights = 0;
    let wrapped = 0;
    for (const sheet of plan.sheets) {
      const s = fake.workbook.sheet(sheet.name);
      for (const { row, height } of sheet.rowHeights ?? []) {
        expect({ sheet: sheet.name, row, height: s.rowHeight(row - 1) }).toEqual({ sheet: sheet.name, row, height });
        heights++;
      }
      for (const style of sheet.styles) {
        if (style.style.wrap !== true) continue;
        const r = parseA1Range(style.range);
        for (let row = r.row1; row <= r.row2; row++) {
          for (let col = r.col1; col <= r.col2; col++) {
            const address = cellAddress(row, col);
            expect({ sheet: sheet.name, address, wrap: s.formatOf(address, 'wrapText') }).toEqual({ sheet: sheet.name, address, wrap: true });
            wrapped++;
          }
        }
      }
    }
    // the tiles' rows, the Equity Detail's header, the Definitions' texts …
    expect(heights).toBeGreaterThan(20);
    expect(wrapped).toBeGreaterThan(100);
  });

  test('thousands of rows with their own heights go over several batches, each under the budget', async () => {
    const n = 6_000;
    const rows: PlanValue[][] = Array.from({ length: n }, (_, i) => [`row ${i}`]);
    const plan: WorkbookPlan = {
      sheets: [{ ...emptySheet('dataQuality', 'Tall'), blocks: [{ at: 'A1', values: rows }], rowHeights: rows.map((_, i) => ({ row: i + 1, height: i % 2 === 0 ? 30 : 45 })) }],
      names: [],
    };
    const fake = inputs();
    const batchBytes = 256 * 1024;
    await writePlan(fake.run, plan, { isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v), batchBytes });
    const writes = fake.stats.batches.slice(2);
    expect(writes.length).toBeGreaterThan(3);
    expect(Math.max(...writes.map((b) => b.requestBytes))).toBeLessThanOrEqual(batchBytes);
    const s = fake.workbook.sheet('Tall');
    for (const i of [0, 1, 2, n / 2, n - 2, n - 1]) expect({ row: i + 1, height: s.rowHeight(i) }).toEqual({ row: i + 1, height: i % 2 === 0 ? 30 : 45 });
  });
});

describe('sizeSteps', () => {
  /** a worksheet that records the sizes set on it */
  function recorder() {
    const sets: string[] = [];
    const ws = () =>
      ({
        getRange: (address: string) => ({
          format: {
            set columnWidth(v: number) {
              sets.push(`${address} width ${v}`);
            },
            set rowHeight(v: number) {
              sets.push(`${address} height ${v}`);
            },
          },
        }),
      }) as unknown as Excel.Worksheet;
    return { sets, ws };
  }

  test('consecutive rows of one height are one range; a row listed twice takes its later height', () => {
    const { sets, ws } = recorder();
    const heights = [6, 7, 8, 9, 12].map((row) => ({ row, height: 30 })).concat([{ row: 2, height: 15 }, { row: 9, height: 45 }, { row: 10, height: 30 }]);
    const steps = sizeSteps('S', ws, [10, 10, 22], heights);
    expect(steps).toHaveLength(1);
    steps[0]!.queue();
    expect(sets).toEqual(['A:B width 56.25', 'C:C width 119.25', '2:2 height 15', '6:8 height 30', '9:9 height 45', '10:10 height 30', '12:12 height 30']);
  });

  test('steps of at most maxBytes, every size set once', () => {
    const { sets, ws } = recorder();
    const heights = Array.from({ length: 1000 }, (_, i) => ({ row: i + 1, height: i % 2 === 0 ? 20 : 40 }));
    const steps = sizeSteps('S', ws, [], heights, 64 * 1024);
    expect(steps.length).toBeGreaterThan(1);
    expect(Math.max(...steps.map((s) => s.bytes))).toBeLessThanOrEqual(64 * 1024);
    for (const s of steps) s.queue();
    expect(sets).toHaveLength(1000);
    expect(sets[999]).toBe('1000:1000 height 40');
    expect(sizeSteps('S', ws, [], [])).toEqual([]);
  });
});
