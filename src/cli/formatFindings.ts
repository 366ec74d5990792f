import type { RefreshReport } from '../report/refreshReport';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`);

/**
 * A few lines of what a refresh found, for the terminal: 12-month retention of participants and the
 * comparison pool, readiness, mentee satisfaction, equity flags, mentor load and conflicts. Aggregates
 * only (the report is already suppressed).
 */
export function formatFindings(report: RefreshReport): string {
  const lines = [`Findings as of ${report.asOf} (${report.quarter}):`];
  const r = report.retention as { participants?: { at12: { value: number | null } }; comparison?: { at12?: { value: number | null } }; logRank?: { p?: number | null } };
  if (r.participants) {
    lines.push(
      `  12-month retention: participants ${pct(r.participants.at12.value)}, comparison pool ${pct(r.comparison?.at12?.value)}` +
        (typeof r.logRank?.p === 'number' ? ` (log-rank p = ${r.logRank.p.toPrecision(2)})` : ''),
    );
  }
  const ready = report.readiness as { at24?: { value: number | null }; medianMonths?: number | null };
  if (ready.at24) lines.push(`  ready for a critical role by 24 months: ${pct(ready.at24.value)}; median ${ready.medianMonths?.toFixed(1) ?? 'not reached'} months`);
  if (Array.isArray(report.satisfaction)) {
    const mentee = (report.satisfaction as { instrument: string; role: string; mean: number | null; previous: { mean: number | null } | null; changeP: number | null }[]).find(
      (s) => /mentee/i.test(s.instrument) && s.role === 'All',
    );
    if (mentee?.mean != null) {
      lines.push(
        `  mentee satisfaction: ${mentee.mean.toFixed(2)}` +
          (mentee.previous?.mean != null ? ` (previous quarter ${mentee.previous.mean.toFixed(2)}${mentee.changeP !== null ? `, p = ${mentee.changeP.toPrecision(2)}` : ''})` : ''),
      );
    }
  }
  const tests = report.equity.tests;
  const adverse = tests.filter((t) => t.status === 'adverse');
  lines.push(`  equity flags: ${adverse.length} adverse, ${tests.filter((t) => t.status === 'watch').length} watch among ${tests.length} group rows (resource × attribute × group)`);
  for (const t of adverse) lines.push(`    adverse: ${t.resource} × ${t.attribute} = ${t.group}: ${t.reason}`);
  lines.push(`  mentors over capacity: ${report.load.overCapacity.length}; conflicts of interest: ${report.conflicts.length}`);
  return lines.join('\n') + '\n';
}
