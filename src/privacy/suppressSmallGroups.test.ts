import { suppressSmallGroups as pass } from './suppressSmallGroups';

/** The pass, typed loosely for reading its output (suppressed objects gain `suppressed` and `reason`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const suppressSmallGroups = (doc: object, k: number): any => pass(doc, k);

describe('suppressSmallGroups', () => {
  test('a group below k keeps its labels and loses every figure, and says why', () => {
    const doc = {
      segments: [
        { attribute: 'Gender', group: 'Woman', n: 40, events: 3, at12: { value: 0.9, lower: 0.8, upper: 0.95 } },
        { attribute: 'Gender', group: 'Man', n: 60, events: 5, at12: { value: 0.91, lower: 0.85, upper: 0.95 } },
        { attribute: 'Gender', group: 'Non-binary', n: 4, events: 1, at12: { value: 0.75, lower: 0.2, upper: 0.96 } },
      ],
    };
    const out = suppressSmallGroups(doc, 5);
    expect(out.segments[2]).toEqual({
      attribute: 'Gender',
      group: 'Non-binary',
      n: null,
      events: null,
      at12: null,
      suppressed: true,
      reason: 'fewer than 5 people: suppressed',
    });
    expect(doc.segments[2].n).toBe(4); // the input is not changed
  });

  test('complementary suppression: exactly one suppressed group in a table takes the next-smallest with it', () => {
    const doc = {
      segments: [
        { attribute: 'Gender', group: 'Woman', n: 40, value: 1 },
        { attribute: 'Gender', group: 'Man', n: 60, value: 2 },
        { attribute: 'Gender', group: 'Non-binary', n: 4, value: 3 },
        { attribute: 'Ethnicity', group: 'A', n: 50, value: 4 },
        { attribute: 'Ethnicity', group: 'B', n: 54, value: 5 },
      ],
    };
    const out = suppressSmallGroups(doc, 5);
    expect(out.segments.map((s: { group: string; suppressed?: boolean }) => [s.group, s.suppressed ?? false])).toEqual([
      ['Woman', true], // the next-smallest of Gender (40 < 60)
      ['Man', false],
      ['Non-binary', true],
      ['A', false], // another table: nothing suppressed there
      ['B', false],
    ]);
    expect(out.segments[0].reason).toMatch(/cannot be worked out from the total/);
  });

  test('two suppressed groups already protect each other: no third is taken', () => {
    const doc = {
      rows: [
        { attribute: 'X', group: 'a', n: 3 },
        { attribute: 'X', group: 'b', n: 4 },
        { attribute: 'X', group: 'c', n: 30 },
      ],
    };
    expect(suppressSmallGroups(doc, 5).rows.map((r: { n: number | null }) => r.n)).toEqual([null, null, 30]);
  });

  test('equity tables: the status becomes suppressed, and the reference group is never the complementary one', () => {
    const doc = {
      tests: [
        { resource: 'External coach', attribute: 'Gender', group: 'Man', n: 20, count: 12, status: 'reference', reference: 'Man' },
        { resource: 'External coach', attribute: 'Gender', group: 'Woman', n: 30, count: 9, status: 'adverse', reference: 'Man', reason: 'rate 30% vs 60%' },
        { resource: 'External coach', attribute: 'Gender', group: 'Non-binary', n: 3, count: 1, status: 'suppressed', reference: 'Man', reason: 'x' },
      ],
    };
    const out = suppressSmallGroups(doc, 5).tests;
    expect(out.map((t: { status: string }) => t.status)).toEqual(['reference', 'suppressed', 'suppressed']);
    expect(out[1]).toMatchObject({ n: null, count: null, reference: 'Man', suppressed: true });
  });

  test('survey figures count people (respondents), not answers; a total row is never the complementary one', () => {
    const doc = {
      satisfaction: [
        { instrument: 'Climate', role: 'All', n: 300, respondents: 120, mean: 4 },
        { instrument: 'Climate', role: 'Mentee', n: 280, respondents: 110, mean: 4.1 },
        { instrument: 'Climate', role: 'Mentor', n: 20, respondents: 4, mean: 3.2 },
        { instrument: 'Climate', role: 'Coach', n: 15, respondents: 6, mean: 3.9 },
      ],
    };
    const out = suppressSmallGroups(doc, 5).satisfaction;
    expect(out.map((r: { role: string; mean: number | null }) => [r.role, r.mean])).toEqual([
      ['All', 4],
      ['Mentee', 4.1],
      ['Mentor', null],
      ['Coach', null], // complementary: the smallest other role, not "All"
    ]);
  });

  test('a population object outside a table is suppressed too; objects without n are left alone', () => {
    const doc = { participants: { n: 2, events: 1, curve: [{ months: 1, atRisk: 2 }] }, counts: { participants: 2 } };
    const out = suppressSmallGroups(doc, 5);
    expect(out.participants).toMatchObject({ n: null, events: null, curve: null, suppressed: true });
    expect(out.counts).toEqual({ participants: 2 });
  });

  test('an object about nobody keeps its own reason: there is no figure to hide', () => {
    const doc = { matchRate: { value: null, n: 0, reason: 'not available: the workbook has no Pairings sheet' } };
    expect(suppressSmallGroups(doc, 5)).toEqual(doc);
  });

  test('k is never below 3', () => {
    expect(() => suppressSmallGroups({}, 2)).toThrow(RangeError);
    expect(() => suppressSmallGroups({}, 3.5)).toThrow(RangeError);
  });
});
