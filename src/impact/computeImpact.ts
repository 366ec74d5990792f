import type { Day } from '../model/day';
import type { NotAvailable } from '../metrics/metricResults';
import { DEFAULT_MIN_GROUP } from '../privacy/minGroup';
import { balancePrivacy } from './balancePrivacy';
import { balanceTable } from './balanceTable';
import { comparisonAsOf, measureTableOf } from './comparisonCache';
import { controlFollowUp, participantFollowUp, type FollowUp } from './followUp';
import type { ImpactInput } from './impactInput';
import type { ImpactResult, MatchingSummary, UnmatchedCombination } from './impactResults';
import type { MatchedComparison, MatchingOptions } from './matchedComparison';
import { measureEffect, measureSeries } from './measureEffects';
import { promotionEffect } from './promotionEffect';
import { retentionEffect } from './retentionEffect';
import { suppressedUnder } from './effectPrivacy';

export interface ImpactOptions extends MatchingOptions {
  /** k of the privacy rule (equity.md): an effect with fewer people on either side is suppressed (default 5) */
  readonly minGroup?: number;
  /** false: the balance table is left empty (History's recomputed quarters do not read it); default true */
  readonly balance?: boolean;
}

/**
 * Program impact (impact.md, "The matched comparison group" and "Effects"), as of A: the matched
 * comparison (`matchedComparison`) with its counts, the combinations left unmatched and the balance
 * table (`balanceTable`); then, over the matched participants and their controls only, each
 * control's clock starting at its participant's I_p (`followUp.ts`): retention (`retentionEffect`),
 * promotion (`promotionEffect`) and the difference in differences of every other measure
 * (`measureEffect`). Every effect carries the n of each side and is suppressed below k on either side
 * (`suppressedUnder`). A part that cannot be computed is `{ available: false, reason }`:
 * matching without participants or without anybody with an EligibleDate; every effect without a
 * matched participant; promotion and measures without a Measures sheet, or without its rows.
 *
 * Pure (the matching of every participant and the Measures table are kept for the same records,
 * `comparisonCache.ts`, so History's recomputed quarters reuse them). O((N + M) log N) for N
 * Participants rows and M Measures rows (the matching's sweep, one Kaplan–Meier and one
 * Aalen–Johansen per side, binary searches in each person's measures).
 */
export function computeImpact(input: ImpactInput, asOf: Day, options: ImpactOptions = {}): ImpactResult {
  const k = options.minGroup ?? DEFAULT_MIN_GROUP;
  const noMeasures = input.measures === undefined ? notAvailable('there is no Measures sheet') : undefined;
  const table = measureTableOf(input.measures);
  const comparison = comparisonAsOf(input, asOf, options, table);

  const matching = matchingSummary(input, asOf, comparison, k, options.balance ?? true);
  const matchedSets = comparison.sets.filter((s) => s.controls.length > 0);
  const noMatch = 'available' in matching ? matching : matchedSets.length === 0 ? notAvailable('no participant has a matched control') : undefined;
  const participants: FollowUp[] = matchedSets.map((s) => participantFollowUp(s.participant, s.row, asOf));
  const controls: FollowUp[] = [];
  for (const s of matchedSets) s.controls.forEach((c, j) => controls.push(controlFollowUp(c, s.controlRows[j], s.indexDate, asOf)));
  const persons = table?.personsOf(input.participants);
  const small = suppressedUnder(k, participants.length, controls.length);

  const retention = noMatch ?? small ?? retentionEffect(participants, controls);

  const promotion =
    noMeasures ??
    (table!.promotionRows === 0 ? notAvailable('the Measures sheet has no Promotion rows') : undefined) ??
    noMatch ??
    small ??
    promotionEffect(participants, controls, table!, persons!);

  const series = table === undefined ? [] : measureSeries(table, persons!);
  const measures =
    noMeasures ??
    (series.length === 0 ? notAvailable('the Measures sheet has no measure other than Promotion') : undefined) ??
    noMatch ??
    series.map((s) => {
      const effect = measureEffect(s, participants, controls);
      if (effect.nParticipants === 0 || effect.nControls === 0) {
        const who = effect.nParticipants === 0 ? 'matched participant' : 'control';
        return { measure: s.measure, ...notAvailable(`no ${who} has a ${s.measure} value both in the year before the start and 6 to 18 months after it`) };
      }
      const hidden = suppressedUnder(k, effect.nParticipants, effect.nControls);
      return hidden ? { measure: s.measure, ...hidden } : effect;
    });

  return { matching, retention, promotion, measures };
}

function matchingSummary(input: ImpactInput, asOf: Day, comparison: MatchedComparison, k: number, withBalance: boolean): MatchingSummary | NotAvailable {
  if (comparison.sets.length === 0) return notAvailable('no participant had started the program by the as-of date');
  if (!input.participants.some((p) => p.eligibleDate !== undefined)) {
    return notAvailable('nobody has an EligibleDate, so nobody can be a control');
  }
  const names = comparison.variables.map((v) => v.name);
  const unmatched = comparison.sets.filter((s) => s.controls.length === 0);
  const combinations = new Map<string, { values: Record<string, string | null>; participants: number }>();
  for (const s of unmatched) {
    const key = JSON.stringify(s.values);
    let c = combinations.get(key);
    if (!c) combinations.set(key, (c = { values: Object.fromEntries(names.map((name, i) => [name, s.values[i]])), participants: 0 }));
    c.participants++;
  }
  const unmatchedCombinations: UnmatchedCombination[] = [...combinations.entries()]
    .sort(([a, x], [b, y]) => y.participants - x.participants || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => c);
  return {
    variables: names,
    skipped: comparison.skipped,
    k: comparison.controlsPerParticipant,
    participants: comparison.sets.length,
    matched: comparison.sets.length - unmatched.length,
    unmatched: unmatched.length,
    controls: comparison.sets.reduce((n, s) => n + s.controls.length, 0),
    unmatchedCombinations,
    balance: withBalance ? balancePrivacy(balanceTable(comparison, input.participants, input.attributes, asOf), k) : [],
  };
}

function notAvailable(why: string): NotAvailable {
  return { available: false, reason: `not available: ${why}` };
}
