import type { NumberList } from './inputTypes';

export interface NetPromoterScore {
  readonly n: number;
  /** answers 9–10 */
  readonly promoters: number;
  /** answers 7–8 */
  readonly passives: number;
  /** answers 0–6 */
  readonly detractors: number;
  /** 100 × (share of promoters − share of detractors), in [−100, 100]; null when n = 0 */
  readonly score: number | null;
  /** standard error 100 · √((p_P + p_D − (p_P − p_D)²) / n); null when n = 0 */
  readonly se: number | null;
}

/**
 * Net Promoter Score (eNPS for employees) of answers on the 0–10 scale: promoters answer 9 or 10,
 * detractors 0 to 6 (anything below 7), passives 7 or 8; score = 100 (p_P − p_D), with the standard
 * error of a difference of two multinomial shares, 100 · √((p_P + p_D − (p_P − p_D)²) / n).
 *
 * Sources: F. F. Reichheld (2003), "The one number you need to grow", Harvard Business Review 81(12);
 * the variance of p_P − p_D from the multinomial distribution, Var = (p_P + p_D − (p_P − p_D)²)/n
 * (e.g. B. Rocks (2016), "Interval estimation for the 'net promoter score'", Am Stat 70:365–372).
 *
 * @example netPromoterScore([10, 9, 8, 6]) // { n: 4, promoters: 2, passives: 1, detractors: 1, score: 25, se: 41.46 }
 */
export function netPromoterScore(scores: NumberList): NetPromoterScore {
  const n = scores.length;
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (!(s >= 0 && s <= 10)) throw new RangeError(`scores must be in [0, 10], got ${s} at index ${i}`);
    if (s >= 9) promoters++;
    else if (s < 7) detractors++;
  }
  const passives = n - promoters - detractors;
  if (n === 0) return { n, promoters, passives, detractors, score: null, se: null };
  const pP = promoters / n;
  const pD = detractors / n;
  const difference = pP - pD;
  const se = 100 * Math.sqrt(Math.max(0, pP + pD - difference * difference) / n);
  return { n, promoters, passives, detractors, score: 100 * difference, se };
}
