import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import { isActivePairing } from './activity';
import { INACTIVE_AFTER_DAYS } from './operations';
import { roleFromInstrument } from './satisfaction';

/**
 * A pairing's mentee satisfaction is low when the mean of the mentee's answers about that mentor is at
 * most this share of the scale's maximum: 2 on a 1–5 scale (the bottom two boxes), 4 on 0–10.
 */
export const LOW_SATISFACTION_SHARE = 0.4;

/** An active pairing with no meeting in the 90 days before A (metrics.md, "Program operations"). */
export interface InactivePairing {
  readonly personId: string;
  readonly mentorId: string;
  readonly role: string | null;
  readonly start: string;
  readonly lastMeeting: string;
  readonly daysSinceMeeting: number;
  /** the pairing's 1-based row on the Pairings sheet */
  readonly pairingRow: number;
}

/** An active pairing whose mentee rated that mentor low this quarter. */
export interface LowSatisfactionPairing {
  readonly personId: string;
  readonly mentorId: string;
  readonly role: string | null;
  readonly instrument: string;
  /** the mentee's answers about this mentor in the window */
  readonly answers: number;
  readonly meanScore: number;
  readonly scaleMax: number;
  readonly pairingRow: number;
}

export interface PairingFindings {
  readonly inactive: readonly InactivePairing[];
  readonly lowSatisfaction: readonly LowSatisfactionPairing[];
}

/**
 * Person-level pairing findings for the analyst's detail sheet (dashboards.md, Analyst Detail; equity.md,
 * Privacy: never on board sheets), at the as-of date A:
 * - **Inactive pairings**: active pairings (Start ≤ A, End blank or after A) whose LastMeeting is more
 *   than 90 days before A, the rule `computeOperations` counts by (metrics.md, "Program operations");
 *   pairings without a LastMeeting are not judged.
 * - **Low-satisfaction pairings**: active pairings where the mentee's answers (RespondentRole Mentee,
 *   or an instrument whose name says mentee) with AboutID = the pairing's MentorID, dated in the
 *   satisfaction window (the calendar quarter containing A, up to A; metrics.md, "Satisfaction"), have
 *   a mean at most `LOW_SATISFACTION_SHARE` × ScaleMax, per instrument and scale. The spec names this
 *   list without a threshold; 40% of the scale is the bottom two boxes of a 1–5 scale.
 *
 * Sorted by days since the last meeting (longest first), and by mean score (lowest first).
 *
 * @example pairingFindings(data, dayFromYmd(2026, 9, 30)).inactive[0] // { personId: 'E100418', mentorId: 'M0012', daysSinceMeeting: 134, ... }
 */
export function pairingFindings(data: ProgramData, asOf: Day): PairingFindings {
  const active = data.pairings.filter((p) => isActivePairing(p, asOf));
  const inactive: InactivePairing[] = [];
  for (const p of active) {
    if (p.lastMeeting === undefined || asOf - p.lastMeeting <= INACTIVE_AFTER_DAYS) continue;
    inactive.push({
      personId: p.personId,
      mentorId: p.mentorId,
      role: p.role ?? null,
      start: isoFromDay(p.start),
      lastMeeting: isoFromDay(p.lastMeeting),
      daysSinceMeeting: asOf - p.lastMeeting,
      pairingRow: p.row,
    });
  }
  inactive.sort((a, b) => b.daysSinceMeeting - a.daysSinceMeeting || a.pairingRow - b.pairingRow);

  const windowStart = quarterOf(asOf).first;
  // mentee answers in the window, by "person|mentor" → "instrument|scale" → scores
  const scores = new Map<string, Map<string, { instrument: string; scaleMax: number; sum: number; count: number }>>();
  for (const a of data.surveys) {
    if (a.date < windowStart || a.date > asOf || a.aboutId === undefined) continue;
    if ((a.respondentRole ?? roleFromInstrument(a.instrument)) !== 'Mentee') continue;
    const pair = `${a.respondentId}|${a.aboutId}`;
    let byInstrument = scores.get(pair);
    if (!byInstrument) scores.set(pair, (byInstrument = new Map()));
    const key = `${a.instrument}|${a.scaleMax}`;
    const s = byInstrument.get(key) ?? { instrument: a.instrument, scaleMax: a.scaleMax, sum: 0, count: 0 };
    s.sum += a.score;
    s.count += 1;
    byInstrument.set(key, s);
  }
  const lowSatisfaction: LowSatisfactionPairing[] = [];
  for (const p of active) {
    for (const s of scores.get(`${p.personId}|${p.mentorId}`)?.values() ?? []) {
      const meanScore = s.sum / s.count;
      if (meanScore > LOW_SATISFACTION_SHARE * s.scaleMax) continue;
      lowSatisfaction.push({ personId: p.personId, mentorId: p.mentorId, role: p.role ?? null, instrument: s.instrument, answers: s.count, meanScore, scaleMax: s.scaleMax, pairingRow: p.row });
    }
  }
  lowSatisfaction.sort((a, b) => a.meanScore / a.scaleMax - b.meanScore / b.scaleMax || a.pairingRow - b.pairingRow);
  return { inactive, lowSatisfaction };
}
