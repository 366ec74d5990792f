import { hardRuleText, topReasons } from '../../../dashboard/suggestionsSheet';
import { HARD_RULES } from '../../../matching/suggestPairings';
import { floorOutcomeText } from '../../../report/floorOutcomeText';
import type { SuggestionDocument } from '../../../report/suggestionReport';

/** One suggested pair as the pane lists it. */
export interface SuggestionLine {
  readonly personId: string;
  readonly mentorId: string;
  /** "78.4" */
  readonly score: string;
  /** the top three reasons in plain words with their points, as the Cadre Suggestions sheet gives them (`topReasons`) */
  readonly reasons: readonly string[];
}

/** A group the audit flags: adverse or watch, for the suggestion rate or the senior-giver rate. */
export interface AuditFlag {
  readonly key: string;
  readonly status: 'adverse' | 'watch';
  /** "Suggestion × Gender = Woman" */
  readonly what: string;
  readonly reason: string;
}

export interface AuditSummary {
  readonly adverse: number;
  readonly watch: number;
  /** adverse first */
  readonly flags: readonly AuditFlag[];
  /** "The hard rules removed 1,234 of 40,000 pairs: …" */
  readonly removed: string;
  /** "Giver load (Gini): 0.31 now, 0.27 with these suggestions." or null when not computed */
  readonly load: string | null;
}

export interface SuggestionSummary {
  /** "14 of 20 mentees who need a mentor get a suggestion (as of 2026-09-30)." */
  readonly headline: string;
  readonly lines: readonly SuggestionLine[];
  readonly unmatched: readonly { readonly personId: string; readonly reason: string }[];
  readonly audit: AuditSummary;
  /** criteria left out of the score, with what the workbook lacks, in one sentence; null when none */
  readonly absent: string | null;
  /** the fairness floor's outcome (`floorOutcomeText`): met or not, why, the price of fairness; null when the floor was off */
  readonly floor: { readonly met: boolean; readonly text: string } | null;
}

const ROLE_WORDS = { Mentor: 'a mentor', Coach: 'a coach', Sponsor: 'a sponsor' } as const;

const count = (n: number): string => n.toLocaleString('en-US');

/** The suggestions of a run as the pane shows them: the headline, each pair with its score and why, the unmatched, the audit in short. */
export function suggestionSummary(doc: SuggestionDocument): SuggestionSummary {
  const suggested = doc.suggestions.length;
  const floorText = floorOutcomeText(doc);
  return {
    headline: `${count(suggested)} of ${count(doc.mentees)} mentee${doc.mentees === 1 ? '' : 's'} who need ${ROLE_WORDS[doc.role]} get a suggestion (as of ${doc.asOf}; ${count(doc.givers)} giver${doc.givers === 1 ? '' : 's'} of the role).`,
    lines: doc.suggestions.map((s) => ({ personId: s.personId, mentorId: s.mentorId, score: s.score.toFixed(1), reasons: topReasons(s) })),
    unmatched: doc.unmatched.map((u) => ({ personId: u.personId, reason: u.reason })),
    audit: auditSummary(doc),
    absent: doc.absentCriteria.length === 0 ? null : `Left out of the score: ${doc.absentCriteria.map((a) => `${labelOf(doc, a.name)} (${a.missing})`).join('; ')}.`,
    floor: floorText === null ? null : { met: doc.floorOutcome?.floorMet === true, text: floorText },
  };
}

function labelOf(doc: SuggestionDocument, name: string): string {
  return doc.criteria.find((c) => c.name === name)?.label ?? name;
}

/** The audit in short: the adverse and watch groups (adverse first) with their reasons, the pairs the hard rules removed, the giver load. */
export function auditSummary(doc: SuggestionDocument): AuditSummary {
  const flags: AuditFlag[] = [];
  for (const t of doc.audit.tests as readonly { resource: string; attribute: string; group: string; status: string; reason?: string }[]) {
    if (t.status !== 'adverse' && t.status !== 'watch') continue;
    flags.push({ key: `${t.resource}|${t.attribute}|${t.group}`, status: t.status, what: `${t.resource} × ${t.attribute} = ${t.group}`, reason: t.reason ?? '' });
  }
  flags.sort((a, b) => (a.status === b.status ? 0 : a.status === 'adverse' ? -1 : 1));
  const { audit } = doc;
  const byRule = HARD_RULES.filter((r) => audit.removedByRule[r] > 0).map((r) => `${hardRuleText(r, doc.options.minLevelGap)} ${count(audit.removedByRule[r])}`);
  const removed =
    audit.removedPairs === 0
      ? `No hard rule removed any of the ${count(audit.candidatePairs)} pairs.`
      : `The hard rules removed ${count(audit.removedPairs)} of ${count(audit.candidatePairs)} pairs: ${byRule.join('; ')}.`;
  const gini = (g: number) => g.toFixed(2);
  const load = audit.giniBefore === null || audit.giniAfter === null ? null : `Giver load (Gini): ${gini(audit.giniBefore)} now, ${gini(audit.giniAfter)} with these suggestions.`;
  return { adverse: flags.filter((f) => f.status === 'adverse').length, watch: flags.filter((f) => f.status === 'watch').length, flags, removed, load };
}
