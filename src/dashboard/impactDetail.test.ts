import type { ImpactResult, MatchingSummary } from '../impact/impactResults';
import { intake } from '../intake/intake';
import type { CellValue } from '../model/cell';
import { refreshReport } from '../report/refreshReport';
import { MESSY_SHEETS } from '../sample/messyWorkbook';
import { dayFromIso } from '../calendar/dayFromIso';
import { generateSample } from '../sample/generateSample';
import { BALANCE_COMPARISONS, IMPACT_SECTIONS, IMPACT_SIDES } from './impactDetail';
import { metricsSheet } from './metricsSheet';
import type { PlanValue, SheetPlan } from './plan';

/** The rows a sheet plan writes, top to bottom (a row's cells from column A; blank rows left out). */
function rowsOf(sheet: SheetPlan): PlanValue[][] {
  const rows = new Map<number, PlanValue[]>();
  for (const block of sheet.blocks) {
    const top = Number(block.at.replace(/^[A-Z]+/, ''));
    const left = block.at.charCodeAt(0) - 64;
    block.values.forEach((values, i) => {
      const row = rows.get(top + i) ?? [];
      values.forEach((v, j) => (row[left - 1 + j] = v));
      rows.set(top + i, row);
    });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, r]) => Array.from(r, (v) => v ?? null));
}

/** The impact part of Metrics Detail: from its heading to the satisfaction section. */
function impactRows(sheet: SheetPlan): PlanValue[][] {
  const rows = rowsOf(sheet);
  const from = rows.findIndex((r) => r[0] === IMPACT_SECTIONS.impact);
  const to = rows.findIndex((r, i) => i > from && typeof r[0] === 'string' && r[0].startsWith('Satisfaction in '));
  expect(from).toBeGreaterThan(0);
  return rows.slice(from, to);
}

/** The rows of the table under a heading: its header, then its rows up to the next blank-first row or heading. */
function tableUnder(rows: PlanValue[][], heading: string, skip = 0): { header: PlanValue[]; body: PlanValue[][] } {
  let at = rows.findIndex((r) => r[0] === heading) + 1 + skip;
  const header = rows[at];
  const body: PlanValue[][] = [];
  for (at += 1; at < rows.length && rows[at].length === header.length && !Object.values(IMPACT_SECTIONS).includes(rows[at][0] as never); at++) body.push(rows[at]);
  return { header, body };
}

const pair = (rows: PlanValue[][], label: string) => rows.find((r) => r[0] === label)?.[1];
const cell = (header: PlanValue[], row: PlanValue[], name: string) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in ${header.join(', ')}`);
  return row[i];
};
const num = (v: PlanValue) => {
  if (typeof v !== 'number') throw new Error(`expected a number, got ${String(v)}`);
  return v;
};

/** metrics.md: "95%, z = 1.959964" */
const Z = 1.959964;

// ----- a small hand-built result on the messy workbook's report ---------------------------------------

const asOf = dayFromIso('2026-09-30');
const messy = refreshReport({ asOf, minGroup: 5, refreshedAt: new Date(Date.UTC(2026, 9, 1)), inputFingerprint: 'sha256:abc' }, intake(MESSY_SHEETS, { asOf }));

const matching: MatchingSummary = {
  variables: ['Level band', 'BusinessUnit'],
  skipped: [{ variable: 'Tenure band', reason: 'the Participants sheet has no HireDate column' }],
  k: 2,
  participants: 30,
  matched: 27,
  unmatched: 3,
  controls: 52,
  unmatchedCombinations: [{ values: { 'Level band': 'Level 9–10', BusinessUnit: null }, participants: 3 }],
  balance: [
    {
      variable: 'Level band',
      level: 'Level 1–2',
      kind: 'categorical',
      matching: true,
      before: { smd: 0.25, nParticipants: 30, nComparison: 400, balanced: false },
      after: { smd: -0.04, nParticipants: 27, nComparison: 52, balanced: true },
    },
    {
      variable: 'Gender',
      level: 'Non-binary',
      kind: 'categorical',
      matching: false,
      before: { smd: 0.02, nParticipants: 30, nComparison: 400, balanced: true },
      after: { smd: null, nParticipants: 27, nComparison: 52, balanced: null, suppressed: true, reason: 'fewer than 5 people: suppressed' },
    },
  ],
};

/** Survival at 12 and 24 months with Greenwood's G, and the difference with ± z·√(S₁²G₁ + S₀²G₀) (impact.md). */
const s = { p12: 0.9, p24: 0.8, c12: 0.84, c24: 0.7, gp12: 0.004, gp24: 0.009, gc12: 0.003, gc24: 0.006 };
const diff = (s1: number, g1: number, s0: number, g0: number) => {
  const h = Z * Math.sqrt(s1 * s1 * g1 + s0 * s0 * g0);
  return { value: s1 - s0, lower: s1 - s0 - h, upper: s1 - s0 + h };
};
const d12 = diff(s.p12, s.gp12, s.c12, s.gc12);
const d24 = diff(s.p24, s.gp24, s.c24, s.gc24);
const est = (value: number, lower: number, upper: number) => ({ value, lower, upper });

const handBuilt: ImpactResult = {
  matching,
  retention: {
    nParticipants: 27,
    nControls: 52,
    participants: { n: 27, events: 3, at12: est(s.p12, 0.7, 0.97), at24: est(s.p24, 0.6, 0.9), medianMonths: null, rmst24: 22.5, followUpMonths: 40 },
    controls: { n: 52, events: 12, at12: est(s.c12, 0.7, 0.92), at24: est(s.c24, 0.55, 0.8), medianMonths: null, rmst24: 21, followUpMonths: 41 },
    differenceAt12: d12,
    differenceAt24: d24,
    rmst24Difference: 1.5,
    logRank: { chi2: 2.5, df: 1, p: 0.1138 },
  },
  promotion: { suppressed: true, reason: 'fewer than 5 people: suppressed' },
  measures: [
    {
      measure: 'Engagement',
      nParticipants: 20,
      nControls: 31,
      participants: { n: 20, meanChange: 0.4, lower: 0.1, upper: 0.7 },
      controls: { n: 31, meanChange: 0.1, lower: -0.1, upper: 0.3 },
      difference: { value: 0.3, lower: -0.05, upper: 0.65, p: 0.09 },
    },
    { measure: 'Quota attainment', suppressed: true, reason: 'fewer than 5 people: suppressed' },
    { measure: 'Sales', available: false, reason: 'not available: no control has a Sales value both in the year before the start and 6 to 18 months after it' },
  ],
};

describe('Metrics Detail: program impact from a hand-built result', () => {
  const rows = impactRows(metricsSheet({ ...messy, impact: handBuilt }, []).sheet);

  test('the wording: compared with matched colleagues on the variables used, an association, not proof of cause', () => {
    const text = rows[1][0] as string;
    expect(text).toMatch(/^Matched participants are compared with matched colleagues \(same level band and business unit at the participant’s start\): up to 2 colleagues each/);
    expect(text).toMatch(/an association, not proof that the program caused it/);
  });

  test('the matching summary: variables used and skipped, k, matched, controls, unmatched', () => {
    expect(pair(rows, 'Matching variables used (exact on each)')).toBe('Level band, BusinessUnit');
    expect(pair(rows, 'Matching variables skipped')).toBe('Tenure band (the Participants sheet has no HireDate column)');
    expect(pair(rows, 'Controls per participant (1:k, nearest EligibleDate, without replacement)')).toBe(2);
    expect(pair(rows, 'Participants (in the program, started by the as-of date)')).toBe(30);
    expect(pair(rows, 'Matched participants (at least one matched colleague)')).toBe(27);
    expect(pair(rows, 'Matched colleagues (controls used)')).toBe(52);
    expect(pair(rows, 'Unmatched participants (no candidate with the same values; combinations on Analyst Detail)')).toBe(3);
  });

  test('the balance table: before and after per level; a suppressed comparison says "fewer than 5" and shows no number', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.balance);
    expect(header).toEqual(['Variable', 'Level', 'Kind', 'Comparison', 'SMD', 'Balanced (|SMD| < 0.1)', 'n participants', 'n comparison']);
    expect(body).toEqual([
      ['Level band', 'Level 1–2', 'matching variable', BALANCE_COMPARISONS.before, 0.25, 'no', 30, 400],
      ['Level band', 'Level 1–2', 'matching variable', BALANCE_COMPARISONS.after, -0.04, 'yes', 27, 52],
      ['Gender', 'Non-binary', 'demographic attribute', BALANCE_COMPARISONS.before, 0.02, 'yes', 30, 400],
      ['Gender', 'Non-binary', 'demographic attribute', BALANCE_COMPARISONS.after, 'fewer than 5', null, null, null],
    ]);
  });

  test('retention: each side, and the difference row equal to participants minus colleagues with ± z·√(V₁ + V₀)', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.retention);
    const [p, c, d] = body;
    expect([p[0], c[0], d[0]]).toEqual([IMPACT_SIDES.participants, IMPACT_SIDES.controls, IMPACT_SIDES.difference]);
    expect(cell(header, p, 'At 12 months')).toBe(0.9);
    expect(cell(header, c, 'At 24 months')).toBe(0.7);
    expect(cell(header, d, 'At 12 months')).toBeCloseTo(0.9 - 0.84, 12);
    expect(cell(header, d, '24m lower')).toBeCloseTo(0.1 - Z * Math.sqrt(0.64 * 0.009 + 0.49 * 0.006), 12);
    expect(cell(header, d, '24m upper')).toBeCloseTo(0.1 + Z * Math.sqrt(0.64 * 0.009 + 0.49 * 0.006), 12);
    expect(cell(header, d, 'Mean months of first 24')).toBe(1.5);
    expect(cell(header, d, 'n')).toBeNull();
    expect(pair(rows, 'p')).toBe(0.1138);
  });

  test('a suppressed effect: one row with "fewer than 5" and no figure, and why', () => {
    const { body } = tableUnder(rows, IMPACT_SECTIONS.promotion);
    expect(body).toHaveLength(1);
    expect(body[0][1]).toBe('fewer than 5');
    expect(body[0].filter((v) => typeof v === 'number')).toEqual([]);
    expect(body[0][body[0].length - 1]).toBe('fewer than 5 people: suppressed (on one side or both)');
    // no rate-ratio table under a suppressed promotion effect
    expect(rows.some((r) => r[1] === 'Rate ratio (participants ÷ colleagues)')).toBe(false);
  });

  test('measures: the difference in differences of each; one suppressed, one not computed with its reason', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.measures);
    const [engagement, quota, sales] = body;
    expect(cell(header, engagement, 'n participants')).toBe(20);
    expect(cell(header, engagement, 'n colleagues')).toBe(31);
    expect(cell(header, engagement, 'Difference in differences')).toBeCloseTo(0.4 - 0.1, 12);
    expect([cell(header, engagement, 'DiD lower (Welch)'), cell(header, engagement, 'DiD upper (Welch)'), cell(header, engagement, 'p (Welch)')]).toEqual([-0.05, 0.65, 0.09]);
    expect(quota).toEqual(['Quota attainment', 'fewer than 5', ...Array(11).fill(null), 'fewer than 5 people: suppressed']);
    expect(sales[0]).toBe('Sales');
    expect(sales.slice(1, -1).every((v) => v === null)).toBe(true);
    expect(sales[sales.length - 1]).toMatch(/^not available: no control has a Sales value/);
  });

  test('no PersonID and no unmatched combination on Metrics Detail', () => {
    const texts = rows.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('Level 9–10'))).toBe(false);
  });
});

describe('Metrics Detail: program impact not available', () => {
  test('matching did not run: one line with the reason, no tables', () => {
    const impact: ImpactResult = {
      matching: { available: false, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' },
      retention: { available: false, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' },
      promotion: { available: false, reason: 'not available: there is no Measures sheet' },
      measures: { available: false, reason: 'not available: there is no Measures sheet' },
    };
    const rows = impactRows(metricsSheet({ ...messy, impact }, []).sheet);
    expect(rows).toEqual([[IMPACT_SECTIONS.impact], ['not available: nobody has an EligibleDate, so nobody can be a control']]);
  });

  test('matching ran, but there is no Measures sheet: promotion and measures each say so', () => {
    const impact: ImpactResult = { ...handBuilt, promotion: { available: false, reason: 'not available: there is no Measures sheet' }, measures: { available: false, reason: 'not available: there is no Measures sheet' } };
    const rows = impactRows(metricsSheet({ ...messy, impact }, []).sheet);
    const after = (heading: string) => rows[rows.findIndex((r) => r[0] === heading) + 1];
    expect(after(IMPACT_SECTIONS.promotion)).toEqual(['not available: there is no Measures sheet']);
    expect(after(IMPACT_SECTIONS.measures)).toEqual(['not available: there is no Measures sheet']);
  });
});

// ----- the sample program: the sheet's figures against formulas written here ---------------------------

describe('Metrics Detail: program impact of the sample program', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
  const rows = impactRows(metricsSheet(report, []).sheet);

  test('matched and unmatched add up to the participants; at most k colleagues per matched participant', () => {
    const participants = num(pair(rows, 'Participants (in the program, started by the as-of date)') as PlanValue);
    const matched = num(pair(rows, 'Matched participants (at least one matched colleague)') as PlanValue);
    const unmatched = num(pair(rows, 'Unmatched participants (no candidate with the same values; combinations on Analyst Detail)') as PlanValue);
    const controls = num(pair(rows, 'Matched colleagues (controls used)') as PlanValue);
    const k = num(pair(rows, 'Controls per participant (1:k, nearest EligibleDate, without replacement)') as PlanValue);
    expect(matched + unmatched).toBe(participants);
    expect(controls).toBeGreaterThanOrEqual(matched);
    expect(controls).toBeLessThanOrEqual(k * matched);
  });

  test('balance: "balanced" is |SMD| < 0.1 on every row shown; after matching, n is the matched participants and colleagues', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.balance);
    const matched = pair(rows, 'Matched participants (at least one matched colleague)');
    const controls = pair(rows, 'Matched colleagues (controls used)');
    expect(body.length).toBeGreaterThan(10);
    for (const r of body) {
      const smd = cell(header, r, 'SMD');
      if (smd === 'fewer than 5') {
        expect(r.slice(5)).toEqual([null, null, null]);
        continue;
      }
      expect({ row: r.slice(0, 4), balanced: cell(header, r, 'Balanced (|SMD| < 0.1)') }).toEqual({ row: r.slice(0, 4), balanced: Math.abs(num(smd)) < 0.1 ? 'yes' : 'no' });
      if (r[3] === BALANCE_COMPARISONS.after && r[1] !== 'mean') expect([cell(header, r, 'n participants'), cell(header, r, 'n comparison')]).toEqual([matched, controls]);
    }
    // the planted selection: participants are more often high-potential, unbalanced before matching, much less after
    const hipo = body.filter((r) => r[0] === 'HighPotential' && r[1] === 'Yes');
    expect(Math.abs(num(hipo[0][4]))).toBeGreaterThan(1);
    expect(Math.abs(num(hipo[1][4]))).toBeLessThan(Math.abs(num(hipo[0][4])) / 5);
  });

  test('retention: the difference is S₁ − S₀; its interval ± z·√(S₁²G₁ + S₀²G₀), G read back from each side’s log-log band', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.retention);
    const [p, c, d] = body;
    for (const [at, lo] of [
      ['At 12 months', '12m lower'],
      ['At 24 months', '24m lower'],
    ] as const) {
      const s1 = num(cell(header, p, at));
      const s0 = num(cell(header, c, at));
      // log-log band: lower = S^exp(z·σ), σ = √G / |ln S|, so G = (ln S · ln(ln lower / ln S) / z)²
      const greenwood = (sv: number, lower: number) => (Math.log(sv) * (Math.log(Math.log(lower) / Math.log(sv)) / Z)) ** 2;
      const g1 = greenwood(s1, num(cell(header, p, lo)));
      const g0 = greenwood(s0, num(cell(header, c, lo)));
      const half = Z * Math.sqrt(s1 * s1 * g1 + s0 * s0 * g0);
      expect(num(cell(header, d, at))).toBeCloseTo(s1 - s0, 12);
      expect(num(cell(header, d, lo))).toBeCloseTo(s1 - s0 - half, 9);
      expect(num(cell(header, d, lo.replace('lower', 'upper')))).toBeCloseTo(s1 - s0 + half, 9);
    }
    expect(num(cell(header, d, 'Mean months of first 24'))).toBeCloseTo(num(cell(header, p, 'Mean months of first 24')) - num(cell(header, c, 'Mean months of first 24')), 12);
    const p12 = num(pair(rows, 'p') as PlanValue);
    expect(p12).toBeGreaterThan(0);
    expect(p12).toBeLessThan(1);
  });

  test('promotion: the differences are F₁ − F₀; rate = promotions ÷ person-years; the rate ratio and exp(ln RR ± z·√(1/a + 1/b))', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.promotion);
    const [p, c, d] = body;
    expect(num(cell(header, d, 'By 12 months'))).toBeCloseTo(num(cell(header, p, 'By 12 months')) - num(cell(header, c, 'By 12 months')), 12);
    expect(num(cell(header, d, 'By 24 months'))).toBeCloseTo(num(cell(header, p, 'By 24 months')) - num(cell(header, c, 'By 24 months')), 12);
    // the interval is symmetric about the difference (± z·√(V₁ + V₀))
    const mid = (num(cell(header, d, '24m lower')) + num(cell(header, d, '24m upper'))) / 2;
    expect(mid).toBeCloseTo(num(cell(header, d, 'By 24 months')), 12);
    // every side adds up: promoted + left before promotion + neither = n
    for (const side of [p, c]) expect(num(cell(header, side, 'Promoted')) + num(cell(header, side, 'Left before promotion')) + num(cell(header, side, 'Neither yet'))).toBe(cell(header, side, 'n'));
    const rate = (side: PlanValue[]) => num(cell(header, side, 'Promotions in first 24 months')) / num(cell(header, side, 'Person-years in first 24 months'));
    expect(num(cell(header, p, 'Promotions per person-year'))).toBeCloseTo(rate(p), 12);
    const rr = rows[rows.findIndex((r) => r[1] === 'Rate ratio (participants ÷ colleagues)') + 1];
    const a = num(cell(header, p, 'Promotions in first 24 months'));
    const b = num(cell(header, c, 'Promotions in first 24 months'));
    expect(num(rr[1])).toBeCloseTo(rate(p) / rate(c), 12);
    expect(num(rr[2])).toBeCloseTo(Math.exp(Math.log(rate(p) / rate(c)) - Z * Math.sqrt(1 / a + 1 / b)), 9);
    expect(num(rr[3])).toBeCloseTo(Math.exp(Math.log(rate(p) / rate(c)) + Z * Math.sqrt(1 / a + 1 / b)), 9);
    // the planted effect (promotion rate ×1.8 after ProgramStart) shows
    expect(num(rr[2])).toBeGreaterThan(1);
  });

  test('measures: the difference in differences is the participants’ mean change minus the colleagues’; its Welch interval is about it', () => {
    const { header, body } = tableUnder(rows, IMPACT_SECTIONS.measures);
    const rating = body.find((r) => r[0] === 'Performance rating')!;
    const did = num(cell(header, rating, 'Difference in differences'));
    expect(did).toBeCloseTo(num(cell(header, rating, 'Mean change, participants')) - num(cell(header, rating, 'Mean change, colleagues')), 12);
    expect((num(cell(header, rating, 'DiD lower (Welch)')) + num(cell(header, rating, 'DiD upper (Welch)'))) / 2).toBeCloseTo(did, 12);
    // Welch's interval is wider than either side's alone would make it: its half-width exceeds each side's t half-width × 0.9
    const sideHalf = (lo: string, hi: string) => (num(cell(header, rating, hi)) - num(cell(header, rating, lo))) / 2;
    const didHalf = sideHalf('DiD lower (Welch)', 'DiD upper (Welch)');
    expect(didHalf).toBeGreaterThan(sideHalf('Participants lower', 'Participants upper'));
    expect(didHalf).toBeGreaterThan(sideHalf('Colleagues lower', 'Colleagues upper'));
  });

  test('no PersonID on the section', () => {
    const ids = new Set(
      (sample.sheets.find((x) => x.name === 'Participants')!.values.slice(1) as CellValue[][]).map((r) => r[0]).filter((v): v is string => typeof v === 'string'),
    );
    expect(ids.size).toBeGreaterThan(1000);
    expect(rows.flat().filter((v) => typeof v === 'string' && ids.has(v))).toEqual([]);
  });
});
