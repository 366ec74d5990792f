import fc from 'fast-check';
import type { Day } from '../model/day';
import type { Measure, Participant } from '../model/records';
import { levelBandOf } from '../equity/accessAttributes';
import { impactInput, person } from './impactFixture.test-helpers';
import type { ImpactInput } from './impactInput';
import { comparisonAsOf, measureTableOf } from './comparisonCache';
import { matchedComparison } from './matchedComparison';

/**
 * A second matcher, written straight from impact.md's text and O(n²) on purpose: for each participant
 * in (I_p, PersonID) order, scan every row, keep the candidate controls (InProgram false or
 * ProgramStart after I_p; EligibleDate ≤ I_p; ExitDate blank or after I_p; not p; unused) with the
 * same values of every variable at I_p, sort by |EligibleDate − I_p| then PersonID, take k.
 * Its values are computed here from the spec's words, not with the engine's helpers (except the
 * Level band of equity.md, which is a label rule).
 */
function naiveMatches(input: ImpactInput, asOf: Day, k: number, variables: readonly string[]): [string, string[]][] {
  const ratings = (input.measures ?? []).filter((m) => m.measure.toLowerCase().replace(/\s/g, '') === 'performancerating' && m.value !== null);
  const valueAt = (p: Participant, v: string, day: Day): string => {
    switch (v) {
      case 'Level band':
        return levelBandOf(p) ?? '(blank)';
      case 'BusinessUnit':
        return p.businessUnit ?? '(blank)';
      case 'HighPotential':
        return p.highPotential === undefined ? '(blank)' : String(p.highPotential);
      case 'Tenure band': {
        if (p.hireDate === undefined) return '(blank)';
        const years = (day - p.hireDate) / 365.25;
        return years < 2 ? 'under 2' : years < 5 ? '2 to 5' : years < 10 ? '5 to 10' : '10 and more';
      }
      default: {
        let last: Measure | undefined;
        for (const m of ratings) {
          if (m.personId !== p.personId || !(m.date < day)) continue;
          if (last === undefined || m.date > last.date || (m.date === last.date && m.row > last.row)) last = m;
        }
        return last === undefined ? '(blank)' : String(Math.round(last.value!));
      }
    }
  };
  const participants = input.participants
    .filter((p) => p.inProgram && p.programStart !== undefined && p.programStart <= asOf)
    .sort((a, b) => a.programStart! - b.programStart! || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.row - b.row));
  const used = new Set<Participant>();
  const out: [string, string[]][] = [];
  for (const p of participants) {
    const I = p.programStart!;
    const mine = variables.map((v) => valueAt(p, v, I)).join('|');
    const candidates = input.participants.filter(
      (c) =>
        c !== p &&
        !used.has(c) &&
        (!c.inProgram || (c.programStart !== undefined && c.programStart > I)) &&
        c.eligibleDate !== undefined &&
        c.eligibleDate <= I &&
        (c.exitDate === undefined || c.exitDate > I) &&
        variables.map((v) => valueAt(c, v, I)).join('|') === mine,
    );
    candidates.sort(
      (a, b) =>
        Math.abs(a.eligibleDate! - I) - Math.abs(b.eligibleDate! - I) ||
        (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.row - b.row),
    );
    const chosen = candidates.slice(0, k);
    for (const c of chosen) used.add(c);
    out.push([p.personId, chosen.map((c) => c.personId)]);
  }
  return out;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** hire dates near the band boundaries of the days the programs run on (0–60), so that bands change mid-sweep */
const hireDate = fc.oneof(
  fc.integer({ min: -4000, max: 60 }),
  fc.tuple(fc.constantFrom(731, 1827, 3653), fc.integer({ min: -5, max: 60 })).map(([b, d]) => d - b),
);

const row = fc.record({
  inProgram: fc.boolean(),
  programStart: maybe(fc.integer({ min: 0, max: 60 })),
  eligibleDate: maybe(fc.integer({ min: -10, max: 60 })),
  exitDate: maybe(fc.integer({ min: 0, max: 70 })),
  levelNumber: maybe(fc.integer({ min: 1, max: 5 })),
  businessUnit: maybe(fc.constantFrom('Sales', 'Ops')),
  highPotential: maybe(fc.boolean()),
  hireDate: maybe(hireDate),
});

const program = fc
  .record({
    rows: fc.array(row, { minLength: 3, maxLength: 45, size: 'max' }),
    ratings: fc.array(
      fc.record({ who: fc.nat(), date: fc.integer({ min: -20, max: 60 }), value: fc.constantFrom(1, 2, 2.5, 3, 3.49, 4, 4.5, 5) }),
      { maxLength: 40, size: 'max' },
    ),
    asOf: fc.integer({ min: 10, max: 65 }),
    k: fc.integer({ min: 1, max: 4 }),
    idOrder: fc.boolean(),
  })
  .map(({ rows, ratings, asOf, k, idOrder }) => {
    // PersonIDs not in row order, so that ties by PersonID are not ties by row
    const people = rows.map((r, i) =>
      person({ personId: `P${String(idOrder ? i : 99 - i).padStart(2, '0')}`, ...r, level: r.levelNumber === undefined ? undefined : String(r.levelNumber) }),
    );
    const measures =
      people.length === 0
        ? []
        : ratings.map((m) => ({ personId: people[m.who % people.length].personId, date: m.date, measure: m.date % 2 ? 'Performance rating' : 'performance  RATING', value: m.value }));
    return { input: impactInput(people, measures), asOf, k };
  });

describe('matchedComparison agrees with a naive O(n²) matcher written from impact.md', () => {
  test('random programs: the same controls for every participant, in the same order (every variable)', () => {
    fc.assert(
      fc.property(program, ({ input, asOf, k }) => {
        const ours = matchedComparison(input, asOf, { controlsPerParticipant: k });
        const names = ours.variables.map((v) => v.name);
        const expected = naiveMatches(input, asOf, k, names);
        expect(ours.sets.map((s) => [s.participant.personId, s.controls.map((c) => c.personId)])).toEqual(expected);
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });

  test('random programs matched on tenure and rating only (time-dependent keys alone)', () => {
    fc.assert(
      fc.property(program, ({ input, asOf, k }) => {
        const ours = matchedComparison(input, asOf, { controlsPerParticipant: k, variables: ['Tenure band', 'Performance rating'] });
        const expected = naiveMatches(input, asOf, k, ours.variables.map((v) => v.name));
        expect(ours.sets.map((s) => [s.participant.personId, s.controls.map((c) => c.personId)])).toEqual(expected);
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  test('the matching as of A is the prefix (I_p ≤ A) of the matching of every participant, as comparisonAsOf takes it', () => {
    fc.assert(
      fc.property(program, ({ input, asOf, k }) => {
        const every = matchedComparison(input, Infinity, { controlsPerParticipant: k });
        const prefix = every.sets.filter((s) => s.indexDate <= asOf);
        const pairs = (sets: typeof every.sets) => sets.map((s) => [s.participant.personId, s.controls.map((c) => c.personId)]);
        expect(pairs(prefix)).toEqual(naiveMatches(input, asOf, k, every.variables.map((v) => v.name)));
        // through the cache: a later as-of first, then this one, then this one again (the cached object)
        const table = measureTableOf(input.measures);
        comparisonAsOf(input, asOf + 30, { controlsPerParticipant: k }, table);
        expect(pairs(comparisonAsOf(input, asOf, { controlsPerParticipant: k }, table).sets)).toEqual(pairs(prefix));
        expect(pairs(comparisonAsOf(input, asOf, { controlsPerParticipant: k }, table).sets)).toEqual(pairs(prefix));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  test('the random programs are not vacuous: many matches, some with a control whose band or rating changed while it waited', () => {
    let matched = 0;
    let changedWhileWaiting = 0;
    for (const { input, asOf, k } of fc.sample(program, { numRuns: 200, seed: 11 })) {
      const ours = matchedComparison(input, asOf, { controlsPerParticipant: k, variables: ['Tenure band', 'Performance rating'] });
      for (const s of ours.sets) {
        if (s.controls.length > 0) matched++;
        for (const c of s.controls) {
          const at = (day: Day) => ours.variables.map((v) => v.valueAt(c, day)).join('|');
          if (at(c.eligibleDate!) !== at(s.indexDate)) changedWhileWaiting++;
        }
      }
    }
    expect(matched).toBeGreaterThan(300);
    expect(changedWhileWaiting).toBeGreaterThan(20);
  });
});
