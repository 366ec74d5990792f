import type { MatchingSummary, MeasureEffect, PromotionEffect, RetentionEffect } from '../impact/impactResults';
import type { Estimate, NotAvailable, RetentionGap } from '../metrics/metricResults';

/**
 * What the summary reads: the raw 12-month retention gap (participants minus the comparison pool,
 * the Board Dashboard's) and program impact against matched colleagues (impact.md). A report after
 * the privacy pass fits it; so does a hand-built one with only these fields.
 */
export interface ImpactSummarySource {
  readonly retention: { readonly gapAt12: Hideable<RetentionGap> } | NotAvailable;
  readonly impact: {
    readonly matching: Pick<MatchingSummary, 'variables' | 'skipped' | 'k' | 'participants' | 'matched' | 'unmatched' | 'controls'> | NotAvailable;
    readonly retention: Hideable<Pick<RetentionEffect, 'differenceAt12'>>;
    readonly promotion: Hideable<Pick<PromotionEffect, 'participants' | 'controls' | 'differenceAt24' | 'rateRatio'>>;
    readonly measures: readonly (Pick<MeasureEffect, 'measure' | 'participants' | 'controls' | 'difference'> | ({ readonly measure: string } & Hidden))[] | NotAvailable;
  };
}

/** A part the engine could not compute (`{ available: false, reason }`) or suppressed under k (`{ suppressed: true, reason }`). */
type Hidden = NotAvailable | { readonly suppressed: true; readonly reason: string };
type Hideable<T> = T | Hidden;

/** The comparison with matched colleagues in plain sentences (the terminal and the task pane say the same). */
export interface ImpactSummary {
  /** "Compared with matched colleagues" */
  readonly heading: string;
  /**
   * What a matched colleague shares with the participant: "same level band, business unit,
   * high-potential flag, tenure band and last performance rating"; null where matching did not run.
   */
  readonly matchedOn: string | null;
  /** false: no participant has a matched colleague; `reason` says why, the sentences give the raw gap only */
  readonly available: boolean;
  readonly reason: string | null;
  /**
   * In order: retention at 12 months against the comparison pool and against matched colleagues;
   * promotion by 24 months; the change of each other measure; how many participants were matched.
   * A part not computed or suppressed gives its reason in its place.
   */
  readonly sentences: readonly string[];
  /** what the intervals are and what the differences are not */
  readonly note: string;
}

export const IMPACT_HEADING = 'Compared with matched colleagues';
export const IMPACT_NOTE = 'Intervals are 95%. Each difference is an association, not proof that the program caused it.';

/** How a matching variable reads after "same" (impact.md's default variables; any other as named). */
const VARIABLE_WORDS: Readonly<Record<string, string>> = {
  'Level band': 'level band',
  BusinessUnit: 'business unit',
  HighPotential: 'high-potential flag',
  'Tenure band': 'tenure band',
  'Performance rating': 'last performance rating',
};

const isHidden = (v: object): v is Hidden => ('available' in v && v.available === false) || ('suppressed' in v && v.suppressed === true);

/** a difference of two shares in signed points: +2.6, −3.1, ±0.0 (as the Board Dashboard's tiles) */
const points = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v * 100).toFixed(1)}`;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
/**
 * A difference on a measure's own scale, signed, to two decimals; under 0.01 (not 0) to one
 * significant digit, so that an interval just clear of zero reads so: +0.21, −0.08, +0.005.
 */
export function signedMeasure(v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const a = Math.abs(v);
  return `${sign}${a !== 0 && a < 0.01 ? a.toPrecision(1) : a.toFixed(2)}`;
}

/** "+6.9 pts (+2.8 to +11.0)", or why there is no figure ("not estimated: nobody followed …"). */
function gapText(e: Estimate): string {
  if (e.value === null) return notEstimated(e);
  if (e.lower === null || e.upper === null) return `${points(e.value)} pts (${e.reason ?? 'no interval'})`;
  return `${points(e.value)} pts (${points(e.lower)} to ${points(e.upper)})`;
}

const notEstimated = (e: Estimate) => `not estimated: ${e.reason ?? 'no figure'}`;

/** The raw gap, or why not: a metric not computed, a population under k, a point beyond follow-up. */
function rawGap(source: ImpactSummarySource): string {
  if (isHidden(source.retention)) return source.retention.reason;
  const gap = source.retention.gapAt12;
  return isHidden(gap) ? gap.reason : gapText(gap);
}

function retentionSentence(source: ImpactSummarySource, matched: string | null): string {
  const raw = `Retention at 12 months, participants vs the comparison pool (all eligible non-participants): ${rawGap(source)}`;
  return matched === null ? `${raw}.` : `${raw}; matched participants vs matched colleagues: ${matched}.`;
}

function promotionSentence(promotion: Exclude<ImpactSummarySource['impact']['promotion'], Hidden>): string {
  const [p, c, d] = [promotion.participants.at24, promotion.controls.at24, promotion.differenceAt24];
  const shares = p.value !== null && c.value !== null && d.value !== null ? `matched participants ${pct(p.value)}, matched colleagues ${pct(c.value)}, ${gapText(d)}` : notEstimated(d.value === null ? d : p.value === null ? p : c);
  const rr = promotion.rateRatio;
  const ratio =
    rr.value === null
      ? (rr.reason ?? 'no rate ratio')
      : `promotion rate in the first 24 months ${rr.value.toFixed(2)} times the colleagues’${rr.lower !== null && rr.upper !== null ? ` (${rr.lower.toFixed(2)} to ${rr.upper.toFixed(2)})` : ''}`;
  return `Promoted by 24 months: ${shares}; ${ratio}.`;
}

function measureSentence(m: Exclude<Exclude<ImpactSummarySource['impact']['measures'], NotAvailable>[number], Hidden>): string {
  const what = `${m.measure}, change from the year before the start to 6–18 months after`;
  const d = m.difference;
  if (d.value === null) return `${what} vs matched colleagues: ${notEstimated(d)}.`;
  const side = (v: number | null) => (v === null ? 'not estimated' : signedMeasure(v));
  const interval = d.lower !== null && d.upper !== null ? ` (${signedMeasure(d.lower)} to ${signedMeasure(d.upper)})` : ` (${d.reason ?? 'no interval'})`;
  return `${what}: matched participants ${side(m.participants.meanChange)}, matched colleagues ${side(m.controls.meanChange)}, a difference of ${signedMeasure(d.value)}${interval}.`;
}

function matchingSentence(m: Exclude<ImpactSummarySource['impact']['matching'], NotAvailable>): string {
  const matched = `${count(m.matched)} of ${count(m.participants)} participants matched, with ${count(m.controls)} ${m.controls === 1 ? 'colleague' : 'colleagues'} (up to ${m.k} each)`;
  const unmatched = m.unmatched > 0 ? `; ${count(m.unmatched)} had no colleague with the same values` : '';
  const skipped = m.skipped.length > 0 ? ` Not matched on: ${m.skipped.map((s) => `${s.variable} (${s.reason})`).join(', ')}.` : '';
  return `${matched}${unmatched}.${skipped}`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "a, b and c" */
function listed(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Program impact in a few sentences (impact.md, "Where it shows"; issue 14: the raw comparison and
 * the matched one side by side, so that they visibly differ): 12-month retention of participants
 * against the whole comparison pool (the Board Dashboard's gap, `retention.gapAt12`) and of matched
 * participants against their matched colleagues (`impact.retention.differenceAt12`), each gap in
 * points with its 95% interval; promotion by 24 months of each side with the gap and the rate ratio;
 * each other measure's difference in differences; how many participants were matched. Where matching
 * did not run (no participant with a matched colleague) the raw gap and the reason; a part not
 * computed or suppressed under k says why in its place; a promotion and measures missing for one
 * reason (no Measures sheet) say it once.
 *
 * Reads only aggregates the privacy pass left shown; pure.
 */
export function impactSummary(source: ImpactSummarySource): ImpactSummary {
  const { matching, retention, promotion, measures } = source.impact;
  const summary = { heading: IMPACT_HEADING, note: IMPACT_NOTE };
  const matchingShown = isHidden(matching) ? null : matching;
  const matchedOn = matchingShown && matchingShown.variables.length > 0 ? `same ${listed(matchingShown.variables.map((v) => VARIABLE_WORDS[v] ?? v))}` : null;

  if (matchingShown === null || matchingShown.matched === 0) {
    const reason = isHidden(matching) ? matching.reason : isHidden(retention) ? retention.reason : 'not available: no participant has a matched colleague';
    const sentences = [retentionSentence(source, null), `No matched comparison: ${reason.replace(/^not available: /, '')}.`];
    if (matchingShown) sentences.push(matchingSentence(matchingShown));
    return { ...summary, matchedOn: null, available: false, reason, sentences };
  }

  const sentences = [retentionSentence(source, isHidden(retention) ? retention.reason : gapText(retention.differenceAt12))];
  const promotionHidden = isHidden(promotion) ? promotion.reason : null;
  const measuresHidden = isHidden(measures) ? measures.reason : null;
  if (promotionHidden !== null && promotionHidden === measuresHidden) {
    sentences.push(`Promotion and other measures vs matched colleagues: ${promotionHidden}.`);
  } else {
    sentences.push(isHidden(promotion) ? `Promoted by 24 months vs matched colleagues: ${promotion.reason}.` : promotionSentence(promotion));
    if (isHidden(measures)) sentences.push(`Other measures vs matched colleagues: ${measures.reason}.`);
    else for (const m of measures) sentences.push(isHidden(m) ? `${m.measure} vs matched colleagues: ${m.reason}.` : measureSentence(m));
  }
  sentences.push(matchingSentence(matchingShown));
  return { ...summary, matchedOn, available: true, reason: null, sentences };
}
