import type { CellValue } from '../../model/cell';
import { dayFromDate } from '../../calendar/dayFromDate';
import { isoFromDay } from '../../calendar/isoFromDay';

/**
 * A non-blank cell as trimmed text: numbers as Excel shows them in General format would be too
 * locale-bound, so numbers are written with `String` (1042 → "1042"), dates as ISO.
 */
export function coerceText(value: Exclude<CellValue, null | undefined>): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return Number.isNaN(day) ? '' : isoFromDay(day);
  }
  return String(value);
}
