import type { CellValue } from '../../model/cell';
import { foldHeader } from '../foldHeader';
import { Invalid } from './invalid';

const TRUE = new Set(['y', 'yes', 'true', '1', 'x', 't', '✓', '✔']);
const FALSE = new Set(['n', 'no', 'false', '0', 'f']);

/** A yes/no value: Y/N, Yes/No, True/False, 1/0, X (input-workbook.md, type `bool`). */
export function coerceBool(value: Exclude<CellValue, null | undefined>): boolean | Invalid {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  } else if (typeof value === 'string') {
    const f = foldHeader(value);
    if (TRUE.has(f)) return true;
    if (FALSE.has(f)) return false;
  }
  return new Invalid('bad-bool', 'is not a yes/no value', 'Use Y or N (also Yes/No, True/False, 1/0, or X for yes).');
}
