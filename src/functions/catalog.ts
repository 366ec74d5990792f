import { access } from './accessFunction';
import { enps, fisher, wilson } from './countFunctions';
import { FunctionError, invalidValue } from './functionError';
import type { CellArgument, RangeArgument } from './functionArguments';
import { ready } from './readyFunction';
import { type FunctionContext, type Spill, logRankP, medianMonths, retention, retentionCurve } from './retentionFunctions';

/** One Cadre function as the preview (and anything else without Excel) calls it. */
export interface CadreFunction {
  /** the id after "CADRE.", as in functions.md and functions.json; never changes once released */
  readonly id: string;
  /** the parameters in order, optional ones last */
  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];
  /** computes the function from its arguments (ranges as 2D arrays, scalars as values; an omitted one undefined) */
  readonly evaluate: (args: readonly RangeArgument[], ctx: FunctionContext) => number | Spill | FunctionError;
}

const p = (name: string, optional = false) => ({ name, optional });
const cell = (v: RangeArgument): CellArgument => (Array.isArray(v) ? ((v as CellArgument[][])[0]?.[0] ?? null) : (v as CellArgument));

/** The functions of functions.md, by id. */
export const CADRE_FUNCTIONS: readonly CadreFunction[] = [
  { id: 'RETENTION', parameters: [p('starts'), p('exits'), p('months', true), p('as_of', true)], evaluate: ([s, e, m, a], ctx) => retention(s, e, cell(m), cell(a), ctx) },
  { id: 'RETENTIONCURVE', parameters: [p('starts'), p('exits'), p('as_of', true)], evaluate: ([s, e, a], ctx) => retentionCurve(s, e, cell(a), ctx) },
  { id: 'MEDIANMONTHS', parameters: [p('starts'), p('exits'), p('as_of', true)], evaluate: ([s, e, a], ctx) => medianMonths(s, e, cell(a), ctx) },
  { id: 'READY', parameters: [p('starts'), p('ready_dates'), p('exits'), p('months', true), p('as_of', true)], evaluate: ([s, r, e, m, a], ctx) => ready(s, r, e, cell(m), cell(a), ctx) },
  { id: 'LOGRANK', parameters: [p('starts'), p('exits'), p('groups'), p('as_of', true)], evaluate: ([s, e, g, a], ctx) => logRankP(s, e, g, cell(a), ctx) },
  { id: 'ACCESS', parameters: [p('groups'), p('has_resource'), p('min_group', true)], evaluate: ([g, h, k], ctx) => access(g, h, cell(k), ctx) },
  { id: 'FISHER', parameters: [p('a'), p('b'), p('c'), p('d')], evaluate: ([a, b, c, d]) => fisher(cell(a), cell(b), cell(c), cell(d)) },
  { id: 'WILSON', parameters: [p('successes'), p('n')], evaluate: ([x, n]) => wilson(cell(x), cell(n)) },
  { id: 'ENPS', parameters: [p('scores')], evaluate: ([s], ctx) => enps(s, ctx) },
];

/**
 * Calls the function `id` (without "CADRE.", any case) with `args`: #NAME? is not Cadre's to give,
 * so an unknown name is an `Error`; a wrong number of arguments is #VALUE! naming the parameters,
 * as Excel refuses such a formula.
 */
export function callCadreFunction(id: string, args: readonly RangeArgument[], ctx: FunctionContext): number | Spill | FunctionError {
  const f = CADRE_FUNCTIONS.find((c) => c.id === id.toUpperCase());
  if (!f) throw new Error(`CADRE.${id} is not a Cadre function (${CADRE_FUNCTIONS.map((c) => c.id).join(', ')})`);
  const required = f.parameters.filter((q) => !q.optional).length;
  if (args.length < required || args.length > f.parameters.length) {
    const list = f.parameters.map((q) => (q.optional ? `[${q.name}]` : q.name)).join(', ');
    return invalidValue(`CADRE.${f.id} takes ${required === f.parameters.length ? required : `${required} to ${f.parameters.length}`} arguments (${list}), got ${args.length}`);
  }
  return f.evaluate(args, ctx);
}

export { FunctionError };
