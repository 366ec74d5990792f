import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromIso } from '../src/calendar/dayFromIso';
import { isoFromDay } from '../src/calendar/isoFromDay';
import { buildWorkbookPlan } from '../src/dashboard/buildPlan';
import { parseA1Range } from '../src/excel/a1Address';
import type { WorkbookPlan } from '../src/dashboard/plan';
import { intake } from '../src/intake/intake';
import { refreshReport } from '../src/report/refreshReport';
import { generateSample } from '../src/sample/generateSample';
import { createExcelFake } from '../src/workbook/excelFake';
import { fakeSheets, refreshOptions } from '../src/workbook/office/office.test-helpers';
import { refreshWorkbook } from '../src/taskpane/workbook/officeUseCases';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { runCadre } from './runCadre.test-helpers';

/**
 * Pilot programs (issue 11): a program starts with a handful of participants, so a satisfaction
 * instrument answered by fewer than k people, a track of two, a cohort of one are the rule. Random
 * small programs — 10 to 150 participants, several seeds — refreshed as of every quarter end of the
 * last two years must all succeed, and every table written must be rectangular (each row as wide as
 * its header, each Excel table as wide as its block).
 */

const QUARTER_ENDS = ['2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'];
const TODAY = new Date(Date.UTC(2026, 11, 4));
/** people in the sample per participant: 2,000 people have 240 participants (performance.md, Data sizes) */
const PEOPLE_PER_PARTICIPANT = 2000 / 240;
const peopleFor = (participants: number) => Math.max(50, Math.round(participants * PEOPLE_PER_PARTICIPANT));

/** What is not rectangular in a plan: a block row of another width, a table wider or narrower than its block. */
function notRectangular(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const width = block.values[0]?.length ?? 0;
      block.values.forEach((row, i) => row.length !== width && out.push(`${sheet.name}!${block.at} row ${i + 1}: ${row.length} cells for ${width}`));
    }
    for (const table of sheet.tables) {
      const box = parseA1Range(table.range);
      const block = sheet.blocks.find((b) => {
        const at = parseA1Range(b.at);
        return at.col1 === box.col1 && at.row1 <= box.row1 && box.row1 < at.row1 + b.values.length;
      });
      const columns = box.col2 - box.col1 + 1;
      if (!block) out.push(`${sheet.name} table ${table.name} ${table.range}: no block holds it`);
      else if (block.values[0].length !== columns) out.push(`${sheet.name} table ${table.name} ${table.range}: ${columns} columns over a block of ${block.values[0].length}`);
    }
  }
  return out;
}

function program(participants: number, seed: number) {
  return generateSample({ size: peopleFor(participants), seed });
}

function inProgram(sample: ReturnType<typeof generateSample>): number {
  const p = sample.sheets.find((s) => s.name === 'Participants')!;
  const col = (p.values[0] as string[]).indexOf('InProgram');
  return p.values.slice(1).filter((r) => r[col] === 'Y').length;
}

describe('small programs refresh, as of every quarter end of the last two years', () => {
  test('random programs of 10 to 150 participants: every report and plan is built, every table rectangular', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 150 }), fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(3, 5), (participants, seed, k) => {
        const sample = program(participants, seed);
        for (const iso of QUARTER_ENDS) {
          const asOf = dayFromIso(iso)!;
          const result = intake(sample.sheets, { asOf });
          const report = refreshReport({ asOf, minGroup: k, refreshedAt: new Date(0), inputFingerprint: `sha256:${'0'.repeat(64)}` }, result);
          const plan = buildWorkbookPlan(report, { history: [], analystDetail: true });
          expect({ participants, seed, k, iso, problems: notRectangular(plan) }).toEqual({ participants, seed, k, iso, problems: [] });
        }
      }),
      { numRuns: 12, seed: 20261204 },
    );
  }, 120_000);

  test('the generated programs are small: 10 to 150 in the program', () => {
    expect(inProgram(program(10, 1))).toBeLessThan(20);
    expect(inProgram(program(150, 1))).toBeLessThanOrEqual(200);
  });

  const dir = mkdtempSync(join(tmpdir(), 'cadre-small-'));

  test.each([
    [60, 42],
    [12, 7],
    [40, 3],
  ])('cadre refresh --out: a program of about %i participants (seed %i), every quarter end, History carried', async (participants, seed) => {
    const book = join(dir, `small-${participants}-${seed}.xlsx`);
    const out = join(dir, `pack-${participants}-${seed}.xlsx`);
    const sample = program(participants, seed);
    await writeSheetsXlsx(book, sample.sheets, sample.numberFormats);
    for (const iso of QUARTER_ENDS) {
      const run = await runCadre(TODAY, 'refresh', book, '--out', out, '--as-of', iso);
      expect({ iso, code: run.code, err: run.err }).toEqual({ iso, code: 0, err: '' });
    }
  }, 120_000);

  test('cadre sample --size 60, then cadre refresh as of 2026-09-30, writes its board pack', async () => {
    const book = join(dir, 'sixty.xlsx');
    const out = join(dir, 'sixty-pack.xlsx');
    expect((await runCadre(TODAY, 'sample', '--size', '60', '--out', book)).code).toBe(0);
    const run = await runCadre(TODAY, 'refresh', book, '--out', out, '--as-of', '2026-09-30');
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    expect(run.out).toMatch(/Wrote .*sixty-pack\.xlsx/);
  }, 60_000);

  test.each([
    [60, 42],
    [12, 7],
  ])('through the Excel fake (the task pane): a program of about %i participants (seed %i), every quarter end', async (participants, seed) => {
    const sample = program(participants, seed);
    const fake = createExcelFake({ sheets: fakeSheets(sample.sheets) });
    for (const iso of QUARTER_ENDS) {
      const asOf = dayFromIso(iso)!;
      const result = await refreshWorkbook(fake.run, refreshOptions(fake, asOf));
      expect({ iso, asOf: isoFromDay(asOf), written: result.written.length > 0 }).toEqual({ iso, asOf: iso, written: true });
    }
  }, 120_000);
});
