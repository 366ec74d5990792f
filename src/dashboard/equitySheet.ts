import { cellAddress } from '../excel/a1Address';
import type { RefreshReport } from '../report/refreshReport';
import { type PlanValue, type SheetPlan, emptySheet } from './plan';
import { fewerThan, shown } from './reportValues';
import { HEADER_STYLE } from './styles';

/** Status colours (fill, font) for the equity tables, as the Board Dashboard uses them too. */
export const STATUS_COLOURS: Readonly<Record<string, { fill: string; color: string }>> = {
  adverse: { fill: 'F4CCCC', color: '9C0006' },
  watch: { fill: 'FFF2CC', color: '7F6000' },
  ok: { fill: 'D9EAD3', color: '274E13' },
  reference: { fill: 'DDEBF7', color: '1F4E79' },
  suppressed: { fill: 'EEEEEE', color: '666666' },
};

/**
 * Equity Detail (dashboards.md, 2): every access test (group, n, rate and interval, reference, impact
 * ratio, p, adjusted p, shortfall, status and its reason) and every outcome-equity figure, as two
 * Excel tables, the status column coloured. A suppressed group shows its labels and "fewer than k",
 * never a figure (equity.md, Privacy).
 */
export function equitySheet(report: RefreshReport, name = 'Equity Detail'): SheetPlan {
  const k = report.minGroup;
  const small = fewerThan(k);
  const access: PlanValue[][] = [['Resource', 'Attribute', 'Group', 'n', 'With it', 'Rate', 'Lower', 'Upper', 'Reference', 'Impact ratio', 'p', 'Adjusted p', 'Shortfall', 'Status', 'Why']];
  for (const t of report.equity.tests) {
    if (t.suppressed) {
      access.push([t.resource, t.attribute, t.group, small, null, null, null, null, t.reference ?? null, null, null, null, null, 'suppressed', t.reason]);
      continue;
    }
    access.push([
      t.resource,
      t.attribute,
      t.group,
      shown(t, 'n', k),
      shown(t, 'count', k),
      t.rate,
      t.lower,
      t.upper,
      t.reference,
      t.impactRatio,
      t.p,
      t.pAdjusted,
      shown(t, 'shortfall', k),
      t.status,
      t.reason,
    ]);
  }
  const outcomes: PlanValue[][] = [['Outcome', 'Attribute', 'Group', 'n', 'Value', 'Lower', 'Upper', 'Gap to best', 'Best group']];
  for (const o of report.equity.outcomes) {
    if (o.suppressed) {
      outcomes.push([o.outcome, o.attribute, o.group, small, null, null, null, null, null]);
      continue;
    }
    outcomes.push([o.outcome, o.attribute, o.group, shown(o, 'n', k), o.value, o.lower, o.upper, o.gapToBest, o.best]);
  }
  if (access.length === 1) access.push(['no access test: the inputs they need are missing', ...Array<PlanValue>(14).fill(null)]);
  if (outcomes.length === 1) outcomes.push(['no outcome figures: the inputs they need are missing', ...Array<PlanValue>(8).fill(null)]);

  const accessTop = 3;
  const accessEnd = accessTop + access.length - 1;
  const outcomeTitle = accessEnd + 3;
  const outcomeTop = outcomeTitle + 1;
  const outcomeEnd = outcomeTop + outcomes.length - 1;
  const statusRange = `N${accessTop + 1}:N${accessEnd}`;
  const pct = (col: string, top: number, end: number) => ({ range: `${col}${top + 1}:${col}${end}`, style: { numberFormat: '0.0%' } });
  return {
    ...emptySheet('equity', name),
    blocks: [
      { at: 'A1', values: [[`Pairing equity as of ${report.asOf}: who gets each resource, by group (k = ${k}; the four-fifths screen, an impact ratio below 0.80, is a screening rule, not a legal finding)`]] },
      { at: 'A2', values: [[`"${small}": a group of fewer than ${k} people, not shown; "withheld": an exact count not shown because, with the others, it would give such a group away by subtraction (see Definitions)`]] },
      { at: `A${accessTop}`, values: access },
      { at: `A${outcomeTitle}`, values: [['Outcomes by group: retention at 12 months, ready by 24 months, mentee satisfaction']] },
      { at: `A${outcomeTop}`, values: outcomes },
    ],
    styles: [
      { range: 'A1', style: { bold: true, size: 14 } },
      { range: 'A2', style: { italic: true, color: '595959' } },
      { range: `A${outcomeTitle}`, style: { bold: true, size: 12 } },
      { range: `A${accessTop}:${cellAddress(accessTop, 15)}`, style: HEADER_STYLE },
      { range: `A${outcomeTop}:${cellAddress(outcomeTop, 9)}`, style: HEADER_STYLE },
      pct('F', accessTop, accessEnd),
      pct('G', accessTop, accessEnd),
      pct('H', accessTop, accessEnd),
      { range: `J${accessTop + 1}:J${accessEnd}`, style: { numberFormat: '0.00' } },
      { range: `K${accessTop + 1}:L${accessEnd}`, style: { numberFormat: '0.0000' } },
      { range: `M${accessTop + 1}:M${accessEnd}`, style: { numberFormat: '0.0' } },
      { range: `E${outcomeTop + 1}:H${outcomeEnd}`, style: { numberFormat: '0.000' } },
    ],
    columnWidths: [22, 14, 18, 8, 8, 8, 8, 8, 14, 10, 9, 10, 9, 11, 60],
    freeze: { rows: accessTop, columns: 3 },
    tables: [
      { name: 'CadreAccessEquity', range: `A${accessTop}:${cellAddress(accessEnd, 15)}`, style: 'TableStyleLight9' },
      { name: 'CadreOutcomeEquity', range: `A${outcomeTop}:${cellAddress(outcomeEnd, 9)}`, style: 'TableStyleLight9' },
    ],
    conditionalFormats: [{ range: statusRange, rules: Object.entries(STATUS_COLOURS).map(([equals, c]) => ({ equals, ...c })) }],
    print: { orientation: 'landscape', fitToOnePageWide: true },
  };
}
