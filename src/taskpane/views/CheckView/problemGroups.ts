import type { Problem } from '../../../model/problem';

export interface ProblemKind {
  readonly code: string;
  readonly severity: Problem['severity'];
  readonly problems: readonly Problem[];
}

export interface ProblemSheet {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly kinds: readonly ProblemKind[];
}

const RANK: Readonly<Record<Problem['severity'], number>> = { error: 0, warning: 1, info: 2 };

/**
 * Data-quality problems grouped for the check view: by sheet (sheets with errors first), then by kind
 * (severity, then how many), counts first. Within a kind, problems keep their order (by cell).
 */
export function problemGroups(problems: readonly Problem[]): ProblemSheet[] {
  const sheets = new Map<string, Map<string, Problem[]>>();
  for (const p of problems) {
    const sheet = p.sheet || 'Workbook';
    if (!sheets.has(sheet)) sheets.set(sheet, new Map());
    const kinds = sheets.get(sheet)!;
    const key = `${p.severity}\u0000${p.code}`;
    kinds.set(key, [...(kinds.get(key) ?? []), p]);
  }
  const out: ProblemSheet[] = [];
  for (const [sheet, kinds] of sheets) {
    const list = [...kinds.values()].map((ps) => ({ code: ps[0].code, severity: ps[0].severity, problems: ps }));
    list.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.problems.length - a.problems.length || a.code.localeCompare(b.code));
    const count = (s: Problem['severity']) => list.filter((k) => k.severity === s).reduce((n, k) => n + k.problems.length, 0);
    out.push({ sheet, errors: count('error'), warnings: count('warning'), notes: count('info'), kinds: list });
  }
  return out.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.sheet.localeCompare(b.sheet));
}

/** A problem kind's code in words: "duplicate-id" → "Duplicate id". */
export function kindLabel(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
