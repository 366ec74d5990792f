import type { TargetRoleBenchRow } from '../privacy/protectedDocument';
import type { RefreshReport } from '../report/refreshReport';
import type { PlanValue } from './plan';
import { fewerThan, isShown, reasonOf, shown } from './reportValues';

/** How many target roles the Board Dashboard lists (the rest are on Metrics Detail): with eleven tiles in three rows, page 1 still prints whole on A4 (boardPackRender.test.ts). */
export const BOARD_BENCH_ROLES = 4;

/** The columns of the bench table: a label over the first three columns, then pairs. */
export const BENCH_HEADER = ['Target role', 'People', 'Ready now', 'Ready 1-2 years', 'Ready 3+ years', 'Not ready', 'Ready-now successor'] as const;
/** the format of the rating columns: shares of the role's people */
export const BENCH_SHARE_FORMAT = '0%';

export interface BoardBench {
  /** one row per listed role, in BENCH_HEADER's columns (null where nothing is shown) */
  readonly rows: readonly (readonly PlanValue[])[];
  /** the sentence under the table: roles without a ready-now successor, the bench ratio, what is left out */
  readonly summary: string;
}

/**
 * Bench strength for critical roles on the Board Dashboard (impact.md, Bench strength; metrics.md,
 * Current bench), from the report after the privacy pass: per TargetRole its people and the share of
 * them with each rating (shares stay, rounded, where the counts are withheld), the
 * roles with no ready-now successor first (then the smallest share ready now, then by name), at most
 * `BOARD_BENCH_ROLES` of them. The summary counts the roles without a ready-now successor and the
 * bench ratio (ready-now candidates ÷ roles) over the roles shown only: a role of fewer than k people
 * is not counted in either, so neither figure gives it away. Null when there is no bench to show
 * (its reason instead).
 *
 * @example boardBench(report).summary
 * // "2 of 5 roles have no ready-now successor: CFO, COO. Bench ratio 0.8 ready-now candidates per role."
 */
export function boardBench(report: RefreshReport): BoardBench | { readonly reason: string } {
  const readiness = report.readiness;
  if (!isShown(readiness)) return { reason: `No bench: ${reasonOf(readiness)}` };
  const all = readiness.bench.byTargetRole;
  if (all.length === 0) return { reason: 'No bench: no participant has a TargetRole' };
  const k = report.minGroup;
  const visible = all.filter((r): r is Exclude<TargetRoleBenchRow, { suppressed: true }> => !('suppressed' in r && r.suppressed === true));
  const hidden = all.length - visible.length;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ranked = [...visible].sort((a, b) => Number(b.noReadyNowSuccessor) - Number(a.noReadyNowSuccessor) || a.readyNowShare - b.readyNowShare || cmp(a.targetRole, b.targetRole));
  // shares of the role's people: they stay (rounded) where the privacy pass withholds the counts
  const rows: PlanValue[][] = ranked
    .slice(0, BOARD_BENCH_ROLES)
    .map((r) => [r.targetRole, shown(r, 'n', k), r.readyNowShare, r.ready1to2Share, r.ready3plusShare, r.notReadyShare, r.noReadyNowSuccessor ? 'none' : 'yes']);
  if (rows.length < BOARD_BENCH_ROLES && hidden > 0) rows.push([`${hidden} ${hidden === 1 ? 'role' : 'roles'} of fewer than ${k} people`, fewerThan(k), null, null, null, null, null]);

  const without = visible.filter((r) => r.noReadyNowSuccessor).map((r) => r.targetRole);
  const parts: string[] = [];
  const roles = (n: number) => `${n} ${n === 1 ? 'role' : 'roles'}`;
  if (visible.length === 0) parts.push(`No role has ${k} or more people, so none is shown.`);
  else parts.push(without.length === 0 ? `Every role shown has a ready-now successor.` : `${without.length} of ${roles(visible.length)} ${without.length === 1 ? 'has' : 'have'} no ready-now successor: ${without.join(', ')}.`);
  const readyNow = visible.map((r) => r.readyNow);
  if (visible.length > 0 && readyNow.every((v) => v !== null)) {
    parts.push(`Bench ratio ${((readyNow as number[]).reduce((a, b) => a + b, 0) / visible.length).toFixed(1)} ready-now candidates per role.`);
  } else if (visible.length > 0) parts.push('The counts and the bench ratio are withheld: with the role too small to show, they would give its people away.');
  const notListed = visible.length - Math.min(visible.length, BOARD_BENCH_ROLES);
  if (notListed > 0) parts.push(`${roles(notListed)} more on Metrics Detail.`);
  if (hidden > 0) parts.push(`${roles(hidden)} of fewer than ${k} people not counted.`);
  return { rows, summary: parts.join(' ') };
}
