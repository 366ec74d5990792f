import type { Day } from '../../model/day';
import type { Problem } from '../../model/problem';
import type { ExitType, Participant, ParticipantStatus, ReadinessRating } from '../../model/records';
import { isoFromDay } from '../../calendar/isoFromDay';
import type { DateContext } from '../coerce/coerceDate';
import { type RowCursor, readRows } from '../readRows';
import { dateNotBefore } from './dateOrder';
import type { RecognisedSheet } from '../recogniseWorkbook';
import { PARTICIPANTS } from '../schema';
import { schemaIndex } from '../schemaIndex';
import { IdRegistry } from './idRegistry';
import type { Writable } from './writable';

const C = schemaIndex(PARTICIPANTS);

/**
 * Participants rows → records (input-workbook.md, Participants): ids unique; InProgram from the
 * column, else from ProgramStart being filled; origin (ProgramStart for participants, EligibleDate
 * for the comparison pool) blank → left out of time-to-event metrics (warning), after the as-of date
 * → not started (info); ExitDate before the origin → the row is left out; ProgramEnd before
 * ProgramStart → ProgramEnd ignored; ReadyDate before ProgramStart → left out of readiness; HireDate
 * after the as-of date, or after EligibleDate or ProgramStart (hired after entering the pool or the
 * program: out of order) → HireDate ignored (warning).
 */
export function participantsFromRows(
  rec: RecognisedSheet,
  date: DateContext & { readonly asOf: Day },
  problems: Problem[],
): { records: Participant[]; rowsRead: number; rowsLeftOut: number; index: ReadonlyMap<string, number> } {
  const records: Participant[] = [];
  const ids = new IdRegistry((i) => records[i].row);
  const has = (name: string) => rec.header.bySchema[C[name]] >= 0;
  const hasEligible = has('EligibleDate');
  const hasStart = has('ProgramStart');

  const counts = readRows(rec, date, problems, (v, attributes, cur) => {
    const personId = v[C.PersonID] as string;
    if (!ids.claim(personId, C.PersonID, 'PersonID', cur)) return false;

    const programStart = v[C.ProgramStart] as Day | undefined;
    const inProgram = (v[C.InProgram] as boolean | undefined) ?? programStart !== undefined;
    const eligibleDate = v[C.EligibleDate] as Day | undefined;
    const originColumn = inProgram ? C.ProgramStart : C.EligibleDate;
    const origin = inProgram ? programStart : eligibleDate;
    const exitDate = v[C.ExitDate] as Day | undefined;

    if (origin === undefined) {
      if (inProgram ? hasStart : hasEligible) {
        if (cur.text(originColumn) === '') {
          cur.problem(
            originColumn,
            'warning',
            'missing-value',
            inProgram
              ? 'This participant has no ProgramStart, so they are left out of retention and readiness.'
              : 'This person (comparison pool) has no EligibleDate, so they are left out of the comparison pool’s retention.',
            inProgram ? 'Fill in the date the person started the program.' : 'Fill in the date the person entered the eligible pool.',
          );
        }
      }
    } else if (origin > date.asOf) {
      cur.problem(
        originColumn,
        'info',
        'not-started',
        `${inProgram ? 'ProgramStart' : 'EligibleDate'} ${isoFromDay(origin)} is after the as-of date ${isoFromDay(
          date.asOf,
        )}: not started yet, so left out of time-to-event metrics.`,
        'Nothing to do if the date is right.',
      );
    }

    if (exitDate !== undefined && origin !== undefined && exitDate < origin) {
      cur.problem(
        C.ExitDate,
        'error',
        'date-order',
        `ExitDate ${isoFromDay(exitDate)} is before ${inProgram ? 'ProgramStart' : 'EligibleDate'} ${isoFromDay(
          origin,
        )}; the row is left out.`,
        'Correct whichever of the two dates is wrong.',
      );
      return false;
    }

    const level = v[C.Level] as { text: string; number?: number } | undefined;
    // every record has every property (undefined where blank): one object shape for all rows
    const p: Writable<Participant> = {
      row: cur.row,
      personId,
      name: v[C.Name] as string | undefined,
      inProgram,
      cohort: v[C.Cohort] as string | undefined,
      track: v[C.Track] as string | undefined,
      businessUnit: v[C.BusinessUnit] as string | undefined,
      function: v[C.Function] as string | undefined,
      location: v[C.Location] as string | undefined,
      level: level?.text,
      levelNumber: level?.number,
      managerId: v[C.ManagerID] as string | undefined,
      highPotential: v[C.HighPotential] as boolean | undefined,
      eligibleDate,
      programStart,
      programEnd: undefined,
      status: v[C.Status] as ParticipantStatus | undefined,
      exitDate,
      exitType: v[C.ExitType] as ExitType | undefined,
      regrettable: v[C.Regrettable] as boolean | undefined,
      readyDate: undefined,
      excludedFromReadiness: undefined,
      readinessRating: v[C.ReadinessRating] as ReadinessRating | undefined,
      targetRole: v[C.TargetRole] as string | undefined,
      hireDate: undefined,
      attributes: attributes ?? {},
    };

    const programEnd = v[C.ProgramEnd] as Day | undefined;
    p.programEnd = dateNotBefore(cur, C.ProgramEnd, 'ProgramEnd', programEnd, 'ProgramStart', programStart, 'Correct whichever of the two dates is wrong.');

    const readyDate = v[C.ReadyDate] as Day | undefined;
    if (readyDate !== undefined) {
      p.readyDate = readyDate;
      if (programStart !== undefined && readyDate < programStart) {
        p.excludedFromReadiness = true;
        cur.problem(
          C.ReadyDate,
          'warning',
          'date-order',
          `ReadyDate ${isoFromDay(readyDate)} is before ProgramStart ${isoFromDay(
            programStart,
          )}; the person is left out of time-to-readiness.`,
          'Correct the date, or leave ReadyDate blank if the person was ready before joining.',
        );
      }
    }
    p.hireDate = checkedHireDate(cur, v[C.HireDate] as Day | undefined, date.asOf, eligibleDate, programStart);
    ids.keep(personId, records.length);
    records.push(p);
    return true;
  });
  return { records, index: ids.index, ...counts };
}

/**
 * HireDate (impact.md: the tenure of the matched comparison), checked as the other dates of the row
 * (input-workbook.md, "dates that are ... out of order"): a HireDate after the as-of date, or after
 * the EligibleDate or ProgramStart of the person (nobody enters the pool or the program before being
 * hired), is reported and ignored (warning; the row is used). Returns the date to keep.
 */
function checkedHireDate(cur: RowCursor, hireDate: Day | undefined, asOf: Day, eligibleDate: Day | undefined, programStart: Day | undefined): Day | undefined {
  if (hireDate === undefined) return undefined;
  if (hireDate > asOf) {
    cur.problem(
      C.HireDate,
      'warning',
      'date-order',
      `HireDate ${isoFromDay(hireDate)} is after the as-of date ${isoFromDay(asOf)}; HireDate is ignored.`,
      'Correct the date of hire, or choose a later as-of date if the person has been hired since.',
    );
    return undefined;
  }
  // the earlier of the two when both are before the hire
  let name: string | undefined;
  let before: Day | undefined;
  for (const [n, d] of [['EligibleDate', eligibleDate], ['ProgramStart', programStart]] as const) {
    if (d !== undefined && d < hireDate && (before === undefined || d < before)) [name, before] = [n, d];
  }
  if (name === undefined || before === undefined) return hireDate;
  cur.problem(
    C.HireDate,
    'warning',
    'date-order',
    `HireDate ${isoFromDay(hireDate)} is after ${name} ${isoFromDay(before)}; HireDate is ignored.`,
    'Correct whichever of the two dates is wrong (for a person hired again, the date of the first hire).',
  );
  return undefined;
}
