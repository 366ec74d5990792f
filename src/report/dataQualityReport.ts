import type { Problem, ProblemCode, Severity } from '../model/problem';

/** One input problem as the JSON documents give it (cli.md, `dataQuality.problems`). */
export interface DataQualityProblem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly sheet: string;
  readonly cell: string;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
  readonly fix: string;
}

/** The `dataQuality` part of the JSON documents (cli.md): counts by severity, then every problem. */
export interface DataQualityReport {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly problems: readonly DataQualityProblem[];
}

/** The `dataQuality` part of the JSON documents (cli.md): counts by severity, then every problem. */
export function dataQualityReport(problems: readonly Problem[]): DataQualityReport {
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
