import { isoFromDay } from '../calendar/isoFromDay';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Pairing } from '../model/records';
import { isActivePairing } from '../metrics/activity';
import { activeMenteesByMentor, byStartThenRow, compareText, mentorsById } from './loadFigures';
import type { ReportingChain } from './reportingChain';
import type { Conflict, ConflictKind } from './equityResults';

/** The kinds in the order conflicts are listed (equity.md, "Conflicts of interest", in its order). */
export const CONFLICT_KINDS: readonly ConflictKind[] = [
  'reporting-chain',
  'mentee-above-mentor',
  'mentor-and-sponsor',
  'self-pairing',
  'vendor-double-billing',
];

/**
 * Conflicts of interest (equity.md, "Conflicts of interest (each a flag with the pairing it
 * concerns)"), each with the pairing's PersonID, MentorID and row and a plain-language detail naming
 * the people by id:
 * - `reporting-chain`: the mentor is the mentee's manager or anywhere above the mentee in the
 *   reporting chain (`chain`, built from ManagerID on Participants and Mentors together);
 * - `mentee-above-mentor`: the mentee is the mentor's manager or anywhere above the mentor;
 * - `mentor-and-sponsor`: the same person is one mentee's Mentor and Sponsor;
 * - `self-pairing`: mentor and mentee are the same person (PersonID = MentorID);
 * - `vendor-double-billing`: an external coach whose Vendor is also the Vendor of another coach of the
 *   same mentee.
 *
 * Scope: the two reporting-chain kinds judge pairings active at A (`isActivePairing`; the chain is
 * today's); the others judge pairings that started on or before A. Each pairing is flagged at most
 * once per kind. Sorted by kind (`CONFLICT_KINDS` order), then PersonID (then MentorID, row).
 * Pure; O(n log n) plus O(depth) of the reporting chain per active pairing.
 */
export function findConflicts(data: ProgramData, asOf: Day, chain: ReportingChain): Conflict[] {
  const out: Conflict[] = [];
  const flagged = new Map<ConflictKind, Set<Pairing>>(CONFLICT_KINDS.map((k) => [k, new Set()]));
  const flag = (kind: ConflictKind, p: Pairing, detail: string): void => {
    const seen = flagged.get(kind);
    if (!seen || seen.has(p)) return;
    seen.add(p);
    out.push({ kind, personId: p.personId, mentorId: p.mentorId, pairingRow: p.row, detail });
  };
  const started = data.pairings.filter((p) => p.start <= asOf);

  reportingConflicts(data.pairings, asOf, chain, flag);
  mentorAndSponsor(started, flag);
  for (const p of started) {
    if (p.personId === p.mentorId) flag('self-pairing', p, `${p.personId} is paired with themself: PersonID and MentorID are the same.`);
  }
  vendorDoubleBilling(data, started, flag);

  const rank = new Map(CONFLICT_KINDS.map((k, i) => [k, i]));
  return out.sort(
    (a, b) =>
      (rank.get(a.kind) ?? 0) - (rank.get(b.kind) ?? 0) ||
      compareText(a.personId, b.personId) ||
      compareText(a.mentorId, b.mentorId) ||
      (a.pairingRow ?? 0) - (b.pairingRow ?? 0),
  );
}

type Flag = (kind: ConflictKind, pairing: Pairing, detail: string) => void;

/**
 * "the manager", "the manager's manager", "the manager's manager's manager"; beyond that, "N levels
 * above" (levels ≥ 1).
 */
export function relationText(levels: number): string {
  return levels <= 3 ? `the manager${"'s manager".repeat(levels - 1)} of` : `${levels} levels above`;
}

function roleWord(p: Pairing): string {
  return p.role === 'Coach' ? 'coach' : p.role === 'Sponsor' ? 'sponsor' : 'mentor';
}

/**
 * equity.md: "the mentor is the mentee's manager, or anywhere above the mentee in the reporting
 * chain …, or the mentee is above the mentor", on pairings active at A.
 */
function reportingConflicts(pairings: readonly Pairing[], asOf: Day, chain: ReportingChain, flag: Flag): void {
  for (const p of pairings) {
    if (!isActivePairing(p, asOf)) continue;
    const mentee = chain.nodeOf(p.personId);
    const mentor = chain.nodeOf(p.mentorId);
    if (mentee === undefined || mentor === undefined || mentee === mentor) continue;
    const down = chain.levelsAboveNode(mentor, mentee);
    if (down !== null) {
      const where = down <= 3 ? '' : ' in the reporting chain';
      flag('reporting-chain', p, `${p.mentorId} is ${relationText(down)} ${p.personId}${where}.`);
    }
    const up = chain.levelsAboveNode(mentee, mentor);
    if (up !== null) {
      const where = up <= 3 ? '' : ' in the reporting chain';
      flag('mentee-above-mentor', p, `${p.personId} is ${relationText(up)} ${p.mentorId}${where}, who is their ${roleWord(p)}.`);
    }
  }
}

/**
 * equity.md: "the same person is the mentee's mentor and sponsor": for each mentee and MentorID with
 * both a Mentor and a Sponsor pairing started on or before A, the pairing that completed the pair (in
 * start order, then row) is flagged, once.
 */
function mentorAndSponsor(started: readonly Pairing[], flag: Flag): void {
  const byPair = new Map<string, Pairing[]>();
  for (const p of started) {
    if (p.role !== 'Mentor' && p.role !== 'Sponsor') continue;
    const key = `${p.personId}\u0000${p.mentorId}`;
    let list = byPair.get(key);
    if (!list) byPair.set(key, (list = []));
    list.push(p);
  }
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    list.sort(byStartThenRow);
    let mentor = false;
    let sponsor = false;
    for (const p of list) {
      if (p.role === 'Mentor') mentor = true;
      else sponsor = true;
      if (mentor && sponsor) {
        flag('mentor-and-sponsor', p, `${p.mentorId} is both mentor and sponsor of ${p.personId}.`);
        break;
      }
    }
  }
}

/** Vendors compared after trimming, folding case and collapsing spaces. */
export function foldVendor(v: string): string {
  return v.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * equity.md: "an external coach's Vendor is also the vendor of another coach of the same mentee
 * (double billing)": per mentee and Vendor, over pairings started on or before A with an external
 * coach (MentorType External coach) that has a Vendor, in start order (then row), every pairing after
 * one with a different coach of that Vendor is flagged (the later pairing). The same coach engaged
 * twice is not double billing.
 */
function vendorDoubleBilling(data: ProgramData, started: readonly Pairing[], flag: Flag): void {
  const mentors = mentorsById(data.mentors);
  const groups = new Map<string, { vendor: string; list: Pairing[] }>();
  for (const p of started) {
    const m = mentors.get(p.mentorId);
    if (!m || m.mentorType !== 'External coach' || m.vendor === undefined || m.vendor.trim() === '') continue;
    const key = `${p.personId}\u0000${foldVendor(m.vendor)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { vendor: m.vendor.trim(), list: [] }));
    g.list.push(p);
  }
  for (const { vendor, list } of groups.values()) {
    if (list.length < 2) continue;
    list.sort(byStartThenRow);
    const first = list[0];
    let other: Pairing | undefined; // the first pairing with a coach other than the first one
    for (let i = 1; i < list.length; i++) {
      const p = list[i];
      const earlier = p.mentorId !== first.mentorId ? first : other;
      if (earlier !== undefined) {
        flag(
          'vendor-double-billing',
          p,
          `${p.mentorId} and ${earlier.mentorId}, two coaches of ${p.personId}, are both from ${vendor}; ` +
            `this later engagement (started ${isoFromDay(p.start)}) may bill the same vendor twice.`,
        );
      }
      if (other === undefined && p.mentorId !== first.mentorId) other = p;
    }
  }
}
