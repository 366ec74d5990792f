import type { Day } from '../src/model/day';
import type { ProgramData } from '../src/model/program';
import type { Measure, Participant } from '../src/model/records';
import type { ImpactInput } from '../src/impact/impactInput';
import { Rng } from '../src/sample/random';

/**
 * The sample program with what impact.md adds (the sample generator has neither yet): a HireDate for
 * every row (set on `data`'s own records) (0 to 16 years before its EligibleDate or ProgramStart, so tenure bands cross during the
 * program), and a Measures sheet: a Performance rating each year over the four years before A (1 to
 * 5 in halves), an Engagement score every six months over the three years before A, and a promotion
 * for about one person in eight a year. Seeded: the same data on every run. Bench support only.
 */
export function withImpactData(data: ProgramData, asOf: Day, seed = 42): ImpactInput {
  const rng = new Rng(seed, 'impact-bench');
  const measures: Measure[] = [];
  let row = 2;
  const participants: Participant[] = data.participants.map((p) => {
    const origin = p.programStart ?? p.eligibleDate ?? asOf - 1000;
    const hireDate = origin - rng.int(0, 16 * 365);
    const offset = rng.int(0, 364);
    for (let d = asOf - 4 * 365 + offset; d <= asOf; d += 365) {
      measures.push({ row: row++, personId: p.personId, date: d, measure: 'Performance rating', value: Math.min(5, Math.max(1, Math.round(rng.normal(3.2, 0.8) * 2) / 2)) });
      if (rng.chance(0.12)) measures.push({ row: row++, personId: p.personId, date: d + rng.int(0, 180), measure: 'Promotion', value: null });
    }
    for (let d = asOf - 3 * 365 + (offset % 182); d <= asOf; d += 182) {
      measures.push({ row: row++, personId: p.personId, date: d, measure: 'Engagement', value: Math.round(rng.normal(3.6, 0.7) * 10) / 10 });
    }
    // set on the record itself: a spread copy of a record this size is a slow dictionary-mode object in V8,
    // which intake's records are not
    (p as { hireDate?: Day }).hireDate = hireDate;
    return p;
  });
  return {
    participants,
    attributes: data.attributes,
    columns: { ...data.columns, Participants: [...data.columns.Participants, 'HireDate'] },
    measures,
  };
}
