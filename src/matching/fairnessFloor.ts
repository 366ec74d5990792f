import type { Highs, ModelData } from 'highs';
import type { Day } from '../model/day';
import type { ProgramData } from '../model/program';
import { equityAttributes, groupIndexes } from '../equity/accessAttributes';
import { SENIOR_LEVEL_GAP } from '../equity/seniorMentor';
import { assign } from './assign';
import { SENIOR_GIVER, SUGGESTED } from './auditSuggestions';
import { suggestionProblem, type SuggestOptions, type SuggestionProblem, type SuggestionResult } from './suggestPairings';

/**
 * Returns a loaded HiGHS runtime (the `highs` package's default export, called with the options its
 * host needs: in Node `loadHighs()`, in the task pane's Worker with `locateFile`). Injected, so this
 * module never imports the Wasm loader and the solver is loaded only when a floor is asked for.
 */
export type SolverLoader = () => Promise<Highs>;

export interface FloorSettings {
  /** the fairness floor f, 0 < f ≤ 1 (matching.md's setting `fairnessFloor`); null, undefined or 0: off */
  readonly floor?: number | null;
  /** k of equity.md: only groups of at least k mentees are held to the floor (default 5, never below 3) */
  readonly k?: number;
  /** loads HiGHS; called only when the floor is on */
  readonly loadSolver: SolverLoader;
  /**
   * Keep only each mentee's `topK` best-scoring allowed givers (and the giver of the unconstrained
   * optimum) in the integer program; null: every allowed pair. Default `DEFAULT_TOP_K`. See README,
   * "Fairness floor", for what this may cost.
   */
  readonly topK?: number | null;
  /** the solver's time limit per solve, seconds (default 60) */
  readonly timeLimitSeconds?: number;
}

/** Per mentee, the best-scoring givers kept in the integer program by default. */
export const DEFAULT_TOP_K = 10;

/** One floor the model holds: an attribute, a resource (the audit's `Suggestion` or `Senior giver`) and its groups of n ≥ k. */
export interface FloorGroupRate {
  readonly attribute: string;
  readonly resource: typeof SUGGESTED | typeof SENIOR_GIVER;
  readonly group: string;
  /** the group's population: its mentees (Senior giver: those with a numeric Level) */
  readonly n: number;
  /** how many of them got the resource in the assignment shown */
  readonly count: number;
  readonly rate: number;
  /** the best rate among the attribute's groups of n ≥ k for this resource */
  readonly bestRate: number;
  readonly bestGroup: string;
  /** rate ÷ bestRate (1 when bestRate is 0) */
  readonly ratio: number;
}

export interface FairnessFloorResult {
  readonly floor: number;
  readonly k: number;
  /** whether the assignment shown meets the floor */
  readonly floorMet: boolean;
  /**
   * The assignment shown: with the floor when some assignment that matches as many mentees as the
   * unconstrained one meets it; otherwise the best that exists, the one at `attainableFloor`.
   */
  readonly result: SuggestionResult;
  readonly suggestions: SuggestionResult['suggestions'];
  readonly unmatched: SuggestionResult['unmatched'];
  readonly totalScore: number;
  /** the unconstrained suggestions (`suggestPairings`) */
  readonly unconstrained: SuggestionResult;
  /** the shown assignment's total score ÷ the unconstrained total score (1 when both are 0; null when only the latter is) */
  readonly priceOfFairness: number | null;
  /**
   * The highest floor, on a grid of 0.01, met by an assignment that matches as many mentees as the
   * unconstrained one: `floor` itself when it is met.
   */
  readonly attainableFloor: number;
  /** the lowest ratio to the best group over the floors held, in the assignment shown */
  readonly attainedRatio: number;
  /** when the floor is not met: how many mentees at most could get a giver while meeting it (fewer than the unconstrained count) */
  readonly matchedUnderFloor: number | null;
  /** every group held to the floor, with its rate in the assignment shown */
  readonly groups: readonly FloorGroupRate[];
  /** the groups below floor × the best rate in the assignment shown (none when the floor is met) */
  readonly shortfalls: readonly FloorGroupRate[];
  /** null when the floor is met; otherwise what cannot reach it, in words */
  readonly message: string | null;
  /** pruning of the integer program: pairs kept of those allowed; `topK` null when none */
  readonly model: { readonly topK: number | null; readonly pairsKept: number; readonly pairsAllowed: number; readonly solves: number; readonly optimal: boolean };
}

export interface FloorOutcome {
  /** the suggestions without the floor */
  readonly unconstrained: SuggestionResult;
  /** null when the floor is off */
  readonly floor: FairnessFloorResult | null;
}

/**
 * Pairing suggestions with matching.md's optional fairness floor: every group of n ≥ k (for every
 * attribute the audit uses) reaches at least `floor` × the best group's suggestion rate and
 * senior-giver rate. With the floor off, the unconstrained suggestions only, and the solver is never
 * loaded. With it on, an integer program solved by HiGHS (see README, "Fairness floor"):
 *   phase 1 (no solver): ν, the most mentees the hard rules and capacities let get a giver;
 *   phase 2: among the assignments that give ν mentees a giver and meet the floor, the largest total
 *   score. When none exists, the best that exists: the highest floor (0.01 grid) that such an
 *   assignment meets, its assignment, the groups that fall short of the floor asked, and how many
 *   mentees at most could get a giver under the floor asked.
 */
export async function suggestWithFairnessFloor(data: ProgramData, asOf: Day, options: SuggestOptions, settings: FloorSettings): Promise<FloorOutcome> {
  const f = settings.floor ?? 0;
  if (!(Number.isFinite(f) && f >= 0 && f <= 1)) throw new RangeError(`the fairness floor must be a number from 0 to 1, got ${String(settings.floor)}`);
  const k = settings.k ?? 5;
  if (!(Number.isInteger(k) && k >= 3)) throw new RangeError(`k must be a whole number ≥ 3, got ${k}`);
  const topK = settings.topK === undefined ? DEFAULT_TOP_K : settings.topK;
  if (topK !== null && !(Number.isInteger(topK) && topK >= 1)) throw new RangeError(`topK must be a whole number ≥ 1 or null, got ${topK}`);

  const problem = suggestionProblem(data, asOf, options);
  const n = problem.mentees.length;
  const G = problem.givers.length;
  const engine = assign(n, G, problem.spare, problem.allowed, problem.units);
  const unconstrained = problem.result(engine.giverOf, engine.tieBreak);
  if (f === 0) return { unconstrained, floor: null };

  const floors = floorGroups(data, problem, k);
  let solver: FloorSolver | null = null;

  const finish = (giverOf: ArrayLike<number>, attainableFloor: number, matchedUnderFloor: number | null): FairnessFloorResult => {
    const result = problem.result(giverOf, false);
    const groups = groupRates(floors, giverOf, problem);
    const shortfalls = groups.filter((g) => !meets(g.count, g.n, g.bestRate, f));
    const floorMet = shortfalls.length === 0;
    const attainedRatio = groups.reduce((m, g) => Math.min(m, g.ratio), 1);
    return {
      floor: f,
      k,
      floorMet,
      result,
      suggestions: result.suggestions,
      unmatched: result.unmatched,
      totalScore: result.totalScore,
      unconstrained,
      priceOfFairness: unconstrained.totalScore > 0 ? result.totalScore / unconstrained.totalScore : result.totalScore === 0 ? 1 : null,
      attainableFloor,
      attainedRatio,
      matchedUnderFloor,
      groups,
      shortfalls,
      message: floorMet ? null : notMetMessage(f, engine.matched, attainableFloor, matchedUnderFloor, shortfalls),
      model: solver?.stats() ?? { topK: null, pairsKept: 0, pairsAllowed: 0, solves: 0, optimal: true },
    };
  };

  // the unconstrained optimum may meet the floor already: then it is the floor's optimum too (no solver)
  if (groupRates(floors, engine.giverOf, problem).every((g) => meets(g.count, g.n, g.bestRate, f))) {
    return { unconstrained, floor: finish(engine.giverOf, f, null) };
  }
  const highs = await settings.loadSolver();
  solver = new FloorSolver(highs, problem, floors, engine.giverOf, engine.matched, topK, settings.timeLimitSeconds ?? 60);
  const best = solver.solve(f, 'score');
  if (best !== null) return { unconstrained, floor: finish(best, f, null) };

  // not met: the highest floor on the 0.01 grid that an assignment of ν mentees meets, by bisection
  // on feasibility alone (no objective: far quicker to decide than the best score), starting from the
  // floor the unconstrained optimum meets and jumping to the floor each feasible assignment meets;
  // then the best score at that floor, in one more solve
  const gridFloor = (giverOf: ArrayLike<number>) => {
    const rates = groupRates(floors, giverOf, problem);
    let grid = Math.floor(rates.reduce((m, g) => Math.min(m, g.ratio), 1) * 100 + 1e-9);
    while (grid > 0 && !rates.every((g) => meets(g.count, g.n, g.bestRate, grid / 100))) grid--;
    return grid;
  };
  const start = gridFloor(engine.giverOf);
  let lo = start;
  let hi = Math.round(f * 100);
  for (let step = 0; step < 100 && hi - lo > 1; step++) {
    const mid = Math.floor((lo + hi) / 2);
    const x = solver.solve(mid / 100, 'feasible');
    if (x === null) hi = mid;
    else lo = Math.min(hi - 1, Math.max(mid, gridFloor(x)));
  }
  const loAssignment = lo === start ? engine.giverOf : solver.solve(lo / 100, 'score');
  if (loAssignment === null) throw new Error(`internal: the floor ${lo / 100} was met, then found infeasible`);
  const matchedUnderFloor = solver.solve(f, 'matched');
  const count = matchedUnderFloor === null ? 0 : Array.from(matchedUnderFloor).filter((g) => g >= 0).length;
  return { unconstrained, floor: finish(loAssignment, lo / 100, count) };
}

/**
 * The solver's time limit passed before it found any assignment for one of the floor's integer
 * programs: whether the floor can be met is unknown, so no suggestion with the floor is given. The
 * message says so and what to do; shells show it as it is.
 */
export class FloorNotSettled extends Error {
  override readonly name = 'FloorNotSettled';
  constructor(floor: number, mentees: number, givers: number, seconds: number) {
    super(
      `The fairness floor ${floor} could not be settled: for ${mentees.toLocaleString('en-US')} mentees and ${givers.toLocaleString('en-US')} givers the solver found no assignment ` +
        `within its time limit (${seconds} s per integer program), so no suggestion with the floor is given. Suggest without the floor (the audit shows each group's rates), ` +
        `or for fewer mentees at a time (one cohort or business unit).`,
    );
  }
}

/**
 * The fairness floor where a shell computes it: in this process with a solver it loads
 * (`floorInProcess`), or in the task pane's Web Worker (src/taskpane/workers). The same arguments and
 * result as `suggestWithFairnessFloor`, less the solver's loader, which is the runner's own affair.
 */
export type FloorRunner = (data: ProgramData, asOf: Day, options: SuggestOptions, settings: Omit<FloorSettings, 'loadSolver'>) => Promise<FloorOutcome>;

/**
 * `suggestWithFairnessFloor` in this process, HiGHS from `loadSolver` (called only when the floor is
 * on and the unconstrained suggestions miss it). E.g. the command line: `floorInProcess(() => loadHighs())`.
 */
export function floorInProcess(loadSolver: SolverLoader): FloorRunner {
  return (data, asOf, options, settings) => suggestWithFairnessFloor(data, asOf, options, { ...settings, loadSolver });
}

/** n_h · x_g ≥ f · n_g · x_h for the best group h, in the form the model holds (with a rounding margin). */
function meets(count: number, n: number, bestRate: number, f: number): boolean {
  return count / n >= f * bestRate - 1e-12;
}

/** The groups held to the floor: per attribute and resource, those of n ≥ k (at least two, else there is nothing to hold). */
interface FloorSet {
  readonly attribute: string;
  readonly resource: typeof SUGGESTED | typeof SENIOR_GIVER;
  readonly names: readonly string[];
  /** per group: its mentees (indices into problem.mentees) */
  readonly members: readonly Int32Array[];
}

/**
 * The audit's groups (`auditSuggestions`): the attributes of `equityAttributes` (pooling included),
 * the mentees for `Suggestion`, the mentees with a numeric Level for `Senior giver` (only where
 * Participants has a Level column); per attribute and resource the groups of n ≥ k.
 */
function floorGroups(data: ProgramData, problem: SuggestionProblem, k: number): FloorSet[] {
  const people = data.participants;
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < people.length; i++) if (!firstIndex.has(people[i].personId)) firstIndex.set(people[i].personId, i);
  const personOf = problem.mentees.map((id) => firstIndex.get(id)!);
  const withLevel = data.columns.Participants.includes('Level');
  const out: FloorSet[] = [];
  for (const { attribute, names, index } of groupIndexes(equityAttributes(data), people, Int32Array.from(personOf).sort())) {
    for (const resource of withLevel ? [SUGGESTED, SENIOR_GIVER] : [SUGGESTED]) {
      const lists: number[][] = names.map(() => []);
      personOf.forEach((p, i) => {
        const g = index[p];
        if (g < 0) return;
        if (resource === SENIOR_GIVER && problem.menteeLevels[i] === null) return;
        lists[g].push(i);
      });
      const kept = names.map((name, g) => ({ name, list: lists[g] })).filter((x) => x.list.length >= k);
      if (kept.length < 2) continue;
      out.push({ attribute, resource: resource as FloorSet['resource'], names: kept.map((x) => x.name), members: kept.map((x) => Int32Array.from(x.list)) });
    }
  }
  return out;
}

/** Whether pair (mentee i, giver g) gives the resource. */
function gives(resource: FloorSet['resource'], problem: SuggestionProblem, i: number, g: number): boolean {
  if (resource === SUGGESTED) return true;
  const ml = problem.menteeLevels[i];
  const gl = problem.giverLevels[g];
  return ml !== null && gl !== null && gl >= ml + SENIOR_LEVEL_GAP;
}

function groupRates(floors: readonly FloorSet[], giverOf: ArrayLike<number>, problem: SuggestionProblem): FloorGroupRate[] {
  const out: FloorGroupRate[] = [];
  for (const set of floors) {
    const counts = set.members.map((list) => {
      let c = 0;
      for (const i of list) if (giverOf[i] >= 0 && gives(set.resource, problem, i, giverOf[i])) c++;
      return c;
    });
    const rates = counts.map((c, g) => c / set.members[g].length);
    let best = 0;
    for (let g = 1; g < rates.length; g++) if (rates[g] > rates[best]) best = g;
    set.names.forEach((group, g) =>
      out.push({
        attribute: set.attribute,
        resource: set.resource,
        group,
        n: set.members[g].length,
        count: counts[g],
        rate: rates[g],
        bestRate: rates[best],
        bestGroup: set.names[best],
        ratio: rates[best] > 0 ? rates[g] / rates[best] : 1,
      }),
    );
  }
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** A ratio below the floor, to three decimals rounded down, so that 0.7957 never reads "0.80 < 0.8". */
const below = (ratio: number) => (Math.floor(ratio * 1000 + 1e-9) / 1000).toFixed(3);

function notMetMessage(f: number, matched: number, attainable: number, matchedUnderFloor: number | null, shortfalls: readonly FloorGroupRate[]): string {
  const lines = shortfalls.map(
    (s) =>
      `${s.attribute}, ${s.resource === SUGGESTED ? 'suggestion rate' : 'senior-giver rate'}: ${s.group} ${pct(s.rate)} (${s.count} of ${s.n}) ` +
      `against ${s.bestGroup}'s ${pct(s.bestRate)}, ratio ${below(s.ratio)} < ${f}`,
  );
  const cost =
    matchedUnderFloor !== null && matchedUnderFloor < matched
      ? ` Meeting it would leave ${matched - matchedUnderFloor} more mentee${matched - matchedUnderFloor === 1 ? '' : 's'} without a giver (${matchedUnderFloor} instead of ${matched}).`
      : '';
  return (
    `No assignment that gives ${matched} mentee${matched === 1 ? '' : 's'} a giver meets the fairness floor ${f}.${cost} ` +
    `Shown instead: the best that exists, at the highest floor that can be met, ${attainable.toFixed(2)}; below ${f} there: ${lines.join('; ')}.`
  );
}

/** What a solve maximises: the total score of ν matched mentees; nothing (any assignment of ν that meets the floor); the mentees matched. */
type Objective = 'score' | 'feasible' | 'matched';

/**
 * The integer program (README, "Fairness floor"): a 0/1 column per kept pair, a row per mentee (≤ 1),
 * per giver (≤ spare capacity), per ordered pair of groups of a floor (n_h·X_g − f·n_g·X_h ≥ 0), and
 * for objectives 'score' and 'feasible' the row Σx = ν, maximising Σ units·x ('score') or nothing
 * ('feasible': any assignment that meets the rows); for 'matched', maximising Σx.
 */
class FloorSolver {
  private readonly pairs: Int32Array; // (i · G + g) of each kept pair, in that order
  private readonly allPairs: Int32Array;
  private pruned: boolean;
  private solves = 0;
  private optimal = true;

  constructor(
    private readonly highs: Highs,
    private readonly problem: SuggestionProblem,
    private readonly floors: readonly FloorSet[],
    engineGiverOf: ArrayLike<number>,
    private readonly matched: number,
    private readonly topK: number | null,
    private readonly timeLimit: number,
  ) {
    const n = problem.mentees.length;
    const G = problem.givers.length;
    const all: number[] = [];
    const kept: number[] = [];
    const row: number[] = [];
    for (let i = 0; i < n; i++) {
      row.length = 0;
      for (let g = 0; g < G; g++) if (problem.allowed[i * G + g] === 1 && problem.spare[g] > 0) row.push(g);
      for (const g of row) all.push(i * G + g);
      if (topK === null || row.length <= topK) {
        for (const g of row) kept.push(i * G + g);
        continue;
      }
      // the topK best scores (ties: the earlier giver), and the giver of the unconstrained optimum
      const best = [...row].sort((a, b) => problem.units[i * G + b] - problem.units[i * G + a] || a - b).slice(0, topK);
      const e = engineGiverOf[i];
      if (e >= 0 && !best.includes(e)) best.push(e);
      for (const g of best.sort((a, b) => a - b)) kept.push(i * G + g);
    }
    this.allPairs = Int32Array.from(all);
    this.pairs = Int32Array.from(kept);
    this.pruned = kept.length < all.length;
  }

  stats() {
    return { topK: this.pruned ? this.topK : null, pairsKept: this.pairs.length, pairsAllowed: this.allPairs.length, solves: this.solves, optimal: this.optimal };
  }

  /**
   * The best assignment under floor f (per mentee the giver or −1), or null when none gives ν mentees
   * a giver (objective 'score'; 'feasible': any such assignment, not the best); for 'matched', the
   * assignment with the most mentees matched under f.
   * A pruned model that finds none is solved again whole, so "none" is always exact.
   */
  solve(f: number, objective: Objective): Int32Array | null {
    const x = this.run(this.pairs, f, objective);
    if (x !== null || !this.pruned) return x;
    return this.run(this.allPairs, f, objective);
  }

  private run(pairs: Int32Array, f: number, objective: Objective): Int32Array | null {
    const { problem, floors, highs } = this;
    const n = problem.mentees.length;
    const G = problem.givers.length;
    const m = pairs.length;
    // rows: mentees, givers, [Σx = ν], then the floors
    const rowLower: number[] = [];
    const rowUpper: number[] = [];
    const csrStarts: number[] = [0];
    const csrIndex: number[] = [];
    const csrValue: number[] = [];
    const byMentee: number[][] = Array.from({ length: n }, () => []);
    const byGiver: number[][] = Array.from({ length: G }, () => []);
    for (let c = 0; c < m; c++) {
      byMentee[Math.floor(pairs[c] / G)].push(c);
      byGiver[pairs[c] % G].push(c);
    }
    const addRow = (cols: readonly number[], values: readonly number[] | number, lower: number, upper: number) => {
      for (let j = 0; j < cols.length; j++) {
        csrIndex.push(cols[j]);
        csrValue.push(typeof values === 'number' ? values : values[j]);
      }
      csrStarts.push(csrIndex.length);
      rowLower.push(lower);
      rowUpper.push(upper);
    };
    for (let i = 0; i < n; i++) if (byMentee[i].length > 0) addRow(byMentee[i], 1, -highs.infinity, 1);
    for (let g = 0; g < G; g++) if (byGiver[g].length > 0) addRow(byGiver[g], 1, -highs.infinity, problem.spare[g]);
    if (objective !== 'matched') {
      const every = Array.from({ length: m }, (_, c) => c);
      addRow(every, 1, this.matched, this.matched);
    }
    // per floor and group, a count column X (Σ of the group's columns that give the resource − X = 0),
    // so that each pairwise row holds two entries: n_h · X_g − f · n_g · X_h ≥ 0
    let numCols = m;
    const countCols: { pairs: number; n: number }[] = [];
    for (const set of floors) {
      const first = numCols;
      set.members.forEach((list) => {
        const cols: number[] = [];
        for (const i of list) for (const c of byMentee[i]) if (gives(set.resource, problem, i, pairs[c] % G)) cols.push(c);
        const x = numCols++;
        countCols.push({ pairs: cols.length, n: list.length });
        addRow([...cols, x], [...cols.map(() => 1), -1], 0, 0);
      });
      for (let g = 0; g < set.names.length; g++) {
        for (let h = 0; h < set.names.length; h++) {
          if (g === h) continue;
          addRow([first + g, first + h], [set.members[h].length, -f * set.members[g].length], 0, highs.infinity);
        }
      }
    }
    const numRows = rowLower.length;
    const colCost = new Float64Array(numCols);
    for (let c = 0; c < m; c++) colCost[c] = objective === 'score' ? problem.units[pairs[c]] : objective === 'matched' ? 1 : 0;
    const colUpper = new Float64Array(numCols).fill(1);
    countCols.forEach((x, j) => (colUpper[m + j] = Math.min(x.pairs, x.n)));
    const integrality = new Int32Array(numCols); // the counts are continuous: sums of 0/1 columns, whole at any integer point
    integrality.fill(highs.constants.variableType.integer, 0, m);
    const model: ModelData = {
      numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower: new Float64Array(numCols),
      colUpper,
      rowLower: Float64Array.from(rowLower),
      rowUpper: Float64Array.from(rowUpper),
      matrix: { format: 'csr', numRows, numCols, starts: Int32Array.from(csrStarts), indices: Int32Array.from(csrIndex), values: Float64Array.from(csrValue) },
      integrality,
    };
    this.solves++;
    return highs.withModel(model, (mdl) => {
      // the objective is whole (units, or a count): a gap under 1 proves the optimum on the grid
      mdl.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, time_limit: this.timeLimit, random_seed: 0 });
      mdl.run();
      const status = mdl.getModelStatus();
      const codes = highs.constants.modelStatus;
      if (status === codes.infeasible) return null;
      if (status !== codes.optimal) {
        if (status === codes.timeLimit && Number(mdl.info.get('primal_solution_status')) !== 2) throw new FloorNotSettled(f, n, G, this.timeLimit);
        if (status !== codes.timeLimit) throw new Error(`the fairness floor's integer program ended with status ${status}`);
        this.optimal = false;
      }
      const values = mdl.getSolution().colValue;
      const giverOf = new Int32Array(n).fill(-1);
      for (let c = 0; c < m; c++) {
        if (values[c] < 0.5) continue;
        const i = Math.floor(pairs[c] / G);
        if (giverOf[i] >= 0) throw new Error('internal: the integer program gave a mentee two givers');
        giverOf[i] = pairs[c] % G;
      }
      return giverOf;
    });
  }
}
