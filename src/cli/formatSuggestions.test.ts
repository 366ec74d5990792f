import type { SuggestionDocument } from '../report/suggestionReport';
import { formatDemoSuggestions, formatSuggestions } from './formatSuggestions';

const entry = (personId: string, mentorId: string, score: number, preferenceRank: number | null) => ({
  personId,
  mentorId,
  role: 'Mentor' as const,
  score,
  criteria: {},
  values: {},
  preferenceRank,
  menteeLevel: null,
  giverLevel: null,
});

const DOC: SuggestionDocument = {
  schemaVersion: 1,
  asOf: '2026-09-30',
  role: 'Mentor',
  minGroup: 5,
  inputFingerprint: 'sha256:test',
  mentees: 4,
  givers: 3,
  options: { defaultCapacity: 3, allowRepeat: false, minLevelGap: 1 },
  suggestions: [entry('P1', 'M2', 60, 2), entry('P2', 'M1', 40, 1)],
  unmatched: [
    { personId: 'P3', reason: 'all such givers full' },
    { personId: 'P4', reason: 'no giver without a hard-rule conflict' },
  ],
  totalScore: 100,
  audit: {
    minGroup: 5,
    tests: [
      { resource: 'Suggestion', attribute: 'Gender', group: 'Man', n: 10, count: 8, rate: 0.8, lower: 0.5, upper: 0.9, reference: 'Man', referenceRate: 0.8, impactRatio: 1, p: null, pAdjusted: null, shortfall: null, status: 'reference', reason: 'reference group: highest rate (80%)' },
      { resource: 'Suggestion', attribute: 'Gender', group: 'Woman', n: 10, count: 2, rate: 0.2, lower: 0.06, upper: 0.5, reference: 'Man', referenceRate: 0.8, impactRatio: 0.25, p: 0.02, pAdjusted: 0.04, shortfall: 6, status: 'adverse', reason: 'rate 20% vs 80% for Man' },
      { resource: 'Suggestion', attribute: 'Gender', group: 'Non-binary', suppressed: true, status: 'suppressed', reason: 'fewer than 5 people: suppressed', reference: 'Man' },
    ],
    scores: [],
    candidatePairs: 12,
    removedByRule: { 'same-person': 0, 'reporting-chain': 2, 'earlier-pairing': 0, 'coach-vendor': 0, 'level-gap': 3, capacity: 0 },
    removedPairs: 4,
    giniBefore: 0.2,
    giniAfter: 0.1,
  },
  weights: { crossBusinessUnit: 2, crossFunction: 2, seniority: 2, trackFit: 1, location: 1, preference: 3, loadBalance: 1, giverSatisfaction: 1 },
  criteria: [],
  absentCriteria: [],
  fairnessFloor: null,
  priceOfFairness: null,
  floorOutcome: null,
};

describe('formatSuggestions', () => {
  it('counts the mentees, the suggested with their mean score, the unmatched by reason, the audit flags and the rules', () => {
    const text = formatSuggestions(DOC, 'the last completed quarter; --as-of to choose');
    expect(text).toBe(
      [
        'Pairing suggestions for the mentor role as of 2026-09-30 (the last completed quarter; --as-of to choose): 4 mentees (active participants without an active mentor), 3 givers of the role',
        // (60 + 40) / 2 = 50.0; one of them (P2) the mentee's first wish
        "  suggested: 2 (mean score 50.0 of 100); 1 of them the mentee's first wish",
        '  unmatched: 2 (all such givers full: 1; no giver without a hard-rule conflict: 1)',
        '  equity audit (k = 5): 1 adverse, 0 watch among 3 group rows (suggestion and senior giver × attribute × group)',
        '    adverse  Suggestion, Gender: Woman: rate 20% vs 80% for Man',
        '  pairs removed by the hard rules: 2 (one is in the other’s reporting chain), 3 (the giver is less than 1 level above the mentee); of 12 considered',
        '',
      ].join('\n'),
    );
  });
});

describe('formatDemoSuggestions', () => {
  const trap = { personId: 'P1', mentorId: 'M9', reason: "mentor is the mentee's manager's manager", score: 81.25 };

  it('without a trap: how many got a suggestion and where the sheet is', () => {
    expect(formatDemoSuggestions(DOC, 'demo/cadre-suggestions.xlsx', null)).toBe(
      [
        'Pairing suggestions (mentor role, as of 2026-09-30):',
        '  4 participants without an active mentor: 2 got a suggestion, 2 unmatched (all such givers full: 1; no giver without a hard-rule conflict: 1)',
        '  the suggestions with why, the unmatched and the equity audit: demo/cadre-suggestions.xlsx (names people: for the analyst)',
        '',
      ].join('\n'),
    );
  });

  it('with the trap: the first wish and highest score ruled out, and who was suggested instead', () => {
    expect(formatDemoSuggestions(DOC, 'x.xlsx', trap).split('\n')[2]).toBe(
      "  P1's first wish was M9, the highest score (81.3), but M9 is in P1's reporting chain, a conflict of interest, so M9 was not suggested; suggested instead: M2 (score 60.0)",
    );
  });

  it('says so when the mentee got nobody, or when the trap mentor was suggested after all', () => {
    expect(formatDemoSuggestions(DOC, 'x.xlsx', { ...trap, personId: 'P3' }).split('\n')[2]).toMatch(/so M9 was not suggested, and no other mentor could be$/);
    expect(formatDemoSuggestions(DOC, 'x.xlsx', { ...trap, mentorId: 'M2' }).split('\n')[2]).toMatch(/; yet M2 was suggested: a hard rule did not hold$/);
  });
});

describe('formatSuggestions with a fairness floor', () => {
  const base = DOC;
  it('says the floor was met and prints the price of fairness', () => {
    const doc = { ...base, fairnessFloor: 0.8, priceOfFairness: 0.9126, floorOutcome: { floorMet: true, attainableFloor: 1, message: null } };
    expect(formatSuggestions(doc)).toContain('\n  Fairness floor 0.8: met: no group of 5 or more mentees is below 0.8 × its attribute’s best rate. Price of fairness 0.913 (the total score with the floor ÷ without it).\n');
  });
  it('says the floor was not met, with the engine’s reason', () => {
    const doc = { ...base, fairnessFloor: 0.8, priceOfFairness: 0.5, floorOutcome: { floorMet: false, attainableFloor: 0.75, message: 'Group A stays below.' } };
    expect(formatSuggestions(doc)).toContain('\n  Fairness floor 0.8: not met. Group A stays below. Price of fairness 0.500 (the total score with the floor ÷ without it).\n');
  });
  it('prints no floor line when the floor is off', () => {
    expect(formatSuggestions(base)).not.toContain('Fairness floor');
  });
});
