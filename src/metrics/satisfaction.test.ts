import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import type { ProgramData } from '../model/program';
import type { Mentor, MentorType, Pairing, PairingRole, Participant, RespondentRole, SurveyAnswer } from '../model/records';
import { generateSample } from '../sample/generateSample';
import { computeSatisfaction, roleFromInstrument, type SatisfactionReport } from './satisfaction';
import type { NotAvailable, SatisfactionResult } from './metricResults';
import { programFixture } from './programFixture.test-helpers';

// ----- a tiny ProgramData builder -----------------------------------------------------------------

const d = dayFromIso;
let row = 1;

function person(personId: string, start: string | undefined, more: Partial<Participant> = {}): Participant {
  return { row: ++row, personId, inProgram: start !== undefined, programStart: start ? d(start) : undefined, attributes: {}, ...more };
}
function mentor(mentorId: string, mentorType: MentorType): Mentor {
  return { row: ++row, mentorId, mentorType, attributes: {} };
}
function pairing(personId: string, mentorId: string, role: PairingRole, start: string, end?: string): Pairing {
  return { row: ++row, personId, mentorId, role, start: d(start), end: end ? d(end) : undefined };
}
function answer(
  respondentId: string,
  respondentRole: RespondentRole | undefined,
  date: string,
  instrument: string,
  score: number,
  scaleMax = 5,
  aboutId?: string,
): SurveyAnswer {
  return { row: ++row, respondentId, respondentRole, date: d(date), instrument, score, scaleMax, aboutId };
}


function program(parts: Parameters<typeof programFixture>[1], columns: Parameters<typeof programFixture>[2] = {}): ProgramData {
  return programFixture(A, parts, columns);
}

function report(r: SatisfactionReport | NotAvailable): SatisfactionReport {
  if ('available' in r) throw new Error(r.reason);
  return r;
}
function find(r: SatisfactionReport, instrument: string, role = 'All', scaleMax?: number): SatisfactionResult {
  const hit = r.results.find((x) => x.instrument === instrument && x.role === role && (scaleMax === undefined || x.scaleMax === scaleMax));
  if (!hit) throw new Error(`no row ${instrument} / ${role}`);
  return hit;
}

// ----- the fixture ----------------------------------------------------------------------------------
// A = 2026-08-15: the window is 2026-Q3 from 2026-07-01 up to 2026-08-15; the previous quarter is
// 2026-Q2, 2026-04-01 to 2026-06-30.

const A = d('2026-08-15');

const participants = [
  person('P1', '2025-01-01', { status: 'Active' }),
  person('P2', '2025-01-01'),
  person('P3', '2026-01-01'),
  person('P4', '2025-01-01', { exitDate: d('2026-07-10') }), // active at 06-30, gone at A
  person('P5', '2025-01-01', { status: 'Withdrawn' }), // never active
  person('P6', '2026-08-20'), // starts after A
  person('P7', '2026-01-01'), // active, never answers
  person('C1', undefined, { eligibleDate: d('2024-01-01') }), // comparison pool
];
// active participants at A: P1, P2, P3, P7 (4); at 2026-06-30: P1, P2, P3, P4, P7 (5)

const mentors = [
  mentor('M1', 'Internal mentor'),
  mentor('M2', 'Internal mentor'),
  mentor('M3', 'Internal mentor'),
  mentor('K1', 'External coach'),
  mentor('S1', 'Sponsor'),
];
const pairings = [
  pairing('P1', 'M1', 'Mentor', '2025-02-01'),
  pairing('P2', 'M2', 'Mentor', '2025-02-01', '2026-06-01'), // ended: M2 is no active mentor in Q2's end or at A
  pairing('P3', 'M3', 'Mentor', '2026-05-01'),
  pairing('P3', 'K1', 'Coach', '2026-03-01'),
  pairing('P7', 'S1', 'Sponsor', '2026-02-01'),
];
// internal mentors with an active Mentor pairing at A: M1, M3 (2); coaches: K1 (1)

const surveys = [
  // Mentee satisfaction, window: 3, 4, 4, 5, 5 (first day of the quarter and A itself are in)
  answer('P1', 'Mentee', '2026-07-01', 'Mentee satisfaction', 3, 5, 'M1'),
  answer('P2', 'Mentee', '2026-07-20', 'Mentee satisfaction', 4, 5, 'M1'),
  answer('P3', 'Mentee', '2026-07-20', 'Mentee satisfaction', 4, 5, 'K1'),
  answer('P1', 'Mentee', '2026-08-01', 'Mentee satisfaction', 5, 5, 'K1'),
  answer('P2', 'Mentee', '2026-08-15', 'Mentee satisfaction', 5, 5, 'M1'),
  answer('P3', 'Mentee', '2026-08-16', 'Mentee satisfaction', 1, 5, 'M1'), // after A: out
  // Mentee satisfaction, previous quarter: 2, 3, 2 (its first and last days are in)
  answer('P1', 'Mentee', '2026-04-01', 'Mentee satisfaction', 2, 5, 'M1'),
  answer('P2', 'Mentee', '2026-05-15', 'Mentee satisfaction', 3, 5, 'M2'),
  answer('P4', 'Mentee', '2026-06-30', 'Mentee satisfaction', 2, 5, 'M1'),
  answer('P1', 'Mentee', '2026-03-31', 'Mentee satisfaction', 1, 5, 'M1'), // Q1: out
  // Climate: two roles
  answer('P1', 'Mentee', '2026-07-10', 'Climate', 4),
  answer('P2', 'Mentee', '2026-07-10', 'Climate', 5),
  answer('C1', 'Other', '2026-07-10', 'Climate', 3),
  // Mentor satisfaction: M1 is in the population, M2 (no active pairing) is not
  answer('M1', 'Mentor', '2026-08-01', 'Mentor satisfaction', 4, 5, 'P1'),
  answer('M2', 'Mentor', '2026-07-05', 'Mentor satisfaction', 3, 5, 'P2'),
  answer('M1', 'Mentor', '2026-06-15', 'Mentor satisfaction', 3, 5, 'P1'), // previous: one answer
  // Coach satisfaction without a role: Coach from the name
  answer('K1', undefined, '2026-08-01', 'Coach satisfaction', 5, 5, 'P3'),
  // NPS, 0–10: 10, 10, 9, 7, 2
  answer('P1', 'Mentee', '2026-07-15', 'NPS', 10, 10),
  answer('P2', 'Mentee', '2026-07-15', 'NPS', 10, 10),
  answer('P3', 'Mentee', '2026-07-15', 'NPS', 9, 10),
  answer('P1', 'Mentee', '2026-07-16', 'NPS', 7, 10),
  answer('P2', 'Mentee', '2026-07-16', 'NPS', 2, 10),
  // Pulse mixes scales: 1–7 and 0–10
  answer('X1', 'Peer', '2026-07-02', 'Pulse', 6, 7),
  answer('X2', 'Peer', '2026-07-02', 'Pulse', 7, 7),
  answer('X3', 'Peer', '2026-07-02', 'Pulse', 5, 7),
  answer('X1', 'Peer', '2026-07-02', 'Pulse', 9, 10),
];

const data = program({ participants, mentors, pairings, surveys });
const result = report(computeSatisfaction(data, A));

// ----- tests --------------------------------------------------------------------------------------

describe('computeSatisfaction: by hand', () => {
  test('rows per instrument, scale and role, sorted by instrument, scale, role ("All" first)', () => {
    expect(result.results.map((r) => `${r.instrument}|${r.scaleMax}|${r.role}`)).toEqual([
      'Climate|5|All',
      'Climate|5|Mentee',
      'Climate|5|Other',
      'Coach satisfaction|5|All',
      'Mentee satisfaction|5|All',
      'Mentor satisfaction|5|All',
      'NPS|10|All',
      'Pulse|7|All',
      'Pulse|10|All',
    ]);
    expect(result.results.every((r) => r.quarter === '2026-Q3')).toBe(true);
  });

  test('window edges: the quarter’s first day and A are in, after A is out; previous = the whole of Q2', () => {
    const r = find(result, 'Mentee satisfaction');
    // 3, 4, 4, 5, 5 (07-01 … 08-15; the 1 on 08-16 is out)
    expect(r.n).toBe(5);
    expect(r.distribution).toEqual([
      { score: 3, count: 1 },
      { score: 4, count: 2 },
      { score: 5, count: 2 },
    ]);
    // previous: 2 (04-01), 3, 2 (06-30); the 1 on 03-31 is out
    expect(r.previous?.quarter).toBe('2026-Q2');
    expect(r.previous?.n).toBe(3);
    expect(r.previous?.distribution).toEqual([
      { score: 2, count: 2 },
      { score: 3, count: 1 },
    ]);
  });

  test('mean, t-interval, sd and top-2-box of 3, 4, 4, 5, 5', () => {
    const r = find(result, 'Mentee satisfaction');
    // mean 21/5 = 4.2; squared deviations 1.44 + 0.04 + 0.04 + 0.64 + 0.64 = 2.8; s² = 2.8/4 = 0.7
    // s = √0.7 = 0.8366600; se = √(0.7/5) = 0.3741657; t_{0.975,4} = 2.776445105 → half 1.0388506
    expect(r.respondents).toBe(3);
    expect(r.mean).toBeCloseTo(4.2, 12);
    expect(r.sd).toBeCloseTo(Math.sqrt(0.7), 12);
    expect(r.lower).toBeCloseTo(3.1611494, 6);
    expect(r.upper).toBeCloseTo(5.2388506, 6);
    // top-2-box: ≥ 4 → 4/5 = 0.8; Wilson(4, 5) with z = 1.959964: z²/n = 0.7682917,
    // centre (0.8 + 0.3841459)/1.7682917 = 0.6696552, half 1.959964·√(0.032 + 0.0384146)/1.7682917 = 0.2941206
    // → [0.3755346, 0.9637759] (R prop.test(4, 5, correct = FALSE): 0.3755, 0.9638)
    expect(r.top2.value).toBeCloseTo(0.8, 12);
    expect(r.top2.lower).toBeCloseTo(0.3755346, 6);
    expect(r.top2.upper).toBeCloseTo(0.9637759, 6);
    expect(r.enps).toBeNull(); // not an NPS item, ScaleMax 5
  });

  test('change: Welch’s t-test of 3, 4, 4, 5, 5 against 2, 3, 2', () => {
    const r = find(result, 'Mentee satisfaction');
    // previous mean 7/3, s² = (1/9 + 4/9 + 1/9)/2 = 1/3
    expect(r.previous?.mean).toBeCloseTo(7 / 3, 12);
    expect(r.previous?.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    // va = 0.7/5 = 0.14, vb = (1/3)/3 = 1/9; t = (4.2 − 7/3)/√(0.14 + 1/9) = 1.8666667/0.5011098 = 3.7250646
    // df = 0.2511111² / (0.14²/4 + (1/9)²/2) = 0.0630568/0.0110728 = 5.6947263
    // R t.test(c(3,4,4,5,5), c(2,3,2)): t = 3.7251, df = 5.6947, p-value = 0.01077
    expect(r.change?.difference).toBeCloseTo(4.2 - 7 / 3, 12);
    expect(r.change?.t).toBeCloseTo(3.7250646, 6);
    expect(r.change?.df).toBeCloseTo(5.6947263, 6);
    expect(r.changeP).toBeCloseTo(0.010769, 5);
    expect(r.changeP).toBe(r.change?.p);
  });

  test('response rate: respondents among the active participants at the window’s end', () => {
    const r = find(result, 'Mentee satisfaction');
    // now: P1, P2, P3 of the 4 active at A (P1, P2, P3, P7) = 0.75
    expect(r.responseRate).toEqual({ value: 0.75, population: 4, low: false });
    // previous: P1, P2, P4 of the 5 active at 2026-06-30 (P4 had not left yet) = 0.6, not below 60%
    expect(r.previous?.responseRate).toEqual({ value: 0.6, population: 5, low: false });
  });

  test('mixed roles: "All" plus one row per role; the response rate only where the role has a population', () => {
    const all = find(result, 'Climate');
    const mentee = find(result, 'Climate', 'Mentee');
    const other = find(result, 'Climate', 'Other');
    expect([all.n, mentee.n, other.n]).toEqual([3, 2, 1]);
    expect(all.mean).toBeCloseTo(4, 12); // (4 + 5 + 3)/3
    expect(mentee.mean).toBeCloseTo(4.5, 12);
    expect(all.responseRate).toBeNull(); // Mentee and Other together: no one population
    // P1 and P2 of 4 active participants: 0.5, flagged low
    expect(mentee.responseRate).toEqual({ value: 0.5, population: 4, low: true });
    expect(other.responseRate).toBeNull();
    // one answer: a mean but no sd or interval; top-2-box 0/1 with Wilson [0, 0.7934]
    expect(other).toMatchObject({ n: 1, mean: 3, sd: null, lower: null, upper: null });
    expect(other.top2.value).toBe(0);
    expect(other.top2.lower).toBe(0);
    // no answers in Q2: no previous, no change
    expect(all.previous).toBeNull();
    expect(all.change).toBeNull();
    expect(all.changeP).toBeNull();
  });

  test('mentor and coach populations: internal mentors / external coaches with an active pairing of that role', () => {
    const m = find(result, 'Mentor satisfaction');
    // respondents M1, M2; population M1, M3 (M2's pairing ended 2026-06-01): 1/2
    expect(m.respondents).toBe(2);
    expect(m.responseRate).toEqual({ value: 0.5, population: 2, low: true });
    // a previous quarter with one answer: figures, but no Welch test
    expect(m.previous?.n).toBe(1);
    expect(m.change).toBeNull();
    expect(m.changeP).toBeNull();
    // no RespondentRole: "Coach satisfaction" → Coach; K1 of the 1 coach with an active Coach pairing
    const c = find(result, 'Coach satisfaction');
    expect(c.responseRate).toEqual({ value: 1, population: 1, low: false });
  });

  test('eNPS of 10, 10, 9, 7, 2', () => {
    const r = find(result, 'NPS');
    // promoters 3/5 = 0.6, detractors 1/5 = 0.2 → eNPS 40; SE = 100·√((0.8 − 0.16)/5) = 100·√0.128 = 35.777088
    // interval 40 ± 1.959964·35.777088 = 40 ± 70.121804
    expect(r.enps?.value).toBeCloseTo(40, 10);
    expect(r.enps?.se).toBeCloseTo(35.777088, 5);
    expect(r.enps?.lower).toBeCloseTo(-30.121804, 5);
    expect(r.enps?.upper).toBeCloseTo(110.121804, 5);
    // top-2-box on a 0–10 scale: ≥ 9 → 3/5
    expect(r.top2.value).toBeCloseTo(0.6, 12);
    // respondents P1, P2, P3 of 4 active participants
    expect(r.responseRate).toEqual({ value: 0.75, population: 4, low: false });
  });

  test('an instrument that mixes scales: one row per ScaleMax; eNPS for the ScaleMax 10 one', () => {
    const seven = find(result, 'Pulse', 'All', 7);
    const ten = find(result, 'Pulse', 'All', 10);
    // 1–7 scale: top-2-box = ≥ 6 → 2/3 (6, 7 of 6, 7, 5); no eNPS; Peer: no population
    expect(seven.top2.value).toBeCloseTo(2 / 3, 12);
    expect(seven.enps).toBeNull();
    expect(seven.responseRate).toBeNull();
    // one 9 on 0–10: a promoter, eNPS 100 with SE 0
    expect(ten.enps).toEqual({ value: 100, se: 0, lower: 100, upper: 100 });
    expect(ten.mean).toBe(9);
  });

  test('by support type: mentee answers about internal mentors vs external coaches', () => {
    // Mentee satisfaction in the window: about M1 3, 4, 5; about K1 4, 5. Climate and NPS have no AboutID.
    // internal: mean 4, s = 1, half = t_{0.975,2} · 1/√3 = 4.302652730 · 0.5773503 = 2.4841377
    // external: mean 4.5, s = √0.5, half = t_{0.975,1} · 0.5 = 12.706204736 · 0.5 = 6.3531024
    expect(result.bySupport).toHaveLength(2);
    const [internal, external] = result.bySupport;
    expect(internal).toMatchObject({ instrument: 'Mentee satisfaction', scaleMax: 5, supportType: 'Internal mentor', n: 3, mean: 4 });
    expect(internal.lower).toBeCloseTo(4 - 2.4841377, 6);
    expect(internal.upper).toBeCloseTo(4 + 2.4841377, 6);
    expect(external).toMatchObject({ instrument: 'Mentee satisfaction', supportType: 'External coach', n: 2, mean: 4.5 });
    expect(external.lower).toBeCloseTo(4.5 - 6.3531024, 6);
    expect(external.upper).toBeCloseTo(4.5 + 6.3531024, 6);
  });

  test('answers without a role beside answers with one: a "Not given" row, the role taken from the name', () => {
    const r = report(
      computeSatisfaction(
        program({
          participants,
          surveys: [
            answer('P1', 'Mentee', '2026-07-01', 'Mentee satisfaction', 4),
            answer('P2', undefined, '2026-07-02', 'Mentee satisfaction', 5),
          ],
        }),
        A,
      ),
    );
    expect(r.results.map((x) => x.role)).toEqual(['All', 'Mentee', 'Not given']);
    // every answer is a mentee's (P2's from the name): P1 and P2 of 4 active participants
    expect(r.results[0].responseRate).toEqual({ value: 0.5, population: 4, low: true });
    expect(r.results[2].responseRate).toEqual({ value: 0.25, population: 4, low: true });
  });
});

describe('computeSatisfaction: not available', () => {
  test('no Surveys sheet', () => {
    expect(computeSatisfaction(program({ participants }, { Surveys: [] }), A)).toEqual({
      available: false,
      reason: 'not available: the workbook has no Surveys sheet',
    });
  });

  test('a Surveys sheet without a required column', () => {
    const r = computeSatisfaction(program({ participants }, { Surveys: ['RespondentID', 'Date', 'Instrument'] }), A);
    expect(r).toEqual({ available: false, reason: 'not available: the Surveys sheet has no Score column' });
  });

  test('no answers in the window (only earlier quarters, or after A)', () => {
    const r = computeSatisfaction(
      program({
        participants,
        surveys: [answer('P1', 'Mentee', '2026-06-30', 'Climate', 4), answer('P1', 'Mentee', '2026-08-16', 'Climate', 4)],
      }),
      A,
    );
    expect(r).toEqual({ available: false, reason: 'not available: no survey answers dated in 2026-Q3 (2026-07-01 to 2026-08-15)' });
  });
});

describe('roleFromInstrument', () => {
  test('mentee, mentor, coach, sponsor in the name; otherwise none', () => {
    expect(roleFromInstrument('Mentee satisfaction')).toBe('Mentee');
    expect(roleFromInstrument('MENTOR pulse')).toBe('Mentor');
    expect(roleFromInstrument('Coach satisfaction')).toBe('Coach');
    expect(roleFromInstrument('Sponsor check-in')).toBe('Sponsor');
    expect(roleFromInstrument('Climate')).toBeUndefined();
  });
});

describe('computeSatisfaction: the sample program', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const { data: sampleData } = intake(sample.sheets, { asOf: sample.asOf });
  const r = report(computeSatisfaction(sampleData, sample.asOf));
  const planted = sample.planted.satisfactionRise;

  test('planted finding 6: mentee satisfaction rises from 2026-Q2 to 2026-Q3 (Welch p < 0.05)', () => {
    const mentee = find(r, 'Mentee satisfaction');
    expect(mentee.quarter).toBe(planted.quarter);
    expect(mentee.previous?.quarter).toBe(planted.previousQuarter);
    expect(mentee.n).toBe(planted.n);
    expect(mentee.mean).toBeCloseTo(planted.mean, 10);
    expect(mentee.previous?.mean).toBeCloseTo(planted.previousMean, 10);
    expect(mentee.mean!).toBeGreaterThan(mentee.previous!.mean!);
    expect(mentee.change!.difference).toBeGreaterThan(0);
    expect(mentee.changeP!).toBeLessThan(0.05);
  });

  test('the mentee response rate is at least 60%', () => {
    const mentee = find(r, 'Mentee satisfaction');
    expect(mentee.responseRate).not.toBeNull();
    expect(mentee.responseRate!.value).toBeGreaterThanOrEqual(0.6);
    expect(mentee.responseRate!.low).toBe(false);
  });

  test('NPS has an eNPS; by support type covers internal mentors and external coaches', () => {
    expect(find(r, 'NPS').enps).not.toBeNull();
    expect(r.bySupport.filter((s) => s.instrument === 'Mentee satisfaction').map((s) => s.supportType)).toEqual([
      'Internal mentor',
      'External coach',
    ]);
  });
});
