import type { CellValue } from '../model/cell';
import type { Day } from '../model/day';
import { generateSample, type SampleWorkbook } from './generateSample';
import { day, num, str, table, type Table } from './sampleAudit.test-helpers';

/**
 * Planted finding 8 (`mentorRequests.ts`), checked from the rows alone: the mentees who asked for a new
 * mentor, the Preferences sheet, and the preference trap, whose scores are worked out here by hand
 * from matching.md ("Score of a pair", default weights; "Hard rules"), with no code of the generator
 * and no suggestion engine.
 */

const ASKED = 'Mentee asked for a new mentor';
const standard = generateSample({ size: 'standard', seed: 42 });
const seven = generateSample({ size: 'standard', seed: 7 });

interface Rows {
  P: Table;
  M: Table;
  PR: Table;
  S: Table;
  W: Table;
}
const rowsOf = (s: SampleWorkbook): Rows => ({
  P: table(s.sheets, 'Participants'),
  M: table(s.sheets, 'Mentors'),
  PR: table(s.sheets, 'Pairings'),
  S: table(s.sheets, 'Surveys'),
  W: table(s.sheets, 'Preferences'),
});
const byId = (t: Table, col: string): Map<string, readonly CellValue[]> => new Map(t.rows.map((r) => [str(t, r, col)!, r]));

/** active participants at A (metrics.md): InProgram, ProgramStart ≤ A, not exited by A, Status not Withdrawn/Completed */
function activeParticipants({ P }: Rows, a: Day): string[] {
  return P.rows
    .filter((r) => str(P, r, 'InProgram') === 'Y' && day(P, r, 'ProgramStart') <= a && !(day(P, r, 'ExitDate') <= a) && str(P, r, 'Status') === 'Active')
    .map((r) => str(P, r, 'PersonID')!);
}

/** a pairing active at A: Start ≤ A, End blank or after A */
const activeAt = (PR: Table, r: readonly CellValue[], a: Day): boolean => day(PR, r, 'Start') <= a && !(day(PR, r, 'End') <= a);

/** The managers above an id, nearest first (ManagerID of Participants and Mentors together). */
function chainOf({ P, M }: Rows, id: string): string[] {
  const manager = new Map<string, string | null>();
  for (const r of P.rows) manager.set(str(P, r, 'PersonID')!, str(P, r, 'ManagerID'));
  for (const r of M.rows) if (!manager.get(str(M, r, 'MentorID')!)) manager.set(str(M, r, 'MentorID')!, str(M, r, 'ManagerID'));
  const out: string[] = [];
  for (let m = manager.get(id) ?? null; m !== null && out.length < 64; m = manager.get(m) ?? null) out.push(m);
  return out;
}

interface Scored {
  readonly mentorId: string;
  readonly score: number;
  /** the hard rules of matching.md this pair breaks */
  readonly breaks: readonly string[];
}

/**
 * matching.md's score, for the Mentor role, of mentee `personId` with every Internal mentor, from the
 * rows: 100 × Σ wᵢ·cᵢ / Σ wᵢ with the default weights (BU 2, function 2, seniority 2, track fit 1,
 * location 1, preference 3, load balance 1, giver satisfaction 1; every column exists in the sample),
 * and the hard rules each pair breaks.
 */
function scoreAll(rows: Rows, personId: string, a: Day): Scored[] {
  const { P, M, PR, S, W } = rows;
  const people = byId(P, 'PersonID');
  const me = people.get(personId)!;
  const myChain = chainOf(rows, personId);
  const ranks = new Map(W.rows.filter((r) => str(W, r, 'PersonID') === personId).map((r) => [str(W, r, 'MentorID')!, num(W, r, 'Rank')]));
  const out: Scored[] = [];
  for (const m of M.rows) {
    if (str(M, m, 'MentorType') !== 'Internal mentor') continue;
    const id = str(M, m, 'MentorID')!;
    // a giver who is also a Participants row with ExitDate ≤ A is out
    const asPerson = people.get(id);
    if (asPerson !== undefined && day(P, asPerson, 'ExitDate') <= a) continue;
    const theirs = PR.rows.filter((r) => str(PR, r, 'MentorID') === id);
    const activeMentees = new Set(theirs.filter((r) => activeAt(PR, r, a)).map((r) => str(PR, r, 'PersonID'))).size;
    const capacity = num(M, m, 'Capacity');
    const breaks: string[] = [];
    if (id === personId) breaks.push('same person');
    if (myChain.includes(id) || chainOf(rows, id).includes(personId)) breaks.push('reporting chain');
    if (theirs.some((r) => str(PR, r, 'PersonID') === personId && day(PR, r, 'Start') <= a)) breaks.push('paired before');
    if (!(num(M, m, 'Level') >= num(P, me, 'Level') + 1)) breaks.push('level gap');
    if (!(capacity - activeMentees > 0)) breaks.push('no spare capacity');

    const differs = (col: string) => (str(M, m, col) !== null && str(P, me, col) !== null && str(M, m, col) !== str(P, me, col) ? 1 : 0);
    const d = num(M, m, 'Level') - num(P, me, 'Level');
    const seniority = d >= 2 && d <= 4 ? 1 : d === 1 || d === 5 ? 0.5 : 0;
    const earlier = [...new Set(theirs.filter((r) => day(PR, r, 'Start') <= a).map((r) => str(PR, r, 'PersonID')!))];
    const myTrack = str(P, me, 'Track');
    const trackFit = earlier.length === 0 ? 0 : earlier.filter((q) => str(P, people.get(q)!, 'Track') === myTrack).length / earlier.length;
    const location = str(M, m, 'Location') !== null && str(M, m, 'Location') === str(P, me, 'Location') ? 1 : 0;
    const rank = ranks.get(id);
    const preference = rank === undefined ? 0 : [1, 0.8, 0.6, 0.4, 0.2][rank - 1]!;
    const load = 1 - activeMentees / capacity;
    const answers = S.rows.filter((r) => str(S, r, 'Instrument') === 'Mentee satisfaction' && str(S, r, 'AboutID') === id && day(S, r, 'Date') <= a);
    const satisfaction = answers.length === 0 ? 0.5 : answers.reduce((sum, r) => sum + (num(S, r, 'Score') - 1) / (num(S, r, 'ScaleMax') - 1), 0) / answers.length;
    const weighted = 2 * differs('BusinessUnit') + 2 * differs('Function') + 2 * seniority + trackFit + location + 3 * preference + load + satisfaction;
    out.push({ mentorId: id, score: (100 * weighted) / 13, breaks });
  }
  return out;
}

describe('the mentees who asked for a new mentor (planted finding 8)', () => {
  test.each([
    ['seed 42', standard],
    ['seed 7', seven],
  ])('%s: exactly the active participants with no active Mentor pairing at A, each after a pairing ended at their request', (_name, s) => {
    const rows = rowsOf(s);
    const { PR, S } = rows;
    const a = s.asOf;
    const withoutMentor = activeParticipants(rows, a).filter(
      (id) => !PR.rows.some((r) => str(PR, r, 'PersonID') === id && str(PR, r, 'Role') === 'Mentor' && activeAt(PR, r, a)),
    );
    expect(s.planted.mentorUnpaired).toHaveLength(3);
    expect(withoutMentor).toEqual(s.planted.mentorUnpaired);
    for (const id of s.planted.mentorUnpaired) {
      const mentorRows = PR.rows.filter((r) => str(PR, r, 'PersonID') === id && str(PR, r, 'Role') === 'Mentor');
      const last = mentorRows.reduce((x, y) => (day(PR, y, 'Start') > day(PR, x, 'Start') ? y : x));
      expect(str(PR, last, 'EndReason')).toBe(ASKED);
      const [start, end, lastMeeting] = [day(PR, last, 'Start'), day(PR, last, 'End'), day(PR, last, 'LastMeeting')];
      // ended a week to a month and a half before A, after at least half a year together
      expect(a - end).toBeGreaterThanOrEqual(7);
      expect(a - end).toBeLessThanOrEqual(45);
      expect(end - start).toBeGreaterThanOrEqual(180 - 45);
      expect(start <= lastMeeting && lastMeeting <= end).toBe(true);
      expect(num(PR, last, 'Sessions')).toBeGreaterThan(0);
      // nobody rated the pairing after it ended
      const mentorId = str(PR, last, 'MentorID')!;
      const about = S.rows.filter(
        (r) =>
          (str(S, r, 'RespondentID') === id && str(S, r, 'AboutID') === mentorId) || (str(S, r, 'RespondentID') === mentorId && str(S, r, 'AboutID') === id),
      );
      expect(about.length).toBeGreaterThan(0);
      expect(about.every((r) => day(S, r, 'Date') < end)).toBe(true);
    }
    // the only ones: no other pairing in the sample has this EndReason
    expect(PR.rows.filter((r) => str(PR, r, 'EndReason') === ASKED).map((r) => str(PR, r, 'PersonID')).sort()).toEqual(s.planted.mentorUnpaired);
  });

  test('none of them is the planted conflict, the inactive pairing, or a mentee of an over-capacity mentor', () => {
    const p = standard.planted;
    const involved = [p.reportingChainConflict!.personId, p.inactivePairing!.personId, ...p.overCapacity.flatMap((o) => o.personIds)];
    for (const id of p.mentorUnpaired) expect(involved).not.toContain(id);
  });
});

describe('the Preferences sheet of the sample', () => {
  test.each([
    ['seed 42', standard],
    ['seed 7', seven],
  ])('%s: a few dozen wishes of about thirty active participants, ranks 1 to 3 mostly, other business units more often', (_name, s) => {
    const rows = rowsOf(s);
    const { P, M, W } = rows;
    const people = byId(P, 'PersonID');
    const mentors = byId(M, 'MentorID');
    const active = new Set(activeParticipants(rows, s.asOf));
    expect(W.header).toEqual(['PersonID', 'MentorID', 'Rank']);
    expect(W.rows.length).toBeGreaterThanOrEqual(36);
    expect(W.rows.length).toBeLessThanOrEqual(96);
    expect(s.counts.preferences).toBe(W.rows.length);
    const wishers = [...new Set(W.rows.map((r) => str(W, r, 'PersonID')!))];
    expect(wishers).toHaveLength(30);
    for (const id of wishers) expect(active.has(id)).toBe(true);
    for (const id of s.planted.mentorUnpaired) expect(wishers).toContain(id);
    // each wisher's ranks are 1, 2, … with no gap, each mentor once
    for (const id of wishers) {
      const mine = W.rows.filter((r) => str(W, r, 'PersonID') === id);
      expect(mine.map((r) => num(W, r, 'Rank'))).toEqual(mine.map((_, k) => k + 1));
      expect(new Set(mine.map((r) => str(W, r, 'MentorID'))).size).toBe(mine.length);
    }
    const ranks = W.rows.map((r) => num(W, r, 'Rank'));
    expect(ranks.filter((r) => r <= 3).length / ranks.length).toBeGreaterThanOrEqual(0.85);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(5);
    let otherBu = 0;
    for (const r of W.rows) {
      const mentor = mentors.get(str(W, r, 'MentorID')!)!;
      expect(str(M, mentor, 'MentorType')).toBe('Internal mentor');
      if (str(M, mentor, 'BusinessUnit') !== str(P, people.get(str(W, r, 'PersonID')!)!, 'BusinessUnit')) otherBu++;
    }
    expect(otherBu / W.rows.length).toBeGreaterThan(0.5);
    // the one wish for someone in the wisher's own reporting chain is the trap's
    const inChain = W.rows.filter((r) => chainOf(rows, str(W, r, 'PersonID')!).includes(str(W, r, 'MentorID')!));
    expect(inChain.map((r) => [str(W, r, 'PersonID'), str(W, r, 'MentorID'), num(W, r, 'Rank')])).toEqual([
      [s.planted.preferenceTrap!.personId, s.planted.preferenceTrap!.mentorId, 1],
    ]);
  });
});

describe('the preference trap (planted finding 8)', () => {
  test('seed 42: the ids, as documented in src/sample/README.md', () => {
    expect(standard.planted.mentorUnpaired).toEqual(['E101157', 'E101616', 'E101679']);
    expect(standard.planted.preferenceTrap).toMatchObject({
      personId: 'E101679',
      mentorId: 'M0024',
      managerId: 'E101856',
      relation: "mentor is the mentee's manager's manager",
      nextBestMentorId: 'M0035',
    });
  });

  test.each([
    ['seed 42', standard],
    ['seed 7', seven],
  ])('%s: the mentee ranks first a mentor up their reporting chain, who would score highest by matching.md; the best allowed one scores less', (_name, s) => {
    const rows = rowsOf(s);
    const trap = s.planted.preferenceTrap!;
    expect(s.planted.mentorUnpaired).toContain(trap.personId);
    const { W } = rows;
    const first = W.rows.find((r) => str(W, r, 'PersonID') === trap.personId && num(W, r, 'Rank') === 1)!;
    expect(str(W, first, 'MentorID')).toBe(trap.mentorId);

    // the reporting chain: the mentee's manager, then the trap mentor above them
    const chain = chainOf(rows, trap.personId);
    expect(chain[0]).toBe(trap.managerId);
    expect(chain.indexOf(trap.mentorId)).toBe(trap.relation === "mentor is the mentee's manager's manager" ? 1 : 2);

    const scored = scoreAll(rows, trap.personId, s.asOf);
    const trapScored = scored.find((x) => x.mentorId === trap.mentorId)!;
    // the trap breaks the reporting-chain rule and no other
    expect(trapScored.breaks).toEqual(['reporting chain']);
    // ... and scores highest of every internal mentor that breaks no other rule, by at least 2 points
    const rivals = scored.filter((x) => x.mentorId !== trap.mentorId && x.breaks.every((b) => b === 'reporting chain'));
    expect(rivals.length).toBeGreaterThan(5);
    expect(Math.max(...rivals.map((x) => x.score))).toBeLessThanOrEqual(trapScored.score - 2);
    // the best mentor that breaks no hard rule at all
    const allowed = scored.filter((x) => x.breaks.length === 0).sort((x, y) => y.score - x.score);
    expect(allowed[0]!.mentorId).toBe(trap.nextBestMentorId);
    expect(allowed[0]!.score).toBeLessThan(trapScored.score);
    // the figures the planted record reports are these
    expect(trap.score).toBeCloseTo(trapScored.score, 9);
    expect(trap.nextBestScore).toBeCloseTo(allowed[0]!.score, 9);
  });
});
