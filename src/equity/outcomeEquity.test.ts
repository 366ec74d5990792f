import { intake } from '../intake/intake';
import type { Participant } from '../model/records';
import { generateSample } from '../sample/generateSample';
import { Z95 } from '../stats';
import { A, answer, d, participant, poolPerson, program } from './accessFixture.test-helpers';
import { computeOutcomeEquity } from './outcomeEquity';
import type { OutcomeEquity } from './equityResults';

// Everyone started 800 days before A (26.3 months of follow-up). Team X (5), Y (6), Z (3).
// X: x1 leaves at day 100; x2 ready at day 180; x3 ready at day 300.
// Y: y1 leaves at day 400 (after 12 months: not in S(12), censored at 12 months in the log-rank test);
//    y2 ready at day 200; y6's ReadyDate is before ProgramStart (left out of time-to-readiness).
const start = A - 800;
const on = (day: number) => start + day;
const team = (t: string, n: number, more: Record<number, Partial<Participant>> = {}) =>
  Array.from({ length: n }, (_, i) => participant(`${t.toLowerCase()}${i + 1}`, { Team: t }, { programStart: start, ...more[i + 1] }));
const people = [
  ...team('X', 5, { 1: { exitDate: on(100) }, 2: { readyDate: on(180) }, 3: { readyDate: on(300) } }),
  ...team('Y', 6, { 1: { exitDate: on(400) }, 2: { readyDate: on(200) }, 6: { readyDate: start - 5, excludedFromReadiness: true } }),
  ...team('Z', 3),
  poolPerson('pool1', { Team: 'X' }),
];

// Mentee satisfaction, window = the quarter containing A (2026-04-01 .. 2026-06-30):
// X: x1 4 and 5, x2 3, x3 4, x4 4, x5 4 → 6 answers, mean 4, s² = (0+1+1+0+0+0)/5 = 0.4;
// Y: y1..y5 5 each (y1 once more with no RespondentRole) → mean 5, s = 0; Z: z1..z3 (3 respondents).
const surveys = [
  answer('x1', 'Mentee satisfaction', 4),
  answer('x1', 'Mentee satisfaction', 5),
  answer('x2', 'Mentee satisfaction', 3),
  answer('x3', 'Mentee satisfaction', 4),
  answer('x4', 'Mentee satisfaction', 4),
  answer('x5', 'Mentee satisfaction', 4),
  ...['y1', 'y2', 'y3', 'y4', 'y5'].map((id) => answer(id, 'Mentee satisfaction', 5)),
  answer('y1', 'Mentee satisfaction', 5, { respondentRole: undefined }),
  ...['z1', 'z2', 'z3'].map((id) => answer(id, 'Mentee satisfaction', 2)),
  // not counted:
  answer('x1', 'Mentee satisfaction', 1, { date: d('2026-03-31') }), // previous quarter
  answer('x2', 'Mentee satisfaction', 1, { date: A + 1 }), // after A
  answer('x2', 'Climate', 1), // not a mentee instrument
  answer('x3', 'Mentee satisfaction', 1, { respondentRole: 'Mentor' }), // not a mentee
  answer('pool1', 'Mentee satisfaction', 1), // not a participant
  answer('x4', 'Mentee NPS', 0, { scaleMax: 10 }), // another scale: the most common one (5) is used
];

const COLUMNS = { Participants: ['PersonID', 'InProgram', 'ProgramStart', 'EligibleDate', 'ExitDate', 'ReadyDate'] };
const data = program({ participants: people, surveys }, COLUMNS);
const { outcomes, outcomeTests } = computeOutcomeEquity(data, A, 5);

const find = (list: readonly OutcomeEquity[], outcome: OutcomeEquity['outcome'], g: string) => {
  const row = list.find((o) => o.outcome === outcome && o.attribute === 'Team' && o.group === g);
  if (!row) throw new Error(`no ${outcome} row for ${g}`);
  return row;
};

describe('Retention at 12 months (Kaplan–Meier), by hand', () => {
  test('X: one exit of 5 before 12 months → S(12) = 4/5 with the log-log band', () => {
    const x = find(outcomes, 'Retention at 12 months', 'X');
    // G = d/(n(n−d)) = 1/(5·4); bounds exp(−exp(ln(−ln S) ∓ z√G/ln S))
    const S = 0.8;
    const G = 1 / 20;
    const b1 = Math.exp(-Math.exp(Math.log(-Math.log(S)) - (Z95 * Math.sqrt(G)) / Math.log(S)));
    const b2 = Math.exp(-Math.exp(Math.log(-Math.log(S)) + (Z95 * Math.sqrt(G)) / Math.log(S)));
    expect(x.n).toBe(5);
    expect(x.value).toBeCloseTo(S, 12);
    expect(x.lower).toBeCloseTo(Math.min(b1, b2), 9);
    expect(x.upper).toBeCloseTo(Math.max(b1, b2), 9);
  });

  test('Y: the exit at day 400 is after 12 months → S(12) = 1, band [1, 1]; the best group; X is 0.2 behind', () => {
    expect(find(outcomes, 'Retention at 12 months', 'Y')).toMatchObject({ n: 6, value: 1, lower: 1, upper: 1, gapToBest: 0, best: 'Y', reason: 'best group' });
    const x = find(outcomes, 'Retention at 12 months', 'X');
    expect(x.best).toBe('Y');
    expect(x.gapToBest).toBeCloseTo(0.2, 12);
    expect(x.reason).toBe('20.0 percentage points below Y');
  });

  test('Z (3 people) is included with its n and no figures', () => {
    expect(find(outcomes, 'Retention at 12 months', 'Z')).toMatchObject({
      n: 3,
      value: null,
      lower: null,
      upper: null,
      gapToBest: null,
      reason: 'fewer than 5 people: suppressed',
    });
  });

  test('log-rank of 12-month retention across X and Y (Z too small), by hand', () => {
    // one event time within 12 months: day 100 (X). At risk: X 5, Y 6, n = 11, d = 1.
    // E_X = 5/11; V = d (n_X/n)(1 − n_X/n)(n − d)/(n − 1) = (5/11)(6/11) = 30/121.
    // χ² = (1 − 5/11)² / (30/121) = (36/121)/(30/121) = 1.2 (y1's exit at day 400 is censored at 12 months).
    expect(outcomeTests).toHaveLength(1);
    const lr = outcomeTests[0];
    expect(lr).toMatchObject({ attribute: 'Team', groups: 2, df: 1 });
    expect(lr.chi2).toBeCloseTo(1.2, 10);
    expect(lr.p!).toBeCloseTo(0.2733217, 6); // R: pchisq(1.2, 1, lower.tail = FALSE)
  });
});

describe('Ready by 24 months (Aalen–Johansen), by hand', () => {
  test('X: left at 100 (competing), ready at 180 and 300 → F(24) = 0.8·1/4 + 0.6·1/3 = 0.4', () => {
    // after the leaver S = 4/5; at 180: n = 4 → F += 0.8/4 = 0.2, S = 0.6; at 300: n = 3 → F += 0.6/3 = 0.2
    const x = find(outcomes, 'Ready by 24 months', 'X');
    expect(x.n).toBe(5);
    expect(x.value).toBeCloseTo(0.4, 12);
    expect(x.lower!).toBeLessThan(0.4);
    expect(x.upper!).toBeGreaterThan(0.4);
    expect(x).toMatchObject({ best: 'X', gapToBest: 0 });
  });

  test('Y: y6 is left out (ReadyDate before ProgramStart), so n = 5; one ready at 200 → F(24) = 1/5', () => {
    const y = find(outcomes, 'Ready by 24 months', 'Y');
    expect(y.n).toBe(5);
    expect(y.value).toBeCloseTo(0.2, 12);
    expect(y.gapToBest).toBeCloseTo(0.2, 12);
  });
});

describe('Mentee satisfaction in the current quarter, by hand', () => {
  test('X: 5 respondents, 6 answers [4, 5, 3, 4, 4, 4]: mean 4 ± t(0.975, 5) · s/√6', () => {
    const x = find(outcomes, 'Mentee satisfaction', 'X');
    const half = (2.570582 * Math.sqrt(0.4)) / Math.sqrt(6); // t_{0.975,5} = 2.570582
    expect(x.n).toBe(5);
    expect(x.value).toBeCloseTo(4, 12);
    expect(x.lower).toBeCloseTo(4 - half, 5);
    expect(x.upper).toBeCloseTo(4 + half, 5);
    expect(x).toMatchObject({ best: 'Y', reason: '1.00 points below Y' });
    expect(x.gapToBest).toBeCloseTo(1, 12);
  });

  test('Y: 5 respondents (an answer with no role counts), all 5 → mean 5; Z: 3 respondents, suppressed', () => {
    expect(find(outcomes, 'Mentee satisfaction', 'Y')).toMatchObject({ n: 5, value: 5, lower: 5, upper: 5, gapToBest: 0, best: 'Y' });
    expect(find(outcomes, 'Mentee satisfaction', 'Z')).toMatchObject({ n: 3, value: null, reason: 'fewer than 5 respondents: suppressed' });
  });
});

describe('what is not available, and groups that cannot be compared', () => {
  test('no ReadyDate column: no readiness rows; no Surveys sheet: no satisfaction rows', () => {
    const r = computeOutcomeEquity(program({ participants: people, surveys }, { Participants: ['PersonID', 'ProgramStart', 'ExitDate'], Surveys: [] }), A, 5);
    expect([...new Set(r.outcomes.map((o) => o.outcome))]).toEqual(['Retention at 12 months']);
  });

  test('no ProgramStart column: nothing', () => {
    expect(computeOutcomeEquity(program({ participants: people }, { Participants: ['PersonID'] }), A, 5)).toEqual({ outcomes: [], outcomeTests: [] });
  });

  test('one group of n ≥ k: no best, no gap, no log-rank test', () => {
    const only = computeOutcomeEquity(program({ participants: people.filter((p) => p.attributes.Team !== 'Y'), surveys: [] }, { ...COLUMNS, Surveys: [] }), A, 5);
    expect(find(only.outcomes, 'Retention at 12 months', 'X')).toMatchObject({ best: null, gapToBest: null, reason: 'no other group to compare with' });
    expect(only.outcomeTests).toEqual([]);
  });

  test('a group not followed for 12 months yet: value null with the reason', () => {
    const recent = [
      ...people.filter((p) => p.attributes.Team === 'X'),
      ...Array.from({ length: 5 }, (_, i) => participant(`r${i}`, { Team: 'R' }, { programStart: A - 100 })),
    ];
    const r = computeOutcomeEquity(program({ participants: recent }, COLUMNS), A, 5);
    const row = find(r.outcomes, 'Retention at 12 months', 'R');
    expect(row).toMatchObject({ n: 5, value: null, gapToBest: null });
    expect(row.reason).toMatch(/12 months/);
  });
});

describe('the standard sample (seed 42)', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const { data: sampleData } = intake(sample.sheets, { asOf: sample.asOf });
  const r = computeOutcomeEquity(sampleData, sample.asOf, 5);

  test('three outcomes for each attribute; a log-rank test for each attribute', () => {
    expect([...new Set(r.outcomes.map((o) => o.outcome))]).toEqual(['Retention at 12 months', 'Ready by 24 months', 'Mentee satisfaction']);
    expect(r.outcomeTests.map((t) => t.attribute)).toEqual(['Gender', 'Ethnicity', 'BusinessUnit', 'Location', 'Level band']);
    for (const t of r.outcomeTests) expect(t.df).toBe(t.groups - 1);
  });

  test('every group of n ≥ k with a value has a gap ≥ 0 to the best; small groups have no figures', () => {
    for (const o of r.outcomes) {
      if (o.n < 5) expect([o.value, o.lower, o.upper, o.gapToBest]).toEqual([null, null, null, null]);
      else if (o.value !== null && o.best !== null) expect(o.gapToBest!).toBeGreaterThanOrEqual(0);
    }
  });

  test('retention does not depend on any attribute in the sample: no log-rank test is significant', () => {
    for (const t of r.outcomeTests) expect(t.p!).toBeGreaterThan(0.05);
  });
});
