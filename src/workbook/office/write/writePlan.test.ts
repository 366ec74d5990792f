import { emptySheet, type PlanValue, type SheetPlan, type WorkbookPlan } from '../../../dashboard/plan';
import { type ExcelFake, createExcelFake } from '../../excelFake';
import { columnWidthPoints } from './cellWrites';
import { SheetNameTakenError, WriteIncompleteError } from '../officeAdapterError';
import { peakBytes, snapshots } from '../office.test-helpers';
import { OWNERSHIP_SETTING } from '../ownership';
import { MIB } from '../batchBudget';
import { writePlan } from './writePlan';

const TRICKY = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '007', "'quoted", 'TRUE'];

/** A two-sheet plan using every part of a sheet plan. */
function tinyPlan(summaryRows: readonly (readonly PlanValue[])[] = [['Group', 'Rate', 'Flag'], ...TRICKY.map((t, i) => [t, i / 10, i % 2 === 0])]): WorkbookPlan {
  const last = 2 + summaryRows.length - 1;
  const summary: SheetPlan = {
    ...emptySheet('board', 'Summary'),
    blocks: [
      { at: 'A1', values: [['Summary as of 2026-09-30', null, null]] },
      { at: 'A2', values: summaryRows },
      { at: 'E2', values: [['merged tile', null], [null, null]] },
    ],
    styles: [
      { range: 'A1', style: { bold: true, size: 14 } },
      { range: 'A2:C2', style: { bold: true, fill: '0F6E5A', color: 'FFFFFF', wrap: true, vertical: 'top' } },
      { range: `B3:B${last}`, style: { numberFormat: '0.0%', horizontal: 'right' } },
      { range: 'E2:F3', style: { border: 'thin', horizontal: 'center' } },
    ],
    merges: ['E2:F3'],
    columnWidths: [30, 10, 8],
    rowHeights: [{ row: 1, height: 30 }],
    showGridlines: false,
    tabColor: '0F6E5A',
    freeze: { rows: 2, columns: 1 },
    tables: [{ name: 'CadreSummary', range: `A2:C${last}`, style: 'TableStyleLight9' }],
    conditionalFormats: [{ range: `A3:A${last}`, rules: [{ equals: '007', fill: 'F4CCCC', color: '9C0006' }] }],
    charts: [
      {
        sheet: 'Summary',
        kind: 'scatterLines',
        title: 'Rates',
        xTitle: 'Months',
        yTitle: 'Rate',
        yMin: 0,
        yMax: 1,
        yFormat: '0%',
        series: [
          { name: 'Rate', x: "'Numbers'!$A$2:$A$4", values: "'Numbers'!$B$2:$B$4", color: '0F6E5A' },
          { name: 'Line', x: "'Numbers'!$A$2:$A$4", values: "'Numbers'!$C$2:$C$4", dash: true },
        ],
        anchor: { from: { col: 7, row: 1 }, to: { col: 14, row: 16 } },
      },
    ],
    print: { orientation: 'landscape', fitToOnePageWide: true },
    protect: true,
  };
  const numbers: SheetPlan = {
    ...emptySheet('metrics', 'Numbers'),
    blocks: [{ at: 'A1', values: [['Month', 'Rate', 'Line'], [0, 1, 0.8], [12, 0.9, 0.8], [24, 0.85, 0.8]] }],
    tables: [{ name: 'CadreNumbers', range: 'A1:C4' }],
  };
  return { sheets: [summary, numbers], names: [{ name: 'Cadre.Rate12m', sheet: 'Numbers', ref: 'B3', comment: 'rate at 12 months' }] };
}

const inputs = () => createExcelFake({ sheets: [{ name: 'Participants', values: [['PersonID', 'Name'], ['P1', 'Ada']] }] });
const options = (fake: ExcelFake) => ({ isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v) });

describe('writePlan', () => {
  it('writes every string as exactly that text (never a formula, never a number), numbers and yes/no as they are', async () => {
    const fake = inputs();
    const result = await writePlan(fake.run, tinyPlan(), options(fake));
    expect(fake.workbook.formulasCreated()).toEqual([]);
    const summary = fake.workbook.sheet('Summary');
    expect(summary.values('A3:A9').map((r) => r[0])).toEqual(TRICKY);
    expect(summary.values('B3:C4')).toEqual([[0, true], [0.1, false]]);
    expect(summary.values('A1:C1')).toEqual([['Summary as of 2026-09-30', '', '']]);
    expect(result.sheets).toEqual([{ name: 'Summary', role: 'board' }, { name: 'Numbers', role: 'metrics' }]);
    // one sync reads the workbook, one adds the sheets, one writes everything
    expect(result.syncs).toBe(3);
    expect(fake.stats.syncs).toBe(3);
  });

  it('applies styles, merges, sizes, frozen panes, tables, conditional formats, charts, names and protection', async () => {
    const fake = inputs();
    await writePlan(fake.run, tinyPlan(), options(fake));
    const s = fake.workbook.sheet('Summary');
    expect(s.format('A1')).toMatchObject({ bold: true, fontSize: 14 });
    expect(s.format('B2')).toMatchObject({ bold: true, fillColor: '#0F6E5A', fontColor: '#FFFFFF', wrapText: true, verticalAlignment: 'Top' });
    expect(s.numberFormats('B3:B9').flat()).toEqual(Array(7).fill('0.0%'));
    expect(s.formatOf('B5', 'horizontalAlignment')).toBe('Right');
    expect(s.borders.filter((b) => b.address === 'E2:F3' && b.property === 'style').map((b) => b.side).sort()).toEqual(
      ['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical'],
    );
    expect(s.merges).toEqual(['E2:F3']);
    expect([s.columnWidth(0), s.columnWidth(1), s.columnWidth(2)]).toEqual([30, 10, 8].map(columnWidthPoints));
    expect(s.rowHeight(0)).toBe(30);
    expect(s.frozen).toEqual({ rows: 2, columns: 1 });
    expect(fake.workbook.tables().map((t) => [t.name, t.style, t.sheetId])).toEqual([
      ['CadreSummary', 'TableStyleLight9', s.id],
      ['CadreNumbers', 'TableStyleMedium2', fake.workbook.sheet('Numbers').id],
    ]);
    const [cf] = fake.workbook.conditionalFormats();
    expect(cf).toMatchObject({ type: 'CellValue', address: 'A3:A9', properties: { 'cellValue.rule': { formula1: '="007"', operator: 'EqualTo' }, 'cellValue.format.fill.color': '#F4CCCC', 'cellValue.format.font.color': '#9C0006' } });
    const [chart] = fake.workbook.charts();
    expect(chart).toMatchObject({ type: 'XYScatterLinesNoMarkers', sheetId: s.id, properties: { 'title.text': 'Rates', 'axes.categoryAxis.title.text': 'Months', 'axes.valueAxis.title.text': 'Rate', 'axes.valueAxis.minimum': 0, 'axes.valueAxis.maximum': 1, 'axes.valueAxis.numberFormat': '0%' } });
    expect(chart!.calls).toEqual([{ method: 'setPosition', args: ['H2', 'N16'] }]);
    // the series read the Numbers sheet, though the chart is on Summary
    expect(chart!.series).toEqual([
      {
        name: 'Rate',
        chartType: 'XYScatterLinesNoMarkers',
        values: 'Numbers!$B$2:$B$4',
        x: 'Numbers!$A$2:$A$4',
        resolvedValues: [1, 0.9, 0.85],
        resolvedX: [0, 12, 24],
        properties: { 'format.line.color': '#0F6E5A', markerStyle: 'None' },
      },
      {
        name: 'Line',
        chartType: 'XYScatterLinesNoMarkers',
        values: 'Numbers!$C$2:$C$4',
        x: 'Numbers!$A$2:$A$4',
        resolvedValues: [0.8, 0.8, 0.8],
        resolvedX: [0, 12, 24],
        properties: { 'format.line.lineStyle': 'Dash', markerStyle: 'None' },
      },
    ]);
    expect(chart!.legend).toEqual({ visible: true, position: 'Bottom' });
    expect([s.showGridlines, s.tabColor]).toEqual([false, '#0F6E5A']);
    expect(s.pageLayout).toMatchObject({ orientation: 'Landscape', zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: null }, printArea: null });
    expect(fake.workbook.sheet('Numbers')).toMatchObject({ showGridlines: true, tabColor: '', pageLayout: { orientation: 'Portrait' } });
    expect(fake.workbook.names()).toEqual([{ name: 'Cadre.Rate12m', formula: '=Numbers!$B$3', comment: 'rate at 12 months', visible: true }]);
    expect([s.protected, fake.workbook.sheet('Numbers').protected, fake.workbook.sheet('Participants').protected]).toEqual([true, true, false]);
    expect(fake.workbook.settings()[OWNERSHIP_SETTING]).toEqual([
      { id: s.id, name: 'Summary', role: 'board' },
      { id: fake.workbook.sheet('Numbers').id, name: 'Numbers', role: 'metrics' },
    ]);
  });

  it('does not sync more for more sheets, styles, tables or charts', async () => {
    const [base, numbers] = tinyPlan().sheets as [SheetPlan, SheetPlan];
    const roles: SheetPlan['role'][] = ['board', 'equity', 'analyst', 'history', 'definitions', 'dataQuality'];
    const sheets = roles.map((role, i): SheetPlan => ({
      ...base,
      role,
      name: `Sheet ${i}`,
      blocks: [...base.blocks, ...Array.from({ length: 10 }, (_, t) => ({ at: `A${20 + t * 12}`, values: [['Group', 'Rate'], ['a', 1], ['b', 2]] }))],
      tables: Array.from({ length: 10 }, (_, t) => ({ name: `CadreT${i}x${t}`, range: `A${20 + t * 12}:B${22 + t * 12}` })),
      charts: Array.from({ length: 10 }, () => ({ ...base.charts[0]!, sheet: `Sheet ${i}` })),
      styles: Array.from({ length: 50 }, () => base.styles).flat(),
    }));
    const fake = inputs();
    const result = await writePlan(fake.run, { sheets: [...sheets, numbers], names: [] }, options(fake));
    expect(result.syncs).toBe(3);
    expect(fake.workbook.charts()).toHaveLength(60);
    expect(fake.workbook.tables()).toHaveLength(61);
  });

  it('refuses a plan with two sheets of one role (ownership is recorded by role)', async () => {
    const fake = inputs();
    const [a, b] = tinyPlan().sheets as [SheetPlan, SheetPlan];
    await expect(writePlan(fake.run, { sheets: [a, { ...b, role: 'board' }], names: [] }, options(fake))).rejects.toMatchObject({ code: 'InvalidPlan', message: expect.stringContaining('two sheets have the role board') });
  });

  it('splits a large write into batches under the budget: 2 syncs plus one per batch', async () => {
    const rows: PlanValue[][] = [['Id', 'Text', 'Value'], ...Array.from({ length: 20_000 }, (_, i) => [`P${i}`, `row ${i} of some text`, i / 7])];
    const plan: WorkbookPlan = { sheets: [{ ...emptySheet('dataQuality', 'Big'), blocks: [{ at: 'A1', values: rows }], tables: [{ name: 'CadreBig', range: `A1:C${rows.length}` }] }], names: [] };
    const fake = inputs();
    const batchBytes = 256 * 1024;
    const result = await writePlan(fake.run, plan, { ...options(fake), batchBytes });
    const writes = fake.stats.batches.slice(2);
    expect(writes.length).toBeGreaterThan(3);
    expect(result.syncs).toBe(2 + writes.length);
    expect(Math.max(...writes.map((b) => b.requestBytes))).toBeLessThanOrEqual(batchBytes);
    expect(fake.workbook.sheet('Big').values()).toEqual(rows);
  });

  it('refuses the whole write, before writing anything, when a target name is held by a sheet Cadre does not own', async () => {
    const fake = inputs();
    fake.workbook.addSheet('numbers', [['my own', 'data'], [1, 2]]);
    const before = snapshots(fake);
    const error = await writePlan(fake.run, tinyPlan(), options(fake)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetNameTakenError);
    expect(error).toMatchObject({ code: 'SheetNameTaken', sheets: ['numbers'] });
    expect((error as Error).message).toMatch(/Nothing was written\. The workbook already has a sheet named "numbers" that Cadre did not create.*choose another name for Cadre's Metrics Detail sheet/);
    expect(snapshots(fake)).toEqual(before);
    expect(fake.workbook.settings()).toEqual({});
    expect(fake.stats.syncs).toBe(1);
  });

  it('rewrites its own sheets in place: same sheets, cleared, nothing left over from the last write', async () => {
    const fake = inputs();
    const first = tinyPlan();
    const note: SheetPlan = { ...first.sheets[0]!, blocks: [...first.sheets[0]!.blocks, { at: 'A20', values: [['a note only the first write has']] }], styles: [...first.sheets[0]!.styles, { range: 'A20', style: { numberFormat: '@', italic: true } }] };
    await writePlan(fake.run, { ...first, sheets: [note, first.sheets[1]!] }, options(fake));
    const ids = ['Summary', 'Numbers'].map((n) => fake.workbook.sheet(n).id);
    await fake.run(async (context) => {
      const participants = context.workbook.worksheets.getItem('Participants');
      context.workbook.names.add('MyName', participants.getRange('B2'));
      context.workbook.names.add('Cadre.Dropped', participants.getRange('A2'));
      await context.sync();
    });
    const again = [['Group', 'Rate', 'Flag'], ...[...TRICKY].reverse().map((t, i) => [t, i / 5, i % 2 === 1])];
    const result = await writePlan(fake.run, tinyPlan(again), options(fake));
    expect(['Summary', 'Numbers'].map((n) => fake.workbook.sheet(n).id)).toEqual(ids);
    expect(fake.workbook.sheet('Summary').values('A2:C9')).toEqual(again);
    expect(fake.workbook.sheet('Summary').values('A20')).toEqual([['']]);
    expect(fake.workbook.sheet('Summary').format('A20')).toBeUndefined();
    expect(fake.workbook.sheet('Summary').numberFormats('A20')).toEqual([['General']]);
    expect(fake.workbook.tables().map((t) => t.name)).toEqual(['CadreSummary', 'CadreNumbers']);
    expect(fake.workbook.charts()).toHaveLength(1);
    // one set of merges, borders and conditional formats: the second write's, as on a workbook written once
    const once = inputs();
    await writePlan(once.run, tinyPlan(again), options(once));
    for (const name of ['Summary', 'Numbers']) {
      const [sheet, fresh] = [fake.workbook.sheet(name), once.workbook.sheet(name)];
      expect([sheet.merges, sheet.borders, sheet.conditionalFormats.map((c) => [c.address, c.properties])]).toEqual([
        fresh.merges,
        fresh.borders,
        fresh.conditionalFormats.map((c) => [c.address, c.properties]),
      ]);
    }
    expect(fake.workbook.sheet('Summary').merges).toEqual(['E2:F3']);
    expect(fake.workbook.conditionalFormats().map((c) => c.address)).toEqual(['A3:A9']);
    // the user's name is kept; Cadre's names are the plan's
    expect(fake.workbook.names().map((n) => n.name)).toEqual(['MyName', 'Cadre.Rate12m']);
    expect(fake.workbook.sheet('Summary').protected).toBe(true);
    expect(result.syncs).toBe(3);
  });

  it('finds an owned sheet the user renamed by its id and names it back, with a warning', async () => {
    const fake = inputs();
    await writePlan(fake.run, tinyPlan(), options(fake));
    const id = fake.workbook.sheet('Numbers').id;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Numbers').name = 'My numbers';
      await context.sync();
    });
    const result = await writePlan(fake.run, tinyPlan(), options(fake));
    expect(fake.workbook.sheetNames()).toEqual(['Participants', 'Summary', 'Numbers']);
    expect(fake.workbook.sheet('Numbers').id).toBe(id);
    expect(result.warnings).toContain('Cadre\'s Metrics Detail sheet had been renamed "My numbers"; it is named "Numbers" again (Cadre\'s sheet names are set in its settings)');
  });

  it('removes an owned sheet whose role the plan no longer has (the Analyst Detail turned off)', async () => {
    const fake = inputs();
    const analyst: SheetPlan = { ...emptySheet('analyst', 'Analyst Detail'), blocks: [{ at: 'A1', values: [['Person', 'Mentor'], ['P1', 'M1']] }] };
    const plan = tinyPlan();
    await writePlan(fake.run, { ...plan, sheets: [...plan.sheets, analyst] }, options(fake));
    expect(fake.workbook.sheetNames()).toContain('Analyst Detail');
    const result = await writePlan(fake.run, plan, options(fake));
    expect(fake.workbook.sheetNames()).toEqual(['Participants', 'Summary', 'Numbers']);
    expect((fake.workbook.settings()[OWNERSHIP_SETTING] as { role: string }[]).map((e) => e.role)).toEqual(['board', 'metrics']);
    expect(result.warnings).toContain('the Analyst Detail sheet is turned off, so Cadre removed its sheet "Analyst Detail"');
  });

  it('ends on the Board Dashboard (the plan’s first sheet when it has none), in the last batch, only once the write succeeded', async () => {
    const fake = inputs();
    const written = await writePlan(fake.run, tinyPlan(), options(fake));
    expect(fake.workbook.activeSheet()).toBe('Summary'); // the board role
    expect(written.syncs).toBe(3); // the read, the adds, one write batch: no sync of its own
    const fake2 = inputs();
    await writePlan(fake2.run, { sheets: [...tinyPlan().sheets].reverse(), names: [] }, options(fake2));
    expect(fake2.workbook.activeSheet()).toBe('Summary'); // still the board, though listed last
    const noBoard = inputs();
    await writePlan(noBoard.run, { sheets: [{ ...tinyPlan().sheets[1]!, role: 'metrics' }], names: [] }, options(noBoard));
    expect(noBoard.workbook.activeSheet()).toBe('Numbers');

    const failed = inputs();
    failed.failSync({ skip: 2 });
    await expect(writePlan(failed.run, tinyPlan(), options(failed))).rejects.toBeInstanceOf(WriteIncompleteError);
    expect(failed.workbook.activeSheet()).toBe('Participants');
  });

  it('lists the sheets left incomplete when a sync fails part-way; the next write repairs them', async () => {
    const big = (name: string, role: SheetPlan['role']): SheetPlan => ({
      ...emptySheet(role, name),
      blocks: [{ at: 'A1', values: [['Id', 'Text'], ...Array.from({ length: 3000 }, (_, i) => [`${name} ${i}`, 'some text to fill the batch'])] }],
    });
    const plan: WorkbookPlan = { sheets: [big('One', 'equity'), big('Two', 'metrics'), big('Three', 'history')], names: [] };
    const clean = inputs();
    await writePlan(clean.run, plan, { ...options(clean), batchBytes: 64 * 1024 });

    const fake = inputs();
    fake.failSync({ skip: clean.stats.syncs - 2, applied: 3 }); // the last but one batch fails after 3 actions
    const error = await writePlan(fake.run, plan, { ...options(fake), batchBytes: 64 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteIncompleteError);
    const incomplete = (error as WriteIncompleteError).incompleteSheets;
    expect(incomplete).toEqual(['Three']);
    expect((error as Error).message).toMatch(/^Cadre stopped writing at Three: Excel said “.*” \(GeneralException\)\. One and Two were written; Three is incomplete\. Press Refresh again to rewrite it;/);
    for (const name of ['One', 'Two', 'Three'].filter((n) => !incomplete.includes(n))) expect(fake.workbook.sheet(name).values()).toEqual(clean.workbook.sheet(name).values());
    expect(fake.workbook.sheet('Three').values()).not.toEqual(clean.workbook.sheet('Three').values());

    await writePlan(fake.run, plan, { ...options(fake), batchBytes: 64 * 1024 });
    for (const name of ['One', 'Two', 'Three']) {
      expect(fake.workbook.sheet(name).values()).toEqual(clean.workbook.sheet(name).values());
      expect(fake.workbook.sheet(name).protected).toBe(true);
    }
    expect(fake.workbook.sheetNames()).toEqual(clean.workbook.sheetNames());
  });

  it('when adding the sheets fails, says none was written; the next write adds and writes them', async () => {
    const fake = inputs();
    fake.failSync({ skip: 1, applied: 2 }); // the claim and the first sheet's add go through
    const error = await writePlan(fake.run, tinyPlan(), options(fake)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WriteIncomplete', incompleteSheets: ['Summary', 'Numbers'] });
    expect((error as Error).message).toBe(
      "Cadre could not prepare the dashboards' sheets: Excel said “The connection to Excel was lost (a failure injected by the Excel fake)” (GeneralException). " +
        'None of them was written: Summary and Numbers. Press Refresh again to write them.',
    );
    expect(fake.workbook.sheetNames()).toEqual(['Participants', 'Summary']);
    await writePlan(fake.run, tinyPlan(), options(fake));
    expect(fake.workbook.sheetNames()).toEqual(['Participants', 'Summary', 'Numbers']);
    expect(fake.workbook.sheet('Summary').values('A3')).toEqual([[TRICKY[0]]]);
  });

  it('on a host below ExcelApi 1.9 still writes, and says what was not applied', async () => {
    const fake = inputs();
    fake.setMaxExcelApi('1.8');
    const result = await writePlan(fake.run, tinyPlan(), options(fake));
    expect(fake.workbook.sheet('Summary').values('A3')).toEqual([[TRICKY[0]]]);
    expect(result.warnings).toContain('print settings need ExcelApi 1.9; not applied (Summary)');
    expect(result.warnings).toContain('pausing screen updating during the write needs ExcelApi 1.9; not applied');
    expect(fake.workbook.applicationCalls().map((c) => c.method)).toEqual(['suspendApiCalculationUntilNextSync']);
  });

  it('on ExcelApi 1.5 leaves out conditional formats, frozen panes and chart series, and says so', async () => {
    const fake = inputs();
    fake.setMaxExcelApi('1.5');
    const result = await writePlan(fake.run, tinyPlan(), options(fake));
    expect(fake.workbook.conditionalFormats()).toEqual([]);
    expect(fake.workbook.sheet('Summary').frozen).toBeNull();
    // without ChartSeries (1.7) the chart is drawn from its data's bounding range, a series per column as Excel makes them
    const [chart] = fake.workbook.charts();
    expect(chart!.calls.map((c) => c.method)).toEqual(['setPosition', 'setData']);
    expect(chart!.series.map((s) => s.values)).toEqual(['Numbers!$A$2:$A$4', 'Numbers!$B$2:$B$4', 'Numbers!$C$2:$C$4']);
    expect(fake.workbook.sheet('Summary')).toMatchObject({ showGridlines: true, tabColor: '' });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'conditional formats need ExcelApi 1.6; not applied (Summary)',
        'frozen panes need ExcelApi 1.7; not applied (Summary)',
        'chart series (names, ranges, x values, line styles) need ExcelApi 1.7; not applied (chart "Rates")',
        'pausing calculation during the write needs ExcelApi 1.6; not applied',
      ]),
    );
    expect(fake.workbook.sheet('Summary').protected).toBe(true);
  });

  it('refuses a host below ExcelApi 1.4 with a clear error, before any request', async () => {
    const fake = inputs();
    fake.setMaxExcelApi('1.3');
    await expect(writePlan(fake.run, tinyPlan(), options(fake))).rejects.toMatchObject({ code: 'UnsupportedHost', message: expect.stringContaining('Excel JavaScript API 1.4') });
    expect(fake.stats.syncs).toBe(0);
  });

  it('refuses a plan Excel would refuse (a sheet named History) before anything is written', async () => {
    const fake = inputs();
    const plan = tinyPlan();
    await expect(writePlan(fake.run, { ...plan, sheets: [plan.sheets[0]!, { ...plan.sheets[1]!, name: 'History' }], names: [] }, options(fake))).rejects.toMatchObject({
      code: 'InvalidPlan',
      message: expect.stringContaining('"History" is reserved by Excel'),
    });
    expect(fake.stats.syncs).toBe(0);
  });

  it('keeps every request under 4 MB', async () => {
    const fake = inputs();
    await writePlan(fake.run, tinyPlan(), options(fake));
    expect(peakBytes(fake).request).toBeLessThan(4 * MIB);
  });
});
