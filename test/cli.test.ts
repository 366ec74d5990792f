import { runCadre } from './runCadre.test-helpers';
import Ajv from 'ajv';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { MESSY_PROBLEMS, MESSY_SHEETS } from '../src/sample/messyWorkbook';

const dir = mkdtempSync(join(tmpdir(), 'cadre-cli-'));
const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'validate.schema.json'), 'utf8'));
const validateDocument = new Ajv({ allErrors: true }).compile(schema);

const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 8, 30)), ...argv);

describe('cadre validate', () => {
  const messy = join(dir, 'messy.xlsx');
  beforeAll(() => writeSheetsXlsx(messy, MESSY_SHEETS));

  test('on the messy workbook: exit 1, every planted problem at its cell, in the text and the JSON', async () => {
    const json = join(dir, 'messy.json');
    const { code, out, err } = await run('validate', messy, '--json', json, '--as-of', '2026-09-30');
    expect(code).toBe(1);
    expect(err).toBe('');
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(validateDocument(doc)).toBe(true);
    for (const [sheet, cell, problemCode, severity] of MESSY_PROBLEMS) {
      expect(out).toContain(`${sheet}!${cell}:`);
      expect(doc.dataQuality.problems).toContainEqual(expect.objectContaining({ sheet, cell, code: problemCode, severity }));
    }
    expect(doc.sheets.find((s: { canonical: string }) => s.canonical === 'Participants')).toMatchObject({ sheet: 'Roster', headerRow: 3 });
    expect(out).toMatch(/PersonID ← "Employee ID" \(synonym\)/);
  });

  test('on the IBM HR workbook (saved by Excel, not by us): recognised by headers, nothing crashes', async () => {
    const ibm = join(__dirname, '..', '..', 'shared', 'data', 'ibm-hr-attrition.xlsx');
    if (!existsSync(ibm)) throw new Error(`this test needs ${ibm}: the project's shared folder beside the checkout`);
    const json = join(dir, 'ibm.json');
    const { code, out } = await run('validate', ibm, '--json', json);
    expect(code).toBe(0); // no error-level problem: what is missing is reported as warnings and notes
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(validateDocument(doc)).toBe(true);
    const participants = doc.sheets.find((s: { canonical: string }) => s.canonical === 'Participants');
    expect(participants).toMatchObject({ how: 'headers', rowsRead: 1470, rowsLeftOut: 0 });
    expect(participants.columns.map((c: { canonical: string; header: string }) => `${c.canonical}=${c.header}`)).toEqual(
      expect.arrayContaining(['PersonID=EmployeeNumber', 'BusinessUnit=Department', 'Level=JobLevel', 'Gender=Gender']),
    );
    expect(doc.counts).toMatchObject({ participants: 0, comparison: 1470 });
    expect(doc.dataQuality.problems.map((p: { code: string; column: string | null }) => `${p.code}:${p.column ?? ''}`)).toEqual(
      expect.arrayContaining(['missing-column:ProgramStart', 'missing-column:EligibleDate', 'missing-sheet:']),
    );
    expect(out).toContain('nobody is counted as a participant');
  });

  test('a mapping file overrides recognition', async () => {
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ version: 1, dateOrder: 'DMY', sheets: { Mentors: { sheet: null } } }));
    const json = join(dir, 'mapped.json');
    await run('validate', messy, '--json', json, '--mapping', mapping, '--as-of', '2026-09-30');
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    // 03/04/2024 is now read as 3 April; the Mentors sheet is not read
    expect(doc.dataQuality.problems.some((p: { code: string }) => p.code === 'ambiguous-date')).toBe(false);
    expect(doc.sheets.find((s: { canonical: string }) => s.canonical === 'Mentors').sheet).toBeNull();
  });

  test.each([
    [['validate'], /needs one workbook file/],
    [['validate', join(dir, 'nope.xlsx')], /no such file/],
    [['validate', join(dir, 'messy.json')], /not an \.xlsx workbook/],
    [['validate', 'x.xlsx', '--bogus'], /Unknown option '--bogus'/],
    [['validate', 'x.xlsx', '--as-of', '30/09/2026'], /--as-of must be a date written YYYY-MM-DD/],
    [['sample', '--out', 'x.xlsx', '--size', 'huge'], /--size must be standard, large, or a whole number/],
    [['sample'], /--out BOOK.xlsx is required/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('usage error %p: exit 2 and one line', async (argv, message) => {
    const { code, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  test('a bad mapping file is a usage error naming what is wrong', async () => {
    const bad = join(dir, 'bad-mapping.json');
    writeFileSync(bad, JSON.stringify({ version: 1, sheets: { Participants: { columns: { PersonId: 'Emp' } } } }));
    const { code, err } = await run('validate', messy, '--mapping', bad);
    expect(code).toBe(2);
    expect(err).toMatch(/columns\.PersonId: no such column \(did you mean PersonID\?\)/);
  });

  test('PersonIDs made by formulas whose results were never saved: said once per cell with the fix, not "PersonID is blank"', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Participants');
    ws.addRow(['PersonID', 'InProgram', 'EligibleDate']);
    // a tool that writes formulas without calculating them: no cached result
    for (let r = 2; r <= 4; r++) ws.addRow([{ formula: `CONCAT("E",ROW())` } as never, 'N', '2024-01-01']);
    const book = join(dir, 'uncalculated.xlsx');
    await wb.xlsx.writeFile(book);
    const { code, out } = await run('validate', book);
    expect(code).toBe(1);
    expect(out.match(/Participants!A\d: PersonID: the cell holds the formula =CONCAT\("E",ROW\(\)\) but not its result/g)).toHaveLength(3);
    expect(out).toMatch(/→ Open the workbook in Excel or LibreOffice Calc and save it/);
    expect(out).not.toMatch(/PersonID is blank/);
  });

  test('a file that is not a workbook: exit 1 with a plain message, no stack trace', async () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const { code, err } = await run('validate', fake);
    expect(code).toBe(1);
    expect(err).toBe(`cadre validate: ${fake} is a text file (CSV or similar), not an .xlsx workbook; open it in Excel (or LibreOffice Calc) and save it as "Excel Workbook (*.xlsx)", then give Cadre that file.\n`);
  });

  test('--help on every command', async () => {
    for (const c of ['validate', 'sample', 'demo']) {
      const { code, out } = await run(c, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: cadre ${c}`));
    }
  });
});

describe('cadre sample and the sample program through validate', () => {
  test('writes the standard sample, which validates with no errors and no warnings', async () => {
    const book = join(dir, 'sample.xlsx');
    const s = await run('sample', '--out', book, '--seed', '7');
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/Participants 2,000/);
    const json = join(dir, 'sample.json');
    const { code } = await run('validate', book, '--json', json, '--as-of', '2026-09-30');
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(doc.dataQuality.problems.filter((p: { severity: string }) => p.severity !== 'info')).toEqual([]);
    expect(code).toBe(0);
    expect(doc.counts).toEqual({ participants: 240, comparison: 1760, mentors: 80, pairings: 600, rotations: 500, surveyAnswers: 20000 });
    expect(doc.attributes).toEqual(expect.arrayContaining(['Gender', 'Ethnicity']));
  });
});

describe('the installed command', () => {
  const bin = join(__dirname, '..', 'bin', 'cadre.js');
  test('bin/cadre.js runs the compiled command line with its exit codes', () => {
    expect(execFileSync('node', [bin, '--help'], { encoding: 'utf8' })).toMatch(/^Usage: cadre <command>/);
    const bad = spawnSync('node', [bin, 'validate'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^cadre validate: needs one workbook file/);
  });
});
