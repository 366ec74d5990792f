import { buildWorkbookPlan } from '../../../dashboard/buildPlan';
import type { SheetPlan, WorkbookPlan } from '../../../dashboard/plan';
import { intake } from '../../../intake/intake';
import { refreshReport } from '../../../report/refreshReport';
import { generateSample } from '../../../sample/generateSample';

/** When the sample's refresh ran, in every test. */
export const REFRESHED_AT = new Date(Date.UTC(2026, 9, 1, 8, 30));

/** The standard sample's refresh report (seed 42), as `cadre refresh` computes it. */
export function sampleReport(size: 'standard' | 'large' = 'standard') {
  const sample = generateSample({ size, seed: 42 });
  return refreshReport({ asOf: sample.asOf, minGroup: 5, refreshedAt: REFRESHED_AT, inputFingerprint: 'sha256:test' }, intake(sample.sheets, { asOf: sample.asOf }));
}

/** The standard sample's whole workbook plan (all seven sheets, no earlier history). */
export function samplePlan(): WorkbookPlan {
  return buildWorkbookPlan(sampleReport(), { history: [], analystDetail: true });
}

export const TRICKY = "It's Tricky";

/** Text Excel would read as a formula or a number if it were typed. */
export const TRICKY_TEXT = ['=HYPERLINK("http://example.com","click")', '+1', '-2', '@SUM(A1)', '007', '\tTabbed', 'TRUE', '1/2'] as const;

/**
 * A sheet exercising what the real plan may not: formula-like and number-like text in a table and
 * outside it, a table whose header needs Excel's renaming, a merge, a chart, every view and print
 * setting, and a sheet name with an apostrophe.
 */
export function trickySheet(): SheetPlan {
  const rows = TRICKY_TEXT.map((t, i) => [t, i + 0.5, i % 2 === 0]);
  const last = 3 + rows.length; // table A3:C{last}
  return {
    role: 'analyst',
    name: TRICKY,
    blocks: [
      { at: 'A1', values: [['Text that must stay text', null, null]] },
      { at: 'A3', values: [['Text', 'Number', 'Flag'], ...rows] },
      { at: 'E3', values: [['=1+1', 3.25, true, null, '-5']] },
      { at: 'E6', values: [['merged tile', null, null]] },
      { at: 'E14', values: [['Group', 'Group', null, 5], ['a', 'b', 'c', 'd']] },
    ],
    styles: [
      { range: 'A1', style: { bold: true, size: 14 } },
      { range: 'A1', style: { fill: 'DDEBF7', size: 16 } },
      { range: 'A3:C3', style: { bold: true, fill: '0F6E5A', color: 'FFFFFF', vertical: 'center', wrap: true } },
      { range: `B4:B${last}`, style: { numberFormat: '0.00', horizontal: 'right' } },
      { range: 'E6:G7', style: { border: 'thin', horizontal: 'center' } },
      { range: 'E7:G7', style: { border: 'bottom' } },
    ],
    merges: ['E6:G7'],
    columnWidths: [40, 12, 8, 4, 14, 14, 14],
    rowHeights: [{ row: 1, height: 30 }, { row: 6, height: 24 }],
    showGridlines: false,
    tabColor: '0F6E5A',
    freeze: { rows: 3, columns: 1 },
    tables: [
      { name: 'CadreTricky', range: `A3:C${last}` },
      { name: 'CadreRenamed', range: 'E14:H15', style: 'TableStyleMedium2' },
    ],
    conditionalFormats: [{ range: `A4:A${last}`, rules: [{ equals: '007', fill: 'F4CCCC', color: '9C0006' }, { equals: 'say "hi"', fill: 'FFF2CC', color: '7F6000' }] }],
    charts: [
      {
        sheet: TRICKY,
        kind: 'column',
        title: 'Numbers',
        categories: `'It''s Tricky'!$A$4:$A$${last}`,
        series: [{ name: 'Number', values: `'It''s Tricky'!$B$4:$B$${last}` }],
        anchor: { from: { col: 8, row: 2 }, to: { col: 15, row: 18 } },
      },
    ],
    print: { orientation: 'landscape', fitToOnePageWide: true },
    protect: true,
  };
}

/** The sample plan with the tricky sheet added last, and two names on it. */
export function planWithTrickySheet(plan: WorkbookPlan): WorkbookPlan {
  return {
    sheets: [...plan.sheets, trickySheet()],
    names: [...plan.names, { name: 'Cadre.TrickyNumber', sheet: TRICKY, ref: 'F3', comment: 'a number & a "comment"' }, { name: 'Cadre.TrickyText', sheet: TRICKY, ref: 'A4:A11' }],
  };
}
