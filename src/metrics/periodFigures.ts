import type { Day } from '../model/day';
import type { Participant } from '../model/records';
import { addYears } from '../calendar/addYears';
import { isoFromDay } from '../calendar/isoFromDay';
import { quarterOf } from '../calendar/quarter';
import { isEmployedAt } from './activity';
import type { PeriodFigures } from './metricResults';

/**
 * Period retention and turnover in the standard HR forms (metrics.md, Retention, "Period figures"),
 * for [P0, P1]: retention rate = employed at P0 and still at P1 ÷ employed at P0; exits = people with
 * P0 < ExitDate ≤ P1; turnover = exits ÷ ((employed at P0 + employed at P1) / 2); annualised turnover
 * = turnover × 365.25 / (P1 − P0 in days).
 */
export function periodFigures(people: readonly Participant[], period: 'quarter' | 'year', p0: Day, p1: Day): PeriodFigures {
  let atStart = 0;
  let atEnd = 0;
  let stayed = 0;
  let exits = 0;
  for (const p of people) {
    const s = isEmployedAt(p, p0);
    const e = isEmployedAt(p, p1);
    if (s) atStart++;
    if (e) atEnd++;
    if (s && e) stayed++;
    if (p.exitDate !== undefined && p.exitDate > p0 && p.exitDate <= p1) exits++;
  }
  const average = (atStart + atEnd) / 2;
  const turnover = average > 0 ? exits / average : null;
  const days = p1 - p0;
  return {
    period,
    start: isoFromDay(p0),
    end: isoFromDay(p1),
    employedAtStart: atStart,
    employedAtEnd: atEnd,
    exits,
    retentionRate: atStart > 0 ? stayed / atStart : null,
    turnoverRate: turnover,
    annualisedTurnover: turnover !== null && days > 0 ? (turnover * 365.25) / days : null,
  };
}

/**
 * The two periods of metrics.md: the calendar quarter that contains A (its first day to A), and the
 * twelve months ending at A (the same date a year earlier to A).
 */
export function standardPeriods(people: readonly Participant[], asOf: Day): PeriodFigures[] {
  return [periodFigures(people, 'quarter', quarterOf(asOf).first, asOf), periodFigures(people, 'year', addYears(asOf, -1), asOf)];
}
