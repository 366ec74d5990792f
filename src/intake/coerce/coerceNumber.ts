import type { CellValue } from '../../model/cell';
import { Invalid } from './invalid';

const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number, from a number or from numeric text (" 4.0 " is 4). */
export function coerceNumber(value: Exclude<CellValue, null | undefined>): number | Invalid {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : new Invalid('bad-number', 'is not a finite number', 'Enter a number.');
  }
  if (typeof value === 'string') {
    const t = value.trim();
    if (NUMERIC.test(t)) {
      const n = Number(t);
      if (Number.isFinite(n)) return n;
    }
    return new Invalid('bad-number', 'is not a number', 'Enter a number such as 4 or 4.5 (a dot for decimals).');
  }
  return new Invalid('bad-number', 'is not a number', 'Enter a number.');
}

/** A whole number (4 and "4.0" are 4; 4.5 is not one). */
export function coerceInt(value: Exclude<CellValue, null | undefined>): number | Invalid {
  const n = coerceNumber(value);
  if (typeof n !== 'number') return n;
  return Number.isInteger(n) ? n : new Invalid('bad-number', 'is not a whole number', 'Enter a whole number such as 3.');
}
