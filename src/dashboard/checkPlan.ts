import { columnLetters } from '../excel/a1Address';
import type { WorkbookPlan } from './plan';
import { planCells } from './planCells';

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const colNumber = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A1 cell or range ("B2", "B2:D3", "$B$2:$D$3") → its box; throws on anything else. */
export function boxOf(range: string): Box {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(range);
  if (!m) throw new RangeError(`not an A1 range: ${range}`);
  const [top, left] = [Number(m[2]), colNumber(m[1])];
  const [bottom, right] = m[3] ? [Number(m[4]), colNumber(m[3])] : [top, left];
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

const overlaps = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** `'Sheet name'!$A$1:$B$2` → the sheet and the range. */
export function splitRef(ref: string): { sheet: string; range: string } {
  const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref) ?? /^([^'!]+)!(.+)$/.exec(ref);
  if (!m) throw new RangeError(`not a sheet-qualified reference: ${ref}`);
  return { sheet: m[1].replace(/''/g, "'"), range: m[2] };
}

/**
 * What is wrong with a workbook plan that Excel (or ExcelJS) would refuse or show wrongly, as plain
 * sentences; empty when the plan is sound. Checked: sheet names (Excel's rules, unique, not the
 * reserved "History"); rectangular blocks; merges that do not overlap each other or a table; tables
 * and conditional formats inside the sheet's written area; table names unique in the workbook;
 * workbook names unique, on a sheet of the plan, pointing at a cell that holds a number; every chart
 * series and category range on a sheet of the plan.
 */
export function checkPlan(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    const n = sheet.name;
    if (n.length === 0 || n.length > 31 || /[[\]:*?/\\]/.test(n) || n.startsWith("'") || n.endsWith("'")) problems.push(`sheet name "${n}" breaks Excel's rules`);
    if (n.toLowerCase() === 'history') problems.push('"History" is reserved by Excel');
    if (sheetNames.has(n.toLowerCase())) problems.push(`two sheets are named "${n}"`);
    sheetNames.add(n.toLowerCase());

    for (const block of sheet.blocks) {
      const width = block.values[0]?.length ?? 0;
      if (width === 0) problems.push(`${n}!${block.at}: an empty block`);
      if (block.values.some((r) => r.length !== width)) problems.push(`${n}!${block.at}: rows of different lengths`);
    }
    const cells = planCells(sheet);
    const merges = sheet.merges.map((m) => ({ m, box: boxOf(m) }));
    merges.forEach((a, i) => {
      for (const b of merges.slice(i + 1)) if (overlaps(a.box, b.box)) problems.push(`${n}: merges ${a.m} and ${b.m} overlap`);
    });
    for (const t of sheet.tables) {
      if (tableNames.has(t.name.toLowerCase())) problems.push(`two tables are named ${t.name}`);
      tableNames.add(t.name.toLowerCase());
      const box = boxOf(t.range);
      for (const m of merges) if (overlaps(m.box, box)) problems.push(`${n}: table ${t.name} overlaps the merge ${m.m}`);
      const headers: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const letters = columnLetters(c);
        const h = cells.get(`${letters}${box.top}`);
        if (typeof h !== 'string' || h.trim() === '') problems.push(`${n}: table ${t.name} has a blank or non-text header in column ${letters}`);
        else if (headers.includes(h.toLowerCase())) problems.push(`${n}: table ${t.name} has the header "${h}" twice`);
        else headers.push(h.toLowerCase());
      }
    }
    for (const chart of sheet.charts) {
      if (chart.sheet !== n) problems.push(`${n}: chart "${chart.title}" says it is on ${chart.sheet}`);
      for (const ref of [chart.categories, ...chart.series.flatMap((s) => [s.values, s.x])]) {
        if (ref === undefined) continue;
        const { sheet: target, range } = splitRef(ref);
        if (!plan.sheets.some((s) => s.name === target)) problems.push(`${n}: chart "${chart.title}" reads ${ref}, not a sheet of the plan`);
        boxOf(range);
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
