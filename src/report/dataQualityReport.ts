import type { Problem } from '../model/problem';

/** The `dataQuality` part of the JSON documents (cli.md): counts by severity, then every problem. */
export function dataQualityReport(problems: readonly Problem[]) {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
    else notes++;
  }
  return {
    errors,
    warnings,
    notes,
    problems: problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      sheet: p.sheet,
      cell: p.cell,
      column: p.column ?? null,
      value: p.value ?? null,
      message: p.message,
      fix: p.fix,
    })),
  };
}
