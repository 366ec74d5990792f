import type { Day } from '../../model/day';
import type { Problem } from '../../model/problem';
import { type Measure, PROMOTION } from '../../model/records';
import type { DateContext } from '../coerce/coerceDate';
import { type IdLookup, checkReference } from '../checks/idLookup';
import { foldHeader } from '../foldHeader';
import { readRows } from '../readRows';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { MEASURES } from '../schema';
import { schemaIndex } from '../schemaIndex';

const C = schemaIndex(MEASURES);

/** The names of a promotion (impact.md), folded as headers are: case and spaces do not matter. */
const PROMOTION_NAMES: ReadonlySet<string> = new Set(['Promotion', 'Promoted'].map(foldHeader));

/** Whether a Measure names a promotion (Promotion, Promoted; case and spaces folded). */
export function isPromotion(measure: string): boolean {
  return PROMOTION_NAMES.has(foldHeader(measure));
}

/**
 * Measures rows → records (impact.md, Input): PersonID must be listed on Participants; a promotion
 * (Promotion, Promoted) is stored as `PROMOTION` with no value, and its Value must be blank or 1; every
 * other measure needs a Value. Each of these, like an unreadable Date or Value, leaves the row out
 * (error at its cell). Other measure names are kept as written (trimmed).
 */
export function measuresFromRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
  people: IdLookup | undefined,
): { records: Measure[]; rowsRead: number; rowsLeftOut: number } {
  const records: Measure[] = [];
  const promotionCache = new Map<string, boolean>();
  const counts = readRows(rec, date, problems, (v, _attributes, cur) => {
    const personId = v[C.PersonID] as string;
    if (people && checkReference(people, personId, C.PersonID, 'PersonID', 'measure', cur) === undefined) return false;
    const written = v[C.Measure] as string;
    let promotion = promotionCache.get(written);
    if (promotion === undefined) {
      promotion = isPromotion(written);
      promotionCache.set(written, promotion);
    }
    const value = v[C.Value] as number | undefined;
    if (promotion) {
      if (value !== undefined && value !== 1) {
        cur.problem(
          C.Value,
          'error',
          'out-of-range',
          `A promotion's Value must be blank or 1, not ${value}; the row is left out.`,
          'Leave Value blank for a promotion (or enter 1), or correct the Measure if this is not a promotion.',
        );
        return false;
      }
    } else if (value === undefined) {
      cur.problem(
        C.Value,
        'error',
        'missing-value',
        'Value is blank, and every measure other than a promotion needs one; the row is left out.',
        `Fill in the value of ${written}, or delete the row.`,
      );
      return false;
    }
    // every record has every property: one object shape for all rows
    records.push({
      row: cur.row,
      personId,
      date: v[C.Date] as Day,
      measure: promotion ? PROMOTION : written,
      value: promotion ? null : (value as number),
    });
    return true;
  });
  return { records, ...counts };
}
