import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import { benjaminiHochberg, fisherExact, wilsonInterval } from '../stats';
import { equityAttributes, groupIndexes } from './accessAttributes';
import { comparisonReason, NO_COMPARISON, referenceReason, suppressedReason } from './accessReason';
import { accessResources, type AccessResource } from './accessResources';
import type { AccessTest, EquityStatus } from './equityResults';

/** The four-fifths screen: IR below 4/5 (equity.md, Access equity, "impact ratio"). */
const SCREEN_NUMERATOR = 4;
const SCREEN_DENOMINATOR = 5;
/** The false discovery rate of the Benjamini–Hochberg adjustment (equity.md: q = 0.05). */
export const FDR_Q = 0.05;

/**
 * Access equity, "who gets what" (equity.md, **Access equity**), as of A with minimum group size k:
 * one row per resource × attribute × group, in that order (resources as `accessResources` lists them,
 * attributes as `equityAttributes` does, groups as `groupsOf` orders them).
 *
 * - Resources and their populations: `accessResources` (the equity.md table; a resource whose sheet
 *   or column is absent is not tested). Attributes: `equityAttributes` (each demographic attribute,
 *   BusinessUnit, Location, Level band; people without a value are in no group).
 * - Per group g: n_g (the group's population), x_g (yes), r_g = x_g / n_g with its **Wilson 95%
 *   interval** (`wilsonInterval`).
 * - **Reference group** = the highest rate among groups with n_g ≥ k; ties go to the larger n, then
 *   the first name (code-unit order). An attribute with fewer than two groups of n ≥ k has no
 *   reference: its groups are `ok` (or `suppressed`), reason "no other group to compare with", with
 *   no IR, p or shortfall.
 * - **Impact ratio** IR_g = r_g / r_ref, computed as (x_g · n_ref) / (n_g · x_ref) and screened in
 *   whole numbers (5 · x_g · n_ref < 4 · n_g · x_ref ⇔ IR < 0.80), so that a ratio of exactly 4/5 is
 *   never pushed below the line by rounding. Null when r_ref = 0 (nobody compared has the resource;
 *   then p = 1 and the group is `ok`).
 * - **Fisher's exact test**, two-sided (R's convention, `fisherExact`) on
 *   [[x_g, n_g − x_g], [x_ref, n_ref − x_ref]].
 * - **Shortfall** = n_g · r_ref − x_g = (n_g · x_ref − x_g · n_ref) / n_ref (≥ 1 checked in whole numbers).
 * - **Benjamini–Hochberg** adjusted p (`benjaminiHochberg`, q = 0.05) over all the tests this call
 *   makes: every group that is neither the reference nor suppressed, of every resource × attribute.
 *   The reference row has p and pAdjusted null.
 * - **Status**: `suppressed` n_g < k (not tested; n, count, rate and its interval kept, every figure
 *   that needs the reference null: the privacy pass removes the row's figures later); `reference`;
 *   `adverse` IR < 0.80 and adjusted p < 0.05 and shortfall ≥ 1; `watch` not adverse but IR < 0.80 or
 *   adjusted p < 0.05; `ok` otherwise. Every row has a plain-language `reason` (`accessReason`).
 *
 * Pure. O(people + pairings + rotations) to build the per-person yes/no flags and group indices once,
 * then O(population) per resource × attribute and O(T log T) for the adjustment of T tests.
 */
export function computeAccessEquity(data: ProgramData, asOf: Day, k: number): AccessTest[] {
  if (!(k >= 1) || !Number.isFinite(k)) throw new RangeError(`k must be a number ≥ 1, got ${k}`);
  return testAccessResources(data, accessResources(data, asOf), k);
}

/**
 * The tests of `computeAccessEquity` on given yes/no resources: for each resource × attribute
 * (`equityAttributes`) × group, n, count, rate with its Wilson interval, the reference group, impact
 * ratio, Fisher's p, shortfall, Benjamini–Hochberg over all the tests of this call, status and reason,
 * exactly as documented there. `computeAccessEquity` is this function on equity.md's resources; other
 * binary outcomes about participants (e.g. the audit of pairing suggestions, src/matching) use it on
 * their own resources, so that "impact ratio, Fisher, BH and status exactly as equity.md" is one code.
 * Populations and flags index `data.participants`.
 */
export function testAccessResources(data: ProgramData, resources: readonly AccessResource[], k: number): AccessTest[] {
  if (!(k >= 1) || !Number.isFinite(k)) throw new RangeError(`k must be a number ≥ 1, got ${k}`);
  const people = data.participants;
  if (resources.length === 0) return [];

  // group number per person, per attribute (−1: no value), for the people of any population only
  const reached = new Uint8Array(people.length);
  for (const { population } of resources) for (let j = 0; j < population.length; j++) reached[population[j]] = 1;
  const union: number[] = [];
  for (let i = 0; i < people.length; i++) if (reached[i] === 1) union.push(i);
  const groupings = groupIndexes(equityAttributes(data), people, union);

  const drafts: Draft[] = [];
  for (const { resource, population, yes } of resources) {
    for (const { attribute, names, index } of groupings) {
      const n = new Int32Array(names.length);
      const x = new Int32Array(names.length);
      for (let j = 0; j < population.length; j++) {
        const i = population[j];
        const g = index[i];
        if (g < 0) continue;
        n[g]++;
        x[g] += yes[i];
      }
      drafts.push(...compareGroups(resource, attribute, names, n, x, k));
    }
  }

  const adjusted = benjaminiHochberg(drafts.map((d) => d.p));
  return drafts.map((d, i) => finish(d, adjusted[i], k));
}

/**
 * The access tests of one resource × attribute from its groups' counts, as `computeAccessEquity`
 * makes them (reference group, impact ratio, Fisher, shortfall, status and reason), with the
 * Benjamini–Hochberg adjustment over these tests only: the table of CADRE.ACCESS (functions.md),
 * whose one call is one family of tests. `names[g]` has `n[g]` people, `x[g]` of them with the
 * resource; groups in the order given.
 */
export function accessTestsOfGroups(resource: string, attribute: string, names: readonly string[], n: Int32Array, x: Int32Array, k: number): AccessTest[] {
  if (!(k >= 1) || !Number.isFinite(k)) throw new RangeError(`k must be a number ≥ 1, got ${k}`);
  const drafts = compareGroups(resource, attribute, names, n, x, k);
  const adjusted = benjaminiHochberg(drafts.map((d) => d.p));
  return drafts.map((d, i) => finish(d, adjusted[i], k));
}

/** A row before the adjustment of the p-values. */
interface Draft {
  readonly resource: string;
  readonly attribute: string;
  readonly group: string;
  readonly n: number;
  readonly count: number;
  readonly role: 'suppressed' | 'reference' | 'compared' | 'alone';
  readonly reference: { readonly group: string; readonly n: number; readonly count: number } | null;
  readonly p: number | null;
}

/** The rows of one resource × attribute: the reference chosen among the groups with n ≥ k, each other such group tested. */
function compareGroups(resource: string, attribute: string, names: readonly string[], n: Int32Array, x: Int32Array, k: number): Draft[] {
  let ref = -1;
  let eligible = 0;
  for (let g = 0; g < names.length; g++) {
    if (n[g] < k) continue;
    eligible++;
    if (ref < 0) {
      ref = g;
      continue;
    }
    // higher rate (x_g / n_g > x_ref / n_ref in whole numbers), then larger n, then the earlier name
    const cross = x[g] * n[ref] - x[ref] * n[g];
    if (cross > 0 || (cross === 0 && n[g] > n[ref])) ref = g;
  }
  const reference = eligible >= 2 ? { group: names[ref], n: n[ref], count: x[ref] } : null;
  const out: Draft[] = [];
  for (let g = 0; g < names.length; g++) {
    if (n[g] === 0) continue; // nobody of this group in this resource's population
    const base = { resource, attribute, group: names[g], n: n[g], count: x[g], reference };
    if (n[g] < k) out.push({ ...base, role: 'suppressed', p: null });
    else if (reference === null) out.push({ ...base, role: 'alone', p: null });
    else if (g === ref) out.push({ ...base, role: 'reference', p: null });
    else out.push({ ...base, role: 'compared', p: fisherExact(x[g], n[g] - x[g], reference.count, reference.n - reference.count) });
  }
  return out;
}

function finish(d: Draft, pAdjusted: number | null, k: number): AccessTest {
  const rate = d.count / d.n;
  const wilson = wilsonInterval(d.count, d.n);
  const ref = d.reference;
  const referenceRate = ref === null ? null : ref.count / ref.n;
  const base = {
    resource: d.resource,
    attribute: d.attribute,
    group: d.group,
    n: d.n,
    count: d.count,
    rate,
    lower: wilson === null ? null : wilson[0],
    upper: wilson === null ? null : wilson[1],
    reference: ref === null ? null : ref.group,
    referenceRate,
  };
  const none = { impactRatio: null, p: null, pAdjusted: null, shortfall: null };
  if (d.role === 'suppressed') return { ...base, ...none, status: 'suppressed', reason: suppressedReason(k) };
  if (d.role === 'alone') return { ...base, ...none, status: 'ok', reason: NO_COMPARISON };
  if (d.role === 'reference') return { ...base, ...none, impactRatio: d.count > 0 ? 1 : null, shortfall: 0, status: 'reference', reason: referenceReason(rate) };

  const r = ref!;
  const impactRatio = r.count === 0 ? null : (d.count * r.n) / (d.n * r.count);
  const belowScreen = r.count > 0 && SCREEN_DENOMINATOR * d.count * r.n < SCREEN_NUMERATOR * d.n * r.count;
  const significant = pAdjusted !== null && pAdjusted < FDR_Q;
  const shortfallNumerator = d.n * r.count - d.count * r.n;
  const shortfall = shortfallNumerator / r.n;
  const status: EquityStatus =
    belowScreen && significant && shortfallNumerator >= r.n ? 'adverse' : belowScreen || significant ? 'watch' : 'ok';
  return {
    ...base,
    impactRatio,
    p: d.p,
    pAdjusted,
    shortfall,
    status,
    reason: comparisonReason({ status, rate, reference: r.group, referenceRate: referenceRate!, impactRatio, belowScreen, significant, shortfall }),
  };
}
