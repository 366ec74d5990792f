import { callCadreFunction } from '../../functions/catalog';
import { FunctionError } from '../../functions/functionError';
import type { CellArgument, RangeArgument } from '../../functions/functionArguments';
import type { FunctionContext, Spill } from '../../functions/retentionFunctions';

/**
 * `=CADRE.…` formulas in the preview's in-memory workbook (functions.md: "The preview can evaluate
 * `=CADRE.…` formulas"): parsed here, computed by the same functions Excel calls (`callCadreFunction`),
 * the result spilled from the formula's cell down and to the right, as Excel spills it.
 *
 * Arguments: ranges (`Participants!O2:O2001`, `'Board Dashboard'!A2`, `O2:O2001` on the formula's
 * sheet), numbers, "text" (with "" for a quote), TRUE/FALSE, and omitted ones (`f(a, b, , d)`).
 */

export type FormulaArgument =
  | { readonly kind: 'range'; readonly sheet: string | null; readonly address: string }
  | { readonly kind: 'value'; readonly value: CellArgument };

export interface CadreFormula {
  /** the function id after "CADRE.", upper case */
  readonly id: string;
  readonly args: readonly FormulaArgument[];
}

/** A formula that is not one the preview can compute: what is wrong, in one sentence. */
export class FormulaProblem extends Error {}

const RANGE = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses `=CADRE.NAME(arg, …)`; anything else is a `FormulaProblem`. */
export function parseCadreFormula(text: string): CadreFormula {
  const m = /^\s*=\s*CADRE\.([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/i.exec(text);
  if (!m) throw new FormulaProblem('the preview computes formulas of the form =CADRE.NAME(arguments), e.g. =CADRE.RETENTION(Participants!O2:O2001, Participants!R2:R2001)');
  const args = splitArguments(m[2]!).map(parseArgument);
  return { id: m[1]!.toUpperCase(), args: args.length === 1 && args[0]!.kind === 'value' && args[0]!.value === undefined ? [] : args };
}

/** The text between the parentheses split at the commas that are outside quotes. */
function splitArguments(inner: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted: '"' | "'" | null = null;
  for (const ch of inner) {
    if (quoted) {
      current += ch;
      if (ch === quoted) quoted = null; // a doubled quote closes and reopens: the text comes out whole
    } else if (ch === '"' || ch === "'") {
      quoted = ch;
      current += ch;
    } else if (ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (quoted) throw new FormulaProblem(`a ${quoted === '"' ? 'text' : 'sheet name'} in the formula has no closing quote`);
  parts.push(current);
  return parts;
}

function parseArgument(raw: string): FormulaArgument {
  const text = raw.trim();
  if (text === '') return { kind: 'value', value: undefined };
  if (text.startsWith('"')) {
    if (!/^"(?:[^"]|"")*"$/.test(text)) throw new FormulaProblem(`${text} is not a text in quotes`);
    return { kind: 'value', value: text.slice(1, -1).replace(/""/g, '"') };
  }
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: 'value', value: text.toUpperCase() === 'TRUE' };
  if (NUMBER.test(text)) return { kind: 'value', value: Number(text) };
  const r = RANGE.exec(text);
  if (r) return { kind: 'range', sheet: r[1] !== undefined ? r[1].replace(/''/g, "'") : (r[2] ?? null), address: r[3]!.replace(/\$/g, '').toUpperCase() };
  throw new FormulaProblem(`${text} is not a range (Sheet!A1:A10), a number, a "text" or TRUE/FALSE`);
}

/** What the formula's cells show: the values spilled from its cell, or an error with its message. */
export type FormulaResult = { readonly values: (number | string)[][] } | { readonly error: '#VALUE!' | '#N/A'; readonly message: string };

/**
 * Computes a parsed formula: ranges read through `read(sheet, address)` (the formula's own sheet
 * where none is named; empty cells as ""), then the function itself.
 */
export function evaluateCadreFormula(formula: CadreFormula, sheet: string, read: (sheet: string, address: string) => CellArgument[][], ctx: FunctionContext): FormulaResult {
  const args: RangeArgument[] = formula.args.map((a) => (a.kind === 'value' ? a.value : read(a.sheet ?? sheet, a.address)));
  const result: number | Spill | FunctionError = callCadreFunction(formula.id, args, ctx);
  if (result instanceof FunctionError) return { error: result.excelText, message: result.message };
  return { values: typeof result === 'number' ? [[result]] : result };
}
