import { columnLetters, parseA1Range, rangesOverlap, splitSheetRef } from '../excel/a1Address';
import { sheetNameProblem } from '../excel/sheetName';
import type { WorkbookPlan } from './plan';
import { planCells } from './planCells';

/**
 * What is wrong with a workbook plan that Excel (or ExcelJS) would refuse or show wrongly, as plain
 * sentences; empty when the plan is sound. Checked: sheet names (Excel's rules, unique, not the
 * reserved "History"); rectangular blocks; merges that do not overlap each other or a table; tables
 * and conditional formats inside the sheet's written area; table names unique in the workbook;
 * workbook names unique, on a sheet of the plan, pointing at a cell that holds a number; every chart
 * series and category range on a sheet of the plan.
 */
export function planDefects(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    const n = sheet.name;
    const nameProblem = sheetNameProblem(n);
    if (nameProblem === 'reserved') problems.push('"History" is reserved by Excel');
    else if (nameProblem !== null) problems.push(`sheet name "${n}" breaks Excel's rules`);
    if (sheetNames.has(n.toLowerCase())) problems.push(`two sheets are named "${n}"`);
    sheetNames.add(n.toLowerCase());

    for (const block of sheet.blocks) {
      const width = block.values[0]?.length ?? 0;
      if (width === 0) problems.push(`${n}!${block.at}: an empty block`);
      if (block.values.some((r) => r.length !== width)) problems.push(`${n}!${block.at}: rows of different lengths`);
    }
    const cells = planCells(sheet);
    const merges = sheet.merges.map((m) => ({ m, box: parseA1Range(m) }));
    merges.forEach((a, i) => {
      for (const b of merges.slice(i + 1)) if (rangesOverlap(a.box, b.box)) problems.push(`${n}: merges ${a.m} and ${b.m} overlap`);
    });
    for (const t of sheet.tables) {
      if (tableNames.has(t.name.toLowerCase())) problems.push(`two tables are named ${t.name}`);
      tableNames.add(t.name.toLowerCase());
      const box = parseA1Range(t.range);
      for (const m of merges) if (rangesOverlap(m.box, box)) problems.push(`${n}: table ${t.name} overlaps the merge ${m.m}`);
      const headers: string[] = [];
      for (let c = box.col1; c <= box.col2; c++) {
        const letters = columnLetters(c);
        const h = cells.get(`${letters}${box.row1}`);
        if (typeof h !== 'string' || h.trim() === '') problems.push(`${n}: table ${t.name} has a blank or non-text header in column ${letters}`);
        else if (headers.includes(h.toLowerCase())) problems.push(`${n}: table ${t.name} has the header "${h}" twice`);
        else headers.push(h.toLowerCase());
      }
    }
    for (const chart of sheet.charts) {
      if (chart.sheet !== n) problems.push(`${n}: chart "${chart.title}" says it is on ${chart.sheet}`);
      for (const ref of [chart.categories, ...chart.series.flatMap((s) => [s.values, s.x])]) {
        if (ref === undefined) continue;
        const { sheet: target, range } = splitSheetRef(ref);
        if (!plan.sheets.some((s) => s.name === target)) problems.push(`${n}: chart "${chart.title}" reads ${ref}, not a sheet of the plan`);
        parseA1Range(range);
      }
    }
  }
  const names = new Set<string>();
  for (const name of plan.names) {
    if (names.has(name.name.toLowerCase())) problems.push(`two workbook names ${name.name}`);
    names.add(name.name.toLowerCase());
    const sheet = plan.sheets.find((s) => s.name === name.sheet);
    if (!sheet) {
      problems.push(`name ${name.name} points at ${name.sheet}, not a sheet of the plan`);
      continue;
    }
    const v = planCells(sheet).get(name.ref.replace(/\$/g, ''));
    if (typeof v !== 'number') problems.push(`name ${name.name} points at ${name.sheet}!${name.ref}, which holds ${JSON.stringify(v ?? null)}, not a number`);
  }
  return problems;
}
