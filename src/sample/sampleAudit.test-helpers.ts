/**
 * Test helpers: read a generated sample back from its rows (as intake would see them) and recompute
 * the planted findings and the integrity rules from the rows alone, independently of the generator's
 * internals. Used by the sample tests only.
 */
import { quarterOf } from '../calendar/quarter';
import type { CellValue, SheetValues } from '../model/cell';
import type { Day } from '../model/day';

export const SERIAL_EPOCH = 25569; // 1900-system serial of 1970-01-01

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly ix: Readonly<Record<string, number>>;
}

export function table(sheets: readonly SheetValues[], name: string): Table {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const header = sheet.values[0] as string[];
  const ix: Record<string, number> = {};
  header.forEach((h, k) => (ix[h] = k));
  return { header, rows: sheet.values.slice(1), ix };
}

export const get = (t: Table, row: readonly CellValue[], col: string): CellValue => {
  const k = t.ix[col];
  if (k === undefined) throw new Error(`no column ${col}`);
  return row[k];
};
export const str = (t: Table, row: readonly CellValue[], col: string): string | null => {
  const v = get(t, row, col);
  return v === null || v === undefined ? null : String(v);
};
export const num = (t: Table, row: readonly CellValue[], col: string): number => {
  const v = get(t, row, col);
  return typeof v === 'number' ? v : NaN;
};
/** a date column's Day (NaN when blank) */
export const day = (t: Table, row: readonly CellValue[], col: string): Day => num(t, row, col) - SERIAL_EPOCH;

// ----- statistics (small, independent implementations for the tests) -------------------------------

/** erfc by Numerical Recipes' erfcc (fractional error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Log-rank test of two groups of (duration, event); p from χ² with 1 df. */
export function logRank(a: readonly [number, boolean][], b: readonly [number, boolean][]): { chi2: number; p: number } {
  const all = [...a.map(([t, e]) => [t, e, 0] as const), ...b.map(([t, e]) => [t, e, 1] as const)].sort((x, y) => x[0] - y[0]);
  let n1 = a.length;
  let n = all.length;
  let oMinusE = 0;
  let v = 0;
  for (let i = 0; i < all.length; ) {
    const t = all[i][0];
    let d = 0;
    let d1 = 0;
    let left = 0;
    let left1 = 0;
    for (; i < all.length && all[i][0] === t; i++) {
      const [, e, g] = all[i];
      left++;
      if (g === 0) left1++;
      if (e) {
        d++;
        if (g === 0) d1++;
      }
    }
    if (d > 0) {
      oMinusE += d1 - (d * n1) / n;
      if (n > 1) v += (d * (n1 / n) * (1 - n1 / n) * (n - d)) / (n - 1);
    }
    n -= left;
    n1 -= left1;
  }
  const chi2 = (oMinusE * oMinusE) / v;
  return { chi2, p: erfc(Math.sqrt(chi2 / 2)) };
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let k = logFactorials.length; k <= n; k++) logFactorials.push(logFactorials[k - 1] + Math.log(k));
  return logFactorials[n];
}

/** Fisher's exact test, two-sided (R's convention), on [[a, b], [c, d]]. */
export function fisher(a: number, b: number, c: number, d: number): number {
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const logp = (x: number): number =>
    logFactorial(r1) + logFactorial(n - r1) + logFactorial(c1) + logFactorial(n - c1) -
    logFactorial(n) - logFactorial(x) - logFactorial(r1 - x) - logFactorial(c1 - x) - logFactorial(n - r1 - c1 + x);
  const observed = logp(a);
  let p = 0;
  for (let x = Math.max(0, c1 - (n - r1)); x <= Math.min(r1, c1); x++) {
    const lp = logp(x);
    if (lp <= observed + Math.log(1 + 1e-7)) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

/** Benjamini–Hochberg adjusted p-values, in the input order. */
export function benjaminiHochberg(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => i).sort((x, y) => ps[x] - ps[y]);
  const adj = new Array<number>(m);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = order[r];
    running = Math.min(running, (ps[i] * m) / (r + 1));
    adj[i] = running;
  }
  return adj;
}

export interface EquityTest {
  readonly resource: string;
  readonly attribute: string;
  readonly group: string;
  readonly n: number;
  readonly count: number;
  readonly impactRatio: number;
  readonly p: number;
  pAdjusted: number;
  readonly shortfall: number;
  status: 'adverse' | 'watch' | 'ok';
}

/**
 * The access-equity screen of equity.md, recomputed from the rows: for each resource and attribute,
 * each group with n ≥ k against the group with the highest rate; Fisher's exact test; BH over all
 * tests; adverse = IR < 0.8, adjusted p < 0.05, shortfall ≥ 1. Level is tested per level (stricter
 * than any banding).
 */
export function equityScreen(sheets: readonly SheetValues[], asOf: Day, k = 5): EquityTest[] {
  const P = table(sheets, 'Participants');
  const M = table(sheets, 'Mentors');
  const PR = table(sheets, 'Pairings');
  const R = table(sheets, 'Rotations');
  const mentorLevel = new Map<string, number>();
  for (const row of M.rows) mentorLevel.set(str(M, row, 'MentorID')!, num(M, row, 'Level'));
  const resources = new Map<string, Set<string>>();
  const add = (res: string, id: string): void => {
    let s = resources.get(res);
    if (!s) resources.set(res, (s = new Set()));
    s.add(id);
  };
  const levelOf = new Map<string, number>();
  for (const row of P.rows) levelOf.set(str(P, row, 'PersonID')!, num(P, row, 'Level'));
  for (const row of PR.rows) {
    if (day(PR, row, 'Start') > asOf) continue;
    const pid = str(PR, row, 'PersonID')!;
    const role = str(PR, row, 'Role')!;
    add(role === 'Mentor' ? 'Internal mentor' : role === 'Coach' ? 'External coach' : 'Sponsor', pid);
    const ml = mentorLevel.get(str(PR, row, 'MentorID')!);
    if (role !== 'Coach' && ml !== undefined && ml >= (levelOf.get(pid) ?? Infinity) + 2) add('Senior mentor', pid);
  }
  for (const row of R.rows) {
    if (day(R, row, 'Start') > asOf) continue;
    add('Rotation', str(R, row, 'PersonID')!);
    add(`Rotation in ${str(R, row, 'Function')}`, str(R, row, 'PersonID')!);
  }
  const everyone: string[] = [];
  const participants: string[] = [];
  const attrs = ['Gender', 'Ethnicity', 'BusinessUnit', 'Location', 'Level'];
  const attrOf = new Map<string, Record<string, string>>();
  for (const row of P.rows) {
    const id = str(P, row, 'PersonID')!;
    const inP = str(P, row, 'InProgram') === 'Y';
    const origin = inP ? day(P, row, 'ProgramStart') : day(P, row, 'EligibleDate');
    if (!(origin <= asOf)) continue;
    everyone.push(id);
    if (inP) {
      participants.push(id);
      add('Program selection', id);
      if (day(P, row, 'ReadyDate') <= asOf) add('Ready now', id);
    }
    attrOf.set(id, Object.fromEntries(attrs.map((a) => [a, String(get(P, row, a))])));
  }
  const tests: EquityTest[] = [];
  const resourceNames = ['Program selection', ...[...resources.keys()].filter((r) => r !== 'Program selection').sort()];
  for (const res of resourceNames) {
    const population = res === 'Program selection' ? everyone : participants;
    const yes = resources.get(res) ?? new Set<string>();
    for (const attr of attrs) {
      const groups = new Map<string, { n: number; x: number }>();
      for (const id of population) {
        const g = attrOf.get(id)![attr];
        const s = groups.get(g) ?? { n: 0, x: 0 };
        s.n++;
        if (yes.has(id)) s.x++;
        groups.set(g, s);
      }
      const eligible = [...groups].filter(([, s]) => s.n >= k);
      if (eligible.length < 2) continue;
      const [refName, ref] = eligible.reduce((best, cur) => (cur[1].x / cur[1].n > best[1].x / best[1].n ? cur : best));
      const rRef = ref.x / ref.n;
      for (const [g, s] of eligible) {
        if (g === refName) continue;
        const rate = s.x / s.n;
        tests.push({
          resource: res,
          attribute: attr,
          group: g,
          n: s.n,
          count: s.x,
          impactRatio: rRef > 0 ? rate / rRef : 1,
          p: fisher(s.x, s.n - s.x, ref.x, ref.n - ref.x),
          pAdjusted: 1,
          shortfall: s.n * rRef - s.x,
          status: 'ok',
        });
      }
    }
  }
  const adj = benjaminiHochberg(tests.map((t) => t.p));
  tests.forEach((t, i) => {
    t.pAdjusted = adj[i];
    t.status = t.impactRatio < 0.8 && t.pAdjusted < 0.05 && t.shortfall >= 1 ? 'adverse' : t.impactRatio < 0.8 || t.pAdjusted < 0.05 ? 'watch' : 'ok';
  });
  return tests;
}

/** Mean and variance of the scores of one instrument in a date window. */
export function scoreStats(sheets: readonly SheetValues[], instrument: string, first: Day, last: Day): { n: number; mean: number; variance: number } {
  const S = table(sheets, 'Surveys');
  let n = 0;
  let sum = 0;
  let sum2 = 0;
  for (const row of S.rows) {
    if (row[S.ix.Instrument] !== instrument) continue;
    const d = day(S, row, 'Date');
    if (d < first || d > last) continue;
    const x = num(S, row, 'Score');
    n++;
    sum += x;
    sum2 += x * x;
  }
  const mean = sum / n;
  return { n, mean, variance: (sum2 - n * mean * mean) / (n - 1) };
}

export function quarterWindows(asOf: Day): { current: { first: Day; last: Day }; previous: { first: Day; last: Day } } {
  const q = quarterOf(asOf);
  const prev = quarterOf(q.first - 1);
  return { current: { first: q.first, last: asOf }, previous: { first: prev.first, last: prev.last } };
}
