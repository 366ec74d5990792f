import { useMemo } from 'react';
import type { Problem } from '../../../model/problem';
import type { ValidationResult } from '../../workbook/taskpaneWorkbook';
import { kindLabel, problemGroups } from './problemGroups';

export interface CheckViewProps {
  readonly validation: ValidationResult | null;
  readonly busy: boolean;
  readonly onValidate: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

export type SeverityColor = 'danger' | 'warning' | 'informative';

/** A count badge of the summary: filled when there is something to see. */
export interface CountBadge {
  readonly text: string;
  readonly appearance: 'filled' | 'outline';
}

export interface CheckSummary {
  /** "No problems found" or "12 problems found" */
  readonly heading: string;
  readonly errors: CountBadge;
  readonly warnings: CountBadge;
  readonly notes: CountBadge;
  readonly canCompute: boolean;
}

export interface CheckProblem {
  readonly key: string;
  /** the problem's cell, or null for a problem of a whole sheet or column */
  readonly cell: string | null;
  readonly message: string;
  /** what a screen reader says for the button that selects the cell */
  readonly goToLabel: string;
  /** selects the problem's cell in Excel; null when it has none */
  readonly goTo: (() => void) | null;
}

export interface CheckKind {
  readonly key: string;
  /** "Duplicate id" */
  readonly label: string;
  readonly count: number;
  readonly severity: { readonly label: string; readonly color: SeverityColor };
  /** what to do about every problem of the kind */
  readonly fix: string;
  readonly problems: readonly CheckProblem[];
}

export interface CheckSheet {
  readonly sheet: string;
  /** "2 errors, 1 warning" (only the counts that are not zero) */
  readonly counts: string;
  readonly kinds: readonly CheckKind[];
}

export interface CheckViewState {
  readonly busy: boolean;
  readonly checkLabel: string;
  /** before the first check: a line says what checking does */
  readonly showIntro: boolean;
  readonly summary: CheckSummary | null;
  /** the problems by sheet (sheets with errors first), then by kind */
  readonly sheets: readonly CheckSheet[];
  /** the accordion opens on the first sheet */
  readonly defaultOpenItems: string[];
  readonly onValidate: () => void;
}

const SEVERITY: Readonly<Record<Problem['severity'], { label: string; color: SeverityColor }>> = {
  error: { label: 'error', color: 'danger' },
  warning: { label: 'warning', color: 'warning' },
  info: { label: 'note', color: 'informative' },
};

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The check view's state from its props: pure, so it is tested without a DOM or React. */
export function deriveCheckViewState(props: CheckViewProps): CheckViewState {
  const v = props.validation;
  const sheets: CheckSheet[] = (v ? problemGroups(v.problems) : []).map((g) => ({
    sheet: g.sheet,
    counts: [g.errors && plural(g.errors, 'error'), g.warnings && plural(g.warnings, 'warning'), g.notes && plural(g.notes, 'note')].filter(Boolean).join(', '),
    kinds: g.kinds.map((k) => ({
      key: `${k.severity}-${k.code}`,
      label: kindLabel(k.code),
      count: k.problems.length,
      severity: SEVERITY[k.severity],
      fix: k.problems[0].fix,
      problems: k.problems.map((p, i) => ({
        key: `${p.cell}-${i}`,
        cell: p.cell ? p.cell : null,
        message: p.message,
        goToLabel: `Go to ${p.sheet}!${p.cell}: ${p.message}`,
        goTo: p.cell ? () => props.onSelect(p.sheet, p.cell) : null,
      })),
    })),
  }));
  return {
    busy: props.busy,
    checkLabel: v ? 'Check again' : 'Check the data',
    showIntro: v === null,
    summary:
      v === null
        ? null
        : {
            heading: v.problems.length === 0 ? 'No problems found' : `${plural(v.problems.length, 'problem')} found`,
            errors: { text: plural(v.errors, 'error'), appearance: v.errors > 0 ? 'filled' : 'outline' },
            warnings: { text: plural(v.warnings, 'warning'), appearance: v.warnings > 0 ? 'filled' : 'outline' },
            notes: { text: plural(v.notes, 'note'), appearance: 'outline' },
            canCompute: v.canCompute,
          },
    sheets,
    defaultOpenItems: sheets.slice(0, 1).map((g) => g.sheet),
    onValidate: props.onValidate,
  };
}

/** The check view's logic as a hook (Fluent UI v9 pattern: useX → renderX, styles in useXStyles). */
export function useCheckView(props: CheckViewProps): CheckViewState {
  const { validation, busy, onValidate, onSelect } = props;
  // grouping thousands of problems is done once per check, not on every render nor when busy flips
  // (every go-to-cell click does, twice)
  const state = useMemo(() => deriveCheckViewState({ validation, busy: false, onValidate, onSelect }), [validation, onValidate, onSelect]);
  return busy ? { ...state, busy } : state;
}
