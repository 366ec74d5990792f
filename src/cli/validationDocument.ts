import type { IntakeResult } from '../intake/intake';
import { dataQualityReport } from '../report/dataQualityReport';
import { inputCounts } from '../metrics/inputCounts';
import { isoFromDay } from '../calendar/isoFromDay';
import type { Day } from '../model/day';

/**
 * The JSON document of `cadre validate --json FILE`: what was recognised, the row counts, and the
 * data-quality problems in the same shape as the `dataQuality` part of `cadre refresh --json`
 * (cli.md). Documented in schema/validate.schema.json.
 */
export function validationDocument(file: string, asOf: Day, result: IntakeResult) {
  const { data } = result;
  return {
    schemaVersion: 1,
    file,
    asOf: isoFromDay(asOf),
    canCompute: result.canCompute,
    counts: inputCounts(data),
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
    dataQuality: dataQualityReport(result.problems),
  };
}
