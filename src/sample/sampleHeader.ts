import type { SheetSpec } from '../intake/schema';

/**
 * The columns of the sample's sheets: the canonical schema's order with the demographic attributes
 * (Gender, Ethnicity) after Location on Participants and Mentors, and the number format of each
 * column for the .xlsx writer.
 */

/** The demographic attribute columns of the sample. */
export const SAMPLE_ATTRIBUTES: readonly string[] = ['Gender', 'Ethnicity'];

/** The number format of the sample's date columns. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Every column of a canonical sheet, as the templates write them: the schema's order, the demographic
 * attributes after Location on Participants and Mentors.
 */
export function inputHeader(spec: SheetSpec): string[] {
  const out: string[] = [];
  for (const c of spec.columns) {
    out.push(c.name);
    if (c.name === 'Location' && (spec.name === 'Participants' || spec.name === 'Mentors')) {
      out.push(...SAMPLE_ATTRIBUTES);
    }
  }
  return out;
}

/** The column headers the sample writes for a canonical sheet: every column (`inputHeader`). */
export function sampleHeader(spec: SheetSpec): string[] {
  return inputHeader(spec);
}

/** Per column of the sample's header: `DATE_FORMAT` for a date column, null otherwise. */
export function sampleNumberFormats(spec: SheetSpec): (string | null)[] {
  return sampleHeader(spec).map((h) => (spec.columns.find((c) => c.name === h)?.type === 'date' ? DATE_FORMAT : null));
}

/** Column name → index in a header. */
export function columnIndex(header: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  header.forEach((h, k) => (out[h] = k));
  return out;
}
