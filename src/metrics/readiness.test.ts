import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Pairing, PairingRole, Participant, Rotation } from '../model/records';
import { generateSample } from '../sample/generateSample';
import { computeReadiness } from './readiness';
import type { NotAvailable, ReadinessResult, ReadinessSummary } from './metricResults';

const A = dayFromIso('2026-01-01');
const Z = 1.959964;
const M = 30.4375; // days per month

// ---------------------------------------------------------------------------------------------------
// A tiny builder of ProgramData

function person(id: string, fields: Partial<Participant>): Participant {
  return { row: 2, personId: id, inProgram: fields.programStart !== undefined, attributes: {}, ...fields };
}

function pairing(personId: string, role: PairingRole, start: Day): Pairing {
  return { row: 2, personId, mentorId: `M-${role}`, role, start };
}

function rotation(personId: string, fn: string, start: Day, fields: Partial<Rotation> = {}): Rotation {
  return { row: 2, personId, function: fn, start, ...fields };
}

const PARTICIPANT_COLUMNS = ['ProgramStart', 'ExitDate', 'ReadyDate', 'ReadinessRating', 'TargetRole', 'Track', 'Cohort'];

function program(
  participants: Participant[],
  more: { columns?: string[]; pairings?: Pairing[]; rotations?: Rotation[] } = {},
): ProgramData {
  return {
    participants,
    mentors: [],
    pairings: more.pairings ?? [],
    rotations: more.rotations ?? [],
    surveys: [],
    measures: [],
    preferences: [],
    attributes: [],
    sheetNames: { Participants: 'Participants', Mentors: 'Mentors', Pairings: 'Pairings', Rotations: 'Rotations', Surveys: 'Surveys', Measures: undefined, Preferences: undefined },
    columns: {
      Participants: ['PersonID', ...(more.columns ?? PARTICIPANT_COLUMNS)],
      Mentors: [],
      Pairings: more.pairings ? ['PersonID', 'MentorID', 'Role', 'Start', 'End'] : [],
      Rotations: more.rotations ? ['PersonID', 'Function', 'Start', 'End', 'CheckpointDate', 'Status'] : [],
      Surveys: [],
      Measures: [],
      Preferences: [],
    },
    dateSystem: '1900',
    asOf: A,
  };
}

const available = (r: ReadinessResult | NotAvailable): ReadinessResult => {
  if ('available' in r) throw new Error(r.reason);
  return r;
};

/** the log(−log) interval exp(−exp(ln(−ln F) ± z·√V/(F |ln F|))), written out independently */
function interval(f: number, v: number): [number, number] {
  const se = Math.sqrt(v) / (f * Math.abs(Math.log(f)));
  const a = Math.exp(-Math.exp(Math.log(-Math.log(f)) + Z * se));
  const b = Math.exp(-Math.exp(Math.log(-Math.log(f)) - Z * se));
  return [Math.min(a, b), Math.max(a, b)];
}

function segment(r: ReadinessResult, attribute: string, group: string): ReadinessSummary {
  const s = r.segments.find((x) => x.attribute === attribute && x.group === group);
  if (!s) throw new Error(`no segment ${attribute} = ${group}`);
  return s;
}

// ---------------------------------------------------------------------------------------------------

describe('time-to-readiness: the reference table of cumulativeIncidence.json as participants', () => {
  const reference = JSON.parse(readFileSync(join(__dirname, '..', 'stats', 'reference', 'cumulativeIncidence.json'), 'utf8')) as {
    time: number[];
    cause: number[];
    expected: { time: number; atRisk: number; ready: number; left: number; cumulative: number }[];
  };
  // Each time t (months) becomes a whole number of days, round(t · 30.4375): 2 → 61, 3 → 91, 5 → 152,
  // 6 → 183, 7 → 213, 9 → 274, 10 → 304, 12 → 365, 15 → 457 days: the order and the ties are kept,
  // so the cumulative incidence is the reference's. Ready (cause 1): ProgramStart A − 600, ReadyDate
  // that many days later; left (2): the same with ExitDate; in development (0): ProgramStart that many
  // days before A.
  const days = (t: number) => Math.round(t * M);
  const participants = reference.time.map((t, i) => {
    const c = reference.cause[i];
    if (c === 1) return person(`R${i}`, { programStart: A - 600, readyDate: A - 600 + days(t) });
    if (c === 2) return person(`R${i}`, { programStart: A - 600, exitDate: A - 600 + days(t) });
    return person(`R${i}`, { programStart: A - days(t) });
  });
  const r = available(computeReadiness(program(participants), A));

  test('the curve: every step of the reference (at risk, ready, left, F to 1e-9), times in months from days', () => {
    expect(r.curve).toHaveLength(reference.expected.length);
    r.curve.forEach((p, i) => {
      const e = reference.expected[i];
      expect([p.atRisk, p.ready, p.left]).toEqual([e.atRisk, e.ready, e.left]);
      expect(p.months).toBe(days(e.time) / M);
      expect(Math.abs(p.cumulative - e.cumulative)).toBeLessThan(1e-9);
    });
  });

  test('counts, follow-up, F(12) with its interval, F(24) not estimated, no median', () => {
    // 5 ready, 3 left, 4 still in development; the longest follow-up is 457 days
    expect([r.n, r.ready, r.leftBeforeReady, r.inDevelopment]).toEqual([12, 5, 3, 4]);
    expect(r.followUpMonths).toBe(457 / M);
    // the ready at 365 days (11.99 months) is inside 12 months: F(12) = 53/108 = 0.4907…
    expect(r.at12.value).toBeCloseTo(53 / 108, 12);
    expect(r.at12.lower!).toBeGreaterThan(0);
    expect(r.at12.lower!).toBeLessThan(r.at12.value!);
    expect(r.at12.upper!).toBeGreaterThan(r.at12.value!);
    expect(r.at12.upper!).toBeLessThan(1);
    // 15.0 months of follow-up: nothing at 24 months
    expect(r.at24).toMatchObject({ value: null, lower: null, upper: null });
    expect(r.at24.reason).toMatch(/24 months/);
    // F ends at 0.4907 < 0.5
    expect(r.medianMonths).toBeNull();
  });
});

describe('time-to-readiness: which event counts, and who is in the population', () => {
  // All from ProgramStart A − 400:
  //   R1 ready at A − 100                                    → ready at 300 days
  //   R2 ReadyDate A + 30 (after A), no exit                → in development, censored at 400 days
  //   R3 exit A − 200 but ReadyDate A − 100 ≤ A            → ready at 300 days (the spec literally)
  //   R4 ReadyDate A + 30, exit A − 50                      → left before ready at 350 days
  //   R5 ReadyDate before ProgramStart (flagged by intake)  → left out
  //   R6 the same, not flagged (hand-built data)            → left out too
  //   R8 exit A + 20 (after A)                              → in development, censored at 400 days
  //   R7 starts after A; C1 is in the comparison pool        → left out
  const data = program([
    person('R1', { programStart: A - 400, readyDate: A - 100 }),
    person('R2', { programStart: A - 400, readyDate: A + 30 }),
    person('R3', { programStart: A - 400, exitDate: A - 200, readyDate: A - 100 }),
    person('R4', { programStart: A - 400, exitDate: A - 50, readyDate: A + 30 }),
    person('R5', { programStart: A - 400, readyDate: A - 500, excludedFromReadiness: true }),
    person('R6', { programStart: A - 400, readyDate: A - 401 }),
    person('R7', { programStart: A + 10, readyDate: A + 20 }),
    person('R8', { programStart: A - 400, exitDate: A + 20 }),
    person('C1', { inProgram: false, eligibleDate: A - 400, readyDate: A - 100 }),
  ]);
  const r = available(computeReadiness(data, A));

  test('n and counts: 5 in the population, 2 ready, 1 left before ready, 2 in development', () => {
    expect([r.n, r.ready, r.leftBeforeReady, r.inDevelopment]).toEqual([5, 2, 1, 2]);
    expect(r.followUpMonths).toBe(400 / M);
  });

  test('the curve by hand', () => {
    // 300 days: n 5, 2 ready → F = 2/5, S = 3/5; 350 days: n 3, 1 left → F stays 2/5, S = 2/5
    expect(r.curve).toEqual([
      { months: 300 / M, atRisk: 5, ready: 2, left: 0, cumulative: expect.closeTo(0.4, 15) },
      { months: 350 / M, atRisk: 3, ready: 0, left: 1, cumulative: expect.closeTo(0.4, 15) },
    ]);
    expect(r.medianMonths).toBeNull();
  });

  test('F(12) = 2/5 with the delta-method interval: Var = S(0)² d1 (n − d1)/n³ = 2·3/125 (the gap terms are 0)', () => {
    // at 300 days F(12) − F(t_1) = 0; at 350 days the gap is 0 and no one became ready there
    const [lower, upper] = interval(0.4, 6 / 125);
    expect(r.at12.value).toBeCloseTo(0.4, 15);
    expect(r.at12.lower).toBeCloseTo(lower, 12);
    expect(r.at12.upper).toBeCloseTo(upper, 12);
    expect(r.at24.value).toBeNull(); // 13.1 months of follow-up
  });
});

describe('time-to-readiness: the median', () => {
  test('ready at 100 and 200 days, left at 150, in development 400 days: F reaches 1/2 at 200 days', () => {
    // 100: n 4, ready → F = 1/4, S = 3/4; 150: n 3, left → S = 1/2; 200: n 2, ready → F = 1/4 + (1/2)(1/2) = 1/2
    const r = available(
      computeReadiness(
        program([
          person('P1', { programStart: A - 400, readyDate: A - 300 }),
          person('P2', { programStart: A - 400, exitDate: A - 250 }),
          person('P3', { programStart: A - 400, readyDate: A - 200 }),
          person('P4', { programStart: A - 400 }),
        ]),
        A,
      ),
    );
    expect(r.curve.map((p) => p.cumulative)).toEqual([0.25, 0.25, 0.5].map((x) => expect.closeTo(x, 15)));
    expect(r.medianMonths).toBe(200 / M);
  });
});

describe('time-to-readiness: segments', () => {
  // Everyone starts at A − 500.
  //   P1 Finance 2024, ready at 100 days; Coach pairing; rotations: Completed, and blank Status with End ≤ A → 2
  //   P2 Finance 2025, left at 200 days; Sponsor pairing; one rotation, blank Status, End ≤ A       → 1
  //   P3 Sales 2024, in development (500 days); a Coach pairing starting after A (not yet);
  //      rotations: Completed but End after A, Cancelled, one starting after A                      → 0
  //   P4 (no Track) 2025, ready at 300 days; a Mentor pairing only; one rotation on two checkpoint
  //      rows, Active then Completed (latest checkpoint wins), counted once; one Planned            → 1
  //   P5 Sales 2024, ready at 50 days; Coach and Sponsor pairings; no rotations                    → 0
  //   P6 starts after A (not in the population) with a Coach pairing
  const s = A - 500;
  const data = program(
    [
      person('P1', { programStart: s, readyDate: s + 100, track: 'Finance', cohort: '2024' }),
      person('P2', { programStart: s, exitDate: s + 200, track: 'Finance', cohort: '2025' }),
      person('P3', { programStart: s, track: 'Sales', cohort: '2024' }),
      person('P4', { programStart: s, readyDate: s + 300, cohort: '2025' }),
      person('P5', { programStart: s, readyDate: s + 50, track: 'Sales', cohort: '2024' }),
      person('P6', { programStart: A + 10, track: 'Sales', cohort: '2026' }),
    ],
    {
      pairings: [
        pairing('P1', 'Coach', A - 450),
        pairing('P2', 'Sponsor', A - 400),
        pairing('P3', 'Coach', A + 5),
        pairing('P4', 'Mentor', A - 400),
        pairing('P5', 'Coach', A - 480),
        pairing('P5', 'Sponsor', A - 300),
        pairing('P6', 'Coach', A - 10),
      ],
      rotations: [
        rotation('P1', 'Finance', A - 400, { end: A - 300, status: 'Completed' }),
        rotation('P1', 'Sales', A - 250, { end: A - 100 }),
        rotation('P2', 'Operations', A - 300, { end: A - 10 }),
        rotation('P3', 'Operations', A - 300, { end: A + 40, status: 'Completed' }),
        rotation('P3', 'Finance', A - 200, { end: A - 100, status: 'Cancelled' }),
        rotation('P3', 'HR', A + 20, { end: A + 50 }),
        rotation('P4', 'HR', A - 300, { end: A - 200, checkpointDate: A - 280, status: 'Active' }),
        rotation('P4', 'HR', A - 300, { end: A - 200, checkpointDate: A - 210, status: 'Completed' }),
        rotation('P4', 'Sales', A - 100, { status: 'Planned' }),
      ],
    },
  );
  const r = available(computeReadiness(data, A));

  test('the groups, in order, each with its n (P4 has no Track: in no Track group)', () => {
    expect(r.segments.map((x) => [x.attribute, x.group, x.n])).toEqual([
      ['Track', 'Finance', 2],
      ['Track', 'Sales', 2],
      ['Cohort', '2024', 3],
      ['Cohort', '2025', 2],
      ['External coach', 'yes', 2],
      ['External coach', 'no', 3],
      ['Sponsor', 'yes', 2],
      ['Sponsor', 'no', 3],
      ['Completed rotations', '0', 2],
      ['Completed rotations', '1', 2],
      ['Completed rotations', '2+', 1],
    ]);
  });

  test('the counts of each group', () => {
    const counts = (x: ReadinessSummary) => [x.ready, x.leftBeforeReady, x.inDevelopment];
    expect(counts(segment(r, 'Track', 'Finance'))).toEqual([1, 1, 0]); // P1 ready, P2 left
    expect(counts(segment(r, 'Track', 'Sales'))).toEqual([1, 0, 1]); // P5 ready, P3 in development
    expect(counts(segment(r, 'Cohort', '2024'))).toEqual([2, 0, 1]); // P1, P5 ready; P3
    expect(counts(segment(r, 'External coach', 'yes'))).toEqual([2, 0, 0]); // P1, P5
    expect(counts(segment(r, 'External coach', 'no'))).toEqual([1, 1, 1]); // P4; P2; P3
    expect(counts(segment(r, 'Sponsor', 'yes'))).toEqual([1, 1, 0]); // P5; P2
    expect(counts(segment(r, 'Completed rotations', '0'))).toEqual([1, 0, 1]); // P5; P3
    expect(counts(segment(r, 'Completed rotations', '1'))).toEqual([1, 1, 0]); // P4; P2
    expect(counts(segment(r, 'Completed rotations', '2+'))).toEqual([1, 0, 0]); // P1
  });

  test('the figures of one group by hand: Track Sales', () => {
    // P5 ready at 50 days (n 2): F = 1/2 → median 50 days; P3 followed 500 days (16.4 months):
    // F(12) = 1/2 with Var = 1·1·1/8 = 1/8 (the binomial); F(24) not estimated
    const sales = segment(r, 'Track', 'Sales');
    expect(sales.medianMonths).toBe(50 / M);
    expect(sales.followUpMonths).toBe(500 / M);
    const [lower, upper] = interval(0.5, 1 / 8);
    expect(sales.at12).toEqual({ value: 0.5, lower: expect.closeTo(lower, 12), upper: expect.closeTo(upper, 12) });
    expect(sales.at24.value).toBeNull();
    // External coach yes: both ready by 100 days; 3.3 months of follow-up, so nothing at 12 months
    const coached = segment(r, 'External coach', 'yes');
    expect(coached.at12).toMatchObject({ value: null, lower: null, upper: null });
    expect(coached.at12.reason).toMatch(/12 months/);
    expect(coached.medianMonths).toBe(50 / M);
  });

  test('the option picks the attributes; a column or sheet the data lacks gives no segment', () => {
    const sponsorOnly = available(computeReadiness(data, A, { segmentAttributes: ['Sponsor'] }));
    expect(sponsorOnly.segments.map((x) => `${x.attribute}=${x.group}`)).toEqual(['Sponsor=yes', 'Sponsor=no']);
    expect(available(computeReadiness(data, A, { segmentAttributes: [] })).segments).toEqual([]);
    // no Track column, no Pairings sheet, no Rotations sheet: Cohort only
    const bare = program(data.participants.slice(), { columns: ['ProgramStart', 'ExitDate', 'ReadyDate', 'Cohort'] });
    expect([...new Set(available(computeReadiness(bare, A)).segments.map((x) => x.attribute))]).toEqual(['Cohort']);
  });
});

describe('time-to-readiness: the current bench', () => {
  //   B1 Ready now, CFO; B2 Ready 1-2 years, CFO; B4 Not ready, COO; B5 no rating, no role;
  //   B8 Ready 3+ years, CHRO, ExitDate after A (still employed); B9 Ready now, CHRO, with a ReadyDate
  //   before ProgramStart (left out of time-to-readiness, but on the bench: the rating is current).
  //   Not on the bench: B3 (Ready now, COO) exited before A; B6 starts after A; C7 comparison pool.
  const data = program([
    person('B1', { programStart: A - 100, readinessRating: 'Ready now', targetRole: 'CFO' }),
    person('B2', { programStart: A - 100, readinessRating: 'Ready 1-2 years', targetRole: 'CFO' }),
    person('B3', { programStart: A - 100, exitDate: A - 10, readinessRating: 'Ready now', targetRole: 'COO' }),
    person('B4', { programStart: A - 100, readinessRating: 'Not ready', targetRole: 'COO' }),
    person('B5', { programStart: A - 100 }),
    person('B6', { programStart: A + 5, readinessRating: 'Ready now', targetRole: 'COO' }),
    person('C7', { inProgram: false, eligibleDate: A - 100, readinessRating: 'Ready now', targetRole: 'COO' }),
    person('B8', { programStart: A - 100, exitDate: A + 30, readinessRating: 'Ready 3+ years', targetRole: 'CHRO' }),
    person('B9', { programStart: A - 100, readyDate: A - 200, excludedFromReadiness: true, readinessRating: 'Ready now', targetRole: 'CHRO' }),
  ]);
  const r = available(computeReadiness(data, A));

  test('by rating: every rating listed, then the unrated', () => {
    expect(r.bench.byRating).toEqual([
      { rating: 'Ready now', n: 2 },
      { rating: 'Ready 1-2 years', n: 1 },
      { rating: 'Ready 3+ years', n: 1 },
      { rating: 'Not ready', n: 1 },
      { rating: 'No rating', n: 1 },
    ]);
  });

  test('by target role, each rating counted: COO has nobody ready now (its ready-now person left before A)', () => {
    // CFO: B1 ready now, B2 1-2 years; CHRO: B8 3+ years (leaves after A), B9 ready now; COO: B4 not ready
    expect(r.bench.byTargetRole).toEqual([
      { targetRole: 'CFO', n: 2, readyNow: 1, ready1to2: 1, ready3plus: 0, notReady: 0, readyNowShare: 0.5, ready1to2Share: 0.5, ready3plusShare: 0, notReadyShare: 0, noReadyNowSuccessor: false },
      { targetRole: 'CHRO', n: 2, readyNow: 1, ready1to2: 0, ready3plus: 1, notReady: 0, readyNowShare: 0.5, ready1to2Share: 0, ready3plusShare: 0.5, notReadyShare: 0, noReadyNowSuccessor: false },
      { targetRole: 'COO', n: 1, readyNow: 0, ready1to2: 0, ready3plus: 0, notReady: 1, readyNowShare: 0, ready1to2Share: 0, ready3plusShare: 0, notReadyShare: 1, noReadyNowSuccessor: true },
    ]);
  });

  test('B9 is not in the time-to-readiness population', () => {
    expect(r.n).toBe(6); // B1, B2, B3, B4, B5, B8 (B6 not started, C7 not a participant, B9 left out)
  });
});

describe('time-to-readiness: not available', () => {
  const someone = [person('P1', { programStart: A - 100, readyDate: A - 10 })];

  test('no ProgramStart column, no ReadyDate column, no Participants sheet', () => {
    const noStart = computeReadiness(program(someone, { columns: ['ReadyDate'] }), A);
    expect(noStart).toEqual({ available: false, reason: expect.stringMatching(/ProgramStart/) });
    const noReady = computeReadiness(program(someone, { columns: ['ProgramStart', 'ExitDate'] }), A);
    expect(noReady).toEqual({ available: false, reason: expect.stringMatching(/ReadyDate/) });
    const noSheet = { ...program([]), columns: { Participants: [], Mentors: [], Pairings: [], Rotations: [], Surveys: [], Measures: [], Preferences: [] } };
    expect(computeReadiness(noSheet, A)).toEqual({ available: false, reason: expect.stringMatching(/Participants/) });
  });

  test('nobody started by A; everyone who started has a ReadyDate before ProgramStart', () => {
    const notStarted = computeReadiness(program([person('P1', { programStart: A + 1 }), person('C1', { inProgram: false, eligibleDate: A - 5 })]), A);
    expect(notStarted).toEqual({ available: false, reason: 'not available: no participant had started the program by the as-of date' });
    const allExcluded = computeReadiness(program([person('P1', { programStart: A - 100, readyDate: A - 200, excludedFromReadiness: true })]), A);
    expect(allExcluded).toEqual({ available: false, reason: expect.stringMatching(/ReadyDate before their ProgramStart/) });
  });
});

describe('time-to-readiness on the sample program (standard, seed 42)', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const { data } = intake(sample.sheets, { asOf: sample.asOf });
  const r = available(computeReadiness(data, sample.asOf));

  test('n is the participants started by A; ready + left + in development = n', () => {
    const started = data.participants.filter((p) => p.inProgram && p.programStart !== undefined && p.programStart <= sample.asOf);
    expect(started.some((p) => p.excludedFromReadiness)).toBe(false);
    expect(r.n).toBe(started.length);
    expect(r.n).toBeGreaterThan(0);
    expect(r.ready + r.leftBeforeReady + r.inDevelopment).toBe(r.n);
  });

  test('F(24) is in (0, 1) with its interval around it; the curve never decreases', () => {
    expect(r.at24.value!).toBeGreaterThan(0);
    expect(r.at24.value!).toBeLessThan(1);
    expect(r.at24.lower!).toBeLessThanOrEqual(r.at24.value!);
    expect(r.at24.upper!).toBeGreaterThanOrEqual(r.at24.value!);
    for (let i = 1; i < r.curve.length; i++) {
      expect(r.curve[i].cumulative).toBeGreaterThanOrEqual(r.curve[i - 1].cumulative);
      expect(r.curve[i].months).toBeGreaterThan(r.curve[i - 1].months);
    }
  });

  test('every segment group adds up, and the groups of a yes/no attribute cover the population', () => {
    for (const s of r.segments) expect(s.ready + s.leftBeforeReady + s.inDevelopment).toBe(s.n);
    for (const attribute of ['External coach', 'Sponsor', 'Completed rotations']) {
      const total = r.segments.filter((s) => s.attribute === attribute).reduce((sum, s) => sum + s.n, 0);
      expect(total).toBe(r.n);
    }
    const rated = r.bench.byRating.reduce((sum, x) => sum + x.n, 0);
    expect(rated).toBeLessThanOrEqual(r.n);
  });
});
