import type { CellValue } from '../model/cell';
import { isoFromDay } from '../calendar/isoFromDay';
import { dayFromDate } from '../calendar/dayFromDate';
import { isCellError } from './cellKind';

const MAX = 200;

/**
 * A cell's value as plain text for the data-quality report: dates as ISO, errors as their literal,
 * long text cut to 200 characters.
 */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length > MAX ? `${value.slice(0, MAX - 1)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return Number.isNaN(day) ? 'invalid date' : isoFromDay(day);
  }
  if (isCellError(value)) return value.error;
  return String(value);
}
