import type { Day } from '../model/day';
import type { Rng } from './random';
import { NONE, ROLE_COACH, ROLE_MENTOR, type Slot } from './sampleRecords';

/**
 * Sessions, Hours and LastMeeting of every pairing, from its meeting interval (mentors every 28–42
 * days, coaches 18–28, sponsors 40–56) and session length.
 *
 * Planted finding 5, **inactive pairing**: exactly one active mentor pairing (running for at least
 * 240 days, not the conflict's) whose LastMeeting is 100–140 days before the as-of date; every other
 * active pairing met within the last ~60 days (or has not had its first session yet, LastMeeting
 * blank). Null only in very small samples. Stream: `sessions` (continued by `overCapacity.ts`).
 */

/** Fills in sessions, hours and last meeting; returns the planted inactive pairing (or null). */
export function recordSessions(slots: readonly Slot[], conflictSlot: Slot | null, asOf: Day, rng: Rng): Slot | null {
  const inactiveCands = slots.filter(
    (s) => s.role === ROLE_MENTOR && Number.isNaN(s.end) && s.start <= asOf - 240 && s !== conflictSlot,
  );
  const inactiveSlot = inactiveCands.length > 0 ? rng.pick(inactiveCands) : null;
  const inactiveUntil = asOf - rng.int(100, 140);
  for (const s of slots) {
    const interval = s.role === ROLE_MENTOR ? rng.uniform(28, 42) : s.role === ROLE_COACH ? rng.uniform(18, 28) : rng.uniform(40, 56);
    const length =
      s.role === ROLE_MENTOR ? rng.pick([1, 1, 1.25, 1.5]) : s.role === ROLE_COACH ? rng.pick([1, 1.5, 1.5, 2]) : rng.pick([0.5, 0.75, 1]);
    const until = s === inactiveSlot ? inactiveUntil : Number.isNaN(s.end) ? asOf : s.end;
    s.sessions = Math.floor((until - s.start) / interval);
    s.hours = s.sessions * length;
    s.lastMeeting =
      s.sessions > 0 ? Math.max(s.start + 1, Math.min(until, s.start + Math.round(s.sessions * interval) - rng.int(0, 2))) : NONE;
    if (s === inactiveSlot) s.lastMeeting = until; // its last session, 100–140 days ago
  }
  return inactiveSlot;
}
