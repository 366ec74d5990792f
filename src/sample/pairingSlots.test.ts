import { dayFromYmd } from '../calendar/dayFromYmd';
import type { Day } from '../model/day';
import type { SupportAccess } from './coachAccess';
import type { Lifecycle } from './lifecycle';
import { planPairings } from './pairingPlan';
import { pairingSlots } from './pairingSlots';
import { Rng } from './random';
import { NONE, ROLE_MENTOR, STATUS_ACTIVE, STATUS_COMPLETED, STATUS_WITHDRAWN, type Slot } from './sampleRecords';

/**
 * The mentoring phase of a small constructed program, dated by hand: a participant has an internal
 * mentor for as long as they are in the program (open at asOf while Active, closed at ProgramEnd
 * otherwise). Before this, the phase lasted 450–730 days from the first mentor's Start whatever the
 * program's length, so a participant still Active in the last months of the ~24-month program often
 * had no pairing at all, and the demo's match rate fell to 78% (2026-Q3) with no finding planted.
 */

const ASOF = dayFromYmd(2026, 9, 30);
/** the demo's four quarter ends (demoQuarterEnds of 2026-09-30) */
const QUARTER_ENDS = [dayFromYmd(2025, 12, 31), dayFromYmd(2026, 3, 31), dayFromYmd(2026, 6, 30), ASOF];

interface Person {
  readonly label: string;
  readonly status: number;
  readonly start: Day;
  readonly end?: Day;
  readonly exit?: Day;
}

/**
 * Four participants 715 days into a 720–745-day program and still Active (the ones the old phase
 * left without a mentor), one who completed, one who withdrew, one who left the organisation.
 */
const PEOPLE: readonly Person[] = [
  { label: 'active 1', status: STATUS_ACTIVE, start: dayFromYmd(2024, 10, 15) },
  { label: 'active 2', status: STATUS_ACTIVE, start: dayFromYmd(2024, 10, 15) },
  { label: 'active 3', status: STATUS_ACTIVE, start: dayFromYmd(2024, 10, 15) },
  { label: 'active 4', status: STATUS_ACTIVE, start: dayFromYmd(2024, 10, 15) },
  { label: 'completed', status: STATUS_COMPLETED, start: dayFromYmd(2024, 1, 15), end: dayFromYmd(2026, 1, 10) },
  { label: 'withdrew', status: STATUS_WITHDRAWN, start: dayFromYmd(2025, 7, 15), end: dayFromYmd(2026, 2, 1) },
  { label: 'left', status: STATUS_WITHDRAWN, start: dayFromYmd(2025, 1, 15), end: dayFromYmd(2026, 4, 20), exit: dayFromYmd(2026, 4, 20) },
];

function lifecycleOf(people: readonly Person[]): Lifecycle {
  const n = people.length;
  const life: Lifecycle = {
    eligible: new Float64Array(n),
    programStart: new Float64Array(n),
    programEnd: new Float64Array(n).fill(NONE),
    exitDate: new Float64Array(n).fill(NONE),
    readyDate: new Float64Array(n).fill(NONE),
    status: new Int8Array(n),
    exitType: new Int8Array(n).fill(-1),
    regrettable: new Int8Array(n).fill(-1),
    readiness: new Int8Array(n).fill(-1),
    targetRole: new Int8Array(n).fill(-1),
    hipo: new Uint8Array(n),
  };
  people.forEach((p, i) => {
    life.eligible[i] = p.start - 200;
    life.programStart[i] = p.start;
    life.status[i] = p.status;
    if (p.end !== undefined) life.programEnd[i] = p.end;
    if (p.exit !== undefined) life.exitDate[i] = p.exit;
  });
  return life;
}

/** Mentor slots only (no coach, no sponsor); `pairings` slots in all, so extras are rematches. */
function mentorChains(pairings: number, seed: number): Slot[][] {
  const life = lifecycleOf(PEOPLE);
  const participants = PEOPLE.map((_, i) => i);
  const none: SupportAccess = { hasCoach: new Uint8Array(PEOPLE.length), hasSponsor: new Uint8Array(PEOPLE.length) };
  const rng = new Rng(seed, 'pairing-plan');
  const plan = planPairings(participants, life, none, pairings, ASOF, rng);
  const { slots } = pairingSlots(participants, life, plan, ASOF, rng);
  expect(slots.every((s) => s.role === ROLE_MENTOR)).toBe(true);
  return participants.map((i) => slots.filter((s) => s.p === i).sort((a, b) => a.start - b.start));
}

const activeAt = (s: Slot, a: Day): boolean => s.start <= a && (Number.isNaN(s.end) || s.end > a);

describe('the sample\'s mentoring phase lasts as long as the participant is in the program', () => {
  test('one mentor each: open at asOf while Active, else ended at ProgramEnd with the program\'s reason', () => {
    const chains = mentorChains(PEOPLE.length, 42);
    const ends = chains.map((c) => (c.length === 1 ? { end: c[0].end, reason: c[0].reason } : { count: c.length }));
    expect(ends).toEqual([
      { end: NaN, reason: null },
      { end: NaN, reason: null },
      { end: NaN, reason: null },
      { end: NaN, reason: null },
      { end: dayFromYmd(2026, 1, 10), reason: 'Program completed' },
      { end: dayFromYmd(2026, 2, 1), reason: 'Mentee withdrew from the program' },
      { end: dayFromYmd(2026, 4, 20), reason: 'Mentee left the organisation' },
    ]);
    // the first mentor starts 3–30 days after ProgramStart
    chains.forEach((c, i) => {
      expect(c[0].start - PEOPLE[i].start).toBeGreaterThanOrEqual(3);
      expect(c[0].start - PEOPLE[i].start).toBeLessThanOrEqual(30);
    });
  });

  test('at each of the demo\'s quarter ends, everyone in the program has a mentor (by hand: 7, 5, 4, 4)', () => {
    const chains = mentorChains(PEOPLE.length, 42);
    // in the program at A: ProgramStart ≤ A and ProgramEnd blank or after A. 2025-12-31: all 7 (the
    // latest start is 2025-07-15, the earliest end 2026-01-10). 2026-03-31: completed (ended
    // 2026-01-10) and withdrew (2026-02-01) are out: 5. 2026-06-30: left (2026-04-20) is out too: 4.
    // 2026-09-30: the 4 Active. Every first mentor starts by ProgramStart + 30, before 2025-12-31.
    const inProgram = QUARTER_ENDS.map((a) => PEOPLE.filter((p) => p.start <= a && (p.end === undefined || p.end > a)).length);
    expect(inProgram).toEqual([7, 5, 4, 4]);
    const matched = QUARTER_ENDS.map((a) => chains.filter((c) => c.some((s) => activeAt(s, a))).length);
    expect(matched).toEqual([7, 5, 4, 4]);
  });

  test.each([1, 2, 3, 42])('rematched (seed %i): the chain runs to ProgramEnd or stays open, with 7–21-day gaps only', (seed) => {
    const chains = mentorChains(PEOPLE.length + 8, seed);
    expect(chains.reduce((n, c) => n + c.length, 0)).toBeGreaterThan(PEOPLE.length);
    chains.forEach((c, i) => {
      const last = c[c.length - 1];
      if (PEOPLE[i].status === STATUS_ACTIVE) expect(last.end).toBeNaN();
      else expect(last.end).toBe(PEOPLE[i].end);
      for (let k = 1; k < c.length; k++) {
        expect(c[k - 1].reason).toBe('Rematched');
        expect(c[k].start - c[k - 1].end).toBeGreaterThanOrEqual(7);
        expect(c[k].start - c[k - 1].end).toBeLessThanOrEqual(21);
      }
    });
  });
});
