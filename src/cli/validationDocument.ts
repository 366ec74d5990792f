import type { IntakeResult } from '../intake/intake';
import { SHEETS } from '../intake/schema';
import { dataQualityReport } from '../report/dataQualityReport';
import { inputCounts } from '../metrics/inputCounts';
import { isoFromDay } from '../calendar/isoFromDay';
import type { Day } from '../model/day';

/**
 * The JSON document of `cadre validate --json FILE`: what was recognised, the row counts, and the
 * data-quality problems in the same shape as the `dataQuality` part of `cadre refresh --json`
 * (cli.md). Documented in schema/validate.schema.json. A sheet whose absence is no problem
 * (Measures, Preferences: `quietWhenMissing`) is listed only when the workbook has it, so the document of a
 * workbook without it is what it was before that sheet existed.
 */
const QUIET_WHEN_MISSING: ReadonlySet<string> = new Set(SHEETS.filter((s) => s.quietWhenMissing).map((s) => s.name));

export function validationDocument(file: string, asOf: Day, result: IntakeResult) {
  const { data } = result;
  return {
    schemaVersion: 1,
    file,
    asOf: isoFromDay(asOf),
    canCompute: result.canCompute,
    counts: inputCounts(data),
    attributes: data.attributes,
    sheets: result.sheets.filter((s) => s.sheet !== undefined || !QUIET_WHEN_MISSING.has(s.canonical)).map((s) => ({
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
    dataQuality: dataQualityReport(result.problems),
  };
}
