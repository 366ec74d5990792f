import { dayFromIso } from '../calendar/dayFromIso';
import type { Pairing, SurveyAnswer } from '../model/records';
import { pairingFindings } from './pairingFindings';
import { programFixture } from './programFixture.test-helpers';

const d = (iso: string) => dayFromIso(iso)!;
const A = d('2026-09-30');
let row = 1;
const pairing = (personId: string, mentorId: string, start: string, extra: Partial<Pairing> = {}): Pairing => ({ row: ++row, personId, mentorId, role: 'Mentor', start: d(start), ...extra });
const answer = (respondentId: string, aboutId: string | undefined, date: string, score: number, extra: Partial<SurveyAnswer> = {}): SurveyAnswer => ({
  row: ++row,
  respondentId,
  respondentRole: 'Mentee',
  date: d(date),
  instrument: 'Mentee satisfaction',
  score,
  scaleMax: 5,
  aboutId,
  ...extra,
});

describe('pairingFindings', () => {
  test('inactive: active pairings whose last meeting is more than 90 days before A, longest first', () => {
    const pairings = [
      pairing('P1', 'M1', '2025-01-01', { lastMeeting: d('2026-07-02') }), // 90 days: still active
      pairing('P2', 'M2', '2025-01-01', { lastMeeting: d('2026-07-01') }), // 91 days
      pairing('P3', 'M3', '2025-01-01', { lastMeeting: d('2026-03-01') }), // 213 days
      pairing('P4', 'M4', '2025-01-01', { lastMeeting: d('2026-01-01'), end: d('2026-09-30') }), // ended at A: not active
      pairing('P5', 'M5', '2025-01-01'), // no LastMeeting: not judged
    ];
    const f = pairingFindings(programFixture(A, { pairings }), A);
    expect(f.inactive.map((p) => [p.personId, p.mentorId, p.daysSinceMeeting, p.lastMeeting])).toEqual([
      ['P3', 'M3', 213, '2026-03-01'],
      ['P2', 'M2', 91, '2026-07-01'],
    ]);
    expect(f.inactive[1].pairingRow).toBe(pairings[1].row);
  });

  test('low satisfaction: the mentee’s mean about that mentor this quarter at most 40% of the scale', () => {
    const pairings = [pairing('P1', 'M1', '2025-01-01'), pairing('P2', 'M2', '2025-01-01'), pairing('P3', 'M3', '2025-01-01'), pairing('P4', 'M4', '2025-01-01', { end: d('2026-08-01') })];
    const surveys = [
      // P1 about M1: (1 + 3) / 2 = 2.0 ≤ 2.0 → low
      answer('P1', 'M1', '2026-07-15', 1),
      answer('P1', 'M1', '2026-08-15', 3),
      // an answer before the quarter does not count (it would pull the mean up)
      answer('P1', 'M1', '2026-06-30', 5),
      // P2 about M2: (2 + 3) / 2 = 2.5 > 2.0 → not low
      answer('P2', 'M2', '2026-07-15', 2),
      answer('P2', 'M2', '2026-08-15', 3),
      // P3's low answer is about another mentor, and a mentor's own answer about P3 is not the mentee's
      answer('P3', 'M9', '2026-07-15', 1),
      answer('M3', 'P3', '2026-07-15', 1, { respondentRole: 'Mentor', instrument: 'Mentor pulse' }),
      // 0–10 scale: 4 ≤ 0.4 × 10 → low
      answer('P3', 'M3', '2026-09-01', 4, { instrument: 'Program NPS', scaleMax: 10 }),
      // P4's pairing ended before A: not active, not listed
      answer('P4', 'M4', '2026-07-15', 1),
    ];
    const f = pairingFindings(programFixture(A, { pairings, surveys }), A);
    expect(f.lowSatisfaction.map((p) => [p.personId, p.mentorId, p.instrument, p.answers, p.meanScore, p.scaleMax])).toEqual([
      // both at 40% of their scale: in Pairings row order
      ['P1', 'M1', 'Mentee satisfaction', 2, 2, 5],
      ['P3', 'M3', 'Program NPS', 1, 4, 10],
    ]);
  });

  test('an answer without a RespondentRole counts when the instrument names mentees', () => {
    const pairings = [pairing('P1', 'M1', '2025-01-01')];
    const surveys = [answer('P1', 'M1', '2026-08-01', 1, { respondentRole: undefined })];
    expect(pairingFindings(programFixture(A, { pairings, surveys }), A).lowSatisfaction).toHaveLength(1);
    const climate = [answer('P1', 'M1', '2026-08-01', 1, { respondentRole: undefined, instrument: 'Climate' })];
    expect(pairingFindings(programFixture(A, { pairings, surveys: climate }), A).lowSatisfaction).toHaveLength(0);
  });
});
