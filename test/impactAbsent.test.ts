import { intake } from '../src/intake/intake';
import type { CellValue } from '../src/model/cell';
import { impactSummary } from '../src/report/impactSummary';
import { refreshReport } from '../src/report/refreshReport';
import { generateSample } from '../src/sample/generateSample';

/**
 * impact.md, "with `available: false` and a reason when Measures or the variables are missing": the
 * sample program refreshed as it is, and again without its Measures sheet and its HireDate column.
 * The second says why promotion and the measures are not available and which matching variables
 * were skipped; everything outside `impact` is the same as the first's.
 */
function report(withMeasures: boolean, withHireDate: boolean) {
  const sample = generateSample({ size: 'standard', seed: 42 });
  const sheets = sample.sheets
    .filter((s) => withMeasures || s.name !== 'Measures')
    .map((s) => {
      if (withHireDate || s.name !== 'Participants') return s;
      const hire = (s.values[0] as CellValue[]).indexOf('HireDate');
      return { ...s, values: s.values.map((row) => row.filter((_, j) => j !== hire)) };
    });
  const result = intake(sheets, { asOf: sample.asOf });
  return refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: new Date(0), inputFingerprint: 'sha256:test' }, result);
}

describe('a workbook without Measures or HireDate', () => {
  const full = report(true, true);
  const bare = report(false, false);

  test('the sample itself has every part of impact', () => {
    expect(full.impact.matching).toMatchObject({ variables: ['Level band', 'BusinessUnit', 'HighPotential', 'Tenure band', 'Performance rating'], skipped: [] });
    expect(full.impact.promotion).toHaveProperty('differenceAt24');
    expect(Array.isArray(full.impact.measures)).toBe(true);
  });

  test('promotion and the measures say "not available" and why; matching names the variables it skipped and why', () => {
    expect(bare.impact.promotion).toEqual({ available: false, reason: 'not available: there is no Measures sheet' });
    expect(bare.impact.measures).toEqual({ available: false, reason: 'not available: there is no Measures sheet' });
    expect(bare.impact.matching).toMatchObject({
      variables: ['Level band', 'BusinessUnit', 'HighPotential'],
      skipped: [
        { variable: 'Tenure band', reason: 'the Participants sheet has no HireDate column' },
        { variable: 'Performance rating', reason: 'there is no Measures sheet' },
      ],
    });
    // retention against matched colleagues still runs, on the three variables left
    expect(bare.impact.retention).toHaveProperty('differenceAt12');
  });

  test('the summary (terminal and task pane) says it once, and names what the colleagues were not matched on', () => {
    const s = impactSummary(bare);
    expect(s.available).toBe(true);
    expect(s.matchedOn).toBe('same level band, business unit and high-potential flag');
    expect(s.sentences.slice(1, 2)).toEqual(['Promotion and other measures vs matched colleagues: not available: there is no Measures sheet.']);
    expect(s.sentences[2]).toMatch(/ Not matched on: Tenure band \(the Participants sheet has no HireDate column\), Performance rating \(there is no Measures sheet\)\.$/);
  });

  test('everything outside impact is unchanged', () => {
    const { impact: a, ...restFull } = full;
    const { impact: b, ...restBare } = bare;
    expect(a).not.toEqual(b);
    expect(restBare).toEqual(restFull);
  });
});
