import { dayFromYmd } from '../calendar/dayFromYmd';
import type { Day } from '../model/day';
import type { Lifecycle } from './lifecycle';
import type { Rng } from './random';
import type { Program } from './selection';

/**
 * HireDate and the Measures sheet (impact.md): annual performance ratings and promotions, with the
 * program's effect and the selection into it planted, so that a comparison with matched colleagues
 * and the raw comparison with the whole pool visibly differ. Stream: `measures`.
 *
 * - **HireDate**: 1 to 15 years before EligibleDate (uniform).
 * - **Performance rating**: a review every 1 March while employed, from a year before EligibleDate
 *   (not before hire) to the exit or the as-of date; rating = 3 + 0.7·q + Normal(0, 0.6), rounded and
 *   kept within 1–5, where q is the person's latent performance, Normal(0, 1) + 0.6 if high-potential
 *   + 0.4 if a participant. **Selection** (planted): participants are more often high-potential
 *   (85% vs 20%, `lifecycle.ts`) and rated higher.
 * - **Promotion**: events of a Poisson process over the same span, annual rate 5% × 1.6 if
 *   high-potential × e^(0.35·q), and × `PROGRAM_PROMOTION_EFFECT` for a participant from ProgramStart
 *   on (**the program's effect**, planted): participants are promoted more often than matched
 *   colleagues, and the raw comparison (with the whole pool, less often high-potential and rated
 *   lower) shows a larger gap than the matched one.
 */

/** the planted effect: a participant's promotion rate after ProgramStart, relative to before */
export const PROGRAM_PROMOTION_EFFECT = 1.8;
const BASE_PROMOTION_RATE = 0.05;
const HIPO_PROMOTION = 1.6;
const YEAR = 365.25;

export interface MeasureRow {
  readonly person: number;
  readonly date: Day;
  readonly measure: 'Performance rating' | 'Promotion';
  readonly value: number | null;
}

export interface SampleMeasures {
  /** per pool index */
  readonly hireDate: Float64Array;
  /** by person, then date */
  readonly rows: readonly MeasureRow[];
}

export function generateMeasures(program: Program, life: Lifecycle, asOf: Day, rng: Rng): SampleMeasures {
  const N = program.inProgram.length;
  const hireDate = new Float64Array(N);
  const rows: MeasureRow[] = [];
  for (let i = 0; i < N; i++) {
    const eligible = life.eligible[i];
    hireDate[i] = eligible - rng.int(365, 15 * 365);
    const participant = program.inProgram[i] === 1;
    const hipo = life.hipo[i] === 1;
    const q = rng.normal() + (hipo ? 0.6 : 0) + (participant ? 0.4 : 0);
    const from = Math.max(hireDate[i], eligible - 365);
    const to = Number.isNaN(life.exitDate[i]) ? asOf : Math.min(asOf, life.exitDate[i] - 1);
    const firstYear = new Date(from * 86_400_000).getUTCFullYear();
    for (let year = firstYear; ; year++) {
      const review = dayFromYmd(year, 3, 1);
      if (review > to) break;
      if (review < from) continue;
      rows.push({ person: i, date: review, measure: 'Performance rating', value: Math.min(5, Math.max(1, Math.round(3 + 0.7 * q + rng.normal(0, 0.6)))) });
    }
    const rate = (BASE_PROMOTION_RATE * (hipo ? HIPO_PROMOTION : 1) * Math.exp(0.35 * q)) / YEAR;
    const start = participant ? life.programStart[i] : Infinity;
    // a Poisson process whose rate steps up at ProgramStart: draw each gap at the rate of where it starts,
    // and redraw past the step (memorylessness)
    let t = from;
    for (;;) {
      const r = t >= start ? rate * PROGRAM_PROMOTION_EFFECT : rate;
      const next = t + rng.exponential(r);
      if (t < start && next >= start) {
        t = start;
        continue;
      }
      if (next > to) break;
      t = next;
      rows.push({ person: i, date: Math.floor(t), measure: 'Promotion', value: null });
    }
  }
  rows.sort((a, b) => a.person - b.person || a.date - b.date || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));
  return { hireDate, rows };
}
