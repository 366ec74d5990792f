import { excelSerialFromDay } from '../calendar/dayFromExcelSerial';
import { MEASURES, MENTORS, PAIRINGS, PARTICIPANTS, PREFERENCES, ROTATIONS } from '../intake/schema';
import type { CellValue } from '../model/cell';
import type { Day } from '../model/day';
import type { Cohort } from './cohorts';
import type { Lifecycle } from './lifecycle';
import type { SampleMeasures } from './measures';
import type { Wish } from './mentorRequests';
import { nodeOfMentor } from './mentorRoster';
import type { Pool } from './pool';
import { idOfNode } from './reportingTree';
import { columnIndex, sampleHeader } from './sampleHeader';
import { ROLE_NAMES, TYPE_INTERNAL, TYPE_NAMES, TYPE_SPONSOR, type MentorRec, type RotationRec, type Slot } from './sampleRecords';
import type { Program } from './selection';
import * as V from './vocabulary';

/**
 * The rows of the Participants, Mentors, Pairings and Rotations sheets (header row first) from the
 * generated records, as Office.js `Range.values` gives them: dates as Excel 1900-system serials,
 * booleans as "Y"/"N", blanks as null. No random draws and no planted finding (the Surveys sheet is
 * written by `surveys.ts`). Writing the Pairings sheet numbers each slot's row, which the planted
 * findings report.
 */

const serial = (d: Day): number => excelSerialFromDay(d, '1900');
const day = (d: Day): number | null => (Number.isNaN(d) ? null : serial(d));
const yn = (b: boolean): string => (b ? 'Y' : 'N');

export function participantRows(
  pool: Pool,
  program: Program,
  life: Lifecycle,
  cohorts: readonly Cohort[],
  mentors: readonly MentorRec[],
  parent: Int32Array,
  measures: SampleMeasures,
): CellValue[][] {
  const header = sampleHeader(PARTICIPANTS);
  const c = columnIndex(header);
  const rows: CellValue[][] = [header];
  for (let i = 0; i < pool.size; i++) {
    const row = new Array<CellValue>(header.length).fill(null);
    const inP = program.inProgram[i] === 1;
    row[c.PersonID] = pool.personId[i];
    row[c.Name] = pool.personName[i];
    row[c.InProgram] = yn(inP);
    row[c.Cohort] = inP ? cohorts[program.cohortOf[i]].name : null;
    row[c.Track] = inP ? V.TRACKS[program.trackOf[i]] : null;
    row[c.BusinessUnit] = V.BUSINESS_UNITS[pool.bu[i]];
    row[c.Function] = V.FUNCTIONS[pool.fn[i]];
    row[c.Location] = V.LOCATIONS[pool.loc[i]];
    row[c.Gender] = V.GENDERS[pool.gender[i]];
    row[c.Ethnicity] = V.ETHNICITIES[pool.eth[i]];
    row[c.Level] = pool.level[i];
    row[c.ManagerID] = idOfNode(pool, mentors, parent[i]);
    row[c.HighPotential] = yn(life.hipo[i] === 1);
    row[c.EligibleDate] = day(life.eligible[i]);
    row[c.HireDate] = day(measures.hireDate[i]);
    row[c.ProgramStart] = day(life.programStart[i]);
    row[c.ProgramEnd] = day(life.programEnd[i]);
    row[c.Status] = life.status[i] >= 0 ? V.STATUSES[life.status[i]] : null;
    row[c.ExitDate] = day(life.exitDate[i]);
    row[c.ExitType] = life.exitType[i] >= 0 ? V.EXIT_TYPES[life.exitType[i]] : null;
    row[c.Regrettable] = life.regrettable[i] >= 0 ? yn(life.regrettable[i] === 1) : null;
    row[c.ReadyDate] = day(life.readyDate[i]);
    row[c.ReadinessRating] = life.readiness[i] >= 0 ? V.READINESS[life.readiness[i]] : null;
    row[c.TargetRole] = life.targetRole[i] >= 0 ? V.TARGET_ROLES[life.targetRole[i]] : null;
    rows.push(row);
  }
  return rows;
}

/** Mentors sheet order: sponsors (top executive first), internal mentors, external coaches. */
function sheetRank(m: MentorRec): number {
  return m.type === TYPE_SPONSOR ? 0 : m.type === TYPE_INTERNAL ? 1 : 2;
}

export function mentorRows(pool: Pool, mentors: readonly MentorRec[], parent: Int32Array): CellValue[][] {
  const header = sampleHeader(MENTORS);
  const c = columnIndex(header);
  const rows: CellValue[][] = [header];
  const order = mentors.map((m, k) => k).sort((a, b) => sheetRank(mentors[a]) - sheetRank(mentors[b]) || a - b);
  for (const k of order) {
    const m = mentors[k];
    const row = new Array<CellValue>(header.length).fill(null);
    const node = nodeOfMentor(mentors, pool.size, k);
    row[c.MentorID] = m.id;
    row[c.Name] = m.name;
    row[c.MentorType] = TYPE_NAMES[m.type];
    row[c.Level] = Number.isNaN(m.level) ? null : m.level;
    row[c.BusinessUnit] = m.bu >= 0 ? V.BUSINESS_UNITS[m.bu] : null;
    row[c.Function] = m.fn >= 0 ? V.FUNCTIONS[m.fn] : null;
    row[c.Location] = V.LOCATIONS[m.loc];
    row[c.Gender] = V.GENDERS[m.gender];
    row[c.Ethnicity] = V.ETHNICITIES[m.eth];
    row[c.ManagerID] = parent[node] >= 0 ? idOfNode(pool, mentors, parent[node]) : null;
    row[c.Capacity] = m.capacity;
    row[c.CapacityHours] = m.capacityHours;
    row[c.Vendor] = m.vendor >= 0 ? V.VENDORS[m.vendor] : null;
    rows.push(row);
  }
  return rows;
}

/** The Pairings sheet; sets each slot's `row`. */
export function pairingRows(personId: readonly string[], mentors: readonly MentorRec[], slots: readonly Slot[]): CellValue[][] {
  const header = sampleHeader(PAIRINGS);
  const c = columnIndex(header);
  const rows: CellValue[][] = [header];
  slots.forEach((s, r) => {
    s.row = r + 2;
    const row = new Array<CellValue>(header.length).fill(null);
    row[c.PersonID] = personId[s.p];
    row[c.MentorID] = mentors[s.mentor].id;
    row[c.Role] = ROLE_NAMES[s.role];
    row[c.Start] = serial(s.start);
    row[c.End] = day(s.end);
    row[c.EndReason] = s.reason;
    row[c.Sessions] = s.sessions;
    row[c.Hours] = s.hours;
    row[c.LastMeeting] = day(s.lastMeeting);
    rows.push(row);
  });
  return rows;
}

export function rotationRows(personId: readonly string[], rotations: readonly RotationRec[]): CellValue[][] {
  const header = sampleHeader(ROTATIONS);
  const c = columnIndex(header);
  const rows: CellValue[][] = [header];
  for (const r of rotations) {
    const row = new Array<CellValue>(header.length).fill(null);
    row[c.PersonID] = personId[r.p];
    row[c.Function] = V.ROTATION_FUNCTIONS[r.fn];
    row[c.Start] = serial(r.start);
    row[c.End] = day(r.end);
    row[c.CheckpointDate] = day(r.cpDate);
    row[c.CheckpointRating] = Number.isNaN(r.cpRating) ? null : r.cpRating;
    row[c.Status] = r.status;
    rows.push(row);
  }
  return rows;
}

/** The Measures sheet: PersonID, Date, Measure, Value (blank for a promotion), by person and date. */
export function measureRows(personId: readonly string[], measures: SampleMeasures): CellValue[][] {
  const header = sampleHeader(MEASURES);
  const c = columnIndex(header);
  const rows: CellValue[][] = [header];
  for (const m of measures.rows) {
    const row = new Array<CellValue>(header.length).fill(null);
    row[c.PersonID] = personId[m.person];
    row[c.Date] = day(m.date);
    row[c.Measure] = m.measure;
    row[c.Value] = m.value;
    rows.push(row);
  }
  return rows;
}

/** The Preferences sheet: PersonID, MentorID, Rank, by person and rank. */
export function preferenceRows(personId: readonly string[], mentors: readonly MentorRec[], wishes: readonly Wish[]): CellValue[][] {
  const header = sampleHeader(PREFERENCES);
  const c = columnIndex(header);
  const rows: CellValue[][] = [header];
  for (const w of wishes) {
    const row = new Array<CellValue>(header.length).fill(null);
    row[c.PersonID] = personId[w.p];
    row[c.MentorID] = mentors[w.mentor].id;
    row[c.Rank] = w.rank;
    rows.push(row);
  }
  return rows;
}
