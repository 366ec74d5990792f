import { dayFromYmd } from '../calendar/dayFromYmd';
import type { Day } from '../model/day';

/**
 * The sample program's cohorts: a "YYYY Pilot" then half-yearly "YYYY-A" / "YYYY-B" cohorts (for the
 * default as-of date 2026-09-30: 2023 Pilot, 2024-A … 2026-A). No random draws.
 */

export interface Cohort {
  readonly name: string;
  readonly kickoff: Day;
  /** participants start within this many days of the kick-off */
  readonly windowDays: number;
}

/**
 * The cohorts for an as-of date: five half-yearly cohorts "YYYY-A" (kick-off 15 January) and "YYYY-B"
 * (15 July), the latest one at least 120 days before asOf, preceded by a "YYYY Pilot" about ten months
 * before the first of them.
 */
export function cohortsFor(asOf: Day): { name: string; kickoff: Day; windowDays: number }[] {
  let year = new Date(asOf * 86_400_000).getUTCFullYear();
  let half = 1; // 0: A (January), 1: B (July)
  const kickoff = (y: number, h: number): Day => dayFromYmd(y, h === 0 ? 1 : 7, 15);
  while (kickoff(year, half) > asOf - 120) {
    if (half === 1) half = 0;
    else {
      half = 1;
      year -= 1;
    }
  }
  const regular: Cohort[] = [];
  for (let k = 0; k < 5; k++) {
    regular.unshift({ name: `${year}-${half === 0 ? 'A' : 'B'}`, kickoff: kickoff(year, half), windowDays: 42 });
    if (half === 1) half = 0;
    else {
      half = 1;
      year -= 1;
    }
  }
  const pilotDate = new Date((regular[0].kickoff - 320) * 86_400_000);
  const pilotKickoff = dayFromYmd(pilotDate.getUTCFullYear(), pilotDate.getUTCMonth() + 1, 1);
  return [{ name: `${pilotDate.getUTCFullYear()} Pilot`, kickoff: pilotKickoff, windowDays: 21 }, ...regular];
}
