import { cellAddress } from '../excel/a1Address';
import { METRIC_DEFINITIONS } from '../metrics/definitions';
import { TILE_CHANGE, TILE_DEFINITIONS } from './tileDefinitions';
import type { RefreshReport } from '../report/refreshReport';
import { type HistoryRow, historyToValues } from './history';
import { type PlanValue, type SheetPlan, emptySheet } from './plan';
import { isShown } from './reportValues';
import { HEADER_STYLE } from './styles';

/** A sheet that is one Excel table: a title line, then the table with its header, frozen under it. */
function tableSheet(
  role: SheetPlan['role'],
  name: string,
  tableName: string,
  title: string,
  rows: readonly (readonly PlanValue[])[],
  widths: readonly number[],
  formats: readonly (string | undefined)[] = [],
): SheetPlan {
  const width = rows[0].length;
  const last = cellAddress(2 + rows.length - 1, width);
  const sheet = emptySheet(role, name);
  const columnFormats = formats.flatMap((f, i) => (f && rows.length > 1 ? [{ range: `${cellAddress(3, i + 1)}:${cellAddress(rows.length + 1, i + 1)}`, style: { numberFormat: f } }] : []));
  return {
    ...sheet,
    blocks: [
      { at: 'A1', values: [[title, ...Array<PlanValue>(width - 1).fill(null)]] },
      { at: 'A2', values: rows },
    ],
    styles: [{ range: 'A1', style: { bold: true, size: 14 } }, { range: `A2:${cellAddress(2, width)}`, style: HEADER_STYLE }, ...columnFormats],
    columnWidths: widths,
    freeze: { rows: 2, columns: 0 },
    tables: [{ name: tableName, range: `A2:${last}`, style: 'TableStyleLight9' }],
  };
}

/**
 * Data Quality (dashboards.md, 7): every problem from intake (severity, sheet, cell, value, what to do),
 * as a table. The values found and the messages can hold ids and names, so a copy shared with the
 * board (`personLevel: false`, the same switch as Analyst Detail) gets the problems counted by sheet
 * and kind instead, with what to do, and no cell values.
 */
export function dataQualitySheet(report: RefreshReport, name = 'Data Quality', options: { personLevel: boolean } = { personLevel: true }): SheetPlan {
  const dq = report.dataQuality;
  const title = `Data quality: ${dq.errors} errors, ${dq.warnings} warnings, ${dq.notes} notes (as of ${report.asOf})`;
  if (!options.personLevel) {
    const kinds = new Map<string, { severity: string; sheet: string; code: string; count: number; fix: string }>();
    for (const p of dq.problems) {
      const key = `${p.severity}\u0000${p.sheet}\u0000${p.code}`;
      const k = kinds.get(key) ?? { severity: p.severity, sheet: p.sheet, code: p.code, count: 0, fix: p.fix };
      k.count += 1;
      kinds.set(key, k);
    }
    const rows: PlanValue[][] = [['Severity', 'Sheet', 'Kind of problem', 'Cells', 'What to do']];
    for (const k of kinds.values()) rows.push([k.severity, k.sheet, k.code, k.count, k.fix]);
    if (rows.length === 1) rows.push(['none', null, 'No problems were found in the input sheets.', 0, null]);
    return tableSheet('dataQuality', name, 'CadreDataQuality', `${title}; counted by kind (cells and values are listed only in the analyst's copy)`, rows, [10, 18, 30, 8, 70]);
  }
  const rows: PlanValue[][] = [['Severity', 'Sheet', 'Cell', 'Column', 'Value found', 'What is wrong', 'What to do']];
  for (const p of dq.problems) rows.push([p.severity, p.sheet, p.cell, p.column, p.value, p.message, p.fix]);
  if (rows.length === 1) rows.push(['none', null, null, null, null, 'No problems were found in the input sheets.', null]);
  return tableSheet('dataQuality', name, 'CadreDataQuality', title, rows, [10, 18, 8, 16, 24, 70, 60]);
}

/** History (dashboards.md, 5): one row per (quarter, metric, segment), as a table. */
export function historySheet(rows: readonly HistoryRow[], name = 'Cadre History'): SheetPlan {
  const values = historyToValues(rows);
  if (values.length === 1) values.push(['', 'no history yet', '', null, null, null, null, '', '']);
  return tableSheet('history', name, 'CadreHistory', 'History: key figures by quarter (Source recomputed: figured by a later refresh as of that quarter’s end, with its data)', values, [10, 34, 28, 10, 10, 10, 8, 27, 12], [
    undefined,
    undefined,
    undefined,
    '0.000',
    '0.000',
    '0.000',
    '0',
  ]);
}

/**
 * Definitions (dashboards.md, 6): every metric in plain words with its formula and population (from
 * `METRIC_DEFINITIONS`, the source the code's documentation cites); what each Board Dashboard tile
 * counts (`TILE_DEFINITIONS`, the source of the tiles' labels: its figure and its one population);
 * then the settings and the data this refresh used, with the input fingerprint.
 */
export function definitionsSheet(report: RefreshReport, name = 'Definitions'): SheetPlan {
  const rows: PlanValue[][] = [['Metric', 'What it means', 'How it is computed', 'Who is counted', 'Specification']];
  for (const d of METRIC_DEFINITIONS) rows.push([d.name, d.words, d.formula, d.population, d.spec]);
  // what each Board Dashboard tile counts, below the table after a blank row
  const tilesAt = rows.length + 3;
  const tiles: PlanValue[][] = [
    ['What each Board Dashboard tile counts', null, null],
    ['Tile', 'Its figure', 'Who is counted'],
    ...Object.values(TILE_DEFINITIONS).map((t) => [t.label, t.figure, t.population]),
    [TILE_CHANGE, null, null],
  ];
  const settingsAt = tilesAt + tiles.length + 2;
  const c = report.counts;
  const settings: PlanValue[][] = [
    ['Settings and data of this refresh', null],
    ['As-of date', report.asOf],
    ['Reporting quarter', report.quarter],
    ['Refreshed at', report.refreshedAt],
    ['Minimum group size (k)', report.minGroup],
    ['Demographic attributes', report.attributes.join(', ') || 'none'],
    ['Four-fifths screen', 'impact ratio below 0.80 (a screening rule, not a legal finding)'],
    ['Significance', 'Benjamini–Hochberg adjusted p below 0.05 across all tests of the refresh'],
    ...matchingSettings(report),
    ['Participants / comparison pool', `${c.participants} / ${c.comparison}`],
    ['Mentors, pairings, rotations, survey answers', `${c.mentors}, ${c.pairings}, ${c.rotations}, ${c.surveyAnswers}`],
    ['Input fingerprint', report.inputFingerprint],
  ];
  const sheet = tableSheet('definitions', name, 'CadreDefinitions', 'Definitions', rows, [34, 60, 70, 50, 28]);
  return {
    ...sheet,
    blocks: [...sheet.blocks, { at: `A${settingsAt}`, values: settings }, { at: `A${tilesAt}`, values: tiles }],
    merges: [...sheet.merges, `A${tilesAt + tiles.length - 1}:C${tilesAt + tiles.length - 1}`],
    styles: [
      ...sheet.styles,
      { range: `A${settingsAt}`, style: { bold: true, size: 12 } },
      { range: `A${settingsAt + 1}:A${settingsAt + settings.length - 1}`, style: { bold: true } },
      { range: `A${tilesAt}`, style: { bold: true, size: 12 } },
      { range: `A${tilesAt + 1}:C${tilesAt + 1}`, style: HEADER_STYLE },
      { range: `A${tilesAt + 2}:C${tilesAt + tiles.length - 2}`, style: { border: 'thin', vertical: 'top' } },
      { range: `A${tilesAt + tiles.length - 1}`, style: { italic: true, wrap: true, vertical: 'top' } },
    ],
  };
}

/**
 * The settings of the matched comparison this refresh used (impact.md): controls per participant
 * (1:k), the matching variables in order and those skipped with why, the balance threshold; where
 * matching did not run, why.
 */
function matchingSettings(report: RefreshReport): PlanValue[][] {
  const m = report.impact.matching;
  if (!isShown(m)) return [['Matched comparison', m.reason]];
  return [
    ['Matched colleagues per participant (1:k)', m.k],
    ['Matching variables (exact, in order)', m.variables.join(', ') || 'none'],
    ['Matching variables skipped', m.skipped.map((v) => `${v.variable} (${v.reason})`).join('; ') || 'none'],
    ['Balanced', '|SMD| below 0.1 (Austin 2009)'],
  ];
}
