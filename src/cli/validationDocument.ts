import type { IntakeResult } from '../intake/intake';
import { isoFromDay } from '../calendar/isoFromDay';
import type { Day } from '../model/day';

/**
 * The JSON document of `cadre validate --json FILE`: what was recognised, the row counts, and the
 * data-quality problems in the same shape as the `dataQuality` part of `cadre refresh --json`
 * (cli.md). Documented in schema/validate.schema.json.
 */
export function validationDocument(file: string, asOf: Day, result: IntakeResult) {
  const count = (s: string) => result.problems.filter((p) => p.severity === s).length;
  const { data } = result;
  return {
    schemaVersion: 1,
    file,
    asOf: isoFromDay(asOf),
    canCompute: result.canCompute,
    counts: {
      participants: data.participants.filter((p) => p.inProgram).length,
      comparison: data.participants.filter((p) => !p.inProgram).length,
      mentors: data.mentors.length,
      pairings: data.pairings.length,
      rotations: data.rotations.length,
      surveyAnswers: data.surveys.length,
    },
    attributes: data.attributes,
    sheets: result.sheets.map((s) => ({
      canonical: s.canonical,
      sheet: s.sheet ?? null,
      how: s.how ?? null,
      headerRow: s.headerRow ?? null,
      rowsRead: s.rowsRead,
      rowsLeftOut: s.rowsLeftOut,
      columns: s.columns.map((c) => ({ canonical: c.canonical, header: c.header, cell: c.cell, how: c.how })),
      missing: s.missing,
      unrecognised: s.unrecognised,
    })),
    dataQuality: {
      errors: count('error'),
      warnings: count('warning'),
      notes: count('info'),
      problems: result.problems.map((p) => ({
        severity: p.severity,
        code: p.code,
        sheet: p.sheet,
        cell: p.cell,
        column: p.column ?? null,
        value: p.value ?? null,
        message: p.message,
        fix: p.fix,
      })),
    },
  };
}
