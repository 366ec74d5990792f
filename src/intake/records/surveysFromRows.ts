import type { Day } from '../../model/day';
import type { Problem } from '../../model/problem';
import type { RespondentRole, SurveyAnswer } from '../../model/records';
import type { DateContext } from '../coerce/coerceDate';
import { foldHeader } from '../foldHeader';
import { readRows } from '../readRows';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { SURVEYS } from '../schema';
import { schemaIndex } from '../schemaIndex';

const C = schemaIndex(SURVEYS);

/** Raters of a 360 who need not be on the roster (peers, managers, direct reports, others). */
const OUTSIDE_RATERS: ReadonlySet<RespondentRole> = new Set(['Peer', 'Manager', 'Direct report', 'Other']);

/**
 * Surveys rows → records (input-workbook.md, Surveys): ScaleMax absent → 10 for NPS, else 5; a
 * Score outside 0..ScaleMax leaves the row out; a RespondentID that is neither a PersonID nor a
 * MentorID leaves the row out (programme roles) or is noted (360 raters outside the roster); an
 * unknown AboutID is ignored.
 */
export function surveysFromRows(
  rec: RecognisedSheet,
  date: DateContext,
  problems: Problem[],
  known: ((id: string) => boolean) | undefined,
): { records: SurveyAnswer[]; rowsRead: number; rowsLeftOut: number } {
  const records: SurveyAnswer[] = [];
  const npsCache = new Map<string, boolean>();
  const counts = readRows(rec, date, problems, (v, _attributes, cur) => {
    const respondentId = v[C.RespondentID] as string;
    const role = v[C.RespondentRole] as RespondentRole | undefined;
    if (known && !known(respondentId)) {
      if (role === undefined || !OUTSIDE_RATERS.has(role)) {
        cur.problem(
          C.RespondentID,
          'error',
          'unknown-id',
          `RespondentID ${respondentId} is neither a PersonID nor a MentorID; the answer is left out.`,
          'Correct the id, or add the person to Participants or Mentors.',
        );
        return false;
      }
    }
    const instrument = v[C.Instrument] as string;
    let nps = npsCache.get(instrument);
    if (nps === undefined) {
      const f = foldHeader(instrument);
      nps = f === 'nps' || f.includes('netpromoter') || /\bnps\b/i.test(instrument);
      npsCache.set(instrument, nps);
    }
    let scaleMax = v[C.ScaleMax] as number | undefined;
    if (scaleMax !== undefined && scaleMax <= 0) {
      cur.problem(C.ScaleMax, 'warning', 'out-of-range', 'ScaleMax must be above 0; it is ignored.', 'Enter the top of the scale, e.g. 5 or 10.');
      scaleMax = undefined;
    }
    const max = scaleMax ?? (nps ? 10 : 5);
    const score = v[C.Score] as number;
    if (score < 0 || score > max) {
      cur.problem(
        C.Score,
        'error',
        'out-of-range',
        `Score ${score} is outside the scale 0 to ${max}; the answer is left out.`,
        scaleMax === undefined ? `Correct the score, or fill in ScaleMax if the scale is not 0 to ${max}.` : 'Correct the score or ScaleMax.',
      );
      return false;
    }
    const about = v[C.AboutID] as string | undefined;
    let aboutId: string | undefined;
    if (about !== undefined) {
      if (known && !known(about)) {
        cur.problem(
          C.AboutID,
          'warning',
          'unknown-id',
          `AboutID ${about} is neither a PersonID nor a MentorID; it is ignored.`,
          'Correct the id of the mentor, coach or person the answer is about.',
        );
      } else aboutId = about;
    }
    // every record has every property (undefined where blank): one object shape for a million answers
    const a: SurveyAnswer = {
      row: cur.row,
      respondentId,
      respondentRole: role,
      date: v[C.Date] as Day,
      instrument,
      item: v[C.Item] as string | undefined,
      score,
      scaleMax: max,
      aboutId,
    };
    records.push(a);
    return true;
  });
  return { records, ...counts };
}
