import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import { foldHeader } from '../intake/foldHeader';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import type { MentorType, RespondentRole, SurveyAnswer } from '../model/records';
import { netPromoterScore, tInterval, welchTTest, wilsonInterval, Z95 } from '../stats';
import { isActivePairing, isActiveParticipant } from './activity';
import type { NotAvailable, SatisfactionFigures, SatisfactionResult } from './metricResults';

/** The label of the rows of answers that have no RespondentRole (listed only beside other roles). */
export const ROLE_NOT_GIVEN = 'Not given';

/** The support an answer is about (the MentorType of its AboutID). */
export type SupportType = Extract<MentorType, 'Internal mentor' | 'External coach'>;

/**
 * Mentee answers of one instrument in the window about internal mentors or about external coaches
 * (metrics.md, Satisfaction: "by support type").
 */
export interface SupportSatisfaction {
  readonly instrument: string;
  /** the instrument's ScaleMax (an instrument that mixes scales has one row per scale) */
  readonly scaleMax: number;
  readonly supportType: SupportType;
  /** distinct mentees behind the answers (the people the figures are about: equity.md, Privacy) */
  readonly respondents: number;
  /** answers */
  readonly n: number;
  readonly mean: number | null;
  /** t-interval, null when n < 2 */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** What `computeSatisfaction` returns when there are answers in the window. */
export interface SatisfactionReport {
  /** per Instrument (and ScaleMax), role "All" first, then one row per RespondentRole */
  readonly results: SatisfactionResult[];
  readonly bySupport: SupportSatisfaction[];
}

/** The Surveys columns without which satisfaction cannot be computed (input-workbook.md, Surveys). */
const REQUIRED = ['RespondentID', 'Date', 'Instrument', 'Score'] as const;

/** Respondent roles whose population is known, so that a response rate can be given. */
type PopulationRole = 'Mentee' | 'Mentor' | 'Coach' | 'Sponsor';

/** Who is in each population role: MentorType and pairing Role for the mentor roles. */
const MENTOR_POPULATION: Readonly<Record<Exclude<PopulationRole, 'Mentee'>, MentorType>> = {
  Mentor: 'Internal mentor',
  Coach: 'External coach',
  Sponsor: 'Sponsor',
};

/** A response rate below this is flagged (metrics.md, Satisfaction). */
export const LOW_RESPONSE_RATE = 0.6;

/**
 * Satisfaction (metrics.md, "Satisfaction"), for answers dated in the window: the calendar quarter
 * that contains A, from its first day up to A; "previous" is the whole calendar quarter before it.
 *
 * Rows: per Instrument (and per ScaleMax where an instrument mixes scales), one row with role "All",
 * plus one row per RespondentRole when the instrument has answers from two or more roles in the
 * window (answers without a role then form a "Not given" row). Sorted by instrument, ScaleMax, then
 * role ("All" first, "Not given" last). Each row's figures (`SatisfactionFigures`):
 * - n answers and distinct respondents;
 * - **mean** with a **t-interval** mean ± t_{0.975, n−1} · s / √n (n ≥ 2, else null) and sd (`tInterval`);
 * - **top-2-box** = share of answers ≥ ScaleMax − 1, with a Wilson interval (`wilsonInterval`);
 * - **eNPS** for 0–10 items (Instrument NPS or ScaleMax 10) = 100 × (share 9–10 − share 0–6), with
 *   SE 100 · √((p_P + p_D − (p_P − p_D)²) / n) and the interval eNPS ± 1.959964 · SE, not clipped
 *   to ±100 (`netPromoterScore`);
 * - **response rate** where the population is known: respondents in the population ÷ the population
 *   at the window's end: Mentee → active participants (`isActiveParticipant`); Mentor → internal
 *   mentors with an active Mentor pairing; Coach → external coaches with an active Coach pairing;
 *   Sponsor → sponsors with an active Sponsor pairing (`isActivePairing`). An answer with no role
 *   takes it from the instrument's name (containing mentee, mentor, coach or sponsor). A row whose
 *   answers come from more than one role, or from a role with no known population (Peer, Manager,
 *   Direct report, Other), or whose population is empty, has none (null). `low` when below 60%;
 * - **score distribution** (answers per score, ascending).
 * **Trend**: `previous` = the same figures for the previous quarter's answers of the same instrument,
 * scale and role (null if none); `change` = Welch's t-test of the window's scores against the previous
 * quarter's (`welchTTest`; difference = mean now − mean before), `changeP` its two-sided p.
 * **By support type** (`bySupport`): mentee answers in the window whose AboutID is an internal mentor
 * or an external coach (the Mentors sheet's MentorType), per instrument: respondents (distinct mentees), n answers, mean, t-interval.
 *
 * Not available (reporting rules), with the reason in plain words: no Surveys sheet (or one without
 * its required columns), or no answers dated in the window. Small groups are not suppressed here:
 * every figure carries its n for the privacy pass.
 */
export function computeSatisfaction(data: ProgramData, asOf: Day): SatisfactionReport | NotAvailable {
  const columns = data.columns.Surveys;
  if (columns.length === 0) return { available: false, reason: 'not available: the workbook has no Surveys sheet' };
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return { available: false, reason: `not available: the Surveys sheet has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}` };
  }

  const quarter = quarterOf(asOf);
  const previousQuarter = quarterOf(quarter.first - 1);
  const buckets = new Map<string, Map<number, { current: SurveyAnswer[]; previous: SurveyAnswer[] }>>();
  let inWindow = 0;
  for (const a of data.surveys) {
    const current = a.date >= quarter.first && a.date <= asOf;
    if (!current && !(a.date >= previousQuarter.first && a.date <= previousQuarter.last)) continue;
    let byScale = buckets.get(a.instrument);
    if (byScale === undefined) buckets.set(a.instrument, (byScale = new Map()));
    let bucket = byScale.get(a.scaleMax);
    if (bucket === undefined) byScale.set(a.scaleMax, (bucket = { current: [], previous: [] }));
    if (current) {
      bucket.current.push(a);
      inWindow++;
    } else bucket.previous.push(a);
  }
  if (inWindow === 0) {
    return {
      available: false,
      reason: `not available: no survey answers dated in ${quarter.label} (${isoFromDay(quarter.first)} to ${isoFromDay(asOf)})`,
    };
  }

  const populations = new Populations(data);
  const results: SatisfactionResult[] = [];
  for (const [instrument, byScale] of buckets) {
    const inferred = roleFromInstrument(instrument);
    const nps = isNpsInstrument(instrument);
    for (const [scaleMax, bucket] of byScale) {
      if (bucket.current.length === 0) continue;
      const roles = new Set(bucket.current.map(roleLabel));
      const rows: string[] = ['All'];
      if (roles.size >= 2) rows.push(...roles);
      for (const role of rows) {
        const mine = (a: SurveyAnswer): boolean => role === 'All' || roleLabel(a) === role;
        const current = role === 'All' ? bucket.current : bucket.current.filter(mine);
        const previous = role === 'All' ? bucket.previous : bucket.previous.filter(mine);
        const spec: FigureSpec = { scaleMax, nps, inferred, populations };
        const now = figures(current, quarter.label, asOf, spec);
        const before = previous.length > 0 ? figures(previous, previousQuarter.label, previousQuarter.last, spec) : null;
        const welch = before === null ? null : welchTTest(scoresOf(current), scoresOf(previous));
        const change =
          welch === null || now.mean === null || before === null || before.mean === null
            ? null
            : { difference: now.mean - before.mean, t: welch.t, df: welch.df, p: welch.p };
        results.push({ instrument, role, scaleMax, ...now, previous: before, change, changeP: change?.p ?? null });
      }
    }
  }
  results.sort((a, b) => compareText(a.instrument, b.instrument) || a.scaleMax - b.scaleMax || roleRank(a.role) - roleRank(b.role) || compareText(a.role, b.role));

  return { results, bySupport: bySupport(buckets, data) };
}

interface FigureSpec {
  readonly scaleMax: number;
  /** the instrument is an NPS item (by name) */
  readonly nps: boolean;
  /** the respondent role the instrument's name implies, for answers without a role */
  readonly inferred: PopulationRole | undefined;
  readonly populations: Populations;
}

/** The satisfaction figures of one set of answers (one instrument, scale and role, in one quarter). */
function figures(answers: readonly SurveyAnswer[], quarter: string, windowEnd: Day, spec: FigureSpec): SatisfactionFigures {
  const scores = scoresOf(answers);
  const n = scores.length;
  const t = tInterval(scores);

  const topFrom = spec.scaleMax - 1;
  let top = 0;
  let npsRange = true;
  const counts = new Map<number, number>();
  const respondents = new Set<string>();
  const roles = new Set<RespondentRole | undefined>();
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s >= topFrom) top++;
    if (!(s >= 0 && s <= 10)) npsRange = false;
    counts.set(s, (counts.get(s) ?? 0) + 1);
    respondents.add(answers[i].respondentId);
    roles.add(answers[i].respondentRole ?? spec.inferred);
  }
  const wilson = wilsonInterval(top, n);
  const top2 =
    wilson === null
      ? { value: null, lower: null, upper: null, reason: 'no answers' }
      : { value: top / n, lower: wilson[0], upper: wilson[1] };

  let enps: SatisfactionFigures['enps'] = null;
  if ((spec.nps || spec.scaleMax === 10) && npsRange && n > 0) {
    const e = netPromoterScore(scores);
    if (e.score !== null && e.se !== null) {
      enps = { value: e.score, se: e.se, lower: e.score - Z95 * e.se, upper: e.score + Z95 * e.se };
    }
  }

  let responseRate: SatisfactionFigures['responseRate'] = null;
  const [role] = roles;
  if (roles.size === 1 && role !== undefined && isPopulationRole(role)) {
    const population = spec.populations.of(role, windowEnd);
    if (population.size > 0) {
      let responded = 0;
      for (const id of respondents) if (population.has(id)) responded++;
      const value = responded / population.size;
      responseRate = { value, population: population.size, low: value < LOW_RESPONSE_RATE };
    }
  }

  const distribution = [...counts].sort((a, b) => a[0] - b[0]).map(([score, count]) => ({ score, count }));
  return {
    quarter,
    n,
    respondents: respondents.size,
    mean: t.mean,
    lower: t.lower,
    upper: t.upper,
    sd: t.sd,
    top2,
    enps,
    responseRate,
    distribution,
  };
}

/** Mentee answers in the window about internal mentors vs external coaches, per instrument and scale. */
function bySupport(
  buckets: ReadonlyMap<string, ReadonlyMap<number, { readonly current: readonly SurveyAnswer[] }>>,
  data: ProgramData,
): SupportSatisfaction[] {
  const typeOf = new Map<string, MentorType>();
  for (const m of data.mentors) typeOf.set(m.mentorId, m.mentorType);
  const out: SupportSatisfaction[] = [];
  for (const [instrument, byScale] of buckets) {
    const inferred = roleFromInstrument(instrument);
    for (const [scaleMax, bucket] of byScale) {
      const scores: Record<SupportType, number[]> = { 'Internal mentor': [], 'External coach': [] };
      const people: Record<SupportType, Set<string>> = { 'Internal mentor': new Set(), 'External coach': new Set() };
      for (const a of bucket.current) {
        if ((a.respondentRole ?? inferred) !== 'Mentee' || a.aboutId === undefined) continue;
        const type = typeOf.get(a.aboutId);
        if (type === 'Internal mentor' || type === 'External coach') {
          scores[type].push(a.score);
          people[type].add(a.respondentId);
        }
      }
      for (const supportType of ['Internal mentor', 'External coach'] as const) {
        if (scores[supportType].length === 0) continue;
        const t = tInterval(scores[supportType]);
        out.push({ instrument, scaleMax, supportType, respondents: people[supportType].size, n: t.n, mean: t.mean, lower: t.lower, upper: t.upper });
      }
    }
  }
  const typeRank = (s: SupportType): number => (s === 'Internal mentor' ? 0 : 1);
  return out.sort((a, b) => compareText(a.instrument, b.instrument) || a.scaleMax - b.scaleMax || typeRank(a.supportType) - typeRank(b.supportType));
}

/**
 * The populations of the response rate at a day, built once per day and role: the PersonIDs of
 * active participants, or the MentorIDs of mentors of the role's MentorType with an active pairing
 * of that Role.
 */
class Populations {
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(private readonly data: ProgramData) {}

  of(role: PopulationRole, day: Day): ReadonlySet<string> {
    const key = `${role}@${day}`;
    let set = this.cache.get(key);
    if (set === undefined) {
      set = role === 'Mentee' ? this.participants(day) : this.mentors(role, day);
      this.cache.set(key, set);
    }
    return set;
  }

  private participants(day: Day): Set<string> {
    const ids = new Set<string>();
    for (const p of this.data.participants) if (isActiveParticipant(p, day)) ids.add(p.personId);
    return ids;
  }

  private mentors(role: Exclude<PopulationRole, 'Mentee'>, day: Day): Set<string> {
    const paired = new Set<string>();
    for (const p of this.data.pairings) if (p.role === role && isActivePairing(p, day)) paired.add(p.mentorId);
    const ids = new Set<string>();
    for (const m of this.data.mentors) if (m.mentorType === MENTOR_POPULATION[role] && paired.has(m.mentorId)) ids.add(m.mentorId);
    return ids;
  }
}

function scoresOf(answers: readonly SurveyAnswer[]): Float64Array {
  const scores = new Float64Array(answers.length);
  for (let i = 0; i < answers.length; i++) scores[i] = answers[i].score;
  return scores;
}

function roleLabel(a: SurveyAnswer): string {
  return a.respondentRole ?? ROLE_NOT_GIVEN;
}

function roleRank(role: string): number {
  return role === 'All' ? 0 : role === ROLE_NOT_GIVEN ? 2 : 1;
}

function isPopulationRole(role: RespondentRole): role is PopulationRole {
  return role === 'Mentee' || role === 'Mentor' || role === 'Coach' || role === 'Sponsor';
}

/**
 * The respondent role an instrument's name implies, for answers without a RespondentRole: "Mentee
 * satisfaction" → Mentee, "Mentor pulse" → Mentor, "Coach satisfaction" → Coach, "Sponsor check-in" →
 * Sponsor (the first of mentee, mentor, coach, sponsor the name contains); otherwise none.
 */
export function roleFromInstrument(instrument: string): PopulationRole | undefined {
  const name = instrument.toLowerCase();
  if (name.includes('mentee')) return 'Mentee';
  if (name.includes('mentor')) return 'Mentor';
  if (name.includes('coach')) return 'Coach';
  if (name.includes('sponsor')) return 'Sponsor';
  return undefined;
}

/** An NPS instrument by its name, as intake recognises one (NPS, Net Promoter ..., "Program NPS"). */
function isNpsInstrument(instrument: string): boolean {
  const f = foldHeader(instrument);
  return f === 'nps' || f.includes('netpromoter') || /\bnps\b/i.test(instrument);
}

/** Code-unit order: the same on every machine (no locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
