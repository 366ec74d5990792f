/**
 * Cadre's statistics: small pure functions, one per file, each with its source and a test beside it.
 * Durations are plain numbers in any unit (the caller converts days ↔ months); inputs may be plain
 * arrays or typed arrays. Undefined results are null, never a made-up number.
 */
export type { EventList, NumberList, Timed } from './inputTypes';
export { Z95 } from './z95';
export { kahanSum } from './kahanSum';
export { sortFloat64 } from './sortFloat64';
export { lastIndexAtOrBefore } from './lastIndexAtOrBefore';
export { meanAndVariance, type MeanAndVariance } from './meanAndVariance';
export { chiSquaredSurvival } from './chiSquaredSurvival';
export { generalizedQuadraticForm, type QuadraticForm } from './generalizedQuadraticForm';

export { kaplanMeier, type KaplanMeierCurve, type KaplanMeierOptions, type KaplanMeierPoint } from './kaplanMeier';
export { survivalAt } from './survivalAt';
export { survivalBandAt, type SurvivalBand } from './survivalBandAt';
export { survivalDifference, type SurvivalDifference } from './survivalDifference';
export { kmMedian } from './kmMedian';
export { restrictedMean } from './restrictedMean';
export { logRank, type LogRankResult, type SurvivalGroup } from './logRank';
export { cumulativeIncidence, type IncidenceCurve, type IncidencePoint } from './cumulativeIncidence';
export { incidenceAt } from './incidenceAt';
export { incidenceMedian } from './incidenceMedian';
export { cumulativeIncidenceVariance, type IncidenceBand } from './cumulativeIncidenceVariance';

export { fisherExact } from './fisherExact';
export { wilsonInterval } from './wilsonInterval';
export { benjaminiHochberg } from './benjaminiHochberg';
export { welchTTest, type WelchTTestResult } from './welchTTest';
export { tInterval, type TInterval } from './tInterval';
export { welchInterval, type WelchInterval } from './welchInterval';
export { standardizedMeanDifference } from './standardizedMeanDifference';
export { gini } from './gini';
export { netPromoterScore, type NetPromoterScore } from './netPromoterScore';
