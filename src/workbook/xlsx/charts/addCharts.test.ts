import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderFirstPage } from '../../../cli/render/renderPng';
import { inkShare, type RgbImage } from '../../../cli/render/rgbImage';
import { addCharts } from './addCharts';
import { formatRangeRef, parseRangeRef } from '../../../excel/a1Address';
import type { ChartSpec } from './chartSpec';

const MD = "'Metrics Detail'";

/** A workbook like the dashboard's: an empty-ish 'Board' sheet first, the numbers on 'Metrics Detail'. */
async function buildWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const board = wb.addWorksheet('Board');
  board.getCell('A1').value = 'Board Dashboard';
  board.getCell('A1').note = 'a comment, so the sheet has a legacyDrawing';
  const md = wb.addWorksheet('Metrics Detail');
  md.addRow(['Month', 'Participants', 'Comparison', '', 'KM t', 'KM S', '', 'Quarter', 'Satisfaction', '', 'Resource', 'Impact ratio', 'Four-fifths']);
  const months = [0, 3, 6, 9, 12, 15, 18, 21, 24];
  months.forEach((m, i) => {
    const r = i + 2;
    md.getCell(r, 1).value = m;
    md.getCell(r, 2).value = 1 - 0.02 * i;
    md.getCell(r, 3).value = 1 - 0.05 * i;
  });
  // Kaplan–Meier step points: (0,1) (6,1) (6,0.9) (12,0.9) (12,0.8) (24,0.8)
  const km: [number, number][] = [
    [0, 1],
    [6, 1],
    [6, 0.9],
    [12, 0.9],
    [12, 0.8],
    [24, 0.8],
  ];
  km.forEach(([t, s], i) => {
    md.getCell(i + 2, 5).value = t;
    md.getCell(i + 2, 6).value = s;
  });
  ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].forEach((q, i) => {
    md.getCell(i + 2, 8).value = q;
    md.getCell(i + 2, 9).value = [4.1, 4.3, 4.0, 4.5][i]!;
  });
  ['Mentor pool', 'Sponsorship', 'Stretch roles'].forEach((res, i) => {
    md.getCell(i + 2, 11).value = res;
    md.getCell(i + 2, 12).value = [0.95, 0.72, 0.88][i]!;
    md.getCell(i + 2, 13).value = 0.8;
  });
  // conditional formatting with a data bar: ExcelJS writes extLst elements inside the sheet
  md.addConditionalFormatting({
    ref: 'B2:B10',
    rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }] } as unknown as ExcelJS.ConditionalFormattingRule],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const CHARTS: ChartSpec[] = [
  {
    sheet: 'Board',
    kind: 'line',
    title: 'Retention: participants vs comparison',
    xTitle: 'Months since start',
    yTitle: 'Retained',
    categories: `${MD}!$A$2:$A$10`,
    series: [
      { name: 'Participants', values: `${MD}!$B$2:$B$10`, color: '1F4E79', marker: true },
      { name: 'Comparison', values: `${MD}!$C$2:$C$10`, color: 'C00000', dash: true },
    ],
    yMin: 0,
    yMax: 1,
    yFormat: '0%',
    anchor: { from: { col: 0, row: 1 }, to: { col: 7, row: 14 } },
  },
  {
    sheet: 'Board',
    kind: 'scatterLines',
    title: 'Retention (Kaplan–Meier) & <steps>',
    xTitle: 'Months',
    yTitle: 'Survival',
    series: [
      { name: 'Participants', x: `${MD}!$E$2:$E$7`, values: `${MD}!$F$2:$F$7`, color: '2E75B6' },
      { name: '12/24-month points', x: `${MD}!E5:E7`, values: `${MD}!F5:F7`, color: '1F3864', marker: true, line: false },
    ],
    yMin: 0,
    yMax: 1,
    yFormat: '0%',
    anchor: { from: { col: 0, row: 14 }, to: { col: 7, row: 27 } },
  },
  {
    sheet: 'Board',
    kind: 'column',
    title: 'Impact ratio by resource',
    categories: `${MD}!$K$2:$K$4`,
    series: [
      { name: 'Impact ratio', values: `${MD}!$L$2:$L$4`, color: '5B9BD5' },
      { name: '0.80 line', values: `${MD}!$M$2:$M$4`, color: 'C00000', dash: true, asLine: true },
    ],
    yMin: 0,
    yMax: 1.2,
    yFormat: '0.00',
    anchor: { from: { col: 0, row: 27 }, to: { col: 7, row: 40 } },
  },
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: true, isArray: (name) => ['c:ser', 'c:pt', 'Relationship', 'Override', 'xdr:twoCellAnchor', 'c:valAx', 'c:catAx'].includes(name) });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function files(buf: Uint8Array | Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

function cacheOf(ref: Json): { f: string; values: (string | number)[] } {
  const cache = ref['c:numCache'] ?? ref['c:strCache'];
  const values: (string | number)[] = [];
  for (const pt of cache['c:pt'] ?? []) values[Number(pt['@idx'])] = pt['c:v'];
  return { f: ref['c:f'], values };
}

describe('chart references', () => {
  test('parse and format A1 references', () => {
    expect(parseRangeRef("'Metrics Detail'!$A$2:$A$20")).toEqual({ sheet: 'Metrics Detail', col1: 1, row1: 2, col2: 1, row2: 20 });
    expect(parseRangeRef("'It''s'!B3")).toEqual({ sheet: "It's", col1: 2, row1: 3, col2: 2, row2: 3 });
    expect(parseRangeRef('Sheet1!AA10:AB10')).toEqual({ sheet: 'Sheet1', col1: 27, row1: 10, col2: 28, row2: 10 });
    expect(formatRangeRef("It's", parseRangeRef('b2:b9'))).toBe("'It''s'!$B$2:$B$9");
    for (const bad of ['', 'A', "'Open!A1", 'Sheet1!A1:', 'Sheet1!1A', 'A0', 'XFE1']) expect(() => parseRangeRef(bad)).toThrow(/cell reference/);
  });
});

describe('addCharts', () => {
  let original: Buffer;
  let withCharts: Uint8Array;
  beforeAll(async () => {
    original = await buildWorkbook();
    withCharts = await addCharts(original, CHARTS);
  });

  test('adds one drawing, three charts, their rels and content types; keeps every other part byte for byte', async () => {
    const before = await files(original);
    const after = await files(withCharts);
    const changed = ['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'];
    for (const [name, bytes] of before) {
      if (!changed.includes(name)) expect({ name, same: bytes.equals(after.get(name)!) }).toEqual({ name, same: true });
    }
    const added = [...after.keys()].filter((n) => !before.has(n)).sort();
    expect(added).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
    ]);
    for (const [name, bytes] of after) {
      if (/\.(xml|rels)$/.test(name)) expect({ name, valid: XMLValidator.validate(bytes.toString('utf8')) }).toEqual({ name, valid: true });
    }

    // content types
    const ct = parser.parse(after.get('[Content_Types].xml')!.toString()).Types.Override as Json[];
    const type = (p: string) => ct.find((o) => o['@PartName'] === p)?.['@ContentType'];
    expect(type('/xl/drawings/drawing1.xml')).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    for (const n of [1, 2, 3]) expect(type(`/xl/charts/chart${n}.xml`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    // the old overrides are all still there
    expect(ct.length).toBe((parser.parse(before.get('[Content_Types].xml')!.toString()).Types.Override as Json[]).length + 4);

    // the Board sheet (sheet1) gets <drawing r:id> after pageSetup and before legacyDrawing (its comment)
    const sheetXml = after.get('xl/worksheets/sheet1.xml')!.toString();
    const oldSheetXml = before.get('xl/worksheets/sheet1.xml')!.toString();
    const m = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)!;
    expect(m).not.toBeNull();
    expect(sheetXml.replace(m[0], '')).toBe(oldSheetXml);
    expect(sheetXml.indexOf('<pageSetup')).toBeLessThan(m.index);
    expect(m.index).toBeLessThan(sheetXml.indexOf('<legacyDrawing'));
    const sheetRels = parser.parse(after.get('xl/worksheets/_rels/sheet1.xml.rels')!.toString()).Relationships.Relationship as Json[];
    const oldSheetRels = parser.parse(before.get('xl/worksheets/_rels/sheet1.xml.rels')!.toString()).Relationships.Relationship as Json[];
    expect(sheetRels.length).toBe(oldSheetRels.length + 1);
    const rel = sheetRels.find((r) => r['@Id'] === m[1]);
    expect(rel['@Type']).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
    expect(rel['@Target']).toBe('../drawings/drawing1.xml');
    // the Metrics Detail sheet is unchanged (it has no charts)
    expect(after.get('xl/worksheets/sheet2.xml')!.equals(before.get('xl/worksheets/sheet2.xml')!)).toBe(true);

    // the drawing: three anchors, each pointing to its chart
    const dr = parser.parse(after.get('xl/drawings/drawing1.xml')!.toString())['xdr:wsDr'];
    const anchors = dr['xdr:twoCellAnchor'] as Json[];
    expect(anchors).toHaveLength(3);
    expect(anchors.map((a) => [a['xdr:from']['xdr:col'], a['xdr:from']['xdr:row'], a['xdr:to']['xdr:col'], a['xdr:to']['xdr:row']])).toEqual([
      [0, 1, 7, 14],
      [0, 14, 7, 27],
      [0, 27, 7, 40],
    ]);
    const drRels = parser.parse(after.get('xl/drawings/_rels/drawing1.xml.rels')!.toString()).Relationships.Relationship as Json[];
    anchors.forEach((a, i) => {
      const id = a['xdr:graphicFrame']['a:graphic']['a:graphicData']['c:chart']['@r:id'];
      const r = drRels.find((x) => x['@Id'] === id);
      expect(r['@Type']).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
      expect(r['@Target']).toBe(`../charts/chart${i + 1}.xml`);
    });
  });

  test('the charts reference the cells and cache their values', async () => {
    const after = await files(withCharts);
    const chart = (n: number) => parser.parse(after.get(`xl/charts/chart${n}.xml`)!.toString())['c:chartSpace']['c:chart'];

    // line chart
    const line = chart(1)['c:plotArea'];
    const lser = line['c:lineChart']['c:ser'] as Json[];
    expect(lser.map((s) => s['c:tx']['c:v'])).toEqual(['Participants', 'Comparison']);
    expect(cacheOf(lser[0]['c:cat']['c:numRef'])).toEqual({ f: "'Metrics Detail'!$A$2:$A$10", values: [0, 3, 6, 9, 12, 15, 18, 21, 24] });
    const p = cacheOf(lser[0]['c:val']['c:numRef']);
    expect(p.f).toBe("'Metrics Detail'!$B$2:$B$10");
    expect(p.values).toHaveLength(9);
    p.values.forEach((v, i) => expect(v).toBeCloseTo(1 - 0.02 * i, 12));
    expect(lser[0]['c:val']['c:numRef']['c:numCache']['c:ptCount']['@val']).toBe(9);
    expect(lser[0]['c:val']['c:numRef']['c:numCache']['c:formatCode']).toBe('0%');
    expect(cacheOf(lser[1]['c:val']['c:numRef']).f).toBe("'Metrics Detail'!$C$2:$C$10");
    expect(lser[1]['c:spPr']['a:ln']['a:prstDash']['@val']).toBe('dash');
    expect(lser[1]['c:spPr']['a:ln']['a:solidFill']['a:srgbClr']['@val']).toBe('C00000');
    expect(line['c:valAx'][0]['c:scaling']).toMatchObject({ 'c:max': { '@val': 1 }, 'c:min': { '@val': 0 } });
    expect(line['c:valAx'][0]['c:numFmt']['@formatCode']).toBe('0%');
    expect(chart(1)['c:title']['c:tx']['c:rich']['a:p']['a:r']['a:t']).toBe('Retention: participants vs comparison');

    // scatter: x and y refs (also written without $ by the caller: normalised)
    const sc = chart(2)['c:plotArea'];
    expect(sc['c:valAx']).toHaveLength(2);
    const sser = sc['c:scatterChart']['c:ser'] as Json[];
    expect(cacheOf(sser[0]['c:xVal']['c:numRef'])).toEqual({ f: "'Metrics Detail'!$E$2:$E$7", values: [0, 6, 6, 12, 12, 24] });
    expect(cacheOf(sser[0]['c:yVal']['c:numRef'])).toEqual({ f: "'Metrics Detail'!$F$2:$F$7", values: [1, 1, 0.9, 0.9, 0.8, 0.8] });
    expect(cacheOf(sser[1]['c:xVal']['c:numRef'])).toEqual({ f: "'Metrics Detail'!$E$5:$E$7", values: [12, 12, 24] });
    expect(sser[1]['c:spPr']['a:ln']['a:noFill']).toBeDefined();
    expect(sser[1]['c:marker']['c:symbol']['@val']).toBe('circle');
    expect(chart(2)['c:title']['c:tx']['c:rich']['a:p']['a:r']['a:t']).toBe('Retention (Kaplan–Meier) & <steps>');

    // column chart with text categories (shared strings) and the 0.80 line drawn as a line
    const col = chart(3)['c:plotArea'];
    expect(col['c:barChart']['c:barDir']['@val']).toBe('col');
    const bser = col['c:barChart']['c:ser'] as Json[];
    expect(cacheOf(bser[0]['c:cat']['c:strRef'])).toEqual({ f: "'Metrics Detail'!$K$2:$K$4", values: ['Mentor pool', 'Sponsorship', 'Stretch roles'] });
    expect(cacheOf(bser[0]['c:val']['c:numRef'])).toEqual({ f: "'Metrics Detail'!$L$2:$L$4", values: [0.95, 0.72, 0.88] });
    const ref = col['c:lineChart']['c:ser'] as Json[];
    expect(cacheOf(ref[0]['c:val']['c:numRef'])).toEqual({ f: "'Metrics Detail'!$M$2:$M$4", values: [0.8, 0.8, 0.8] });
    // both chart groups use the same two axes
    expect(col['c:lineChart']['c:axId']).toEqual(col['c:barChart']['c:axId']);
  });

  test('ExcelJS still reads the file, values intact', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(withCharts) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Board', 'Metrics Detail']);
    const md = wb.getWorksheet('Metrics Detail')!;
    expect(md.getCell('B3').value).toBeCloseTo(0.98, 12);
    expect(md.getCell('K3').value).toBe('Sponsorship');
    expect(md.getCell('F4').value).toBe(0.9);
    expect(wb.getWorksheet('Board')!.getCell('A1').value).toBe('Board Dashboard');
  });

  test('a sheet without a rels part gets one; a workbook without the chart sheet is refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['q', 'v']);
    ws.addRow(['a', 1]);
    ws.addRow(['b', 2]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await files(buf)).has('xl/worksheets/_rels/sheet1.xml.rels')).toBe(false);
    const spec: ChartSpec = {
      sheet: 'Data',
      kind: 'bar',
      title: 'Bars',
      categories: 'A2:A3',
      series: [{ name: 'v', values: 'Data!B2:B3' }],
      anchor: { from: { col: 3, row: 0 }, to: { col: 9, row: 12 } },
    };
    const after = await files(await addCharts(buf, [spec]));
    const rels = after.get('xl/worksheets/_rels/sheet1.xml.rels')!.toString();
    expect(XMLValidator.validate(rels)).toBe(true);
    expect(rels).toContain('Target="../drawings/drawing1.xml"');
    expect(after.get('xl/worksheets/sheet1.xml')!.toString()).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    const c = after.get('xl/charts/chart1.xml')!.toString();
    expect(c).toContain('<c:barDir val="bar"/>');
    expect(c).toContain("<c:f>'Data'!$A$2:$A$3</c:f>");
  });

  test('plain errors: unknown sheet, bad reference, 2-D reference, a sheet that already has a drawing', async () => {
    const base = CHARTS[0]!;
    await expect(addCharts(original, [{ ...base, sheet: 'Nope' }])).rejects.toThrow('The workbook has no worksheet named "Nope".');
    await expect(addCharts(original, [{ ...base, categories: 'Metrics Detail!A2:A10' }])).rejects.toThrow(/Cannot read the cell reference "Metrics Detail!A2:A10"/);
    await expect(addCharts(original, [{ ...base, series: [{ name: 'x', values: "'Nowhere'!B2:B3" }] }])).rejects.toThrow('no worksheet named "Nowhere"');
    await expect(addCharts(original, [{ ...base, series: [{ name: 'x', values: `${MD}!B2:C10` }] }])).rejects.toThrow(/one row or one column/);
    await expect(addCharts(withCharts, [base])).rejects.toThrow('The sheet "Board" already has a drawing; charts cannot be added to it.');
    await expect(addCharts(original, [{ ...base, series: [{ name: 'x', values: `${MD}!B2:B3`, color: 'red' }] }])).rejects.toThrow(/hex RRGGBB/);
  });
});

// ---------------------------------------------------------------------------------------------
// rendering with LibreOffice (CADRE_LIBREOFFICE=1)

const renderIt = process.env.CADRE_LIBREOFFICE === '1' ? test : test.skip;

/** Renders page 1 of the workbook at 60 dpi (through the shared helper, LibreOffice then pdftoppm); keeps the .xlsx and a PNG in `dir`. */
async function renderFirstPageOf(xlsx: Uint8Array | Buffer, dir: string, name: string): Promise<RgbImage> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, xlsx);
  return (await renderFirstPage(file, { dpi: 60, pngPath: join(dir, `${name}.png`) })).image;
}

describe('rendering in LibreOffice (CADRE_LIBREOFFICE=1)', () => {
  renderIt(
    'the charts draw on the printed Board sheet',
    async () => {
      const dir = process.env.CADRE_CHART_RENDER_DIR ?? mkdtempSync(join(tmpdir(), 'cadre-charts-'));
      mkdirSync(dir, { recursive: true });
      const original = await buildWorkbook();
      const charted = await addCharts(original, CHARTS);
      const plain = await renderFirstPageOf(original, dir, 'plain');
      const img = await renderFirstPageOf(charted, dir, 'charts');
      // 60 dpi: margins 0.7 in (42 px) left, 0.75 in (45 px) top; rows 15 pt = 12.5 px; columns (ExcelJS's default width) ≈ 40 px.
      // Regions well inside each chart's anchor (columns 1..6, rows +3..+11 of the chart), whatever the exact widths.
      const px = (col: number) => 42 + col * 40;
      const py = (row: number) => 45 + row * 12.5;
      for (const first of [1, 14, 27]) {
        const box = [px(1), py(first + 3), px(6), py(first + 11)] as const;
        const charts = inkShare(img, ...box);
        const before = inkShare(plain, ...box);
        console.log(`chart at row ${first}: ink ${(charts * 100).toFixed(1)}% (without charts ${(before * 100).toFixed(1)}%)`);
        // a chart is a frame, gridlines, axis labels and the series: a few per cent of the pixels are ink
        expect({ first, charts: charts > 0.015, before: before < 0.002 }).toEqual({ first, charts: true, before: true });
      }
      // no ink below the last chart
      expect(inkShare(img, px(0), py(42), px(7), py(52))).toBeLessThan(0.005);
    },
    240_000,
  );
});
