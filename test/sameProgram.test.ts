/**
 * One mentorship program written by three tools gives the same refresh. program-exceljs.xlsx is
 * `cadre sample --size 300` (ExcelJS); program-openpyxl.xlsx is it loaded and saved by openpyxl;
 * program-libreoffice.xlsx is it converted by LibreOffice Calc (test/fixtures/writers/README.md).
 * The refresh JSON documents must be equal but for refreshedAt, and validation must name the true
 * sheets ("Participants", not "Sheet1").
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCadre } from './runCadre.test-helpers';

const DIR = join(__dirname, 'fixtures', 'writers');
const TOOLS = ['exceljs', 'openpyxl', 'libreoffice'] as const;
const SHEETS = ['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys'];
const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 10, 23)), ...argv);

type Doc = Record<string, unknown>;
const out = mkdtempSync(join(tmpdir(), 'cadre-same-program-'));
const refreshed: Partial<Record<(typeof TOOLS)[number], Doc>> = {};
const validated: Partial<Record<(typeof TOOLS)[number], Doc>> = {};

describe('one program written by ExcelJS, openpyxl and LibreOffice', () => {
  beforeAll(async () => {
    for (const tool of TOOLS) {
      const book = join(DIR, `program-${tool}.xlsx`);
      const r = await run('refresh', book, '--out', join(out, `${tool}-pack.xlsx`), '--json', join(out, `${tool}-refresh.json`), '--as-of', '2026-09-30');
      if (r.code === 0) refreshed[tool] = JSON.parse(readFileSync(join(out, `${tool}-refresh.json`), 'utf8'));
      const v = await run('validate', book, '--json', join(out, `${tool}-validate.json`), '--as-of', '2026-09-30');
      if (v.code === 0) validated[tool] = JSON.parse(readFileSync(join(out, `${tool}-validate.json`), 'utf8'));
    }
  }, 120_000);

  test.each(TOOLS)('cadre refresh and cadre validate succeed on program-%s.xlsx', (tool) => {
    expect(refreshed[tool]).toBeDefined();
    expect(validated[tool]).toBeDefined();
  });

  test.each(['openpyxl', 'libreoffice'] as const)('the refresh of program-%s.xlsx equals that of program-exceljs.xlsx (but for refreshedAt)', (tool) => {
    const strip = (d: Doc | undefined) => {
      const { refreshedAt, ...rest } = d ?? {};
      void refreshedAt;
      return rest;
    };
    expect(strip(refreshed[tool])).toEqual(strip(refreshed.exceljs));
    expect(refreshed[tool]?.inputFingerprint).toBe(refreshed.exceljs?.inputFingerprint);
  });

  test.each(['openpyxl', 'libreoffice'] as const)('the validation of program-%s.xlsx equals that of program-exceljs.xlsx (but for the file name)', (tool) => {
    const strip = (d: Doc | undefined) => {
      const { file, ...rest } = d ?? {};
      void file;
      return rest;
    };
    expect(strip(validated[tool])).toEqual(strip(validated.exceljs));
  });

  test.each(TOOLS)('validation of program-%s.xlsx names the true sheets and their header cells', (tool) => {
    const doc = validated[tool] as { sheets?: { canonical: string; sheet: string; columns: { cell: string }[] }[]; dataQuality?: { problems: { sheet?: string }[] } } | undefined;
    expect(doc?.sheets?.map((s) => [s.canonical, s.sheet])).toEqual(SHEETS.map((s) => [s, s]));
    for (const s of doc?.sheets ?? []) for (const c of s.columns) expect(c.cell).toMatch(/^[A-Z]+1$/);
    for (const p of doc?.dataQuality?.problems ?? []) if (p.sheet !== undefined) expect(SHEETS).toContain(p.sheet);
  });
});
