import { dayFromExcelSerial } from '../calendar/dayFromExcelSerial';
import type { CellValue } from '../model/cell';
import type { Day } from '../model/day';
import type { Lifecycle } from './lifecycle';
import type { Overload } from './overCapacity';
import type { Pool } from './pool';
import type { Rng } from './random';
import type { ReportingConflict } from './reportingConflict';
import { ancestorsOf } from './reportingTree';
import { nodeOfMentor } from './mentorRoster';
import { ROLE_MENTOR, STATUS_ACTIVE, TYPE_INTERNAL, type MentorRec, type Slot } from './sampleRecords';
import type { Program } from './selection';

/**
 * The Preferences sheet (matching.md: a mentee's ranked wishes for a mentor) and the mentees who wait
 * for a new mentor, for the pairing suggestions to work on.
 *
 * Planted finding 8, **mentees without a mentor** and the **preference trap**:
 * - three Active participants (`unpaired`) whose open mentor pairing ended a week to a month and a
 *   half before the as-of date with EndReason "Mentee asked for a new mentor": at A they have no
 *   active Mentor pairing (a coach or sponsor may still be active). Their pairing is neither the
 *   planted conflict's nor the inactive one's, their mentor not one of the over-capacity two, and the
 *   pairing ends after every survey answer about it, so the Surveys sheet (and finding 6) is unchanged;
 *   its Sessions and Hours are cut in proportion and LastMeeting is at most its End;
 * - one of them (`trap`) ranks first the internal mentor two or three levels up their reporting
 *   chain (their manager's manager, or the one above), who, under matching.md's score with the
 *   default weights, scores highest of all internal mentors that break no other hard rule: a
 *   suggestion engine that forgets the reporting-chain rule would pair them. `nextBest` is the best
 *   mentor that breaks no hard rule at all.
 * About thirty Active participants (the three among them) state one to four wishes, ranks 1–3 mostly,
 * for internal mentors senior to them, outside their reporting chain (but the trap's first wish),
 * whom they were never paired with, two times in three from another business unit.
 *
 * Runs after the surveys (`surveys.ts`), which it reads and leaves as they are. Null trap (and fewer
 * unpaired) only in samples too small to have such mentees. Stream: `requests`.
 */

/** matching.md, "Score of a pair": the default weights. */
export const DEFAULT_WEIGHTS = {
  businessUnit: 2,
  function: 2,
  seniority: 2,
  trackFit: 1,
  location: 1,
  preference: 3,
  loadBalance: 1,
  giverSatisfaction: 1,
} as const;

const TOTAL_WEIGHT = Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0);
/** the preference criterion for ranks 1..5 */
const PREFERENCE_VALUE = [1, 0.8, 0.6, 0.4, 0.2] as const;

/** The EndReason of the planted mentor pairings that ended at the mentee's request. */
export const ASKED_FOR_NEW_MENTOR = 'Mentee asked for a new mentor';

/** how many mentees wait for a new mentor */
const UNPAIRED = 3;
/** about this many participants state wishes (the unpaired among them) */
const WISHERS = 30;

export interface Wish {
  /** pool index of the mentee */
  readonly p: number;
  /** index into the mentors */
  readonly mentor: number;
  readonly rank: number;
}

export interface PreferenceTrap {
  readonly person: number;
  readonly mentor: number;
  /** the mentee's manager */
  readonly manager: number;
  /** 2: the manager's manager; 3: the one above */
  readonly levelsUp: number;
  readonly score: number;
  /** the best mentor that breaks no hard rule, and its score */
  readonly nextBest: number;
  readonly nextBestScore: number;
}

export interface MentorRequests {
  /** pool indices of the mentees without an active mentor at asOf, ascending */
  readonly unpaired: number[];
  readonly trap: PreferenceTrap | null;
  /** by PersonID, then rank */
  readonly wishes: Wish[];
}

export interface MentorRequestInputs {
  readonly pool: Pool;
  readonly program: Program;
  readonly life: Lifecycle;
  readonly mentors: readonly MentorRec[];
  readonly parent: Int32Array;
  readonly slots: readonly Slot[];
  readonly overload: Overload;
  readonly conflict: ReportingConflict | null;
  readonly inactiveSlot: Slot | null;
  readonly surveyRows: readonly (readonly CellValue[])[];
  readonly asOf: Day;
}

/** Ends the unpaired mentees' mentor pairings (in `slots`), plants the trap and draws the wishes. */
export function planMentorRequests(x: MentorRequestInputs, rng: Rng): MentorRequests {
  const { pool, program, life, mentors, slots, asOf } = x;
  const active = program.participants.filter(
    (i) => life.status[i] === STATUS_ACTIVE && life.programStart[i] <= asOf && !(life.exitDate[i] <= asOf) && !(life.programEnd[i] <= asOf),
  );
  const openMentor = new Map<number, Slot>();
  for (const s of slots) if (s.role === ROLE_MENTOR && Number.isNaN(s.end) && s.start <= asOf) openMentor.set(s.p, s);
  const lastAnswer = lastAnswerPerPair(x.surveyRows);
  const excluded = new Set(x.overload.overloaded);
  const cands: { p: number; slot: Slot; latest: Day }[] = [];
  for (const p of active) {
    const slot = openMentor.get(p);
    if (!slot || slot === x.conflict?.slot || slot === x.inactiveSlot || excluded.has(slot.mentor)) continue;
    if (slot.start > asOf - 180 || slot.sessions < 2) continue;
    const latest = lastAnswer.get(`${pool.personId[p]}\u001f${mentors[slot.mentor].id}`) ?? slot.start;
    if (latest > asOf - 8) continue;
    cands.push({ p, slot, latest });
  }
  const order = rng.shuffle(cands.map((_, k) => k));
  const scorer = new PairScorer(x);

  let chosen: number[] = [];
  let trap: PreferenceTrap | null = null;
  let trapWishes: Wish[] = [];
  // the manager's manager first, in any candidate; then the one above
  search: for (const levelsUp of [2, 3]) {
    for (const t of order) {
      const p = cands[t]!.p;
      const others: number[] = [];
      for (const k of order) {
        if (others.length === UNPAIRED - 1) break;
        if (k !== t && cands[k]!.slot.mentor !== cands[t]!.slot.mentor && others.every((o) => cands[o]!.slot.mentor !== cands[k]!.slot.mentor)) others.push(k);
      }
      const ended = [t, ...others];
      scorer.setEnded(ended.map((k) => cands[k]!.slot));
      const found = plantTrap(p, levelsUp, scorer, x, rng);
      if (found) {
        chosen = ended;
        trap = found.trap;
        trapWishes = found.wishes;
        break search;
      }
    }
  }
  if (trap === null) chosen = order.slice(0, Math.min(UNPAIRED, order.length));

  for (const k of chosen) {
    const { slot, latest } = cands[k]!;
    const end = Math.min(asOf - 7, Math.max(latest + 1, asOf - rng.int(20, 45)));
    const share = (end - slot.start) / (asOf - slot.start);
    const perSession = slot.sessions > 0 ? slot.hours / slot.sessions : 0;
    slot.sessions = Math.max(1, Math.round(slot.sessions * share));
    slot.hours = slot.sessions * perSession;
    if (!(slot.lastMeeting <= end)) slot.lastMeeting = end;
    slot.end = end;
    slot.reason = ASKED_FOR_NEW_MENTOR;
  }
  const unpaired = chosen.map((k) => cands[k]!.p).sort((a, b) => a - b);

  // the wishes: the unpaired first (the trap's are set), then other active participants
  const wishes: Wish[] = [...trapWishes];
  const wishers = [...unpaired.filter((p) => p !== trap?.person), ...rng.shuffle(active.filter((p) => !unpaired.includes(p)))].slice(
    0,
    Math.max(0, WISHERS - (trap ? 1 : 0)),
  );
  const internal = mentors.map((_, k) => k).filter((k) => mentors[k].type === TYPE_INTERNAL);
  for (const p of wishers) {
    const fit = internal.filter((k) => scorer.allowed(p, k) && !scorer.inChain(p, k));
    const otherBu = fit.filter((k) => mentors[k].bu !== pool.bu[p]);
    const sameBu = fit.filter((k) => mentors[k].bu === pool.bu[p]);
    const n = Math.min(fit.length, rng.weighted([1, 2, 3, 4], [0.3, 0.35, 0.27, 0.08]));
    const picked: number[] = [];
    while (picked.length < n) {
      const from = otherBu.length > 0 && (sameBu.length === 0 || rng.chance(2 / 3)) ? otherBu : sameBu;
      const k = from.splice(rng.int(0, from.length - 1), 1)[0]!;
      picked.push(k);
    }
    picked.forEach((k, r) => wishes.push({ p, mentor: k, rank: r + 1 }));
  }
  wishes.sort((a, b) => a.p - b.p || a.rank - b.rank);
  return { unpaired, trap, wishes };
}

/**
 * The trap for mentee p, if there is one: the internal mentor `levelsUp` levels up p's reporting
 * chain, if that is one who, ranked first (and with a second wish from another business unit where one keeps it so),
 * scores highest of all internal mentors that break no hard rule but the reporting chain, by at least
 * 2 points, and above the best mentor that breaks none.
 */
function plantTrap(p: number, levelsUp: number, scorer: PairScorer, x: MentorRequestInputs, rng: Rng): { trap: PreferenceTrap; wishes: Wish[] } | null {
  const { pool, mentors, parent } = x;
  const N = pool.size;
  const chain = ancestorsOf(parent, p);
  const node = chain[levelsUp - 1];
  if (node === undefined) return null;
  const t = node >= N ? node - N : mentors.findIndex((m) => m.pool === node);
  if (t < 0 || mentors[t]!.type !== TYPE_INTERNAL || !scorer.allowed(p, t)) return null;
  const trapScore = scorer.score(p, t, 1);
  // every other internal mentor that breaks no hard rule but the reporting chain, unranked
  const rivals = mentors
    .map((_, k) => k)
    .filter((k) => k !== t && mentors[k]!.type === TYPE_INTERNAL && scorer.allowed(p, k))
    .map((k) => ({ k, score: scorer.score(p, k, undefined) }));
  if (rivals.some((r) => r.score > trapScore - 2)) return null;
  const clean = rivals.filter((r) => !scorer.inChain(p, r.k));
  if (clean.length === 0) return null;
  // a second wish, from another business unit, for a mentor whom rank 2 leaves at least 2 points below the trap
  const seconds = clean.filter((r) => mentors[r.k]!.bu !== pool.bu[p] && scorer.score(p, r.k, 2) <= trapScore - 2);
  const second = seconds.length > 0 ? rng.pick(seconds).k : -1;
  const wishes: Wish[] = [{ p, mentor: t, rank: 1 }];
  if (second >= 0) wishes.push({ p, mentor: second, rank: 2 });
  const final = clean.map((r) => (r.k === second ? { k: r.k, score: scorer.score(p, r.k, 2) } : r));
  final.sort((a, b) => b.score - a.score || mentors[a.k]!.id.localeCompare(mentors[b.k]!.id));
  return {
    trap: { person: p, mentor: t, manager: chain[0]!, levelsUp, score: trapScore, nextBest: final[0]!.k, nextBestScore: final[0]!.score },
    wishes,
  };
}

/** The latest Surveys date of each (mentee, mentor) pair: the mentee's rating of the mentor and the mentor's of the mentee. */
function lastAnswerPerPair(rows: readonly (readonly CellValue[])[]): Map<string, Day> {
  const out = new Map<string, Day>();
  // RespondentID, RespondentRole, Date, Instrument, Item, Score, ScaleMax, AboutID (surveys.ts)
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const about = row[7];
    if (typeof about !== 'string') continue;
    const key = row[3] === 'Mentee satisfaction' ? `${row[0]}\u001f${about}` : row[3] === 'Mentor satisfaction' ? `${about}\u001f${row[0]}` : null;
    if (key === null) continue;
    const d = dayFromExcelSerial(row[2] as number, '1900');
    if (!(out.get(key)! >= d)) out.set(key, d);
  }
  return out;
}

/**
 * matching.md's score of a (mentee, internal mentor) pair for the Mentor role with the default
 * weights, over the generator's records: every criterion's column exists in the sample, so none is
 * left out. `allowed` is every hard rule but the reporting chain; `inChain` that one.
 */
class PairScorer {
  private readonly x: MentorRequestInputs;
  /** per mentor: the mean of (Score − 1) ÷ (ScaleMax − 1) over its Mentee satisfaction answers, NaN with none */
  private readonly satisfaction: Float64Array;
  /** per mentor: its distinct mentees of pairings started by asOf, in all and per Track */
  private readonly menteeCount: Int32Array;
  private readonly menteeTrackCount: Int32Array[];
  /** per mentee: the mentors of their pairings started by asOf */
  private readonly pairedWith = new Map<number, Set<number>>();
  /** per mentor: distinct mentees of its pairings active at asOf, before and after the endings */
  private readonly baseActive: Int32Array;
  private activeCount: Int32Array;
  private readonly ancestors = new Map<number, readonly number[]>();

  constructor(x: MentorRequestInputs) {
    this.x = x;
    const { mentors, slots, asOf, program } = x;
    const K = mentors.length;
    const mentees = mentors.map(() => new Set<number>());
    this.baseActive = new Int32Array(K);
    for (const s of slots) {
      if (s.start > asOf) continue;
      mentees[s.mentor]!.add(s.p);
      let mine = this.pairedWith.get(s.p);
      if (mine === undefined) this.pairedWith.set(s.p, (mine = new Set()));
      mine.add(s.mentor);
      // a mentee never has the same mentor twice, so active pairings count distinct mentees
      if (Number.isNaN(s.end)) this.baseActive[s.mentor]!++;
    }
    this.activeCount = this.baseActive;
    this.menteeCount = Int32Array.from(mentees, (m) => m.size);
    const tracks = Math.max(0, ...program.trackOf) + 1;
    this.menteeTrackCount = mentees.map((m) => {
      const perTrack = new Int32Array(tracks);
      for (const q of m) if (program.trackOf[q]! >= 0) perTrack[program.trackOf[q]!]!++;
      return perTrack;
    });
    const index = new Map(mentors.map((m, k) => [m.id, k]));
    const sum = new Float64Array(K);
    const n = new Int32Array(K);
    for (let r = 1; r < x.surveyRows.length; r++) {
      const row = x.surveyRows[r]!;
      if (row[3] !== 'Mentee satisfaction' || typeof row[7] !== 'string') continue;
      const k = index.get(row[7]);
      if (k === undefined || dayFromExcelSerial(row[2] as number, '1900') > asOf) continue;
      sum[k] += ((row[5] as number) - 1) / ((row[6] as number) - 1);
      n[k]!++;
    }
    this.satisfaction = Float64Array.from(sum, (v, k) => (n[k]! > 0 ? v / n[k]! : NaN));
  }

  /** the pairings taken as ended before asOf (the unpaired mentees'), for the mentors' loads */
  setEnded(ended: readonly Slot[]): void {
    this.activeCount = Int32Array.from(this.baseActive);
    for (const s of ended) this.activeCount[s.mentor]!--;
  }

  private ancestorsOf(node: number): readonly number[] {
    let a = this.ancestors.get(node);
    if (a === undefined) this.ancestors.set(node, (a = ancestorsOf(this.x.parent, node)));
    return a;
  }

  inChain(p: number, k: number): boolean {
    const { pool, mentors } = this.x;
    const node = nodeOfMentor(mentors, pool.size, k);
    return node === p || this.ancestorsOf(p).includes(node) || this.ancestorsOf(node).includes(p);
  }

  /** every hard rule of matching.md but the reporting chain: not themself, never paired, a level up, spare capacity */
  allowed(p: number, k: number): boolean {
    const { pool, mentors } = this.x;
    const m = mentors[k]!;
    if (nodeOfMentor(mentors, pool.size, k) === p) return false;
    if (this.pairedWith.get(p)?.has(k)) return false;
    if (m.level < pool.level[p] + 1) return false;
    return m.capacity - this.activeCount[k]! > 0;
  }

  score(p: number, k: number, rank: number | undefined): number {
    const { pool, program, mentors } = this.x;
    const m = mentors[k]!;
    const w = DEFAULT_WEIGHTS;
    const d = m.level - pool.level[p];
    const seniority = d >= 2 && d <= 4 ? 1 : d === 1 || d === 5 ? 0.5 : 0;
    const earlier = this.menteeCount[k]!;
    const trackFit = earlier === 0 ? 0 : (this.menteeTrackCount[k]![program.trackOf[p]!] ?? 0) / earlier;
    const sat = this.satisfaction[k]!;
    const c =
      w.businessUnit * (m.bu !== pool.bu[p] ? 1 : 0) +
      w.function * (m.fn !== pool.fn[p] ? 1 : 0) +
      w.seniority * seniority +
      w.trackFit * trackFit +
      w.location * (m.loc === pool.loc[p] ? 1 : 0) +
      w.preference * (rank === undefined ? 0 : PREFERENCE_VALUE[rank - 1]!) +
      w.loadBalance * (1 - this.activeCount[k]! / m.capacity) +
      w.giverSatisfaction * (Number.isNaN(sat) ? 0.5 : sat);
    return (100 * c) / TOTAL_WEIGHT;
  }
}
