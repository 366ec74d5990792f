import * as stats from './index';

describe('src/stats/index', () => {
  test('re-exports every function', () => {
    const names = [
      'kahanSum', 'sortFloat64', 'lastIndexAtOrBefore', 'meanAndVariance', 'chiSquaredSurvival', 'generalizedQuadraticForm',
      'kaplanMeier', 'survivalAt', 'survivalBandAt', 'kmMedian', 'restrictedMean', 'logRank', 'cumulativeIncidence',
      'incidenceAt', 'incidenceMedian', 'fisherExact', 'wilsonInterval', 'benjaminiHochberg', 'welchTTest', 'tInterval',
      'gini', 'netPromoterScore', 'welchInterval', 'standardizedMeanDifference',
    ];
    for (const name of names) expect(typeof (stats as Record<string, unknown>)[name]).toBe('function');
    expect(stats.Z95).toBe(1.959964);
  });

  test('a retention pipeline end to end: days → months → curve → S(12), median, RMST(24)', () => {
    // five people, durations in days; the caller converts to months (30.4375 days)
    const days = [100, 365, 366, 800, 900];
    const left = [1, 1, 0, 1, 0];
    const curve = stats.kaplanMeier(days.map((d) => d / 30.4375), left);
    // 365 days = 11.99 months (inside 12), 366 days is not: S(12) = (4/5)(3/4) = 3/5
    expect(stats.survivalAt(curve, 12)).toBeCloseTo(0.6, 15);
    // events at 100 (n 5), 365 (n 4), 800 (n 2): S = 0.8, 0.6, 0.3 → median at 800 days
    expect(stats.kmMedian(curve)! * 30.4375).toBeCloseTo(800, 10);
    // RMST(24 months = 730.5 days) = (100 + 0.8·265 + 0.6·365.5)/30.4375 months
    expect(stats.restrictedMean(curve, 24)).toBeCloseTo((100 + 0.8 * 265 + 0.6 * 365.5) / 30.4375, 12);
  });
});
