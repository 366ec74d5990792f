import { isShown } from '../dashboard/reportValues';
import { NOTHING_TO_ACT_ON } from '../report/boardFindings';
import { type ImpactSummarySource, impactSummary } from '../report/impactSummary';
import type { RefreshReport } from '../report/refreshReport';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/**
 * A few lines of what a refresh found, for the terminal: the findings for the board's attention
 * (the report's `findings`, in their order), then 12-month retention of participants and the
 * comparison pool, readiness, mentee satisfaction, equity flags, mentor load and conflicts; then
 * program impact, the raw comparison beside the matched one (`formatImpact`). Aggregates only (the
 * report is already suppressed).
 */
export function formatFindings(report: RefreshReport): string {
  const lines = [`For the board's attention as of ${report.asOf} (${report.quarter}):`];
  if (report.findings.length === 0) lines.push(`  ${NOTHING_TO_ACT_ON}`);
  report.findings.forEach((f, i) => lines.push(`  ${i + 1}. ${f.text}`));
  lines.push('Figures:');
  const r = isShown(report.retention) ? report.retention : null;
  if (r && isShown(r.participants)) {
    const comparison = isShown(r.comparison) ? r.comparison.at12.value : null;
    lines.push(
      `  12-month retention: participants ${pct(r.participants.at12.value)}, comparison pool ${pct(comparison)}` +
        (isShown(r.logRank) && r.logRank.p !== null ? ` (log-rank p = ${r.logRank.p.toPrecision(2)})` : ''),
    );
  }
  const ready = report.readiness;
  if (isShown(ready)) lines.push(`  ready for a critical role by 24 months: ${pct(ready.at24.value)}; median ${ready.medianMonths?.toFixed(1) ?? 'not reached'} months`);
  if (isShown(report.satisfaction)) {
    const mentee = report.satisfaction.find((s) => /mentee/i.test(s.instrument) && s.role === 'All');
    if (mentee && isShown(mentee) && mentee.mean !== null) {
      const previous = mentee.previous && isShown(mentee.previous) ? mentee.previous.mean : null;
      lines.push(
        `  mentee satisfaction: ${mentee.mean.toFixed(2)}` +
          (previous !== null ? ` (previous quarter ${previous.toFixed(2)}${mentee.changeP !== null ? `, p = ${mentee.changeP.toPrecision(2)}` : ''})` : ''),
      );
    }
  }
  const tests = report.equity.tests;
  const adverse = tests.filter((t) => t.status === 'adverse');
  lines.push(`  equity flags: ${adverse.length} adverse, ${tests.filter((t) => t.status === 'watch').length} watch among ${tests.length} group rows (resource × attribute × group)`);
  lines.push(`  mentors over capacity: ${report.load.overCapacity.length} of ${report.load.mentors}; hour overruns: ${report.load.overHours.length}; conflicts of interest: ${report.conflicts.length}`);
  return lines.join('\n') + '\n' + formatImpact(report);
}

/**
 * Program impact for the terminal, in `impactSummary`'s sentences (the task pane shows the same): a
 * heading naming what matched colleagues share with their participant, then one indented line per
 * sentence and the note on intervals and causation.
 */
export function formatImpact(source: ImpactSummarySource): string {
  const s = impactSummary(source);
  const heading = s.matchedOn === null ? `${s.heading}:` : `${s.heading} (${s.matchedOn}):`;
  return [heading, ...s.sentences.map((line) => `  ${line}`), `  ${s.note}`].join('\n') + '\n';
}

/**
 * Program impact in one line, for a refresh's report of what it wrote: both 12-month retention gaps,
 * and how many participants were matched (or why there is no matched comparison).
 */
export function impactLine(source: ImpactSummarySource): string {
  const s = impactSummary(source);
  return (s.available ? [s.sentences[0], s.sentences[s.sentences.length - 1]] : s.sentences).join(' ') + '\n';
}
