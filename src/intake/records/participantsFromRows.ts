import type { Day } from '../../model/day';
import type { Problem } from '../../model/problem';
import type { ExitType, Participant, ParticipantStatus, ReadinessRating } from '../../model/records';
import { isoFromDay } from '../../calendar/isoFromDay';
import type { DateContext } from '../coerce/coerceDate';
import { readRows } from '../readRows';
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
 * ProgramStart → ProgramEnd ignored; ReadyDate before ProgramStart → left out of readiness.
 */
export function participantsFromRows(
  rec: RecognisedSheet,
  date: DateContext & { readonly asOf: Day },
  problems: Problem[],
): { records: Participant[]; rowsRead: number; rowsLeftOut: number } {
  const records: Participant[] = [];
  const ids = new IdRegistry();
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

    const p: Writable<Participant> = {
      ref: { sheet: cur.sheet, row: cur.row },
      personId,
      inProgram,
      attributes: attributes ?? {},
    };
    setText(p, 'name', v[C.Name]);
    setText(p, 'cohort', v[C.Cohort]);
    setText(p, 'track', v[C.Track]);
    setText(p, 'businessUnit', v[C.BusinessUnit]);
    setText(p, 'function', v[C.Function]);
    setText(p, 'location', v[C.Location]);
    setText(p, 'targetRole', v[C.TargetRole]);
    setText(p, 'managerId', v[C.ManagerID]);
    const level = v[C.Level] as { text: string; number?: number } | undefined;
    if (level) {
      p.level = level.text;
      if (level.number !== undefined) p.levelNumber = level.number;
    }
    if (v[C.HighPotential] !== undefined) p.highPotential = v[C.HighPotential] as boolean;
    if (eligibleDate !== undefined) p.eligibleDate = eligibleDate;
    if (programStart !== undefined) p.programStart = programStart;
    if (v[C.Status] !== undefined) p.status = v[C.Status] as ParticipantStatus;
    if (exitDate !== undefined) p.exitDate = exitDate;
    if (v[C.ExitType] !== undefined) p.exitType = v[C.ExitType] as ExitType;
    if (v[C.Regrettable] !== undefined) p.regrettable = v[C.Regrettable] as boolean;
    if (v[C.ReadinessRating] !== undefined) p.readinessRating = v[C.ReadinessRating] as ReadinessRating;

    const programEnd = v[C.ProgramEnd] as Day | undefined;
    if (programEnd !== undefined) {
      if (programStart !== undefined && programEnd < programStart) {
        cur.problem(
          C.ProgramEnd,
          'warning',
          'date-order',
          `ProgramEnd ${isoFromDay(programEnd)} is before ProgramStart ${isoFromDay(programStart)}; ProgramEnd is ignored.`,
          'Correct whichever of the two dates is wrong.',
        );
      } else p.programEnd = programEnd;
    }

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
    records.push(p);
    return true;
  });
  return { records, ...counts };
}

function setText<K extends 'name' | 'cohort' | 'track' | 'businessUnit' | 'function' | 'location' | 'targetRole' | 'managerId'>(
  p: Writable<Participant>,
  key: K,
  value: unknown,
): void {
  if (typeof value === 'string' && value !== '') p[key] = value;
}
