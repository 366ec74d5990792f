import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import type { ProgramData } from '../model/program';
import type { Participant } from '../model/records';
import { generateSample } from '../sample/generateSample';
import { periodFigures } from './periodFigures';
import { kaplanMeier } from '../stats/kaplanMeier';
import { computeRetention, retentionGap } from './retention';
import type { NotAvailable, RetentionResult } from './metricResults';

const A = dayFromIso('2026-01-01');
const Z = 1.959964;

function person(id: string, fields: Partial<Participant>): Participant {
  return { row: 2, personId: id, inProgram: fields.programStart !== undefined, attributes: {}, ...fields };
}

function program(participants: Participant[], columns: string[]): ProgramData {
  return {
    participants,
    mentors: [],
    pairings: [],
    rotations: [],
    surveys: [],
    measures: [],
    preferences: [],
    attributes: [...new Set(participants.flatMap((p) => Object.keys(p.attributes)))],
    sheetNames: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys', Measures: undefined, Preferences: undefined },
    columns: { Participants: ['PersonID', ...columns], Mentors: [], Pairings: [], Rotations: [], Surveys: [], Measures: [], Preferences: [] },
    dateSystem: '1900',
    asOf: A,
  };
}

const available = (r: RetentionResult | NotAvailable): RetentionResult => {
  if ('available' in r) throw new Error(r.reason);
  return r;
};

describe('retention, derived by hand', () => {
  // P1: 365 days then leaves (regrettable); P2: 730 days, still here; P3: 400 days, leaves after A
  // (censored at A); P4: 100 days; P5 starts after A (left out). Comparison: C1 500 days, leaves;
  // C2 600 days, still here.
  const data = program(
    [
      person('P1', { programStart: A - 730, exitDate: A - 365, regrettable: true, track: 'T1' }),
      person('P2', { programStart: A - 730, track: 'T1' }),
      person('P3', { programStart: A - 400, exitDate: A + 10, track: 'T2' }),
      person('P4', { programStart: A - 100, track: 'T2' }),
      person('P5', { programStart: A + 5, track: 'T2' }),
      person('C1', { eligibleDate: A - 900, exitDate: A - 400 }),
      person('C2', { eligibleDate: A - 600 }),
    ],
    ['ProgramStart', 'EligibleDate', 'ExitDate', 'Regrettable', 'Track'],
  );
  const r = available(computeRetention(data, A));

  test('n, events and the curve: one event at 365 days with 3 at risk', () => {
    expect(r.participants.n).toBe(4);
    expect(r.participants.events).toBe(1);
    expect(r.participants.curve).toHaveLength(1);
    const [step] = r.participants.curve;
    expect(step.months).toBeCloseTo(365 / 30.4375, 12);
    expect(step.atRisk).toBe(3);
    expect(step.survival).toBeCloseTo(2 / 3, 12);
  });

  test('S at 12 months (365.25 days) with the log-log band', () => {
    // G = d/(n(n−d)) = 1/(3·2); bounds exp(−exp(ln(−ln S) ∓ z√G/ln S))
    const S = 2 / 3;
    const G = 1 / 6;
    const b1 = Math.exp(-Math.exp(Math.log(-Math.log(S)) - (Z * Math.sqrt(G)) / Math.log(S)));
    const b2 = Math.exp(-Math.exp(Math.log(-Math.log(S)) + (Z * Math.sqrt(G)) / Math.log(S)));
    expect(r.participants.at12.value).toBeCloseTo(S, 12);
    expect(r.participants.at12.lower).toBeCloseTo(Math.min(b1, b2), 9);
    expect(r.participants.at12.upper).toBeCloseTo(Math.max(b1, b2), 9);
  });

  test('beyond the longest follow-up nothing is estimated: 730 days < 24 months', () => {
    expect(r.participants.followUpMonths).toBeCloseTo(730 / 30.4375, 12);
    expect(r.participants.at24).toMatchObject({ value: null, lower: null, upper: null });
    expect(r.participants.at24.reason).toMatch(/24 months/);
    expect(r.participants.rmst24).toBeNull();
    expect(r.participants.medianMonths).toBeNull(); // S never reaches 0.5
  });

  test('comparison pool from EligibleDate, and the log-rank test between the two', () => {
    const c = r.comparison as RetentionResult['participants'];
    expect(c.n).toBe(2);
    expect(c.events).toBe(1);
    expect(c.curve[0]).toMatchObject({ atRisk: 2, survival: 0.5 });
    expect(c.medianMonths).toBeCloseTo(500 / 30.4375, 12);
    // pooled event times 365 d (P1) and 500 d (C1):
    // at 365: n1=3 (P1,P2,P3), n=5 (+C1 500, C2 600), d=1 from P → O−E = 1 − 3/5; V = (3/5)(2/5) = 0.24
    // at 500: n1=1 (P2 730), n=3 (P2, C1, C2), d=1 from C → O−E = 0 − 1/3; V = (1/3)(2/3) = 2/9
    const oMinusE = 1 - 3 / 5 - 1 / 3;
    const v = 0.24 + 2 / 9;
    const lr = r.logRank as { chi2: number; p: number };
    expect(lr.chi2).toBeCloseTo((oMinusE * oMinusE) / v, 10);
  });

  test('regrettable retention uses the Regrettable column; other exits are censored', () => {
    const reg = r.regrettable as Exclude<RetentionResult['regrettable'], NotAvailable>;
    expect(reg.definition).toBe('Regrettable');
    expect(reg.participants.events).toBe(1);
    expect((reg.comparison as { events: number }).events).toBe(0); // C1 left, not regrettable
  });

  test('without a Regrettable column, regrettable means a voluntary exit', () => {
    const d = program(
      [
        person('P1', { programStart: A - 400, exitDate: A - 100, exitType: 'Voluntary' }),
        person('P2', { programStart: A - 400, exitDate: A - 50, exitType: 'Involuntary' }),
      ],
      ['ProgramStart', 'ExitDate', 'ExitType'],
    );
    const reg = available(computeRetention(d, A)).regrettable as Exclude<RetentionResult['regrettable'], NotAvailable>;
    expect(reg.definition).toBe('ExitType Voluntary');
    expect(reg.participants.events).toBe(1);
  });

  test('segments of participants by Track, each with its n', () => {
    expect(r.segments.map((s) => [s.attribute, s.group, s.n, s.events])).toEqual([
      ['Track', 'T1', 2, 1],
      ['Track', 'T2', 2, 0], // P5 has not started
    ]);
  });
});

describe('period figures (standard HR forms)', () => {
  test('retention rate, exits, turnover and its annualised form', () => {
    const p0 = dayFromIso('2025-01-01');
    const p1 = dayFromIso('2025-12-31');
    const people = [
      person('a', { programStart: p0 - 10 }), // employed at both ends
      person('b', { programStart: p0 - 10, exitDate: p0 + 100 }), // left in the period
      person('c', { programStart: p0 + 50 }), // joined in the period
      person('d', { programStart: p0 - 10, exitDate: p0 }), // left on P0: not employed at P0, not an exit of the period
    ];
    const f = periodFigures(people, 'year', p0, p1);
    expect(f).toMatchObject({ employedAtStart: 2, employedAtEnd: 2, exits: 1, retentionRate: 0.5 });
    expect(f.turnoverRate).toBeCloseTo(1 / 2, 12); // 1 ÷ ((2 + 2) / 2)
    expect(f.annualisedTurnover).toBeCloseTo((0.5 * 365.25) / 364, 12);
  });
});

describe('not available, and why', () => {
  test('no ProgramStart column', () => {
    const r = computeRetention(program([person('P1', { eligibleDate: A - 10 })], ['EligibleDate']), A);
    expect(r).toEqual({ available: false, reason: expect.stringMatching(/no ProgramStart column/) });
  });
  test('no EligibleDate column: participants computed, comparison and log-rank say why not', () => {
    const r = available(computeRetention(program([person('P1', { programStart: A - 10 })], ['ProgramStart']), A));
    expect(r.participants.n).toBe(1);
    expect(r.comparison).toEqual({ available: false, reason: expect.stringMatching(/no EligibleDate column/) });
    expect(r.logRank).toEqual(r.comparison);
  });
});

describe('the sample program (planted finding 1)', () => {
  test('participants retain better than the comparison pool, log-rank p < 0.05', () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const { data } = intake(sample.sheets, { asOf: sample.asOf });
    const r = available(computeRetention(data, sample.asOf));
    const comparison = r.comparison as RetentionResult['participants'];
    expect(r.participants.at12.value!).toBeGreaterThan(comparison.at12.value!);
    expect((r.logRank as { p: number }).p).toBeLessThan(0.05);
    expect(r.participants.n).toBe(data.participants.filter((p) => p.inProgram && p.programStart! <= sample.asOf).length);
    expect(r.segments.map((s) => s.attribute)).toEqual(expect.arrayContaining(['Cohort', 'Track', 'BusinessUnit', 'Gender', 'Ethnicity']));
    for (const s of r.segments) expect(s.n).toBeGreaterThan(0);
  });
});

describe('the gap at 12 months: participants minus comparison pool', () => {
  test('derived by hand from two small curves', () => {
    // participants: 4, one leaves at 6 months → S_p(12) = 3/4, Var = (3/4)² · 1/(4 · 3) = 3/64
    // comparison: 2, one leaves at 3 months → S_c(12) = 1/2, Var = (1/2)² · 1/(2 · 1) = 1/8
    const gap = retentionGap(kaplanMeier([6, 13, 13, 13], [1, 0, 0, 0]), kaplanMeier([3, 14], [1, 0]), 12);
    const se = Math.sqrt(3 / 64 + 1 / 8);
    expect(gap.n).toBe(2);
    expect(gap.value).toBeCloseTo(0.25, 15);
    expect(gap.lower).toBeCloseTo(0.25 - Z * se, 12);
    expect(gap.upper).toBeCloseTo(0.25 + Z * se, 12);
  });

  test('not estimated when either population was followed less than 12 months', () => {
    const gap = retentionGap(kaplanMeier([13, 13], [0, 0]), kaplanMeier([3, 11], [1, 0]), 12);
    expect(gap.value).toBeNull();
    expect(gap.reason).toMatch(/followed/);
  });
});
