import { intake } from '../intake/intake';
import { generateSample } from '../sample/generateSample';
import { computeImpact } from './computeImpact';
import { computeRetention } from '../metrics/retention';
import type { NotAvailable } from '../metrics/metricResults';

/**
 * The sample program's planted selection and effect (generateSample.ts, finding 7), found by the
 * matched comparison: participants are selected (85% high-potential against 20% of the pool), and
 * the pool's high-potential people stay longer (as if leaving at 9% a year against the others'
 * 17.75%), participants leave at 8%; so the raw 12-month retention gap is clearly positive, and
 * against matched colleagues (mostly high-potential too) small, its interval around 0. Participants' promotion rate is 1.8
 * times higher after ProgramStart: promoted by 24 months more often than their matched colleagues.
 */
const sample = generateSample({ size: 'standard', seed: 42 });
const { data } = intake(sample.sheets, { asOf: sample.asOf });
const impact = computeImpact(data, sample.asOf, { minGroup: 5 });
function shown<T extends object>(v: T): Exclude<T, NotAvailable | { readonly suppressed: true }> {
  if (('available' in v && v.available === false) || ('suppressed' in v && v.suppressed === true)) throw new Error(`expected figures, got ${JSON.stringify(v)}`);
  return v as Exclude<T, NotAvailable | { readonly suppressed: true }>;
}

describe('the sample program’s planted selection and effect', () => {
  test('selection: HighPotential far apart before matching (SMD > 1), close after (|SMD| < 0.2)', () => {
    const m = shown(impact.matching);
    expect(m.variables).toEqual(['Level band', 'BusinessUnit', 'HighPotential', 'Tenure band', 'Performance rating']);
    const yes = m.balance.find((b) => b.variable === 'HighPotential' && b.level === 'Yes')!;
    expect(yes.before.smd!).toBeGreaterThan(1);
    expect(Math.abs(yes.after.smd!)).toBeLessThan(0.2);
    expect(m.matched).toBeGreaterThan(m.participants / 2);
  });

  test('retention: the raw gap at 12 months is above 0; against matched colleagues its interval holds 0', () => {
    const raw = shown(shown(computeRetention(data, sample.asOf)).gapAt12);
    expect(raw.lower!).toBeGreaterThan(0);
    const matched = shown(impact.retention).differenceAt12;
    expect(matched.lower!).toBeLessThan(0);
    expect(matched.upper!).toBeGreaterThan(0);
    expect(matched.value!).toBeLessThan(raw.value!);
  });

  test('promotion: matched participants promoted by 24 months more often (interval above 0); the rate ratio above 1', () => {
    const p = shown(impact.promotion);
    expect(p.differenceAt24.lower!).toBeGreaterThan(0);
    expect(p.rateRatio.lower!).toBeGreaterThan(1);
  });
});
