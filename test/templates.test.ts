import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromIso } from '../src/calendar/dayFromIso';
import { createExcelFake } from '../src/workbook/excelFake';
import { taskpaneOn } from '../src/taskpane/workbook/taskpane.test-helpers';
import { writeSheetsXlsx } from '../src/workbook/xlsx/write/xlsxWrite';
import { columnWidthPoints } from '../src/workbook/office/write/cellWrites';
import { runCadre } from './runCadre.test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'cadre-templates-'));
const run = (...argv: string[]) => runCadre(new Date(Date.UTC(2026, 11, 4)), ...argv);

const SPEC = join(__dirname, '..', '..', 'shared', 'spec', 'input-workbook.md');
const IMPACT_SPEC = join(__dirname, '..', '..', 'shared', 'spec', 'impact.md');
const MATCHING_SPEC = join(__dirname, '..', '..', 'shared', 'spec', 'matching.md');
/** the demographic attributes the templates (like the sample) put after Location */
const ATTRIBUTES = ['Gender', 'Ethnicity'];

/** The first column of a markdown table's rows, without the header and rule rows and "(attributes)". */
function tableColumns(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|')[1]!.trim())
    .filter((cell) => cell !== 'column' && cell !== '---' && cell !== '(attributes)')
    .flatMap((cell) => cell.split(', '));
}

/**
 * The canonical sheets and columns of the spec's input workbook (input-workbook.md, "Sheets and
 * columns"): each `### Sheet` heading's table, one column per row, a row naming several columns
 * ("BusinessUnit, Function, Location") taken as several; the "(attributes)" row left out. Then the
 * Measures sheet, whose table is in impact.md ("Input"), and the Preferences sheet, whose columns
 * matching.md names in parentheses ("Optional sheet **Preferences** (PersonID, MentorID, Rank 1..5)").
 */
function specSheets(): { name: string; columns: string[] }[] {
  for (const path of [SPEC, IMPACT_SPEC, MATCHING_SPEC]) {
    if (!existsSync(path)) throw new Error(`this test needs ${path}: the project's shared folder beside the checkout`);
  }
  const text = readFileSync(SPEC, 'utf8');
  const sheets: { name: string; columns: string[] }[] = [];
  for (const section of text.split(/^### /m).slice(1)) {
    const name = /^(\w+)/.exec(section)![1]!;
    if (name === 'Measures') continue; // "Measures and Preferences (optional)": their tables are in impact.md and matching.md
    sheets.push({ name, columns: tableColumns(section) });
  }
  const impactInput = readFileSync(IMPACT_SPEC, 'utf8').split(/^## /m).find((section) => section.startsWith('Input'))!;
  sheets.push({ name: 'Measures', columns: tableColumns(impactInput) });
  const preferences = /\*\*Preferences\*\* \(([^)]*)\)/.exec(readFileSync(MATCHING_SPEC, 'utf8'))![1]!;
  // "Rank 1..5": the column's name, then its range
  sheets.push({ name: 'Preferences', columns: preferences.split(', ').map((c) => c.split(' ')[0]!) });
  return sheets;
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const headersOf = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(1).values as unknown[]).slice(1).map(String);

describe('cadre templates', () => {
  const book = join(dir, 'templates.xlsx');
  beforeAll(async () => {
    const { code, out, err } = await run('templates', '--out', book);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^Wrote .*templates\.xlsx: empty Participants, Mentors, Pairings, Rotations, Surveys, Measures, Preferences /);
  });

  test("writes the spec's canonical sheets and headers, as tables with dates formatted, checks and the header frozen", async () => {
    const wb = await readBook(book);
    const spec = specSheets();
    expect(spec.map((s) => s.name)).toEqual(['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences']);
    expect(spec.find((s) => s.name === 'Measures')!.columns).toEqual(['PersonID', 'Date', 'Measure', 'Value']);
    expect(spec.find((s) => s.name === 'Preferences')!.columns).toEqual(['PersonID', 'MentorID', 'Rank']);
    expect(spec[0]!.columns).toContain('HireDate');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(spec.map((s) => s.name));
    for (const { name, columns } of spec) {
      const ws = wb.getWorksheet(name)!;
      const headers = headersOf(ws);
      expect(headers.filter((h) => !ATTRIBUTES.includes(h))).toEqual(columns);
      if (name === 'Participants' || name === 'Mentors') expect(headers.slice(headers.indexOf('Location') + 1, headers.indexOf('Location') + 3)).toEqual(ATTRIBUTES);
      else expect(headers.some((h) => ATTRIBUTES.includes(h))).toBe(false);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // the table over the header and one empty data row, named after the sheet
      expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual([name]);
      expect(ws.rowCount).toBeLessThanOrEqual(2);
      expect((ws.getRow(2).values as unknown[]).filter((v) => v !== null && v !== undefined)).toEqual([]);
    }
    const participants = wb.getWorksheet('Participants')!;
    const cell = (header: string) => participants.getCell(2, headersOf(participants).indexOf(header) + 1);
    expect(cell('ProgramStart').numFmt).toBe('yyyy-mm-dd');
    expect(cell('ProgramStart').dataValidation).toMatchObject({ type: 'date', operator: 'between', errorStyle: 'stop' });
    expect(cell('ExitType').dataValidation).toMatchObject({ type: 'list', formulae: ['"Voluntary,Involuntary,Retirement,Other"'], errorStyle: 'warning' });
    expect(cell('PersonID').dataValidation).toBeUndefined();
    expect(cell('HireDate').numFmt).toBe('yyyy-mm-dd');
    const measures = wb.getWorksheet('Measures')!;
    const measuresCell = (header: string) => measures.getCell(2, headersOf(measures).indexOf(header) + 1);
    expect(measuresCell('Date').dataValidation).toMatchObject({ type: 'date', operator: 'between', errorStyle: 'stop' });
    expect(measuresCell('Value').dataValidation).toBeUndefined();
    const preferences = wb.getWorksheet('Preferences')!;
    const rankCell = preferences.getCell(2, headersOf(preferences).indexOf('Rank') + 1);
    expect(rankCell.dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5], errorStyle: 'stop' });
    expect(preferences.getCell(2, 1).dataValidation).toBeUndefined();
    expect(wb.keywords).toBe('cadre-templates');
  });

  test('cadre validate says of it what the task pane says of its empty templates', async () => {
    const json = join(dir, 'templates.json');
    const cli = await run('validate', book, '--json', json, '--as-of', '2026-09-30');
    expect(cli.code).toBe(1); // an empty Participants sheet: nothing can be computed yet
    expect(cli.out).toContain('The Participants sheet has a header row but no data rows');
    const fromFile = JSON.parse(readFileSync(json, 'utf8')).dataQuality.problems;

    const fake = createExcelFake();
    const workbook = taskpaneOn(fake);
    await workbook.insertTemplates();
    const inExcel = await workbook.validate({ asOf: dayFromIso('2026-09-30') });
    expect(inExcel.canCompute).toBe(false);
    const shape = (p: { severity: string; code: string; sheet: string; cell: string; message: string; fix: string }) => [p.severity, p.code, p.sheet, p.cell, p.message, p.fix];
    expect(fromFile.map(shape)).toEqual(inExcel.problems.map(shape));
    expect(fromFile.map((p: { code: string; sheet: string }) => `${p.sheet}:${p.code}`)).toEqual(
      ['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences'].map((sheet) => `${sheet}:headers-only`),
    );
  });

  test("the task pane's empty templates have the file's column widths", async () => {
    const wb = await readBook(book);
    const fake = createExcelFake();
    await taskpaneOn(fake).insertTemplates();
    for (const ws of wb.worksheets) {
      const columns = headersOf(ws).length;
      const inFile = Array.from({ length: columns }, (_, j) => columnWidthPoints(ws.getColumn(j + 1).width!));
      const inExcel = Array.from({ length: columns }, (_, j) => fake.workbook.sheet(ws.name).columnWidth(j));
      expect({ sheet: ws.name, widths: inExcel }).toEqual({ sheet: ws.name, widths: inFile });
    }
  });

  test('cadre validate points a workbook that lacks an input sheet at cadre templates', async () => {
    const roster = join(dir, 'roster.xlsx');
    await writeSheetsXlsx(roster, [{ name: 'Participants', values: [['PersonID', 'ProgramStart'], ['P1', 45000]] }], { Participants: [null, 'yyyy-mm-dd'] });
    const { out } = await run('validate', roster, '--as-of', '2026-09-30');
    expect(out).toContain('Add a sheet named Mentors with the columns in the templates');
    expect(out).toContain('cadre templates --out FILE.xlsx writes the input sheets');
    expect((await run('validate', book, '--as-of', '2026-09-30')).out).not.toContain('cadre templates --out');
  });

  test('replaces its own empty templates and an empty file', async () => {
    const again = join(dir, 'again.xlsx');
    expect((await run('templates', '--out', again)).code).toBe(0);
    expect((await run('templates', '--out', again)).code).toBe(0);
    const empty = join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    expect((await run('templates', '--out', empty)).code).toBe(0);
    expect(statSync(empty).size).toBeGreaterThan(0);
  });

  test.each([
    ['a workbook someone else made', async (path: string) => writeSheetsXlsx(path, [{ name: 'Budget', values: [['Item', 'Cost'], ['Coach', 100]] }]), /was not written by cadre templates/],
    ['a sample workbook', async (path: string) => void (await run('sample', '--size', '60', '--out', path)), /was not written by cadre templates/],
    ['a text file', async (path: string) => writeFileSync(path, 'notes\n'), /was not written by cadre templates/],
    [
      'templates someone has filled in',
      async (path: string) => {
        await run('templates', '--out', path);
        const wb = await readBook(path);
        wb.getWorksheet('Participants')!.getCell('A2').value = 'P001';
        await wb.xlsx.writeFile(path);
      },
      /has data typed into the templates/,
    ],
    [
      'templates with a sheet added by hand',
      async (path: string) => {
        await run('templates', '--out', path);
        const wb = await readBook(path);
        wb.addWorksheet('Notes');
        await wb.xlsx.writeFile(path);
      },
      /has a sheet Cadre did not write \("Notes"\)/,
    ],
  ])('refuses %s: exit 2, one line, the file untouched', async (what, make, message) => {
    const path = join(dir, `${what.replace(/\W+/g, '-')}.xlsx`);
    await make(path);
    const before = readFileSync(path);
    const { code, err } = await run('templates', '--out', path);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test.each([
    [[], /--out BOOK.xlsx is required/],
    [['--out', 'templates.csv'], /--out must name an \.xlsx file/],
    [['book.xlsx', '--out', 'x.xlsx'], /takes no file argument/],
  ])('usage error %p', async (argv, message) => {
    const { code, err } = await run('templates', ...(argv as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
