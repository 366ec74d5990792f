import type { RefreshDocument } from '../report/refreshDocument';
import { suppressSmallGroups as pass } from './suppressSmallGroups';

/**
 * The pass on parts of a document, typed loosely for building them and reading its output (a whole
 * document, typed, goes through it in test/refreshDocument.test.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const suppressSmallGroups = (doc: object, k: number): any => pass(doc as RefreshDocument, k);

const at12 = (value: number) => ({ value, lower: value - 0.1, upper: value + 0.05 });

describe('suppressSmallGroups', () => {
  test('a group below k keeps its labels and loses every figure, and says why', () => {
    const doc = {
      retention: {
        segments: [
          { attribute: 'Gender', group: 'Woman', n: 40, events: 3, at12: at12(0.9) },
          { attribute: 'Gender', group: 'Man', n: 60, events: 5, at12: at12(0.91) },
          { attribute: 'Gender', group: 'Non-binary', n: 4, events: 1, at12: at12(0.75) },
        ],
      },
    };
    const out = suppressSmallGroups(doc, 5);
    expect(out.retention.segments[2]).toEqual({
      attribute: 'Gender',
      group: 'Non-binary',
      n: null,
      events: null,
      at12: null,
      suppressed: true,
      reason: 'fewer than 5 people: suppressed',
    });
    expect(doc.retention.segments[2].n).toBe(4); // the input is not changed
  });

  test('no subtraction: beside a suppressed group the other rows keep their rates and lose their counts', () => {
    // with n and events shown, 100 − 40 − 56 would give the hidden group's 4 (and its events)
    const doc = {
      retention: {
        participants: { n: 100, events: 10 },
        segments: [
          { attribute: 'Gender', group: 'Woman', n: 40, events: 3, at12: at12(0.9) },
          { attribute: 'Gender', group: 'Man', n: 56, events: 6, at12: at12(0.91) },
          { attribute: 'Gender', group: 'Non-binary', n: 4, events: 1, at12: at12(0.75) },
          { attribute: 'Cohort', group: '2024', n: 50, events: 4, at12: at12(0.92) },
          { attribute: 'Cohort', group: '2025', n: 50, events: 6, at12: at12(0.88) },
        ],
      },
    };
    const s = suppressSmallGroups(doc, 5).retention.segments;
    // the estimates stay, rounded to two decimals (exact ones with their intervals would give n back)
    expect(s[0]).toEqual({ attribute: 'Gender', group: 'Woman', n: null, events: null, at12: { value: 0.9, lower: 0.8, upper: 0.95 }, withheld: ['n', 'events'] });
    expect(s[1]).toMatchObject({ n: null, events: null, at12: { value: 0.91, lower: 0.81, upper: 0.96 }, withheld: ['n', 'events'] });
    expect(s[1].suppressed).toBeUndefined();
    // another attribute, nothing hidden: nothing withheld
    expect(s[3]).toEqual(doc.retention.segments[3]);
    expect(s[4]).toEqual(doc.retention.segments[4]);
  });

  test('a large adverse group keeps its status and rates; its shortfall and counts are withheld, and its reason quotes no count', () => {
    const doc = {
      equity: {
        tests: [
          { resource: 'External coach', attribute: 'Gender', group: 'Man', n: 125, count: 75, rate: 0.6, referenceRate: 0.6, impactRatio: 1, shortfall: null, status: 'reference', reference: 'Man', reason: 'reference group: highest rate (60%)' },
          { resource: 'External coach', attribute: 'Gender', group: 'Non-binary', n: 3, count: 1, rate: 0.33, status: 'ok', reference: 'Man', reason: 'x' },
          { resource: 'External coach', attribute: 'Gender', group: 'Woman', n: 112, count: 33, rate: 33 / 112, referenceRate: 0.6, impactRatio: 33 / 112 / 0.6, shortfall: 34.2, status: 'adverse', reference: 'Man', reason: 'rate 29% vs 60% for Man; 34 fewer people than at the reference rate; significant after adjustment' },
        ],
      },
    };
    const t = suppressSmallGroups(doc, 5).equity.tests;
    expect(t.map((r: { status: string }) => r.status)).toEqual(['reference', 'suppressed', 'adverse']);
    // rate 33/112 = 0.2946… and ratio 0.4911… kept to two decimals: 33/112 exactly would give 112 back
    expect(t[2]).toMatchObject({ group: 'Woman', n: null, count: null, shortfall: null, rate: 0.29, impactRatio: 0.49, status: 'adverse' });
    expect(t[2].withheld.sort()).toEqual(['count', 'n', 'shortfall']);
    expect(t[2].reason).toBe('rate 29% vs 60% for Man; at least one person fewer (exact count withheld) than at the reference rate; significant after adjustment');
    expect(t[0]).toMatchObject({ n: null, count: null, rate: 0.6, status: 'reference' });
  });

  test('the participants of a group are the same people in every table: one under k withholds them everywhere', () => {
    // Program selection counts Non-binary as 13 people (with the comparison pool) of whom 3 were
    // selected: those 3 are the participants the segment tables hide
    const doc = {
      equity: {
        tests: [
          { resource: 'Program selection', attribute: 'Gender', group: 'Man', n: 900, count: 125, rate: 125 / 900, status: 'reference' },
          { resource: 'Program selection', attribute: 'Gender', group: 'Non-binary', n: 13, count: 3, rate: 3 / 13, status: 'ok' },
          { resource: 'Program selection', attribute: 'Gender', group: 'Woman', n: 860, count: 112, rate: 112 / 860, status: 'ok' },
        ],
      },
      load: {
        seniorShare: [
          { attribute: 'Gender', group: 'Man', n: 125, seniorPairings: 40, share: 0.5, populationShare: 0.52 },
          { attribute: 'Gender', group: 'Woman', n: 112, seniorPairings: 40, share: 0.5, populationShare: 0.47 },
        ],
      },
    };
    const out = suppressSmallGroups(doc, 5);
    // the selected count is withheld in every row, and n with it (3 / 13 shown beside 13 gives 3 back);
    // the rates and statuses stay
    // (rounded: 125/900 = 0.1389, 3/13 = 0.2308, 112/860 = 0.1302)
    expect(out.equity.tests.map((r: { n: number | null; count: number | null; rate: number }) => [r.n, r.count, r.rate])).toEqual([
      [null, null, 0.14],
      [null, null, 0.23],
      [null, null, 0.13],
    ]);
    // the senior-mentor table shows no Non-binary row at all, and still withholds n: 240 − 125 − 112 = 3
    expect(out.load.seniorShare.map((r: { n: number | null }) => r.n)).toEqual([null, null]);
    // the shares of senior pairings add up to 1 as well: 1 − 0.5 − 0.5 is the hidden group's share
    expect(out.load.seniorShare[0]).toMatchObject({ share: null, populationShare: null, withheld: ['n', 'seniorPairings', 'share', 'populationShare'] });
  });

  test('a resource fewer than k people have is suppressed in every group', () => {
    const doc = {
      equity: {
        tests: [
          { resource: 'Rotation: Legal', attribute: 'Gender', group: 'Man', n: 125, count: 0, rate: 0, status: 'reference' },
          { resource: 'Rotation: Legal', attribute: 'Gender', group: 'Woman', n: 112, count: 2, rate: 2 / 112, status: 'ok' },
          { resource: 'Rotation in Finance', attribute: 'Gender', group: 'Man', n: 125, count: 60, rate: 0.48, status: 'reference' },
          { resource: 'Rotation in Finance', attribute: 'Gender', group: 'Woman', n: 112, count: 60, rate: 0.54, status: 'ok' },
        ],
      },
    };
    const t = suppressSmallGroups(doc, 5).equity.tests;
    expect(t.map((r: { suppressed?: boolean }) => r.suppressed ?? false)).toEqual([true, true, false, false]);
    expect(t[1]).toMatchObject({ count: null, rate: null, status: 'suppressed', reason: 'fewer than 5 people have the resource "Rotation: Legal": suppressed' });
  });

  test('survey figures count people (respondents), not answers; the total row stays, the parts lose their counts', () => {
    const doc = {
      satisfaction: [
        { instrument: 'Climate', scaleMax: 5, quarter: '2026-Q3', role: 'All', n: 300, respondents: 120, mean: 4, distribution: [{ score: 5, count: 300 }], responseRate: null },
        { instrument: 'Climate', scaleMax: 5, quarter: '2026-Q3', role: 'Mentee', n: 280, respondents: 116, mean: 4.1, distribution: [{ score: 5, count: 280 }], responseRate: { value: 0.5, lower: 0.4, upper: 0.6 } },
        { instrument: 'Climate', scaleMax: 5, quarter: '2026-Q3', role: 'Mentor', n: 20, respondents: 4, mean: 3.2, distribution: [{ score: 5, count: 20 }], responseRate: null },
      ],
      satisfactionBySupport: [
        { instrument: 'Mentee satisfaction', scaleMax: 5, supportType: 'Internal mentor', respondents: 80, n: 240, mean: 4.2 },
        { instrument: 'Mentee satisfaction', scaleMax: 5, supportType: 'External coach', respondents: 2, n: 6, mean: 4.5 },
      ],
    };
    const out = suppressSmallGroups(doc, 5);
    expect(out.satisfaction[0]).toEqual(doc.satisfaction[0]);
    expect(out.satisfaction[1]).toMatchObject({ role: 'Mentee', mean: 4.1, n: null, respondents: null, distribution: null, responseRate: null });
    expect(out.satisfaction[2]).toMatchObject({ role: 'Mentor', mean: null, suppressed: true });
    // 6 answers, but 2 people: suppressed
    expect(out.satisfactionBySupport[1]).toMatchObject({ supportType: 'External coach', mean: null, suppressed: true });
    expect(out.satisfactionBySupport[0]).toMatchObject({ mean: 4.2, respondents: null, n: null });
  });

  test('rotations by function count the people in the function, and the ratings the people rated', () => {
    const doc = {
      operations: {
        rotations: {
          byFunction: [
            { function: 'Finance', participants: 120, coverage: 0.5, ratedParticipants: 90, checkpointRatings: 96, meanCheckpointRating: 3.5 },
            { function: 'Legal', participants: 2, coverage: 2 / 240, ratedParticipants: 2, checkpointRatings: 2, meanCheckpointRating: 1.5 },
            { function: 'Product', participants: 30, coverage: 0.125, ratedParticipants: 3, checkpointRatings: 3, meanCheckpointRating: 2 },
          ],
        },
      },
    };
    const f = suppressSmallGroups(doc, 5).operations.rotations.byFunction;
    expect(f[1]).toMatchObject({ function: 'Legal', participants: null, coverage: null, meanCheckpointRating: null, suppressed: true });
    expect(f[2]).toMatchObject({ participants: null, coverage: null, ratedParticipants: null, checkpointRatings: null, meanCheckpointRating: null, suppressedFields: ['ratedParticipants', 'checkpointRatings', 'meanCheckpointRating'] });
    // Finance keeps its mean rating and loses its counts: with the rotations counted, the people per
    // function would give Legal's 2 away
    expect(f[0]).toMatchObject({ participants: null, coverage: null, meanCheckpointRating: 3.5, checkpointRatings: null, ratedParticipants: null });
  });

  test('a figure about the whole program is suppressed when the program is under k; objects without people are left alone', () => {
    const doc = { retention: { participants: { n: 2, events: 1, curve: [{ months: 1, atRisk: 2 }] } }, counts: { participants: 2 } };
    const out = suppressSmallGroups(doc, 5);
    expect(out.retention.participants).toMatchObject({ n: null, events: null, curve: null, suppressed: true });
    expect(out.counts).toEqual({ participants: 2 });
  });

  test("a curve's tail where fewer than k people remain at risk is left out", () => {
    const curve = [
      { months: 0, atRisk: 40, events: 0, survival: 1 },
      { months: 12, atRisk: 6, events: 1, survival: 0.9 },
      { months: 30, atRisk: 4, events: 1, survival: 0.7 },
      { months: 36, atRisk: 1, events: 1, survival: 0 },
    ];
    const out = suppressSmallGroups({ retention: { participants: { n: 40, events: 3, curve } } }, 5);
    expect(out.retention.participants.curve.map((p: { months: number }) => p.months)).toEqual([0, 12]);
    expect(out.retention.participants.n).toBe(40);
  });

  test('an object about nobody keeps its own reason: there is no figure to hide', () => {
    const doc = { operations: { matchRate: { value: null, n: 0, reason: 'not available: the workbook has no Pairings sheet' } } };
    expect(suppressSmallGroups(doc, 5)).toEqual(doc);
  });

  test('k is never below 3', () => {
    expect(() => suppressSmallGroups({}, 2)).toThrow(RangeError);
    expect(() => suppressSmallGroups({}, 3.5)).toThrow(RangeError);
  });
});
