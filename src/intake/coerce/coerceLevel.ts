import type { CellValue } from '../../model/cell';
import { coerceText } from './coerceText';

const PREFIXED = /^(?:l|lvl|level|g|grade|band|b|p|m|e)\s*[-.]?\s*(\d{1,3})$/i;

/**
 * A grade as written, and as a number where it is one ("7", 7, "L7", "Grade 7", "Band 7").
 * Higher is more senior (input-workbook.md, Level).
 */
export function coerceLevel(value: Exclude<CellValue, null | undefined>): { text: string; number?: number } {
  if (typeof value === 'number') return { text: String(value), number: Number.isFinite(value) ? value : undefined };
  const text = coerceText(value);
  if (/^[+-]?\d+(?:\.\d+)?$/.test(text)) return { text, number: Number(text) };
  const m = PREFIXED.exec(text);
  return m ? { text, number: Number(m[1]) } : { text };
}
