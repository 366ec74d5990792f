import { inputFingerprint } from '../cli/inputFingerprint';
import { DEFAULT_SHEET_NAMES, buildWorkbookPlan } from '../dashboard/buildPlan';
import type { ChartKind } from '../dashboard/chartPlan';
import type { WorkbookPlan } from '../dashboard/plan';
import type { RefreshReport } from '../report/refreshReport';
import { historyFromValues } from '../dashboard/history';
import { dayFromYmd } from '../calendar/dayFromYmd';
import { intake } from '../intake/intake';
import type { SheetValues } from '../model/cell';
import { generateSample } from '../sample/generateSample';
import { type ExcelFake, createExcelFake } from '../workbook/excelFake';
import { SheetNameTakenError, WriteIncompleteError } from '../workbook/office/officeAdapterError';
import { NOW, fakeSheets, peakBytes, refreshOptions, sampleFake, snapshots } from '../workbook/office/office.test-helpers';
import { OWNERSHIP_SETTING } from '../workbook/office/ownership';
import { MIB } from '../workbook/office/batchBudget';
import { refreshWorkbook } from '../taskpane/workbook/officeUseCases';

const INPUTS = ['Participants', 'Mentors', 'Pairings', 'Rotations', 'Surveys', 'Measures', 'Preferences'];
const OUTPUTS = Object.values(DEFAULT_SHEET_NAMES);

/** every output sheet's values, by name */
const outputValues = (fake: ExcelFake) => Object.fromEntries(OUTPUTS.map((n) => [n, fake.workbook.sheet(n).values()]));

/** the plan the refresh wrote: rebuilt from its report and the History it left */
const planOf = (fake: ExcelFake, report: RefreshReport): WorkbookPlan =>
  buildWorkbookPlan(report, { history: historyFromValues(fake.workbook.sheet(DEFAULT_SHEET_NAMES.history).values()).rows, analystDetail: true });

/** the Excel chart type of each kind of chart of the plan */
const CHART_TYPE: Record<ChartKind, string> = { line: 'Line', scatterLines: 'XYScatterLinesNoMarkers', bar: 'BarClustered', column: 'ColumnClustered' };

/** "'Metrics Detail'!$B$2:$B$9" → "B2:B9" */
const cellsOf = (ref: string) => ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');

/** what each output sheet holds besides its cells: merges, conditional formats, borders, tables, charts, manual page breaks */
const objectsOf = (fake: ExcelFake) =>
  Object.fromEntries(
    OUTPUTS.map((name) => {
      const sheet = fake.workbook.sheet(name);
      return [
        name,
        {
          merges: [...sheet.merges].sort(),
          conditionalFormats: sheet.conditionalFormats.map((c) => [c.type, c.address, c.properties]),
          borders: sheet.borders,
          tables: fake.workbook.tables().filter((t) => t.sheetId === sheet.id).map((t) => [t.name, t.area]),
          charts: sheet.charts.map((c) => [c.title, c.series.map((x) => [x.name, x.values, x.x])]),
          pageBreaks: [...sheet.pageLayout.horizontalPageBreaks],
        },
      ];
    }),
  );

describe('refreshWorkbook on the standard sample', () => {
  it('reads, computes and writes in at most 8 syncs, every request and response under 4 MB', async () => {
    const { fake, sample } = sampleFake();
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(result.syncs).toBe(fake.stats.syncs);
    expect(result.syncs).toBeLessThanOrEqual(8);
    expect(result.written.map((w) => w.name)).toEqual(OUTPUTS);
    expect(fake.workbook.sheetNames()).toEqual([...INPUTS, ...OUTPUTS]);
    expect(peakBytes(fake).request).toBeLessThan(4 * MIB);
    expect(peakBytes(fake).response).toBeLessThan(4 * MIB);
    // the fingerprint made with Web Crypto is the command line's
    expect(result.report.inputFingerprint).toBe(inputFingerprint(intake(sample.sheets, { asOf: sample.asOf }).data));
    expect(result.report.counts.participants).toBe(sample.counts.participants);
    // every API the adapter uses is there: nothing reported as not applied, the date system read
    expect(result.warnings).toEqual([]);
    // a second refresh (owned sheets cleared and rewritten, History read back) takes as many
    const again = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(again.syncs).toBeLessThanOrEqual(8);
    expect(again.warnings).toEqual([]);
  });

  it("draws the Board Dashboard's four charts series by series from the plan's Metrics Detail ranges", async () => {
    const { fake, sample } = sampleFake();
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const specs = planOf(fake, result.report).sheets.find((s) => s.role === 'board')!.charts;
    const charts = fake.workbook.sheet(DEFAULT_SHEET_NAMES.board).charts;
    const detail = fake.workbook.sheet(DEFAULT_SHEET_NAMES.metrics);
    expect(specs).toHaveLength(4);
    expect(charts.map((c) => c.title)).toEqual(specs.map((s) => s.title));
    charts.forEach((chart, i) => {
      const spec = specs[i]!;
      expect(chart.type).toBe(CHART_TYPE[spec.kind]);
      // series set one by one (ChartSeries, 1.7), not drawn from a bounding range
      expect(chart.calls.map((c) => c.method)).toEqual(['setPosition']);
      expect(chart.series.map((s) => ({ name: s.name, values: s.values, x: s.x, chartType: s.chartType }))).toEqual(
        spec.series.map((s) => ({
          name: s.name,
          values: s.values,
          x: (spec.kind === 'scatterLines' ? s.x : spec.categories) ?? null,
          chartType: s.asLine === true ? 'Line' : CHART_TYPE[spec.kind],
        })),
      );
      for (const s of chart.series) {
        // on another sheet than the chart, read live: the figures Metrics Detail holds
        expect(s.values).toMatch(/^'Metrics Detail'!/);
        expect(s.resolvedValues).toEqual(detail.values(cellsOf(s.values!)).flat());
        expect(s.resolvedValues.some((v) => typeof v === 'number')).toBe(true);
      }
      expect(chart.axes.value).toEqual({ title: spec.yTitle ?? null, minimum: spec.yMin ?? null, maximum: spec.yMax ?? null, numberFormat: spec.yFormat ?? null });
      expect(chart.axes.category.title).toBe(spec.xTitle ?? null);
      expect(chart.legend.visible).toBe(spec.series.length > 1);
    });
    // line styles and markers as the plan says: the comparison pool dashed, the 12/24-month points as markers only, the four-fifths line dashed red
    const series = (title: string, name: string) => charts.find((c) => c.title === title)!.series.find((s) => s.name === name)!.properties;
    expect(series(specs[0]!.title, 'Comparison pool')).toMatchObject({ 'format.line.lineStyle': 'Dash', markerStyle: 'None' });
    expect(series(specs[0]!.title, 'At 12 and 24 months')).toMatchObject({ 'format.line.lineStyle': 'None', markerStyle: 'Circle', markerBackgroundColor: '#C55A11' });
    expect(series(specs[3]!.title, 'Four-fifths screen (0.80)')).toMatchObject({ 'format.line.color': '#C00000', 'format.line.lineStyle': 'Dash' });
    expect(series(specs[3]!.title, 'Lowest impact ratio')).toEqual({ 'format.fill.solidColor': '#0F6E5A' });
  });

  it('hides the Board Dashboard\'s gridlines, colours its tab, and prints it landscape on two pages at 88%', async () => {
    const { fake, sample } = sampleFake();
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const plan = planOf(fake, result.report);
    const board = fake.workbook.sheet(DEFAULT_SHEET_NAMES.board);
    expect([board.showGridlines, board.tabColor]).toEqual([false, '#0F6E5A']);
    const print = plan.sheets.find((s) => s.role === 'board')!.print!;
    expect(board.pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { scale: 88, horizontalFitToPages: null, verticalFitToPages: null },
      printArea: print.area,
      // points: a quarter inch left and right, half an inch top and bottom
      leftMargin: 18,
      rightMargin: 18,
      topMargin: 36,
      bottomMargin: 36,
      horizontalPageBreaks: print.breaksBefore,
    });
    expect(print.breaksBefore).toHaveLength(1);
    // the Equity Detail: landscape, one page wide, as long as it needs
    expect(fake.workbook.sheet(DEFAULT_SHEET_NAMES.equity).pageLayout).toMatchObject({ orientation: 'Landscape', zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: null } });
    // a sheet the plan gives no view or print settings keeps Excel's
    expect(fake.workbook.sheet(DEFAULT_SHEET_NAMES.definitions)).toMatchObject({ showGridlines: plan.sheets.find((s) => s.role === 'definitions')!.showGridlines ?? true });
  });

  it('after two refreshes each sheet carries one set of merges, conditional formats, borders, tables, charts and page breaks: the plan\'s', async () => {
    const { fake, sample } = sampleFake();
    const first = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const once = objectsOf(fake);
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(objectsOf(fake)).toEqual(once);
    for (const sheet of planOf(fake, first.report).sheets) {
      const objects = once[sheet.name]!;
      expect([sheet.name, objects.merges]).toEqual([sheet.name, [...sheet.merges].sort()]);
      expect([sheet.name, objects.conditionalFormats.map(([, address]) => address)]).toEqual([sheet.name, sheet.conditionalFormats.flatMap((cf) => cf.rules.map(() => cf.range))]);
      expect([sheet.name, objects.tables.length, objects.charts.length]).toEqual([sheet.name, sheet.tables.length, sheet.charts.length]);
      expect([sheet.name, objects.pageBreaks]).toEqual([sheet.name, sheet.print?.breaksBefore ?? []]);
    }
    expect(once[DEFAULT_SHEET_NAMES.board]!.merges.length).toBeGreaterThan(10);
    expect(once[DEFAULT_SHEET_NAMES.board]!.conditionalFormats.length).toBeGreaterThan(0);
  });

  it('leaves the input sheets byte-for-byte unchanged (values, formulas, formats)', async () => {
    const { fake, sample } = sampleFake();
    const before = snapshots(fake, INPUTS);
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(snapshots(fake, INPUTS)).toEqual(before);
  });

  it('touches no sheet when one Cadre does not own has a target name, and says which name to change', async () => {
    const { fake, sample } = sampleFake();
    fake.workbook.addSheet('Definitions', [['My definitions'], ['do not overwrite']]);
    const before = snapshots(fake);
    const error = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetNameTakenError);
    expect((error as SheetNameTakenError).sheets).toEqual(['Definitions']);
    expect((error as Error).message).toContain('a sheet named "Definitions" that Cadre did not create');
    expect((error as Error).message).toContain("choose another name for Cadre's Definitions sheet in Cadre's settings");
    expect(snapshots(fake)).toEqual(before);
    expect(fake.workbook.settings()).toEqual({});
    expect(fake.workbook.names()).toEqual([]);
    // with another name for Cadre's sheet, the refresh runs and the user's sheet is still untouched
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf, { sheetNames: { definitions: 'Cadre Definitions' } }));
    expect(fake.workbook.sheet('Definitions').snapshot()).toBe(before['Definitions']);
    expect(fake.workbook.sheetNames()).toContain('Cadre Definitions');
  });

  it('keeps one set of History rows per quarter: a second refresh of the quarter replaces its rows, another quarter adds its own', async () => {
    const { fake, sample } = sampleFake();
    const history = () => historyFromValues(fake.workbook.sheet('Cadre History').values()).rows;
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const first = history();
    expect(first.length).toBeGreaterThan(10);
    // the first refresh: its quarter, and the previous four recomputed
    expect(new Set(first.map((r) => r.quarter))).toEqual(new Set(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']));
    expect(new Set(first.filter((r) => r.quarter !== '2026-Q3').map((r) => r.source))).toEqual(new Set(['recomputed']));

    const later = new Date(NOW.getTime() + 3_600_000);
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf, { now: later }));
    const second = history();
    expect(second.map(({ refreshedAt, ...rest }) => rest)).toEqual(first.map(({ refreshedAt, ...rest }) => rest));
    // the quarter refreshed again carries the later time; the recomputed quarters keep theirs
    expect(new Set(second.filter((r) => r.quarter === '2026-Q3').map((r) => r.refreshedAt))).toEqual(new Set([later.toISOString()]));
    expect(new Set(second.filter((r) => r.quarter !== '2026-Q3').map((r) => r.refreshedAt))).toEqual(new Set([NOW.toISOString()]));

    await refreshWorkbook(fake.run, refreshOptions(fake, dayFromYmd(2026, 12, 31), { now: later }));
    const third = history();
    expect(third.filter((r) => r.quarter <= '2026-Q3')).toEqual(second);
    expect(third.filter((r) => r.quarter === '2026-Q4').length).toBeGreaterThan(10);
    expect(third.length).toBe(second.length + third.filter((r) => r.quarter === '2026-Q4').length);
  });

  it('never makes a formula from user text: group names and ids read back as exactly that text', async () => {
    const tricky = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '007'];
    const sample = generateSample({ size: 'standard', seed: 42 });
    const participants = sample.sheets.find((s) => s.name === 'Participants')!;
    const header = participants.values[0]!;
    const track = header.indexOf('Track');
    const inProgram = header.indexOf('InProgram');
    let n = 0;
    const renamed = participants.values.map((row, i) => (i === 0 || row[inProgram] !== 'Y' ? row : row.map((v, c) => (c === track ? tricky[n++ % tricky.length]! : v))));
    // a mentor over capacity (listed on the Analyst Detail sheet) gets the id "007" everywhere
    const mentorId = sample.planted.overCapacity[0]!.mentorId;
    const sheets: SheetValues[] = sample.sheets.map((s) => ({
      name: s.name,
      values: (s.name === 'Participants' ? renamed : s.values).map((row) => row.map((v) => (v === mentorId ? '007' : v))),
    }));
    const fake = createExcelFake({ sheets: fakeSheets(sheets) });
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(fake.workbook.formulasCreated()).toEqual([]);
    const cells = new Set(OUTPUTS.flatMap((name) => fake.workbook.sheet(name).values().flat()));
    for (const text of tricky) expect(cells.has(text)).toBe(true);
    expect(fake.workbook.sheet('Analyst Detail').values().flat()).toContain('007');
    expect(result.report.counts.participants).toBe(sample.counts.participants);
  });

  it('says which sheets are incomplete when writing fails part-way, and a second refresh repairs them', async () => {
    const clean = sampleFake().fake;
    const { fake, sample } = sampleFake();
    await refreshWorkbook(clean.run, refreshOptions(clean, sample.asOf));
    // outline, previews, values, the write's read and its sheet adds go through; the write's batch fails part-way
    fake.failSync({ skip: 5, applied: 400 });
    const error = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteIncompleteError);
    const incomplete = (error as WriteIncompleteError).incompleteSheets;
    expect(incomplete).toEqual(OUTPUTS);
    expect((error as Error).message).toContain(`No sheet was written in full: ${OUTPUTS.slice(0, -1).join(', ')} and Data Quality are incomplete. Press Refresh again to rewrite them;`);
    expect(outputValues(fake)).not.toEqual(outputValues(clean));

    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(outputValues(fake)).toEqual(outputValues(clean));
    for (const name of OUTPUTS) expect(fake.workbook.sheet(name).protected).toBe(true);
    expect(fake.workbook.sheetNames()).toEqual(clean.workbook.sheetNames());
  });

  it('leaves its sheets protected and listed as its own; a sheet the user renamed is found and named back', async () => {
    const { fake, sample } = sampleFake();
    const first = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(fake.workbook.settings()[OWNERSHIP_SETTING]).toEqual(first.written.map((w) => ({ id: fake.workbook.sheet(w.name).id, name: w.name, role: w.role })));
    for (const name of OUTPUTS) expect(fake.workbook.sheet(name).protected).toBe(true);
    for (const name of INPUTS) expect(fake.workbook.sheet(name).protected).toBe(false);

    const id = fake.workbook.sheet('Definitions').id;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Definitions').name = 'Our definitions';
      await context.sync();
    });
    const second = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(fake.workbook.sheet('Definitions').id).toBe(id);
    expect(fake.workbook.sheetNames()).toEqual([...INPUTS, ...OUTPUTS]);
    expect(second.warnings).toContain('Cadre\'s Definitions sheet had been renamed "Our definitions"; it is named "Definitions" again (Cadre\'s sheet names are set in its settings)');
  });

  it('on a host below ExcelApi 1.9 still refreshes and says what was not applied', async () => {
    const { fake, sample } = sampleFake('standard', '1.8');
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    expect(result.written).toHaveLength(7);
    expect(result.warnings).toEqual([
      'pausing screen updating during the write needs ExcelApi 1.9; not applied',
      'print settings need ExcelApi 1.9; not applied (Board Dashboard and Equity Detail)',
    ]);
    const board = fake.workbook.sheet('Board Dashboard');
    expect(board.values().length).toBeGreaterThan(20);
    // what 1.8 has is applied: hidden gridlines, the tab colour, chart series and axis number formats; print settings stay Excel's
    expect([board.showGridlines, board.tabColor, board.pageLayout.orientation]).toEqual([false, '#0F6E5A', 'Portrait']);
    expect(board.charts.every((c) => c.series.length > 0 && c.calls.every((call) => call.method !== 'setData'))).toBe(true);
    expect(board.charts.some((c) => c.axes.value.numberFormat !== null)).toBe(true);
  });

  it('refuses a host below ExcelApi 1.4 with a clear error, before reading anything', async () => {
    const { fake, sample } = sampleFake('standard', '1.3');
    await expect(refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf))).rejects.toMatchObject({
      code: 'UnsupportedHost',
      message: expect.stringMatching(/^Cadre needs Excel JavaScript API 1\.4 or later/),
    });
    expect(fake.stats.syncs).toBe(0);
  });

  it('stops before writing when the History sheet has rows it cannot read, so none is lost', async () => {
    const { fake, sample } = sampleFake();
    await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf));
    const name = DEFAULT_SHEET_NAMES.history;
    // a user unprotects the History sheet and types over a quarter
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.protection.unprotect();
      sheet.getRange('A4').values = [['last spring']];
      await context.sync();
    });
    const before = outputValues(fake);
    const syncs = fake.stats.syncs;
    await expect(refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf))).rejects.toMatchObject({
      code: 'HistoryUnreadable',
      message: expect.stringMatching(/^Nothing was written: 1 row of the sheet "Cadre History" cannot be read as history \(row 4: the quarter is not written YYYY-Qn\)/),
    });
    expect(outputValues(fake)).toEqual(before);
    // it stopped after reading: no write batch
    expect(fake.stats.syncs - syncs).toBeLessThanOrEqual(3);
  });

  it('stops with a clear error, writing nothing, when nothing can be computed', async () => {
    const fake = createExcelFake({ sheets: [{ name: 'Notes', values: [['Just', 'notes'], ['nothing', 'here']] }] });
    await expect(refreshWorkbook(fake.run, refreshOptions(fake, dayFromYmd(2026, 9, 30)))).rejects.toMatchObject({
      code: 'CannotCompute',
      message: expect.stringContaining('Nothing can be computed, and nothing was written: Participants: No Participants sheet was found'),
    });
    expect(fake.workbook.sheetNames()).toEqual(['Notes']);
    expect(fake.workbook.settings()).toEqual({});
  });

  it('reads a sheet the mapping names even when its header row is below the first 20 rows', async () => {
    const sample = generateSample({ size: 'standard', seed: 42 });
    const sheets = sample.sheets.map((s) => (s.name === 'Participants' ? { name: 'HR export', values: [...Array.from({ length: 24 }, () => ['exported by HR']), ...s.values] } : s));
    const fake = createExcelFake({ sheets: fakeSheets(sheets) });
    const mapping = { version: 1 as const, sheets: { Participants: { sheet: 'HR export', headerRow: 25 } } };
    const result = await refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf, { mapping }));
    expect(result.report.counts.participants).toBe(sample.counts.participants);
  });

  it('refuses a minimum group size below 3', async () => {
    const { fake, sample } = sampleFake();
    await expect(refreshWorkbook(fake.run, refreshOptions(fake, sample.asOf, { minGroup: 2 }))).rejects.toMatchObject({ code: 'InvalidOption' });
    expect(fake.stats.syncs).toBe(0);
  });
});
