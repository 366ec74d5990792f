import type { SuggestionDocument } from '../report/suggestionReport';
import { hardRuleText } from '../dashboard/suggestionsSheet';
import type { HardRule } from '../report/suggestionReport';
import { floorOutcomeText } from '../report/floorOutcomeText';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * What `cadre suggest` prints: how many mentees, how many were suggested a giver and with what mean
 * score, the unmatched by reason, the audit's adverse and watch groups (after the privacy pass: a
 * suppressed group is never named with a figure), the pairs the hard rules removed, the criteria left
 * out. Aggregates and group names only: no person's id (those are in the files, for the analyst).
 */
export function formatSuggestions(doc: SuggestionDocument, asOfNote = ''): string {
  const role = doc.role.toLowerCase();
  const lines = [
    `Pairing suggestions for the ${role} role as of ${doc.asOf}${asOfNote ? ` (${asOfNote})` : ''}: ${plural(doc.mentees, 'mentee')} (active participants without an active ${role}), ${plural(doc.givers, 'giver')} of the role`,
  ];
  const n = doc.suggestions.length;
  const mean = n > 0 ? doc.totalScore / n : null;
  const firstWish = doc.suggestions.filter((s) => s.preferenceRank === 1).length;
  lines.push(
    `  suggested: ${n}${mean === null ? '' : ` (mean score ${mean.toFixed(1)} of 100)`}` +
      (doc.absentCriteria.some((a) => a.name === 'preference') ? '' : `; ${firstWish} of them the mentee's first wish`),
  );
  const floor = floorOutcomeText(doc);
  if (floor !== null) lines.push(`  ${floor}`);
  const byReason = new Map<string, number>();
  for (const u of doc.unmatched) byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + 1);
  lines.push(`  unmatched: ${doc.unmatched.length}${byReason.size > 0 ? ` (${[...byReason].map(([reason, count]) => `${reason}: ${count}`).join('; ')})` : ''}`);
  const flagged = doc.audit.tests.filter((t) => t.status === 'adverse' || t.status === 'watch');
  const adverse = flagged.filter((t) => t.status === 'adverse').length;
  lines.push(`  equity audit (k = ${doc.minGroup}): ${adverse} adverse, ${flagged.length - adverse} watch among ${doc.audit.tests.length} group rows (suggestion and senior giver × attribute × group)`);
  for (const t of flagged) lines.push(`    ${t.status.padEnd(7)}  ${t.resource}, ${t.attribute}: ${t.group}: ${t.reason}`);
  const removed = (Object.entries(doc.audit.removedByRule) as [HardRule, number][]).filter(([, count]) => count > 0);
  lines.push(
    `  pairs removed by the hard rules: ${removed.length === 0 ? 'none' : removed.map(([rule, count]) => `${count} (${hardRuleText(rule, doc.options.minLevelGap)})`).join(', ')}; of ${doc.audit.candidatePairs.toLocaleString('en-US')} considered`,
  );
  if (doc.absentCriteria.length > 0) {
    const labels = new Map(doc.criteria.map((c) => [c.name, c.label]));
    lines.push(`  left out of the score: ${doc.absentCriteria.map((a) => `${labels.get(a.name) ?? a.name} (the workbook lacks ${a.missing})`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

/** The sample's planted trap for pairing suggestions (`SampleWorkbook.planted.preferenceTrap`), as the demo reads it. */
export interface PreferenceTrap {
  readonly personId: string;
  readonly mentorId: string;
  /** why the pair breaks a hard rule, in words */
  readonly reason: string;
  /** the pair's score under the default weights, had it been allowed */
  readonly score?: number;
}

/**
 * The demo's few lines on pairing suggestions (after program impact): how many participants without
 * an active giver of the role got a suggestion, and, where the sample planted the preference trap, one
 * line on it: the mentee's first wish, the highest score, yet a hard rule (the reporting chain) keeps
 * the pair out, and who was suggested instead, from the document itself.
 */
export function formatDemoSuggestions(doc: SuggestionDocument, file: string, trap: PreferenceTrap | null): string {
  const role = doc.role.toLowerCase();
  const byReason = new Map<string, number>();
  for (const u of doc.unmatched) byReason.set(u.reason, (byReason.get(u.reason) ?? 0) + 1);
  const lines = [
    `Pairing suggestions (${role} role, as of ${doc.asOf}):`,
    `  ${plural(doc.mentees, 'participant')} without an active ${role}: ${doc.suggestions.length} got a suggestion` +
      (doc.unmatched.length > 0 ? `, ${doc.unmatched.length} unmatched (${[...byReason].map(([reason, n]) => `${reason}: ${n}`).join('; ')})` : ''),
  ];
  if (trap !== null) {
    const got = doc.suggestions.find((s) => s.personId === trap.personId);
    const wish = `${trap.personId}'s first wish was ${trap.mentorId}, the highest score${trap.score === undefined ? '' : ` (${trap.score.toFixed(1)})`}, but ${trap.mentorId} is in ${trap.personId}'s reporting chain, a conflict of interest`;
    if (got === undefined) lines.push(`  ${wish}, so ${trap.mentorId} was not suggested, and no other ${role} could be`);
    else if (got.mentorId === trap.mentorId) lines.push(`  ${wish}; yet ${trap.mentorId} was suggested: a hard rule did not hold`);
    else lines.push(`  ${wish}, so ${trap.mentorId} was not suggested; suggested instead: ${got.mentorId} (score ${got.score.toFixed(1)})`);
  }
  lines.push(`  the suggestions with why, the unmatched and the equity audit: ${file} (names people: for the analyst)`);
  return lines.join('\n') + '\n';
}
