import type { Mapping, SheetMapping } from '../model/mapping';
import type { CanonicalSheet } from '../model/program';
import { SHEETS } from './schema';

/** A mapping (JSON) that is not of the documented shape; the message says what is wrong and where. */
export class MappingError extends Error {
  override readonly name = 'MappingError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a parsed mapping document (the JSON the task pane saves in the workbook, or `--mapping FILE`)
 * and returns it typed. Throws `MappingError` naming the first thing wrong, e.g.
 * `mapping.sheets.Participants.columns.PersonId: no such column (did you mean PersonID?)`.
 */
export function parseMapping(json: unknown): Mapping {
  if (!isObject(json)) throw new MappingError('mapping: expected a JSON object such as {"version": 1, "sheets": {...}}');
  if (json.version !== 1) throw new MappingError(`mapping.version: expected 1, found ${JSON.stringify(json.version)}`);
  for (const key of Object.keys(json)) {
    if (!['version', 'sheets', 'attributes', 'dateOrder'].includes(key)) {
      throw new MappingError(`mapping.${key}: unknown field (expected version, sheets, attributes, dateOrder)`);
    }
  }
  const out: { version: 1; sheets?: Partial<Record<CanonicalSheet, SheetMapping>>; attributes?: string[]; dateOrder?: 'DMY' | 'MDY' } = {
    version: 1,
  };
  if (json.dateOrder !== undefined) {
    if (json.dateOrder !== 'DMY' && json.dateOrder !== 'MDY') {
      throw new MappingError(`mapping.dateOrder: expected "DMY" or "MDY", found ${JSON.stringify(json.dateOrder)}`);
    }
    out.dateOrder = json.dateOrder;
  }
  if (json.attributes !== undefined) {
    if (!Array.isArray(json.attributes) || !json.attributes.every((a) => typeof a === 'string' && a.trim() !== '')) {
      throw new MappingError('mapping.attributes: expected a list of column headers, e.g. ["Gender", "Ethnicity"]');
    }
    out.attributes = json.attributes.map((a: string) => a.trim());
  }
  if (json.sheets !== undefined) {
    if (!isObject(json.sheets)) throw new MappingError('mapping.sheets: expected an object keyed by sheet (Participants, Mentors, ...)');
    const sheets: Partial<Record<CanonicalSheet, SheetMapping>> = {};
    for (const [name, value] of Object.entries(json.sheets)) {
      const spec = SHEETS.find((s) => s.name === name);
      if (!spec) {
        const near = SHEETS.find((s) => s.name.toLowerCase() === name.toLowerCase());
        throw new MappingError(
          `mapping.sheets.${name}: no such sheet${near ? ` (did you mean ${near.name}?)` : ''}; expected one of ${SHEETS.map((s) => s.name).join(', ')}`,
        );
      }
      const where = `mapping.sheets.${name}`;
      if (!isObject(value)) throw new MappingError(`${where}: expected an object with sheet, headerRow, columns`);
      const sm: { sheet?: string | null; headerRow?: number; columns?: Record<string, string | null> } = {};
      for (const key of Object.keys(value)) {
        if (!['sheet', 'headerRow', 'columns'].includes(key)) throw new MappingError(`${where}.${key}: unknown field (expected sheet, headerRow, columns)`);
      }
      if (value.sheet !== undefined) {
        if (value.sheet !== null && (typeof value.sheet !== 'string' || value.sheet.trim() === '')) {
          throw new MappingError(`${where}.sheet: expected a sheet name or null`);
        }
        sm.sheet = value.sheet;
      }
      if (value.headerRow !== undefined) {
        if (typeof value.headerRow !== 'number' || !Number.isInteger(value.headerRow) || value.headerRow < 1) {
          throw new MappingError(`${where}.headerRow: expected a row number (1 or more)`);
        }
        sm.headerRow = value.headerRow;
      }
      if (value.columns !== undefined) {
        if (!isObject(value.columns)) throw new MappingError(`${where}.columns: expected an object of column → header`);
        const columns: Record<string, string | null> = {};
        for (const [col, header] of Object.entries(value.columns)) {
          if (!spec.columns.some((c) => c.name === col)) {
            const near = spec.columns.find((c) => c.name.toLowerCase() === col.toLowerCase());
            throw new MappingError(`${where}.columns.${col}: no such column${near ? ` (did you mean ${near.name}?)` : ''}`);
          }
          if (header !== null && (typeof header !== 'string' || header.trim() === '')) {
            throw new MappingError(`${where}.columns.${col}: expected the header text, or null for "not in this workbook"`);
          }
          columns[col] = header;
        }
        sm.columns = columns;
      }
      sheets[spec.name] = sm;
    }
    out.sheets = sheets;
  }
  return out;
}
