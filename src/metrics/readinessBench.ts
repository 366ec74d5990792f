import type { Day } from '../model/day';
import type { Participant, ReadinessRating } from '../model/records';
import { isEmployedAt } from './activity';
import type { ReadinessResult } from './metricResults';

/** The ReadinessRating values, most ready first (input-workbook.md). */
export const READINESS_RATINGS: readonly ReadinessRating[] = ['Ready now', 'Ready 1-2 years', 'Ready 3+ years', 'Not ready'];

/** The group of participants on the bench whose ReadinessRating is blank. */
export const NO_RATING = 'No rating';

/**
 * The current bench (metrics.md, "Time-to-readiness", Current bench), among participants (InProgram)
 * employed at A (ProgramStart ≤ A, not exited by A; `isEmployedAt`):
 * - **by rating**: the count per ReadinessRating, every rating listed (0 where none), then
 *   "No rating" for a blank rating where there is any;
 * - **by target role** (bench strength, impact.md): per TargetRole (by name; blank roles in none) the
 *   number of those people and how many have each rating (Ready now, Ready 1-2 years, Ready 3+ years,
 *   Not ready; a blank rating is in `n` only), and each as a share of n; a role with nobody ready
 *   now is flagged `noReadyNowSuccessor`.
 * The current rating does not depend on ReadyDate, so a row left out of time-to-readiness for a
 * ReadyDate before ProgramStart is still on the bench.
 */
export function readinessBench(participants: readonly Participant[], asOf: Day): ReadinessResult['bench'] {
  const byRating = new Map<string, number>(READINESS_RATINGS.map((r) => [r, 0]));
  let unrated = 0;
  const roles = new Map<string, { n: number; readyNow: number; ready1to2: number; ready3plus: number; notReady: number }>();
  for (const p of participants) {
    if (!p.inProgram || !isEmployedAt(p, asOf)) continue;
    if (p.readinessRating === undefined) unrated++;
    else byRating.set(p.readinessRating, (byRating.get(p.readinessRating) ?? 0) + 1);
    if (p.targetRole !== undefined) {
      let role = roles.get(p.targetRole);
      if (role === undefined) roles.set(p.targetRole, (role = { n: 0, readyNow: 0, ready1to2: 0, ready3plus: 0, notReady: 0 }));
      role.n++;
      if (p.readinessRating === 'Ready now') role.readyNow++;
      else if (p.readinessRating === 'Ready 1-2 years') role.ready1to2++;
      else if (p.readinessRating === 'Ready 3+ years') role.ready3plus++;
      else if (p.readinessRating === 'Not ready') role.notReady++;
    }
  }
  return {
    byRating: [...[...byRating].map(([rating, n]) => ({ rating, n })), ...(unrated > 0 ? [{ rating: NO_RATING, n: unrated }] : [])],
    byTargetRole: [...roles]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([targetRole, r]) => ({
        targetRole,
        ...r,
        readyNowShare: r.readyNow / r.n,
        ready1to2Share: r.ready1to2 / r.n,
        ready3plusShare: r.ready3plus / r.n,
        notReadyShare: r.notReady / r.n,
        noReadyNowSuccessor: r.readyNow === 0,
      })),
  };
}
