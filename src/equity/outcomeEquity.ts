import { quarterOf } from '../calendar/quarter';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { Participant } from '../model/records';
import { readinessDurations } from '../metrics/readinessDurations';
import { readinessSummary } from '../metrics/readinessSummary';
import { roleFromInstrument } from '../metrics/satisfaction';
import { survivalSummary } from '../metrics/survivalSummary';
import { timeToLeave } from '../metrics/timeToLeave';
import type { Estimate } from '../metrics/metricResults';
import { logRank, tInterval } from '../stats';
import { equityAttributes, groupIndexes, type GroupIndex } from './accessAttributes';
import { NO_COMPARISON } from './accessReason';
import type { OutcomeEquity, OutcomeLogRank } from './equityResults';

type Outcome = OutcomeEquity['outcome'];

/** The horizon of the retention outcome and of its log-rank test, in months (equity.md, Outcome equity). */
const RETENTION_MONTHS = 12;

/** The Surveys columns without which there is no satisfaction (as in metrics.md, Satisfaction). */
const SURVEY_COLUMNS = ['RespondentID', 'Date', 'Instrument', 'Score'] as const;

/** One group's figures before the gap to the best group is known. */
interface GroupFigure {
  readonly group: string;
  readonly n: number;
  readonly estimate: Estimate | null;
}

/**
 * Outcome equity (equity.md, **Outcome equity**), as of A with minimum group size k: for each
 * attribute of `equityAttributes` (each demographic attribute, BusinessUnit, Location, Level band), per
 * group of participants:
 * - **Retention at 12 months**: the Kaplan–Meier S(12) with its log-log band (metrics.md, Retention;
 *   `timeToLeave` + `survivalSummary`), over the participants (InProgram, ProgramStart ≤ A) of the
 *   group; n = those participants. Needs the ProgramStart column.
 * - **Ready by 24 months**: the Aalen–Johansen cumulative incidence F(24) with its interval
 *   (metrics.md, Time-to-readiness; `readinessDurations` + `readinessSummary`), over the group's
 *   time-to-readiness population; n = that population. Needs the ProgramStart and ReadyDate columns.
 * - **Mentee satisfaction**: the mean score with its t-interval (`tInterval`) of the mentee answers in
 *   the current window of metrics.md, Satisfaction (the calendar quarter containing A, up to A), of
 *   the group's respondents. Where equity.md and metrics.md are silent, Cadre's choices: the answers
 *   are those of a mentee instrument (one whose name says mentee, `roleFromInstrument`, e.g. "Mentee
 *   satisfaction") given by a mentee (RespondentRole Mentee or blank) whose RespondentID is a
 *   participant's PersonID; where those answers mix scales, only the most common ScaleMax is used
 *   (ties: the smaller scale), so that a mean never mixes 1–5 and 0–10 scores; n = the distinct
 *   respondents of the group (the people whose privacy is at stake), the mean over their answers.
 *   Needs a Surveys sheet with RespondentID, Date, Instrument and Score.
 * An outcome whose input is absent has no rows. Groups with n < k are included with their n and null
 * figures (reason "fewer than k people: suppressed"; the privacy pass blanks them). For the groups with
 * n ≥ k and a value, **gapToBest** = best value − value (higher is better for all three), `best` the
 * best group (ties: the larger n, then the first in order); an attribute with fewer than two such
 * groups has no best (null, reason "no other group to compare with").
 *
 * **Log-rank** (equity.md: "Where a log-rank test across groups applies it is reported"): for each
 * attribute with at least two groups of n ≥ k, the k-group log-rank test (`logRank`) of 12-month
 * retention across those groups: durations over 12 months are censored at 12 months, so that the test
 * compares the first year, the outcome reported.
 *
 * Pure; O(n log n): one grouping per attribute, one Kaplan–Meier or Aalen–Johansen per group.
 */
export function computeOutcomeEquity(data: ProgramData, asOf: Day, k: number): { outcomes: OutcomeEquity[]; outcomeTests: OutcomeLogRank[] } {
  if (!(k >= 1) || !Number.isFinite(k)) throw new RangeError(`k must be a number ≥ 1, got ${k}`);
  const outcomes: OutcomeEquity[] = [];
  const outcomeTests: OutcomeLogRank[] = [];
  const cols = data.columns.Participants;
  if (!cols.includes('ProgramStart')) return { outcomes, outcomeTests };

  // every attribute's groups once, over the InProgram rows; each outcome's people found by position
  const inProgram = data.participants.filter((p) => p.inProgram);
  const position = new Map<Participant, number>();
  inProgram.forEach((p, i) => position.set(p, i));
  const positionsOf = (people: readonly Participant[]): Int32Array => Int32Array.from(people, (p) => position.get(p)!);
  const groupings = groupIndexes(equityAttributes(data), inProgram);

  // Retention at 12 months
  const retention = timeToLeave(inProgram, asOf);
  if (retention.people.length > 0) {
    const at = positionsOf(retention.people);
    for (const grouping of groupings) {
      const figures: GroupFigure[] = [];
      const tested: { times: Float64Array; events: Uint8Array }[] = [];
      for (const [group, members] of membersOf(grouping, at)) {
        if (members.length < k) {
          figures.push({ group, n: members.length, estimate: null });
          continue;
        }
        const times = pick(retention.times, members);
        const events = pick(retention.events, members);
        figures.push({ group, n: members.length, estimate: survivalSummary(times, events).at12 });
        tested.push(truncate(times, events, RETENTION_MONTHS));
      }
      outcomes.push(...withGaps('Retention at 12 months', grouping.attribute, figures, k));
      if (tested.length >= 2) {
        const r = logRank(tested);
        outcomeTests.push({ attribute: grouping.attribute, groups: tested.length, chi2: r.chi2, df: r.df, p: r.p });
      }
    }
  }

  // Ready by 24 months
  if (cols.includes('ReadyDate')) {
    const readiness = readinessDurations(inProgram, asOf);
    if (readiness.people.length > 0) {
      const at = positionsOf(readiness.people);
      for (const grouping of groupings) {
        const figures: GroupFigure[] = membersOf(grouping, at).map(([group, members]) => ({
          group,
          n: members.length,
          estimate: members.length < k ? null : readinessSummary(pick(readiness.times, members), pick(readiness.causes, members)).at24,
        }));
        outcomes.push(...withGaps('Ready by 24 months', grouping.attribute, figures, k));
      }
    }
  }

  // Mentee satisfaction
  const answers = menteeAnswers(data, asOf);
  if (answers !== null && answers.length > 0) {
    const at = positionsOf(answers.map((r) => r.person));
    for (const grouping of groupings) {
      const figures: GroupFigure[] = membersOf(grouping, at).map(([group, members]) => {
        if (members.length < k) return { group, n: members.length, estimate: null };
        const scores: number[] = [];
        for (const j of members) for (const score of answers[j].scores) scores.push(score);
        const t = tInterval(scores);
        return { group, n: members.length, estimate: { value: t.mean, lower: t.lower, upper: t.upper } };
      });
      outcomes.push(...withGaps('Mentee satisfaction', grouping.attribute, figures, k));
    }
  }

  return { outcomes, outcomeTests };
}

/**
 * The members of each group among an outcome's people (`at[j]`: person j's position among the
 * InProgram rows), as indices into that outcome's arrays; groups in report order, empty ones left out.
 */
function membersOf(grouping: GroupIndex, at: Int32Array): [string, number[]][] {
  const lists: number[][] = grouping.names.map(() => []);
  for (let j = 0; j < at.length; j++) {
    const g = grouping.index[at[j]];
    if (g >= 0) lists[g].push(j);
  }
  const out: [string, number[]][] = [];
  grouping.names.forEach((name, g) => {
    if (lists[g].length > 0) out.push([name, lists[g]]);
  });
  return out;
}

/** A participant who answered a mentee instrument in the window, with their scores. */
interface Respondent {
  readonly person: Participant;
  readonly scores: number[];
}

/**
 * The mentee answers of the current satisfaction window (the calendar quarter containing A, up to A),
 * per respondent who is a participant (see `computeOutcomeEquity`); null without a usable Surveys sheet.
 */
function menteeAnswers(data: ProgramData, asOf: Day): Respondent[] | null {
  const cols = data.columns.Surveys;
  if (!SURVEY_COLUMNS.every((c) => cols.includes(c))) return null;
  const participant = new Map<string, Participant>();
  for (const p of data.participants) if (p.inProgram && !participant.has(p.personId)) participant.set(p.personId, p);
  const first = quarterOf(asOf).first;
  const mentee = new Map<string, boolean>();
  const isMenteeInstrument = (instrument: string): boolean => {
    let m = mentee.get(instrument);
    if (m === undefined) mentee.set(instrument, (m = roleFromInstrument(instrument) === 'Mentee'));
    return m;
  };

  const kept: { person: Participant; score: number; scaleMax: number }[] = [];
  const perScale = new Map<number, number>();
  for (const a of data.surveys) {
    if (!(a.date >= first && a.date <= asOf)) continue;
    if ((a.respondentRole ?? 'Mentee') !== 'Mentee' || !isMenteeInstrument(a.instrument)) continue;
    const person = participant.get(a.respondentId);
    if (person === undefined) continue;
    kept.push({ person, score: a.score, scaleMax: a.scaleMax });
    perScale.set(a.scaleMax, (perScale.get(a.scaleMax) ?? 0) + 1);
  }
  let scale = NaN;
  let most = 0;
  for (const [s, count] of perScale) if (count > most || (count === most && s < scale)) [scale, most] = [s, count];

  const byPerson = new Map<Participant, number[]>();
  for (const a of kept) {
    if (a.scaleMax !== scale) continue;
    let scores = byPerson.get(a.person);
    if (scores === undefined) byPerson.set(a.person, (scores = []));
    scores.push(a.score);
  }
  return [...byPerson].map(([person, scores]) => ({ person, scores }));
}

function pick<T extends Float64Array | Uint8Array>(values: T, members: readonly number[]): T {
  const out = new (values.constructor as new (n: number) => T)(members.length);
  for (let j = 0; j < members.length; j++) out[j] = values[members[j]];
  return out;
}

/** Durations censored at `horizon`: a duration beyond it becomes the horizon, with no event. */
function truncate(times: Float64Array, events: Uint8Array, horizon: number): { times: Float64Array; events: Uint8Array } {
  const t = new Float64Array(times.length);
  const e = new Uint8Array(events.length);
  for (let i = 0; i < times.length; i++) {
    if (times[i] > horizon) t[i] = horizon;
    else {
      t[i] = times[i];
      e[i] = events[i];
    }
  }
  return { times: t, events: e };
}

/** The rows of one outcome × attribute, with the best group and each group's gap to it. */
function withGaps(outcome: Outcome, attribute: string, figures: readonly GroupFigure[], k: number): OutcomeEquity[] {
  let best: GroupFigure | null = null;
  let compared = 0;
  for (const f of figures) {
    const v = f.estimate?.value;
    if (v === null || v === undefined) continue;
    compared++;
    const b = best?.estimate?.value;
    if (best === null || b === null || b === undefined || v > b || (v === b && f.n > best.n)) best = f;
  }
  const bestValue = compared >= 2 ? best!.estimate!.value! : null;
  const bestGroup = compared >= 2 ? best!.group : null;
  return figures.map((f): OutcomeEquity => {
    const base = { outcome, attribute, group: f.group, n: f.n, best: bestGroup };
    if (f.estimate === null) {
      return { ...base, value: null, lower: null, upper: null, gapToBest: null, reason: `fewer than ${k} ${outcome === 'Mentee satisfaction' ? 'respondents' : 'people'}: suppressed` };
    }
    const { value, lower, upper } = f.estimate;
    if (value === null) return { ...base, value, lower, upper, gapToBest: null, reason: f.estimate.reason ?? 'not estimated' };
    if (bestValue === null) return { ...base, value, lower, upper, gapToBest: null, reason: NO_COMPARISON };
    const gapToBest = bestValue - value;
    return { ...base, value, lower, upper, gapToBest, reason: f.group === bestGroup ? 'best group' : gapReason(outcome, gapToBest, bestGroup!) };
  });
}

function gapReason(outcome: Outcome, gap: number, best: string): string {
  return outcome === 'Mentee satisfaction'
    ? `${gap.toFixed(2)} points below ${best}`
    : `${(gap * 100).toFixed(1)} percentage points below ${best}`;
}
