import type { CellValue } from '../../model/cell';
import { Invalid } from './invalid';

/**
 * An id: numbers are read as their text (1042 and "1042" are one id), surrounding spaces trimmed
 * (input-workbook.md, type `id`).
 */
export function coerceId(value: Exclude<CellValue, null | undefined>): string | Invalid {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return new Invalid('bad-number', 'is not a usable id', 'Type the id as text.');
    return String(value);
  }
  if (typeof value === 'boolean')
    return new Invalid('missing-value', 'is a TRUE/FALSE value, not an id', 'Type the id of the person here.');
  return new Invalid('missing-value', 'is a date, not an id', 'Type the id of the person here, not a date.');
}
