import type { DateSystem, SheetValues } from '../model/cell';
import type { Day } from '../model/day';
import type { Mapping } from '../model/mapping';
import type { CanonicalSheet, ProgramData, SheetMatch } from '../model/program';
import type { Problem } from '../model/problem';
import type { Measure, Mentor, Pairing, Participant, Preference, Rotation, SurveyAnswer } from '../model/records';
import { addYears } from '../calendar/addYears';
import { dayFromYmd } from '../calendar/dayFromYmd';
import { cellAddress, columnLetters } from '../excel/a1Address';
import { checkManagers } from './checks/checkManagers';
import type { IdLookup } from './checks/idLookup';
import type { DateContext } from './coerce/coerceDate';
import { type RecognisedSheet, recogniseWorkbook } from './recogniseWorkbook';
import { measuresFromRows } from './records/measuresFromRows';
import { mentorsFromRows } from './records/mentorsFromRows';
import { pairingsFromRows } from './records/pairingsFromRows';
import { participantsFromRows } from './records/participantsFromRows';
import { preferencesFromRows } from './records/preferencesFromRows';
import { rotationsFromRows } from './records/rotationsFromRows';
import { surveysFromRows } from './records/surveysFromRows';
import { SHEETS } from './schema';
import { sortProblems } from './sortProblems';

export interface IntakeOptions {
  /** the as-of date: dates more than 10 years after it are implausible; origins after it "not started" */
  readonly asOf: Day;
  /** the workbook's date system for serial numbers (default 1900) */
  readonly dateSystem?: DateSystem;
  readonly mapping?: Mapping;
}

export interface IntakeResult {
  readonly data: ProgramData;
  readonly problems: readonly Problem[];
  readonly sheets: readonly SheetMatch[];
  /** false when nothing can be computed: no Participants sheet, no PersonID column, or no usable row */
  readonly canCompute: boolean;
}

/** Dates before this are implausible (input-workbook.md, Values). */
const EARLIEST = dayFromYmd(1950, 1, 1);

/**
 * The input workbook's sheet values → typed records and the data-quality problems
 * (input-workbook.md). Never throws on cell content: every bad value becomes a problem with its
 * sheet and cell.
 */
export function intake(sheets: readonly SheetValues[], options: IntakeOptions): IntakeResult {
  const problems: Problem[] = [];
  const recognition = recogniseWorkbook(sheets, options.mapping);
  problems.push(...recognition.problems);
  const date: DateContext & { asOf: Day } = {
    dateSystem: options.dateSystem ?? '1900',
    dateOrder: options.mapping?.dateOrder,
    earliest: EARLIEST,
    latest: addYears(options.asOf, 10),
    asOf: options.asOf,
  };

  const usable = new Map<CanonicalSheet, RecognisedSheet>();
  for (const rec of recognition.found.values()) {
    const headerRow = (rec.sheet.firstRow ?? 1) + rec.headerIndex;
    const headerCell = cellAddress(headerRow, rec.sheet.firstColumn ?? 1);
    for (const d of rec.header.duplicates) {
      problems.push({
        severity: 'warning',
        code: 'duplicate-column',
        sheet: rec.sheet.name,
        cell: d.cell,
        column: d.canonical,
        value: d.header,
        message: `This is a second ${d.canonical} column; only the first one is read.`,
        fix: 'Rename or remove one of the two columns, or choose the right one in the mapping.',
      });
    }
    const missingRequired = rec.spec.columns.filter((c, i) => c.required && rec.header.bySchema[i] < 0);
    if (missingRequired.length > 0) {
      const critical = rec.spec.name === 'Participants';
      for (const c of missingRequired) {
        problems.push({
          severity: 'error',
          code: 'missing-column',
          sheet: rec.sheet.name,
          cell: headerCell,
          column: c.name,
          message: critical
            ? `The Participants sheet has no ${c.name} column (row ${headerRow} is its header row), so nothing can be computed.`
            : `The ${rec.spec.name} sheet has no ${c.name} column (row ${headerRow} is its header row), so it is not read; the metrics that need it are not available.`,
          fix: `Add a ${c.name} column (${c.meaning}), or map an existing column to ${c.name}.`,
        });
      }
      continue;
    }
    usable.set(rec.spec.name, rec);
  }

  const counts = new Map<CanonicalSheet, { rowsRead: number; rowsLeftOut: number }>();
  const read = <R extends { rowsRead: number; rowsLeftOut: number }>(name: CanonicalSheet, f: (rec: RecognisedSheet) => R): R | undefined => {
    const rec = usable.get(name);
    if (!rec) return undefined;
    const out = f(rec);
    counts.set(name, out);
    if (out.rowsRead === 0) {
      const headerRow = (rec.sheet.firstRow ?? 1) + rec.headerIndex;
      problems.push({
        severity: name === 'Participants' ? 'error' : 'warning',
        code: 'headers-only',
        sheet: rec.sheet.name,
        cell: cellAddress(headerRow, rec.sheet.firstColumn ?? 1),
        message:
          name === 'Participants'
            ? 'The Participants sheet has a header row but no data rows, so nothing can be computed.'
            : `The ${name} sheet has a header row but no data rows; the metrics that need it are not available.`,
        fix: `Add one row per ${name === 'Surveys' ? 'answer' : name === 'Measures' ? 'observation' : name === 'Preferences' ? 'wish (PersonID, MentorID, Rank)' : 'record'} below the header row.`,
      });
    }
    return out;
  };

  const p = read('Participants', (rec) => participantsFromRows(rec, date, problems));
  const m = read('Mentors', (rec) => mentorsFromRows(rec, date, problems));
  const participants: Participant[] = p?.records ?? [];
  const mentors: Mentor[] = m?.records ?? [];
  const people: IdLookup | undefined = p && { sheet: 'Participants', index: p.index };
  const mentorLookup: IdLookup | undefined = m && { sheet: 'Mentors', index: m.index };
  const pairings: Pairing[] = read('Pairings', (rec) => pairingsFromRows(rec, date, problems, people, mentorLookup, mentors))?.records ?? [];
  const rotations: Rotation[] = read('Rotations', (rec) => rotationsFromRows(rec, date, problems, people))?.records ?? [];
  const known =
    p || m ? (id: string) => (p !== undefined && p.index.has(id)) || (m !== undefined && m.index.has(id)) : undefined;
  const surveys: SurveyAnswer[] = read('Surveys', (rec) => surveysFromRows(rec, date, problems, known))?.records ?? [];
  const measures: Measure[] = read('Measures', (rec) => measuresFromRows(rec, date, problems, people))?.records ?? [];
  const preferences: Preference[] = read('Preferences', (rec) => preferencesFromRows(rec, date, problems, people, mentorLookup))?.records ?? [];

  const managerColumn = (name: 'Participants' | 'Mentors') => {
    const rec = usable.get(name);
    const ci = rec?.header.columns.find((c) => c.canonical === 'ManagerID' && c.how !== 'attribute')?.index;
    return { sheet: rec?.sheet.name ?? name, letters: columnLetters((rec?.sheet.firstColumn ?? 1) + (ci ?? 0)) };
  };
  checkManagers(participants, mentors, p?.index ?? new Map(), m?.index ?? new Map(), {
    participants: managerColumn('Participants'),
    mentors: managerColumn('Mentors'),
  }, problems);

  const participantsSheet = usable.get('Participants');
  if (participantsSheet) {
    const has = (c: string) => participantsSheet.header.columns.some((m) => m.canonical === c && m.how !== 'attribute');
    const headerCell = cellAddress((participantsSheet.sheet.firstRow ?? 1) + participantsSheet.headerIndex, participantsSheet.sheet.firstColumn ?? 1);
    if (!has('ProgramStart')) {
      problems.push({
        severity: 'warning',
        code: 'missing-column',
        sheet: participantsSheet.sheet.name,
        cell: headerCell,
        column: 'ProgramStart',
        message: has('InProgram')
          ? 'The Participants sheet has no ProgramStart column, so retention and readiness of participants are not available.'
          : 'The Participants sheet has neither InProgram nor ProgramStart, so nobody is counted as a participant; participant metrics are not available.',
        fix: 'Add a ProgramStart column (the date each participant started), or map an existing column to it.',
      });
    }
    if (!has('EligibleDate')) {
      problems.push({
        severity: 'info',
        code: 'missing-column',
        sheet: participantsSheet.sheet.name,
        cell: headerCell,
        column: 'EligibleDate',
        message: 'The Participants sheet has no EligibleDate column, so the comparison pool’s retention is not available.',
        fix: 'Add an EligibleDate column (when each person entered the eligible pool) to compare participants with non-participants.',
      });
    }
  }

  const attributes = new Set<string>();
  for (const name of ['Participants', 'Mentors'] as const) {
    for (const a of usable.get(name)?.header.attributes ?? []) attributes.add(a.name);
  }

  const columns = {} as Record<CanonicalSheet, string[]>;
  const sheetMatches: SheetMatch[] = [];
  for (const spec of SHEETS) {
    const rec = recognition.found.get(spec.name);
    const cols = usable.has(spec.name) ? spec.columns.filter((_, i) => rec!.header.bySchema[i] >= 0).map((c) => c.name) : [];
    columns[spec.name] = cols;
    const c = counts.get(spec.name);
    sheetMatches.push({
      canonical: spec.name,
      sheet: rec?.sheet.name,
      how: rec?.how,
      headerRow: rec ? (rec.sheet.firstRow ?? 1) + rec.headerIndex : undefined,
      columns: rec?.header.columns ?? [],
      missing: rec ? spec.columns.filter((_, i) => rec.header.bySchema[i] < 0).map((x) => x.name) : spec.columns.map((x) => x.name),
      unrecognised: rec?.header.unrecognised ?? [],
      rowsRead: c?.rowsRead ?? 0,
      rowsLeftOut: c?.rowsLeftOut ?? 0,
    });
  }

  return {
    data: {
      participants,
      mentors,
      pairings,
      rotations,
      surveys,
      measures,
      preferences,
      attributes: [...attributes],
      sheetNames: Object.fromEntries(SHEETS.map((spec) => [spec.name, usable.get(spec.name)?.sheet.name])) as Record<CanonicalSheet, string | undefined>,
      columns,
      dateSystem: date.dateSystem,
      asOf: options.asOf,
    },
    problems: sortProblems(problems, sheets.map((s) => s.name)),
    sheets: sheetMatches,
    canCompute: participants.length > 0,
  };
}
