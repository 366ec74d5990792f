import fc from 'fast-check';
import type { ProgramData } from '../model/program';
import type { Mentor, MentorType, Pairing, PairingRole, Participant, ParticipantStatus } from '../model/records';
import { mulberry32 } from '../stats/seededRandom.test-helpers';
import { A, program } from './matchingFixture.test-helpers';
import { NO_CONFLICT_FREE_GIVER, ALL_GIVERS_FULL, suggestPairings, type SuggestOptions } from './suggestPairings';

/**
 * Random programs, and every rule of matching.md checked on the suggestions by code written here from
 * the spec's words (never the engine's helpers).
 */
function randomProgram(seed: number, size: { people: number; mentors: number }): ProgramData {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const maybe = <T>(p: number, v: () => T): T | undefined => (random() < p ? v() : undefined);
  const people: string[] = Array.from({ length: size.people }, (_, i) => `P${i}`);
  const mentorIds: string[] = Array.from({ length: size.mentors }, (_, i) => (random() < 0.25 ? pick(people) : `M${i}`));
  const uniqueMentors = [...new Set(mentorIds)];
  // managers only point to ids earlier in one global order: no cycle
  const order = [...new Set([...people, ...uniqueMentors])].sort(() => random() - 0.5);
  const position = new Map(order.map((id, i) => [id, i]));
  const managerOf = (id: string) => maybe(0.6, () => order[Math.floor(random() * position.get(id)!)]) ?? undefined;
  const levels = () => maybe(0.85, () => 1 + Math.floor(random() * 10));
  let row = 1;
  const participants: Participant[] = people.map((personId) => {
    const level = levels();
    const status = pick<ParticipantStatus | undefined>([undefined, undefined, 'Active', 'Withdrawn', 'Completed']);
    return {
      row: ++row,
      personId,
      inProgram: random() < 0.85,
      programStart: maybe(0.9, () => A - Math.floor(random() * 900) + (random() < 0.1 ? 30 : 0)),
      programEnd: maybe(0.3, () => A - 100 + Math.floor(random() * 200)),
      status,
      exitDate: maybe(0.15, () => A - 200 + Math.floor(random() * 400)),
      level: level === undefined ? undefined : String(level),
      levelNumber: level,
      businessUnit: maybe(0.9, () => pick(['Sales', 'Finance', 'Ops'])),
      function: maybe(0.9, () => pick(['HR', 'IT'])),
      location: maybe(0.9, () => pick(['Paris', 'Lyon'])),
      track: maybe(0.9, () => pick(['Tech', 'People'])),
      managerId: position.get(personId)! > 0 ? managerOf(personId) : undefined,
      attributes: {},
    };
  });
  const mentors: Mentor[] = uniqueMentors.map((mentorId) => {
    const level = levels();
    return {
      row: ++row,
      mentorId,
      mentorType: pick<MentorType>(['Internal mentor', 'External coach', 'Sponsor']),
      level: level === undefined ? undefined : String(level),
      levelNumber: level,
      businessUnit: maybe(0.8, () => pick(['Sales', 'Finance', 'Ops'])),
      location: maybe(0.8, () => pick(['Paris', 'Lyon'])),
      capacity: maybe(0.7, () => Math.floor(random() * 4)),
      vendor: maybe(0.7, () => pick(['Acme', ' acme ', 'Beta'])),
      managerId: managerOf(mentorId),
      attributes: {},
    };
  });
  const pairings: Pairing[] = Array.from({ length: Math.floor(random() * size.people * 1.5) }, () => {
    const start = A - Math.floor(random() * 800) + (random() < 0.1 ? 20 : 0);
    return {
      row: ++row,
      personId: pick(people),
      mentorId: pick(uniqueMentors),
      role: pick<PairingRole>(['Mentor', 'Coach', 'Sponsor']),
      start,
      end: maybe(0.5, () => start + Math.floor(random() * 700)),
    };
  });
  return program({ participants, mentors, pairings });
}

const TYPE: Record<PairingRole, MentorType> = { Mentor: 'Internal mentor', Coach: 'External coach', Sponsor: 'Sponsor' };

/** matching.md's who and hard rules, written out plainly. */
function rulesOf(data: ProgramData, options: SuggestOptions) {
  const role = options.role;
  const person = new Map<string, Participant>();
  for (const p of data.participants) if (!person.has(p.personId)) person.set(p.personId, p);
  const mentorRow = new Map<string, Mentor>();
  for (const m of data.mentors) if (!mentorRow.has(m.mentorId)) mentorRow.set(m.mentorId, m);
  const activePairing = (p: Pairing) => p.start <= A && (p.end === undefined || p.end > A);
  const activeParticipant = (p: Participant) =>
    p.inProgram &&
    p.programStart !== undefined &&
    p.programStart <= A &&
    !(p.exitDate !== undefined && p.exitDate <= A) &&
    !((p.status === 'Withdrawn' || p.status === 'Completed') && (p.programEnd === undefined || p.programEnd <= A));
  const mentees = [...person.values()].filter((p) => activeParticipant(p) && !data.pairings.some((q) => q.personId === p.personId && q.role === role && activePairing(q)));
  const givers = [...mentorRow.values()].filter((m) => m.mentorType === TYPE[role] && !((person.get(m.mentorId)?.exitDate ?? Infinity) <= A));
  const manager = new Map<string, string>();
  for (const p of person.values()) if (p.managerId !== undefined) manager.set(p.personId, p.managerId);
  for (const m of mentorRow.values()) if (!manager.has(m.mentorId) && m.managerId !== undefined) manager.set(m.mentorId, m.managerId);
  const isAbove = (a: string, b: string) => {
    const seen = new Set<string>();
    for (let cur = manager.get(b); cur !== undefined && !seen.has(cur); cur = manager.get(cur)) {
      if (cur === a) return true;
      seen.add(cur);
    }
    return false;
  };
  const activeMentees = (mentorId: string) => new Set(data.pairings.filter((p) => p.mentorId === mentorId && activePairing(p)).map((p) => p.personId)).size;
  const capacity = (m: Mentor) => m.capacity ?? options.defaultCapacity ?? 3;
  const level = (m: Mentor) => m.levelNumber ?? person.get(m.mentorId)?.levelNumber;
  const fold = (v: string) => v.trim().toLowerCase();
  /** every rule but capacity */
  const conflictFree = (p: Participant, m: Mentor): boolean => {
    if (p.personId === m.mentorId || isAbove(m.mentorId, p.personId) || isAbove(p.personId, m.mentorId)) return false;
    if (!options.allowRepeat && data.pairings.some((q) => q.personId === p.personId && q.mentorId === m.mentorId && q.start <= A)) return false;
    if (role === 'Coach' && m.vendor !== undefined) {
      const clash = data.pairings.some((q) => {
        const other = mentorRow.get(q.mentorId);
        return q.personId === p.personId && q.start <= A && q.mentorId !== m.mentorId && other?.mentorType === 'External coach' && other.vendor !== undefined && fold(other.vendor) === fold(m.vendor!);
      });
      if (clash) return false;
    }
    const gl = level(m);
    if (role !== 'Coach' && gl !== undefined && p.levelNumber !== undefined && gl < p.levelNumber + (options.minLevelGap ?? 1)) return false;
    return true;
  };
  return { person, mentorRow, mentees, givers, conflictFree, activeMentees, capacity };
}

const optionsArb = fc.record({
  role: fc.constantFrom<PairingRole>('Mentor', 'Coach', 'Sponsor'),
  allowRepeat: fc.boolean(),
  minLevelGap: fc.integer({ min: 0, max: 2 }),
  defaultCapacity: fc.integer({ min: 0, max: 3 }),
});

describe('suggestPairings over random programs (fast-check)', () => {
  test('no suggestion breaks a hard rule, capacities hold, the matching is maximal and every unmatched mentee has the right reason', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 12 }), optionsArb, (seed, people, mentors, options) => {
        const data = randomProgram(seed, { people, mentors });
        const r = suggestPairings(data, A, options);
        const rules = rulesOf(data, options);
        expect(new Set(r.mentees)).toEqual(new Set(rules.mentees.map((p) => p.personId)));
        expect(new Set(r.givers.map((g) => g.mentorId))).toEqual(new Set(rules.givers.map((m) => m.mentorId)));

        const load = new Map<string, number>();
        const matched = new Set<string>();
        for (const s of r.suggestions) {
          expect(matched.has(s.personId)).toBe(false);
          matched.add(s.personId);
          const p = rules.person.get(s.personId)!;
          const m = rules.mentorRow.get(s.mentorId)!;
          expect(rules.givers).toContain(m);
          expect(rules.conflictFree(p, m)).toBe(true);
          load.set(s.mentorId, (load.get(s.mentorId) ?? 0) + 1);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100 + 1e-9);
          expect(Object.values(s.criteria).reduce((a, b) => a + b!, 0)).toBeCloseTo(s.score, 9);
        }
        const room = (m: Mentor) => rules.capacity(m) - rules.activeMentees(m.mentorId) - (load.get(m.mentorId) ?? 0);
        for (const m of rules.givers) if ((load.get(m.mentorId) ?? 0) > 0) expect(room(m)).toBeGreaterThanOrEqual(0);

        expect(r.unmatched.length + r.suggestions.length).toBe(rules.mentees.length);
        for (const u of r.unmatched) {
          const p = rules.person.get(u.personId)!;
          const free = rules.givers.filter((m) => rules.conflictFree(p, m));
          // maximal: no conflict-free giver has a place left
          for (const m of free) expect(room(m)).toBeLessThanOrEqual(0);
          expect(u.reason).toBe(free.length === 0 ? NO_CONFLICT_FREE_GIVER : ALL_GIVERS_FULL);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  test('the number matched and the total score equal the brute-force optimum over every assignment (small programs, three criteria scored here)', () => {
    // scored here independently: cross business unit (w 2), seniority (w 2), location (w 1); the others weigh 0
    const weights = { crossFunction: 0, trackFit: 0, preference: 0, loadBalance: 0, giverSatisfaction: 0 };
    const seniority = (d: number) => (d >= 2 && d <= 4 ? 1 : d === 1 || d === 5 ? 0.5 : 0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), optionsArb, (seed, options) => {
        const data = randomProgram(seed, { people: 7, mentors: 4 });
        const r = suggestPairings(data, A, { ...options, weights });
        const rules = rulesOf(data, options);
        const mentees = rules.mentees;
        const givers = rules.givers;
        const score = (p: Participant, m: Mentor) => {
          const gl = m.levelNumber ?? rules.person.get(m.mentorId)?.levelNumber;
          const bu = m.businessUnit ?? rules.person.get(m.mentorId)?.businessUnit;
          const loc = m.location ?? rules.person.get(m.mentorId)?.location;
          const c1 = p.businessUnit !== undefined && bu !== undefined && p.businessUnit !== bu ? 1 : 0;
          const c2 = p.levelNumber !== undefined && gl !== undefined ? seniority(gl - p.levelNumber) : 0;
          const c3 = p.location !== undefined && loc !== undefined && p.location === loc ? 1 : 0;
          return (100 * (2 * c1 + 2 * c2 + c3)) / 5;
        };
        const room = givers.map((m) => Math.max(0, rules.capacity(m) - rules.activeMentees(m.mentorId)));
        let best = { matched: 0, total: 0 };
        const walk = (i: number, matched: number, total: number) => {
          if (i === mentees.length) {
            if (matched > best.matched || (matched === best.matched && total > best.total + 1e-9)) best = { matched, total };
            return;
          }
          walk(i + 1, matched, total);
          givers.forEach((m, g) => {
            if (room[g] === 0 || !rules.conflictFree(mentees[i], m)) return;
            room[g]--;
            walk(i + 1, matched + 1, total + score(mentees[i], m));
            room[g]++;
          });
        };
        walk(0, 0, 0);
        expect(r.suggestions.length).toBe(best.matched);
        expect(r.totalScore).toBeCloseTo(best.total, 9);
        for (const s of r.suggestions) expect(s.score).toBeCloseTo(score(rules.person.get(s.personId)!, rules.mentorRow.get(s.mentorId)!), 9);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
