import type { Problem } from '../../model/problem';
import type { Mentor, MentorType } from '../../model/records';
import type { DateContext } from '../coerce/coerceDate';
import { readRows } from '../readRows';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { MENTORS } from '../schema';
import { schemaIndex } from '../schemaIndex';
import { IdRegistry } from './idRegistry';
import type { Writable } from './writable';

const C = schemaIndex(MENTORS);

/**
 * Mentors rows → records (input-workbook.md, Mentors): MentorID unique, MentorType required;
 * negative Capacity or CapacityHours ignored (warning).
 */
export function mentorsFromRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
): { records: Mentor[]; rowsRead: number; rowsLeftOut: number; index: ReadonlyMap<string, number> } {
  const records: Mentor[] = [];
  const ids = new IdRegistry((i) => records[i].row);
  const counts = readRows(rec, date, problems, (v, attributes, cur) => {
    const mentorId = v[C.MentorID] as string;
    if (!ids.claim(mentorId, C.MentorID, 'MentorID', cur)) return false;
    const m: Writable<Mentor> = {
      row: cur.row,
      mentorId,
      mentorType: v[C.MentorType] as MentorType,
      attributes: attributes ?? {},
    };
    for (const [key, col] of [
      ['name', C.Name],
      ['businessUnit', C.BusinessUnit],
      ['function', C.Function],
      ['location', C.Location],
      ['managerId', C.ManagerID],
      ['vendor', C.Vendor],
    ] as const) {
      const t = v[col];
      if (typeof t === 'string' && t !== '') m[key] = t;
    }
    const level = v[C.Level] as { text: string; number?: number } | undefined;
    if (level) {
      m.level = level.text;
      if (level.number !== undefined) m.levelNumber = level.number;
    }
    for (const [key, col, what] of [
      ['capacity', C.Capacity, 'Capacity'],
      ['capacityHours', C.CapacityHours, 'CapacityHours'],
    ] as const) {
      const n = v[col] as number | undefined;
      if (n === undefined) continue;
      if (n < 0) {
        cur.problem(col, 'warning', 'negative', `${what} is negative; it is ignored.`, `Enter ${what} as 0 or more.`);
      } else m[key] = n;
    }
    ids.keep(mentorId, records.length);
    records.push(m);
    return true;
  });
  return { records, index: ids.index, ...counts };
}
