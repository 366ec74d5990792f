import type { ConflictKind } from '../equity/equityResults';
import type { ProtectedDocument } from '../privacy/protectedDocument';

/** What a finding is about, in the order findings are ranked. */
export type FindingKind = 'equity' | 'retention' | 'satisfaction' | 'conflicts' | 'load';

/** One sentence for the board's attention (the Board Dashboard's block, the task pane, the JSON `findings`). */
export interface Finding {
  readonly kind: FindingKind;
  readonly text: string;
}

/** What the block says when there is no finding (the dashboard, the task pane and the terminal alike). */
export const NOTHING_TO_ACT_ON = 'Nothing needs the board’s attention: no adverse equity flag, no significant retention gap or satisfaction drop, no conflict of interest, no mentor over capacity.';

/** At most this many findings: the block on the Board Dashboard has room for five lines. */
export const MAX_FINDINGS = 5;

/** What the conflicts of interest are called in a sentence: singular, plural. */
const CONFLICT_WORDS: Readonly<Record<ConflictKind, readonly [string, string]>> = {
  'reporting-chain': ['mentor in the mentee’s reporting chain', 'mentors in the mentee’s reporting chain'],
  'mentee-above-mentor': ['mentee above the mentor in the reporting chain', 'mentees above the mentor in the reporting chain'],
  'mentor-and-sponsor': ['mentor who is also the sponsor', 'mentors who are also the sponsor'],
  'self-pairing': ['person paired with themself', 'people paired with themselves'],
  'vendor-double-billing': ['coach vendor possibly billed twice', 'coach vendors possibly billed twice'],
};

/** What a mentor type is called in a count: singular, plural (other types: the type in lower case). */
const MENTOR_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  'Internal mentor': ['internal mentor', 'internal mentors'],
  'External coach': ['external coach', 'external coaches'],
  Sponsor: ['sponsor', 'sponsors'],
};

type Report = Omit<ProtectedDocument, 'findings'>;

const shown = <V extends object>(v: V): boolean => !('available' in v && v.available === false) && !('suppressed' in v && v.suppressed === true);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const points = (v: number) => `${(Math.abs(v) * 100).toFixed(1)}`;
const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(p < 0.01 ? 3 : 2)}`);
const counted = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * What the governance board should act on, as up to five plain sentences, ranked:
 * 1. adverse equity flags (access tests with status adverse), the largest shortfall first (a withheld
 *    shortfall after the known ones, lowest impact ratio first), each in Equity Detail's own words:
 *    "External coach × Gender = Woman: rate 29% vs 60% for Man; 33 fewer people than at the reference
 *    rate; significant after adjustment.";
 * 2. a significant retention gap: participants' 12-month retention below the comparison pool's with the
 *    95% interval of the gap wholly below zero;
 * 3. a significant satisfaction drop: an instrument's mean (all roles) lower than the previous
 *    quarter's with Welch's p < 0.05;
 * 4. conflicts of interest, counted by kind (the pairings are on Analyst Detail, never here);
 * 5. mentors over capacity, counted by type.
 * With more than five, the first four are kept and the fifth says how many more there are, by kind.
 *
 * Read from the document after the privacy pass: a suppressed group has status `suppressed`, never
 * `adverse`, so no sentence is about fewer than k people; groups of k or more are named by their
 * label (an aggregate); no person and no id is named.
 */
export function boardFindings(report: Report): Finding[] {
  const found: Finding[] = [];

  const adverse = report.equity.tests
    .flatMap((t) => (t.status === 'adverse' && !t.suppressed ? [t] : []))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => {
      const sa = a.t.shortfall;
      const sb = b.t.shortfall;
      if (sa !== null && sb !== null && sa !== sb) return sb - sa;
      if ((sa === null) !== (sb === null)) return sa === null ? 1 : -1;
      return (a.t.impactRatio ?? 1) - (b.t.impactRatio ?? 1) || a.i - b.i;
    });
  for (const { t } of adverse) found.push({ kind: 'equity', text: `${t.resource} × ${t.attribute} = ${t.group}: ${t.reason}.` });

  const r = report.retention;
  if (shown(r) && 'gapAt12' in r && shown(r.gapAt12) && 'value' in r.gapAt12) {
    const gap = r.gapAt12;
    const p = shown(r.participants) && 'at12' in r.participants ? r.participants.at12.value : null;
    const c = shown(r.comparison) && 'at12' in r.comparison ? r.comparison.at12.value : null;
    const logRank = shown(r.logRank) && 'p' in r.logRank && r.logRank.p !== null ? `; log-rank ${pText(r.logRank.p)}` : '';
    if (gap.value !== null && gap.upper !== null && gap.lower !== null && gap.upper < 0 && p !== null && c !== null) {
      found.push({
        kind: 'retention',
        text: `12-month retention: participants ${pct(p)} vs comparison pool ${pct(c)}, ${points(gap.value)} points lower (95% CI ${points(gap.upper)} to ${points(gap.lower)} points lower)${logRank}.`,
      });
    }
  }

  if (Array.isArray(report.satisfaction)) {
    for (const s of report.satisfaction) {
      if (s.suppressed || s.role !== 'All' || s.mean === null || s.changeP === null || s.changeP >= 0.05) continue;
      const prev = s.previous;
      if (prev === null || prev.suppressed || prev.mean === null || s.mean >= prev.mean) continue;
      found.push({ kind: 'satisfaction', text: `${s.instrument}: mean fell from ${prev.mean.toFixed(2)} in ${prev.quarter} to ${s.mean.toFixed(2)} of ${s.scaleMax} (${pText(s.changeP)}).` });
    }
  }

  if (report.conflicts.length > 0) {
    const kinds = new Map<ConflictKind, number>();
    for (const c of report.conflicts) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    const parts = [...kinds].map(([kind, n]) => counted(n, CONFLICT_WORDS[kind]));
    const n = report.conflicts.length;
    found.push({ kind: 'conflicts', text: `${n} ${n === 1 ? 'conflict' : 'conflicts'} of interest: ${parts.join(', ')} (the pairings are listed for the analyst only).` });
  }

  const over = report.load.overCapacity;
  if (over.length > 0) {
    const types = new Map<string, number>();
    for (const m of over) types.set(m.mentorType, (types.get(m.mentorType) ?? 0) + 1);
    const parts = [...types].map(([type, n]) => counted(n, MENTOR_WORDS[type] ?? [type.toLowerCase(), type.toLowerCase()]));
    const n = over.length;
    found.push({ kind: 'load', text: `${n} ${n === 1 ? 'mentor' : 'mentors'} over capacity, with more active mentees than their Capacity: ${parts.join(', ')}.` });
  }

  if (found.length <= MAX_FINDINGS) return found;
  const kept = found.slice(0, MAX_FINDINGS - 1);
  const rest = found.slice(MAX_FINDINGS - 1);
  const restKinds = new Map<FindingKind, number>();
  for (const f of rest) restKinds.set(f.kind, (restKinds.get(f.kind) ?? 0) + 1);
  const words: Record<FindingKind, readonly [string, string]> = {
    equity: ['adverse equity flag', 'adverse equity flags'],
    retention: ['retention gap', 'retention gaps'],
    satisfaction: ['satisfaction drop', 'satisfaction drops'],
    conflicts: ['note on conflicts of interest', 'notes on conflicts of interest'],
    load: ['note on mentors over capacity', 'notes on mentors over capacity'],
  };
  const summary = [...restKinds].map(([kind, n]) => counted(n, words[kind])).join(', ');
  return [...kept, { kind: rest[0].kind, text: `And ${rest.length} more: ${summary} (Equity Detail and Metrics Detail list them all).` }];
}
