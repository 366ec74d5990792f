import type { KaplanMeierCurve } from './kaplanMeier';

/**
 * Restricted mean survival time (RMST): the area under the Kaplan–Meier step function on
 * [0, horizon], in the unit of the durations: ∫₀^h S(t) dt = Σ S(t_{i−1}) (min(t_i, h) − t_{i−1}).
 * Past the last event time the last value of S is carried forward; if `horizon` is beyond the end of
 * follow-up (`curve.lastTime`) the area there is an extrapolation, which the caller should flag.
 * The sum is compensated (Neumaier), so curves with 100,000 steps keep their precision.
 *
 * Source: P. Royston & M. K. B. Parmar (2013), "Restricted mean survival time: an alternative to the
 * hazard ratio", BMC Med Res Methodol 13:152; R `survRM2::rmst2` / `print(survfit, rmean = h)`.
 *
 * @example restrictedMean(kaplanMeier([1, 2, 3, 4], [1, 1, 1, 1]), 4) // 1 + 0.75 + 0.5 + 0.25 = 2.5
 */
export function restrictedMean(curve: KaplanMeierCurve, horizon: number): number {
  if (!(horizon >= 0) || horizon === Infinity) throw new RangeError(`horizon must be finite and ≥ 0, got ${horizon}`);
  let area = 0;
  let correction = 0;
  let previousTime = 0;
  let previousSurvival = 1;
  for (const p of curve.points) {
    if (p.time >= horizon) break;
    const term = previousSurvival * (p.time - previousTime);
    const sum = area + term;
    correction += area >= term ? area - sum + term : term - sum + area;
    area = sum;
    previousTime = p.time;
    previousSurvival = p.survival;
  }
  return area + correction + previousSurvival * (horizon - previousTime);
}
