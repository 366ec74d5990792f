import { dayFromIso } from '../calendar/dayFromIso';
import type { ImpactResult, MatchingSummary } from '../impact/impactResults';
import { intake } from '../intake/intake';
import { refreshReport } from '../report/refreshReport';
import { MESSY_SHEETS } from '../sample/messyWorkbook';
import { generateSample } from '../sample/generateSample';
import { analystSheet } from './analystSheet';
import type { PlanValue, SheetPlan } from './plan';

const asOf = dayFromIso('2026-09-30');
const messy = refreshReport({ asOf, minGroup: 5, refreshedAt: new Date(Date.UTC(2026, 9, 1)), inputFingerprint: 'sha256:abc' }, intake(MESSY_SHEETS, { asOf }));

/** The block written under the heading that starts with `heading` (the next block), or the line after it. */
function after(sheet: SheetPlan, heading: string): { heading: string; values: readonly (readonly PlanValue[])[] } {
  const i = sheet.blocks.findIndex((b) => typeof b.values[0][0] === 'string' && b.values[0][0].startsWith(heading));
  expect(i).toBeGreaterThan(0);
  return { heading: sheet.blocks[i].values[0][0] as string, values: sheet.blocks[i + 1].values };
}

const notAvailable = { available: false as const, reason: 'not available: x' };

function withMatching(matching: ImpactResult['matching']) {
  return { ...messy, impact: { matching, retention: notAvailable, promotion: notAvailable, measures: notAvailable } };
}

const HEADING = 'Participants with no matched colleague';

describe('Analyst Detail: the combinations that had no candidate control (impact.md)', () => {
  test('each combination of matching values with how many participants it left unmatched; a blank value reads "(blank)"', () => {
    const matching: MatchingSummary = {
      variables: ['Level band', 'BusinessUnit', 'HighPotential'],
      skipped: [],
      k: 3,
      participants: 40,
      matched: 35,
      unmatched: 5,
      controls: 100,
      unmatchedCombinations: [
        { values: { 'Level band': 'Level 9–10', BusinessUnit: 'Legal', HighPotential: 'Yes' }, participants: 3 },
        { values: { 'Level band': 'Level 3–4', BusinessUnit: null, HighPotential: 'No' }, participants: 2 },
      ],
      balance: [],
    };
    const { heading, values } = after(analystSheet(withMatching(matching)), HEADING);
    expect(heading).toBe(`${HEADING}: the combinations of matching values that had no candidate control (5 participants, 2 combinations)`);
    expect(values).toEqual([
      ['Level band', 'BusinessUnit', 'HighPotential', 'Unmatched participants'],
      ['Level 9–10', 'Legal', 'Yes', 3],
      ['Level 3–4', '(blank)', 'No', 2],
    ]);
  });

  test('everyone matched: the table says none', () => {
    const matching: MatchingSummary = { variables: ['Level band'], skipped: [], k: 3, participants: 10, matched: 10, unmatched: 0, controls: 30, unmatchedCombinations: [], balance: [] };
    const { values } = after(analystSheet(withMatching(matching)), HEADING);
    expect(values).toEqual([
      ['Level band', 'Unmatched participants'],
      ['none: every participant has at least one matched colleague', null],
    ]);
  });

  test('matching did not run: its reason', () => {
    const { heading, values } = after(analystSheet(withMatching({ available: false, reason: 'not available: nobody has an EligibleDate, so nobody can be a control' })), HEADING);
    expect(heading).toBe(HEADING);
    expect(values).toEqual([['not available: nobody has an EligibleDate, so nobody can be a control']]);
  });

  test('the sample program: the combinations add up to the unmatched participants, and each is a combination of the variables used', () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const report = refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:x' }, intake(sample.sheets, { asOf: sample.asOf }));
    const matching = report.impact.matching as MatchingSummary;
    const { values } = after(analystSheet(report), HEADING);
    expect(values[0]).toEqual([...matching.variables, 'Unmatched participants']);
    const rows = values.slice(1);
    // how many participants were left unmatched, counted apart from the combinations: participants − matched
    expect(rows.reduce((n, r) => n + (r[r.length - 1] as number), 0)).toBe(matching.participants - matching.matched);
    // no two rows are the same combination
    expect(new Set(rows.map((r) => JSON.stringify(r.slice(0, -1)))).size).toBe(rows.length);
  });
});
