import { dayFromIso } from '../calendar/dayFromIso';
import { intake } from '../intake/intake';
import type { ProgramData } from '../model/program';
import type { Pairing, PairingRole, Participant, Rotation } from '../model/records';
import { generateSample } from '../sample/generateSample';
import { computeOperations, computeRotations, type OperationsRotations } from './operations';
import type { NotAvailable } from './metricResults';
import { programFixture } from './programFixture.test-helpers';

// ----- a tiny ProgramData builder -----------------------------------------------------------------

const d = dayFromIso;
let row = 1;

function person(personId: string, start: string | undefined, more: Partial<Participant> = {}): Participant {
  return { row: ++row, personId, inProgram: start !== undefined, programStart: start ? d(start) : undefined, attributes: {}, ...more };
}
function pairing(personId: string, mentorId: string, role: PairingRole, start: string, more: { end?: string; lastMeeting?: string; sessions?: number; hours?: number } = {}): Pairing {
  return {
    row: ++row,
    personId,
    mentorId,
    role,
    start: d(start),
    end: more.end ? d(more.end) : undefined,
    lastMeeting: more.lastMeeting ? d(more.lastMeeting) : undefined,
    sessions: more.sessions,
    hours: more.hours,
  };
}
function rotation(personId: string, fn: string, start: string, more: { end?: string; cp?: string; rating?: number; status?: Rotation['status'] } = {}): Rotation {
  return {
    row: ++row,
    personId,
    function: fn,
    start: d(start),
    end: more.end ? d(more.end) : undefined,
    checkpointDate: more.cp ? d(more.cp) : undefined,
    checkpointRating: more.rating,
    status: more.status,
  };
}


function program(parts: Parameters<typeof programFixture>[1], columns: Parameters<typeof programFixture>[2] = {}): ProgramData {
  return programFixture(A, parts, columns);
}

function available(r: OperationsRotations | NotAvailable): OperationsRotations {
  if ('available' in r) throw new Error(r.reason);
  return r;
}

// ----- the fixture (A = 2026-09-30) -------------------------------------------------------------------

const A = d('2026-09-30');

const participants = [
  person('P1', '2025-01-01', { status: 'Active' }),
  person('P2', '2025-06-01'),
  person('P3', '2026-01-01'),
  person('P4', '2025-01-01', { exitDate: d('2026-03-31') }), // left: not active, but started
  person('P5', '2025-01-01', { status: 'Withdrawn' }), // not active, but started
  person('P6', '2026-10-15'), // starts after A
  person('C1', undefined, { eligibleDate: d('2024-01-01') }), // comparison pool
];
// active participants at A: P1, P2, P3 (3); participants who started by A: P1–P5 (5)

const pairings = [
  // A − 2026-07-02 = 90 days: met within the 90 days before A, still active
  pairing('P1', 'M1', 'Mentor', '2025-01-01', { lastMeeting: '2026-07-02', sessions: 10, hours: 15 }),
  // End = A: not active at A (End must be after A)
  pairing('P1', 'K1', 'Coach', '2026-01-01', { end: '2026-09-30', lastMeeting: '2026-09-15', sessions: 4, hours: 4 }),
  // A − 2026-07-01 = 91 days: inactive
  pairing('P2', 'M2', 'Mentor', '2025-06-01', { lastMeeting: '2026-07-01', sessions: 6, hours: 6 }),
  // starts after A: not active, so P3 has no active pairing
  pairing('P3', 'M3', 'Mentor', '2026-10-01'),
  // active (an active pairing of a mentee who left still counts as an active pairing); no LastMeeting
  pairing('P4', 'M1', 'Mentor', '2025-01-01', { hours: 3 }),
  // End after A: active
  pairing('P2', 'S1', 'Sponsor', '2026-03-01', { end: '2026-12-31', lastMeeting: '2026-09-01', sessions: 3, hours: 1.5 }),
];

const rotations = [
  // P1 Finance, one rotation on two checkpoint rows; the latest row says Completed
  rotation('P1', 'Finance', '2026-01-01', { end: '2026-05-31', cp: '2026-02-15', rating: 4, status: 'Active' }),
  rotation('P1', 'Finance', '2026-01-01', { end: '2026-05-31', cp: '2026-04-15', rating: 5, status: 'Completed' }),
  // P2 Product: Status blank, End ≤ A → completed
  rotation('P2', 'Product', '2026-02-01', { end: '2026-07-31', cp: '2026-04-30', rating: 3 }),
  // P3 Product: Status blank, End after A → not completed; one checkpoint due unrated, one not due
  rotation('P3', 'Product', '2026-06-01', { end: '2026-12-31', cp: '2026-09-01' }),
  rotation('P3', 'Product', '2026-06-01', { end: '2026-12-31', cp: '2026-11-01' }),
  // P3 Customer Experience: Status Completed but End after A → not (yet) completed at A
  rotation('P3', 'Customer Experience', '2026-07-01', { end: '2026-10-31', status: 'Completed' }),
  // P4 Operations: Cancelled → not completed
  rotation('P4', 'Operations', '2025-06-01', { end: '2025-10-31', cp: '2025-08-01', rating: 2, status: 'Cancelled' }),
  // P5 Finance, starting on A: covered, not completed
  rotation('P5', 'Finance', '2026-09-30', { status: 'Planned' }),
  // P2 Finance, active; its checkpoint is on A: due and rated
  rotation('P2', 'Finance', '2026-08-01', { cp: '2026-09-30', rating: 4, status: 'Active' }),
  // P1 Operations starts after A: not counted for coverage
  rotation('P1', 'Operations', '2026-10-05', { status: 'Planned' }),
  // P6 started the program after A: left out altogether
  rotation('P6', 'Product', '2026-10-20', { cp: '2026-09-30', rating: 1 }),
];

const data = program({ participants, pairings, rotations });
const ops = computeOperations(data, A);

// ----- tests --------------------------------------------------------------------------------------

describe('computeOperations: pairings, by hand', () => {
  test('match rate: active participants with an active pairing ÷ active participants, with a Wilson interval', () => {
    // active P1, P2, P3; P1 (M1) and P2 (M2, S1) have an active pairing, P3's starts after A → 2/3
    // Wilson(2, 3): z²/n = 1.2804863, centre (0.6666667 + 0.6402431)/2.2804863 = 0.5730838,
    // half 1.959964·√(0.0740741 + 0.1067072)/2.2804863 = 0.3654242 → [0.2076596, 0.9385081]
    expect(ops.activeParticipants).toBe(3);
    expect(ops.matchRate.matched).toBe(2);
    expect(ops.matchRate.n).toBe(3);
    expect(ops.matchRate.value).toBeCloseTo(2 / 3, 12);
    expect(ops.matchRate.lower).toBeCloseTo(0.2076596, 6);
    expect(ops.matchRate.upper).toBeCloseTo(0.9385081, 6);
    expect(ops.matchRate.reason).toBeUndefined();
  });

  test('active pairings; inactive = LastMeeting more than 90 days before A (90 is still active, 91 is not)', () => {
    // active: P1–M1, P2–M2, P4–M1, P2–S1 (P1–K1 ends on A, P3–M3 starts after A)
    expect(ops.activePairings).toBe(4);
    // with a LastMeeting: P1–M1 (90 days), P2–M2 (91 days), P2–S1 (29 days); P4–M1 has none
    expect(ops.pairingsWithLastMeeting).toBe(3);
    expect(ops.inactivePairings).toBe(1);
    expect(ops.inactivePairingsReason).toBeUndefined();
  });

  test('sessions and hours per active pairing: n with a value, mean, median', () => {
    // sessions 10, 6, 3 (P4–M1 blank): mean 19/3, median 6
    expect(ops.sessionsPerActivePairing.n).toBe(3);
    expect(ops.sessionsPerActivePairing.mean).toBeCloseTo(19 / 3, 12);
    expect(ops.sessionsPerActivePairing.median).toBe(6);
    // hours 15, 6, 3, 1.5: mean 25.5/4 = 6.375, median (3 + 6)/2 = 4.5
    expect(ops.hoursPerActivePairing).toEqual({ n: 4, mean: 6.375, median: 4.5 });
  });

  test('no active participant: no match rate, with the reason', () => {
    const r = computeOperations(program({ participants: [person('P4', '2025-01-01', { exitDate: d('2026-03-31') })], pairings }), A);
    expect(r.matchRate).toEqual({ value: null, matched: 0, n: 0, lower: null, upper: null, reason: 'no active participants at the as-of date' });
  });

  test('no Pairings sheet: the match rate is not available, never 0', () => {
    const r = computeOperations(program({ participants }, { Pairings: [] }), A);
    expect(r.matchRate.value).toBeNull();
    expect(r.matchRate.n).toBe(3);
    expect(r.matchRate.reason).toBe('not available: the workbook has no Pairings sheet');
    expect(r.inactivePairingsReason).toBe('not available: the workbook has no Pairings sheet');
    expect(r.sessionsPerActivePairing).toEqual({ n: 0, mean: null, median: null, reason: 'not available: the workbook has no Pairings sheet' });
  });

  test('a Pairings sheet without LastMeeting or Hours: those figures say why', () => {
    const r = computeOperations(program({ participants, pairings: [pairing('P1', 'M1', 'Mentor', '2025-01-01', { sessions: 2 })] }, {
      Pairings: ['PersonID', 'MentorID', 'Start', 'Sessions'],
    }), A);
    expect(r.matchRate.value).toBeCloseTo(1 / 3, 12);
    expect(r.inactivePairingsReason).toBe('not available: the Pairings sheet has no LastMeeting column');
    expect(r.hoursPerActivePairing.reason).toBe('not available: the Pairings sheet has no Hours column');
    expect(r.sessionsPerActivePairing).toEqual({ n: 1, mean: 2, median: 2 });
  });
});

describe('computeOperations: rotations, by hand', () => {
  const rot = available(ops.rotations);

  test('a rotation on several checkpoint rows is counted once; completed by Status or by End', () => {
    // rotations of P1–P5 starting by A: P1 Finance (2 rows), P2 Product, P3 Product (2 rows),
    // P3 Customer Experience, P4 Operations, P5 Finance, P2 Finance = 7 (P1 Operations starts after A)
    expect(rot.rotationCount).toBe(7);
    // completed: P1 Finance (Status Completed on its latest row), P2 Product (Status blank, End ≤ A)
    expect(rot.completedRotations).toBe(2);
    expect(rot.participantsWithCompleted).toBe(2);
    expect(rot.participants).toBe(5);
    expect(rot.share).toBeCloseTo(0.4, 12);
  });

  test('coverage and mean checkpoint rating by Function', () => {
    expect(rot.byFunction).toEqual([
      // P3 (Status Completed, but End after A: covered, not completed)
      { function: 'Customer Experience', participants: 1, coverage: 0.2, ratedParticipants: 0, checkpointRatings: 0, meanCheckpointRating: null },
      // P1, P5 (starts on A), P2; ratings 4, 5 (P1's two rows), 4 (P2, checkpoint on A) → 13/3, from 2 people
      { function: 'Finance', participants: 3, coverage: 0.6, ratedParticipants: 2, checkpointRatings: 3, meanCheckpointRating: expect.closeTo(13 / 3, 12) },
      // P4 (Cancelled still covers); P1's starts after A; rating 2
      { function: 'Operations', participants: 1, coverage: 0.2, ratedParticipants: 1, checkpointRatings: 1, meanCheckpointRating: 2 },
      // P2, P3 (P6 left out); rating 3
      { function: 'Product', participants: 2, coverage: 0.4, ratedParticipants: 1, checkpointRatings: 1, meanCheckpointRating: 3 },
    ]);
  });

  test('checkpoints due by A and the share rated', () => {
    // due: P1 02-15, P1 04-15, P2 04-30, P3 09-01, P4 2025-08-01, P2 09-30 (on A) = 6; P3 11-01 not due
    // rated: all but P3 09-01 = 5
    expect(rot.checkpointsDue).toBe(6);
    expect(rot.checkpointsRated).toBe(5);
    expect(rot.checkpointRatedShare).toBeCloseTo(5 / 6, 12);
  });

  test('the latest row’s Status stands, whatever the sheet order', () => {
    const rows = [
      rotation('P1', 'Finance', '2026-01-01', { end: '2026-05-31', cp: '2026-04-15', status: 'Completed' }),
      rotation('P1', 'Finance', '2026-01-01', { end: '2026-05-31', cp: '2026-02-15', status: 'Active' }),
    ];
    expect(available(computeRotations(program({ participants, rotations: rows }), A)).completedRotations).toBe(1);
    const cancelledLast = [rows[1], { ...rows[0], checkpointDate: d('2026-05-01'), status: 'Cancelled' as const }];
    expect(available(computeRotations(program({ participants, rotations: cancelledLast }), A)).completedRotations).toBe(0);
  });

  test('no Rotations sheet: not available', () => {
    expect(computeOperations(program({ participants, pairings }, { Rotations: [] }), A).rotations).toEqual({
      available: false,
      reason: 'not available: the workbook has no Rotations sheet',
    });
  });
});

describe('computeOperations: the sample program', () => {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const { data: sampleData } = intake(sample.sheets, { asOf: sample.asOf });
  const r = computeOperations(sampleData, sample.asOf);

  test('planted finding 5: exactly one inactive pairing', () => {
    const planted = sample.planted.inactivePairing!;
    expect(planted.daysSinceLastMeeting).toBeGreaterThan(90);
    expect(r.inactivePairings).toBe(1);
    const inactive = sampleData.pairings.filter(
      (p) => p.start <= sample.asOf && (p.end === undefined || p.end > sample.asOf) && p.lastMeeting !== undefined && sample.asOf - p.lastMeeting > 90,
    );
    expect(inactive.map((p) => [p.personId, p.mentorId, p.row])).toEqual([[planted.personId, planted.mentorId, planted.pairingRow]]);
  });

  test('every figure is there', () => {
    // a participant past the 15–24-month mentoring phase has no active pairing: about 78% are matched
    expect(r.matchRate.value).toBeGreaterThan(0.5);
    expect(r.matchRate.value).toBeLessThanOrEqual(1);
    expect(r.matchRate.lower!).toBeLessThan(r.matchRate.value!);
    expect(r.activePairings).toBeGreaterThan(0);
    const rot = available(r.rotations);
    expect(rot.participants).toBe(sample.counts.participants);
    expect(rot.byFunction.map((f) => f.function)).toEqual(['Customer Experience', 'Finance', 'Operations', 'Product']);
    expect(rot.checkpointRatedShare!).toBeGreaterThan(0.85);
  });
});
