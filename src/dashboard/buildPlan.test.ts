import { intake } from '../intake/intake';
import type { NotAvailable } from '../metrics/metricResults';
import type { PromotionEffect, RetentionEffect } from '../impact/impactResults';
import type { CellValue } from '../model/cell';
import { refreshReport } from '../report/refreshReport';
import { generateSample } from '../sample/generateSample';
import { previousQuarter } from './boardSheet';
import { DEFAULT_SHEET_NAMES, buildWorkbookPlan } from './buildPlan';
import { fitWrappedRows } from './fitWrappedRows';
import { columnLetters, parseA1Range, splitSheetRef } from '../excel/a1Address';
import { planDefects } from './planDefects';
import type { HistoryRow } from './history';
import type { SheetPlan, WorkbookPlan } from './plan';
import { planCells } from './planCells';
import { isShown } from './reportValues';

/** A figure the sample is sure to show (the test fails here if it is not available or suppressed). */
function shownFigure<V extends object>(v: V): Exclude<V, NotAvailable | { readonly suppressed: true }> {
  if (!isShown(v)) throw new Error(`expected a figure, got ${JSON.stringify(v)}`);
  return v;
}

const sample = generateSample({ size: 'standard', seed: 42 });

/** The sample's report; with `tiny`, four participants relabelled into a Gender group of their own. */
function sampleReport(tiny = false) {
  const sheets = tiny ? structuredClone(sample.sheets) : sample.sheets;
  if (tiny) {
    const p = sheets.find((s) => s.name === 'Participants')!;
    const header = p.values[0] as string[];
    const rows = p.values.slice(1).filter((r) => r[header.indexOf('InProgram')] === 'Y').slice(0, 4) as CellValue[][];
    for (const r of rows) r[header.indexOf('Gender')] = 'Tiny';
  }
  return refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(Date.UTC(2026, 9, 1, 8, 30)), inputFingerprint: 'sha256:x' }, intake(sheets, { asOf: sample.asOf }));
}

const sheetOf = (plan: WorkbookPlan, role: SheetPlan['role']) => plan.sheets.find((s) => s.role === role)!;

/** Every text of a sheet: cell values, chart titles and series names. */
function textsOf(sheet: SheetPlan): string[] {
  return [...planCells(sheet).values()].filter((v): v is string => typeof v === 'string').concat(sheet.charts.flatMap((c) => [c.title, ...c.series.map((s) => s.name)]));
}

/** The values a sheet-qualified range reads from the plan. */
function readRange(plan: WorkbookPlan, ref: string): (string | number | boolean | null)[] {
  const { sheet, range } = splitSheetRef(ref);
  const cells = planCells(plan.sheets.find((s) => s.name === sheet)!);
  const box = parseA1Range(range);
  const out: (string | number | boolean | null)[] = [];
  for (let r = box.row1; r <= box.row2; r++) {
    for (let c = box.col1; c <= box.col2; c++) out.push(cells.get(`${columnLetters(c)}${r}`) ?? null);
  }
  return out;
}

describe('buildWorkbookPlan on the sample program', () => {
  const report = sampleReport();
  const plan = buildWorkbookPlan(report, { history: [], analystDetail: true });
  const board = sheetOf(plan, 'board');
  const cells = planCells(board);

  test('seven sheets in the order of dashboards.md, under their default names; the plan is sound', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Board Dashboard', 'Equity Detail', 'Metrics Detail', 'Analyst Detail', 'Cadre History', 'Definitions', 'Data Quality']);
    expect(planDefects(plan)).toEqual([]);
    expect(plan.sheets.every((s) => s.protect)).toBe(true);
  });

  test('Analyst Detail can be turned off; sheet names are settings', () => {
    const shared = buildWorkbookPlan(report, { history: [], analystDetail: false, sheetNames: { board: 'Programme board', history: 'Quarterly history' } });
    expect(shared.sheets.map((s) => s.role)).not.toContain('analyst');
    expect(shared.sheets[0].name).toBe('Programme board');
    expect(shared.sheets.find((s) => s.role === 'history')!.name).toBe('Quarterly history');
    expect(shared.names.filter((n) => n.sheet === 'Programme board')).toHaveLength(11);
    expect(planDefects(shared)).toEqual([]);
  });

  test('the Board Dashboard is one screen wide and prints on two landscape pages at 88%, the charts starting the second', () => {
    const width = board.columnWidths.reduce((a, b) => a + b, 0);
    // 150 characters of Calibri 11 ≈ 150 × 7 px + padding ≈ 1,100 px: inside a 1,366 px laptop screen
    expect(width).toBeLessThanOrEqual(150);
    const rightmost = Math.max(...[...cells.keys()].map((a) => parseA1Range(a).col2), ...board.merges.map((m) => parseA1Range(m).col2), ...board.charts.map((c) => c.anchor.to.col));
    expect(rightmost).toBeLessThanOrEqual(board.columnWidths.length);
    const chartTop = Math.min(...board.charts.map((c) => c.anchor.from.row)) + 1; // anchors count rows from 0
    expect(board.print).toMatchObject({ orientation: 'landscape', scale: 88, breaksBefore: [chartTop], margins: { left: 0.25, right: 0.25 } });
    expect(board.print?.fitToOnePage).toBeFalsy(); // Excel ignores manual page breaks on a sheet fitted to pages
    // a column of 10 characters is 10 × 7 + 5 = 75 pixels (Calibri 11), 56.25 points; at 88% the 15 fit
    // between margins of a quarter inch on landscape Letter (792 − 36 = 756 points) and A4 (842 − 36)
    const printedWidth = board.columnWidths.reduce((a, w) => a + ((w * 7 + 5) * 72) / 96, 0) * (board.print!.scale! / 100);
    expect(printedWidth).toBeLessThanOrEqual(11 * 72 - (board.print!.margins!.left + board.print!.margins!.right) * 72);
    expect(board.showGridlines).toBe(false);
  });

  test('title, as-of date, quarter, refreshed-at and input row counts', () => {
    expect(cells.get('A1')).toBe('Executive mentorship program: Board Dashboard');
    expect(cells.get('A2')).toContain('As of 2026-09-30');
    expect(cells.get('A2')).toContain('2026-Q3');
    expect(cells.get('A2')).toContain('refreshed 2026-10-01 08:30 UTC');
    expect(cells.get('A3')).toContain('240 participants, 1,760 comparison pool, 80 mentors and coaches, 600 pairings, 500 rotations, 20,000 survey answers');
  });

  test('eleven KPI tiles (dashboards.md’s ten and impact.md’s promotion), each value the report’s figure, named in the workbook', () => {
    const named = new Map(plan.names.map((n) => [n.name, planCells(plan.sheets.find((s) => s.name === n.sheet)!).get(n.ref)]));
    const r = shownFigure(report.retention);
    expect(named.get('Cadre.Retention12m')).toBe(shownFigure(r.participants).at12.value);
    expect(named.get('Cadre.Retention12mComparison')).toBe(shownFigure(r.comparison).at12.value);
    expect(named.get('Cadre.RegrettableAttrition12m')).toBeCloseTo(1 - shownFigure(shownFigure(r.regrettable).participants).at12.value!, 12);
    expect(named.get('Cadre.ActiveParticipants')).toBe(report.operations.activeParticipants);
    expect(named.get('Cadre.MatchRate')).toBe(shownFigure(report.operations.matchRate).value);
    expect(named.get('Cadre.EquityAdverse')).toBe(1);
    expect(named.get('Cadre.MentorsOverCapacity')).toBe(2);
    expect(named.get('Cadre.Conflicts')).toBe(report.conflicts.length);
    const readiness = shownFigure(report.readiness);
    expect(named.get('Cadre.ReadyBy24m')).toBe(readiness.at24.value);
    expect(named.get('Cadre.MedianMonthsToReady')).toBe(readiness.medianMonths);
    const mentee = shownFigure(shownFigure(report.satisfaction).find((s) => s.instrument === 'Mentee satisfaction' && s.role === 'All')!);
    expect(named.get('Cadre.MenteeSatisfaction')).toBe(mentee.mean);
    const promotion = report.impact.promotion as PromotionEffect;
    expect(named.get('Cadre.PromotedBy24m')).toBe(promotion.participants.at24.value);
    expect(plan.names.filter((n) => n.sheet === 'Board Dashboard')).toHaveLength(11);
  });

  test('impact: the retention tile compares with matched colleagues first; the promotion tile shows both sides and the gap', () => {
    const matched = (report.impact.retention as RetentionEffect).differenceAt12;
    const pool = shownFigure(shownFigure(report.retention).gapAt12);
    const pts = (v: number) => `${v > 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}`;
    expect(below(cells, '12-month retention', 2)).toBe(
      `${pts(matched.value!)} pts vs matched colleagues (95% CI ${pts(matched.lower!)} to ${pts(matched.upper!)}); ${pts(pool.value!)} pts vs comparison pool (95% CI ${pts(pool.lower!)} to ${pts(pool.upper!)})`,
    );
    // the sample's planted selection: the raw gap is the larger (README, planted finding 7)
    expect(pool.value!).toBeGreaterThan(matched.value! + 0.02);
    const promotion = report.impact.promotion as PromotionEffect;
    const d = promotion.differenceAt24;
    expect(below(cells, 'Promoted by 24 months', 2)).toBe(
      `of ${promotion.nParticipants} matched participants; matched colleagues ${(promotion.controls.at24.value! * 100).toFixed(1)}%: ${pts(d.value!)} pts vs matched colleagues (95% CI ${pts(d.lower!)} to ${pts(d.upper!)})`,
    );
    expect(below(cells, 'Promoted by 24 months', 3)).toBe('no 2026-Q2 figure in History yet');
  });

  test('impact not available: the retention tile keeps the pool gap and log-rank p; the promotion tile says why', () => {
    const without = { ...report, impact: { ...report.impact, retention: { available: false as const, reason: 'not available: no participant has a matched control' }, promotion: { available: false as const, reason: 'not available: there is no Measures sheet' } } };
    const m = planCells(buildWorkbookPlan(without, { history: [], analystDetail: false }).sheets[0]);
    expect(below(m, '12-month retention', 2)).toMatch(/^\+\d+\.\d pts vs comparison pool \(95% CI .*\); log-rank p /);
    expect(below(m, 'Promoted by 24 months', 1)).toBe('not available: there is no Measures sheet');
    const suppressed = { ...report, impact: { ...report.impact, promotion: { suppressed: true as const, reason: 'fewer than 5 people: suppressed' } } };
    expect(below(planCells(buildWorkbookPlan(suppressed, { history: [], analystDetail: false }).sheets[0]), 'Promoted by 24 months', 1)).toBe('fewer than 5');
  });

  /** the cell `rows` below a tile's label (its value 1, its detail 2, its change 3) */
  const below = (m: Map<string, unknown>, label: string, rows: number) => {
    const at = [...m].find(([, v]) => v === label)?.[0];
    if (at === undefined) throw new Error(`no tile ${label}`);
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(at)!;
    return m.get(`${col}${Number(row) + rows}`);
  };

  test('each tile says its change since the previous quarter; without History it says there is none', () => {
    expect(below(cells, '12-month retention', 3)).toBe('no 2026-Q2 figure in History yet');
    // satisfaction carries its own previous quarter: 4.22 vs 3.86 (sample planted finding)
    expect(below(cells, 'Mentee satisfaction', 3)).toMatch(/^\+0\.36 since 2026-Q2 \(p < 0\.0001\)$/);
  });

  /** a History row of 2026-Q2 (or another quarter) with only what the tiles read */
  const historyRow = (metric: string, segment: string, value: number | null, source: HistoryRow['source'] = 'refresh', quarter = '2026-Q2'): HistoryRow => ({ quarter, metric, segment, value, lower: null, upper: null, n: null, refreshedAt: '', source });

  test('with History, the change is the difference from the previous quarter’s row', () => {
    const at12 = shownFigure(shownFigure(report.retention).participants).at12.value!;
    const history: HistoryRow[] = [
      historyRow('Retention at 12 months', 'Participants', at12 - 0.012),
      historyRow('Mentors over capacity', 'All', 5),
      // an older quarter is not the previous one
      historyRow('Match rate', 'All', 0.5, 'refresh', '2026-Q1'),
    ];
    const withHistory = planCells(buildWorkbookPlan(report, { history, analystDetail: false }).sheets[0]);
    expect(below(withHistory, '12-month retention', 3)).toBe('+1.2 pts since 2026-Q2');
    expect(below(withHistory, 'Mentors over capacity', 3)).toBe('−3 since 2026-Q2');
    expect(below(withHistory, 'Match rate', 3)).toBe('no 2026-Q2 figure in History yet');
  });

  test('the promotion tile’s change reads History’s matched participants row', () => {
    const at24 = (report.impact.promotion as PromotionEffect).participants.at24.value!;
    const history = [historyRow('Promoted by 24 months', 'Matched participants', at24 - 0.021), historyRow('Promoted by 24 months', 'Matched colleagues', 0.9)];
    const withHistory = planCells(buildWorkbookPlan(report, { history, analystDetail: false }).sheets[0]);
    expect(below(withHistory, 'Promoted by 24 months', 3)).toBe('+2.1 pts since 2026-Q2');
  });

  test('a change against a quarter the first refresh recomputed says so', () => {
    const at12 = shownFigure(shownFigure(report.retention).participants).at12.value!;
    const history: HistoryRow[] = [
      historyRow('Retention at 12 months', 'Participants', at12 + 0.005, 'recomputed'),
      historyRow('Median months to ready', 'Participants', null, 'recomputed'),
      historyRow('Mentors over capacity', 'All', 1),
    ];
    const withHistory = planCells(buildWorkbookPlan(report, { history, analystDetail: false }).sheets[0]);
    expect(below(withHistory, '12-month retention', 3)).toBe('−0.5 pts since 2026-Q2 (recomputed)');
    expect(below(withHistory, 'Median months to ready', 3)).toBe('not reached in 2026-Q2 (recomputed)');
    expect(below(withHistory, 'Mentors over capacity', 3)).toBe('+1 since 2026-Q2');
  });

  test('four native charts, every series reading numbers of Metrics Detail', () => {
    expect(board.charts.map((c) => c.kind)).toEqual(['scatterLines', 'column', 'line', 'column']);
    for (const chart of board.charts) {
      for (const s of chart.series) {
        const values = readRange(plan, s.values);
        expect(values.length).toBeGreaterThan(0);
        expect(values.some((v) => typeof v === 'number')).toBe(true);
        expect(values.every((v) => v === null || typeof v === 'number')).toBe(true);
        if (s.x) expect(readRange(plan, s.x)).toHaveLength(values.length);
        if (chart.categories) expect(readRange(plan, chart.categories)).toHaveLength(values.length);
      }
    }
    // the retention curve starts at 100% and its 12-month point is the report's S(12)
    const [curve, , points] = board.charts[0].series;
    expect(readRange(plan, curve.values)[0]).toBe(1);
    expect(readRange(plan, points.x!)).toEqual([12, 24]);
    const at12 = shownFigure(shownFigure(report.retention).participants).at12.value;
    expect(readRange(plan, points.values)[0]).toBe(at12);
    // the 0.80 line is drawn over the impact-ratio columns
    const line = board.charts[3].series.find((s) => s.asLine)!;
    expect(new Set(readRange(plan, line.values))).toEqual(new Set([0.8]));
  });

  test('the monthly retention curve is the Kaplan–Meier step function read at whole months', () => {
    const curve = shownFigure(shownFigure(report.retention).participants).curve;
    const [chart] = board.charts;
    const months = readRange(plan, chart.series[0].x!) as number[];
    const values = readRange(plan, chart.series[0].values);
    for (const m of [0, 6, 12, 18, 30]) {
      // by hand: the survival of the last step at or before month m
      const steps = curve.filter((p) => p.months <= m);
      expect(values[months.indexOf(m)]).toBe(steps.length === 0 ? 1 : steps[steps.length - 1].survival);
    }
  });

  test('the equity summary shows the worst status per resource and attribute, coloured', () => {
    const row = [...cells.entries()].find(([, v]) => v === 'External coach')![0];
    const r = Number(row.slice(1));
    const header = [...cells.entries()].filter(([a, v]) => v === 'Gender' && Number(a.slice(1)) < r)[0][0];
    expect(cells.get(`${header[0]}${r}`)).toBe('adverse');
    const format = board.conditionalFormats[0];
    expect(parseA1Range(format.range).row1).toBeLessThanOrEqual(r);
    expect(format.rules.find((x) => x.equals === 'adverse')).toBeDefined();
  });

  test('the method note names the four-fifths screen as a screening rule and the suppression below k', () => {
    const text = textsOf(board).join('\n');
    expect(text).toMatch(/four-fifths screen\) is a screening rule, not a legal finding/);
    expect(text).toMatch(/fewer than 5 people shows no figures/);
    expect(text).toMatch(/survival estimates/);
  });

  test('the attention block names the under-served group and resource first, and the planted load and conflict', () => {
    const title = [...cells].find(([, v]) => v === 'For the board’s attention')![0];
    const first = Number(/\d+$/.exec(title)![0]) + 1;
    expect(cells.get(`A${first}`)).toMatch(/^1\. External coach × Gender = Woman: rate \d+% vs \d+% for Man; \d+ fewer people than at the reference rate; significant after adjustment\.$/);
    const block = report.findings.map((_, i) => cells.get(`A${first + i}`));
    expect(block).toEqual(report.findings.map((f, i) => `${i + 1}. ${f.text}`));
    expect(block.some((t) => /^\d\. 2 mentors over capacity/.test(String(t)))).toBe(true);
    // the tile counts the same two mentors
    expect(below(cells, 'Mentors over capacity', 1)).toBe(sample.planted.overCapacity.length);
  });

  test('the Board Dashboard, and every sheet for the board (program impact on Metrics Detail, Definitions included), carries no names and no ids', () => {
    const ids = new Set<string>();
    for (const sheet of sample.sheets) {
      const header = sheet.values[0] as string[];
      for (const col of ['PersonID', 'MentorID', 'Name', 'ManagerID', 'RespondentID', 'AboutID']) {
        const i = header.indexOf(col);
        if (i >= 0) for (const row of sheet.values.slice(1)) if (typeof row[i] === 'string' && row[i] !== '') ids.add(row[i] as string);
      }
    }
    expect(ids.size).toBeGreaterThan(2000);
    const leaks = textsOf(board).filter((t) => [...ids].some((id) => t.includes(id)));
    expect(leaks).toEqual([]);
    for (const role of ['equity', 'metrics', 'history', 'definitions'] as const) {
      const named = textsOf(sheetOf(plan, role)).filter((t) => ids.has(t) || [...ids].some((id) => id.length >= 4 && t.includes(id)));
      expect({ role, named }).toEqual({ role, named: [] });
    }
    // while the Analyst Detail sheet does name them
    expect(textsOf(sheetOf(plan, 'analyst')).some((t) => ids.has(t))).toBe(true);
  });

  test('Analyst Detail lists the planted person-level findings with their ids', () => {
    const analyst = textsOf(sheetOf(plan, 'analyst'));
    expect(analyst).toContain(sample.planted.inactivePairing!.personId);
    expect(analyst).toContain('reporting-chain');
    for (const m of report.load.overCapacity) expect(analyst).toContain(m.mentorId);
  });

  test('Metrics Detail holds the tables behind the tiles', () => {
    const texts = textsOf(sheetOf(plan, 'metrics'));
    for (const title of ['Retention (Kaplan–Meier): share still employed', 'Period retention and turnover (the standard HR form)', 'Retention of participants by segment', 'Readiness by segment (track, cohort, support type, rotations)', 'Program operations', 'Rotations', 'Mentor load']) {
      expect(texts).toContain(title);
    }
    expect(texts.some((t) => t.startsWith('Satisfaction in 2026-Q3'))).toBe(true);
  });
});

describe('long text on every sheet is wrapped and its rows are tall enough (fitWrappedRows)', () => {
  const rowHeight = (sheet: SheetPlan, row: number) => sheet.rowHeights?.find((h) => h.row === row)?.height ?? 15;
  /** the merged area (or cell) holding `text`, and its rows' heights together */
  function areaOf(sheet: SheetPlan, text: string) {
    const at = [...planCells(sheet)].find(([, v]) => v === text)?.[0];
    if (at === undefined) throw new Error(`no cell holds ${JSON.stringify(text.slice(0, 40))}`);
    const { row1, col1 } = parseA1Range(at);
    const merge = sheet.merges.map((m) => parseA1Range(m)).find((m) => m.row1 === row1 && m.col1 === col1) ?? { row1, col1, row2: row1, col2: col1 };
    let height = 0;
    for (let r = merge.row1; r <= merge.row2; r++) height += rowHeight(sheet, r);
    return { at, merge, height };
  }

  test('on the sample: nothing is left to wrap or to grow on any sheet', () => {
    const plan = buildWorkbookPlan(sampleReport(), { history: [], analystDetail: true });
    for (const sheet of plan.sheets) expect({ sheet: sheet.name, fitted: fitWrappedRows(sheet) === sheet }).toEqual({ sheet: sheet.name, fitted: true });
    // the Equity Detail's header holds "Impact ratio" in a 10-character column: two lines
    expect(rowHeight(sheetOf(plan, 'equity'), 3)).toBe(30);
  });

  test('a roster of no participants, only a comparison pool (as the IBM HR workbook): the board’s notes fit', () => {
    // the Participants sheet alone, nobody in the program, no EligibleDate: no access test at all
    const [participants] = structuredClone(sample.sheets.filter((s) => s.name === 'Participants'));
    const header = participants!.values[0] as string[];
    const drop = header.indexOf('EligibleDate');
    const values = (participants!.values as CellValue[][]).map((row, i) => {
      const copy = row.filter((_, c) => c !== drop);
      if (i > 0) copy[header.indexOf('InProgram')] = 'N';
      return copy;
    });
    const roster = [{ ...participants!, values }];
    const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(Date.UTC(2026, 9, 1, 8, 30)), inputFingerprint: 'sha256:x' }, intake(roster, { asOf: sample.asOf }));
    const plan = buildWorkbookPlan(report, { history: [], analystDetail: true });
    for (const sheet of plan.sheets) expect({ sheet: sheet.name, fitted: fitWrappedRows(sheet) === sheet }).toEqual({ sheet: sheet.name, fitted: true });
    const board = sheetOf(plan, 'board');
    // the equity summary's one row, 9 points in A:C: wrapped, two lines of 12 points
    const none = areaOf(board, 'no access tests: the inputs they need are missing');
    expect(none.merge).toMatchObject({ col1: 1, col2: 3 });
    expect(board.styles.filter((s) => s.range === none.at || s.range.startsWith(`${none.at}:`)).some((s) => s.style.wrap === true)).toBe(true);
    expect(none.height).toBeGreaterThanOrEqual(24);
    // the note on method: three paragraphs at 9 points in ten 10-character columns, in 12 rows of 15 points
    const method = textsOf(board).find((t) => t.startsWith('Retention and time to readiness'))!;
    const note = areaOf(board, method);
    expect(note.merge.row2 - note.merge.row1 + 1).toBe(12);
    expect(note.height).toBeGreaterThanOrEqual(180);
    // its last row carries a line, so LibreOffice does not fit the page above it (and cut the note off)
    const last = note.merge.row2;
    expect(board.styles).toContainEqual({ range: `${columnLetters(note.merge.col1)}${last}:${columnLetters(note.merge.col2)}${last}`, style: { border: 'bottom' } });
    expect(board.print?.area).toBe(`A1:O${last}`);
  });
});

describe('the plan after suppression', () => {
  const report = sampleReport(true);
  const plan = buildWorkbookPlan(report, { history: [], analystDetail: true });

  test('a group of 4 appears with its label and "fewer than 5", never with a figure, on every sheet', () => {
    let seen = 0;
    for (const sheet of plan.sheets) {
      const cells = planCells(sheet);
      const rows = new Map<number, (string | number | boolean)[]>();
      for (const [a, v] of cells) {
        const r = parseA1Range(a).row1;
        rows.set(r, [...(rows.get(r) ?? []), v]);
      }
      for (const values of rows.values()) {
        if (!values.includes('Tiny')) continue;
        seen += 1;
        expect(values.filter((v) => typeof v === 'number')).toEqual([]);
        expect(values.some((v) => v === 'fewer than 5' || v === 'suppressed')).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(10);
    // History has no row for it, and no chart reads a figure of it
    expect(textsOf(sheetOf(plan, 'history')).some((t) => t.includes('Tiny'))).toBe(false);
    expect(planDefects(plan)).toEqual([]);
  });
});

describe('previousQuarter', () => {
  test('steps back one quarter, across the year', () => {
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(() => previousQuarter('Q1 2026')).toThrow(/not a quarter label/);
  });
});

describe('DEFAULT_SHEET_NAMES', () => {
  test('History is not named "History" (reserved by Excel)', () => {
    expect(DEFAULT_SHEET_NAMES.history).toBe('Cadre History');
  });
});
