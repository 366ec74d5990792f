import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import type { SheetPlan, WorkbookPlan } from '../../../dashboard/plan';
import type { CellValue, SheetValues } from '../../../model/cell';
import { columnLetters, parseRangeRef } from '../../../excel/a1Address';
import { XlsxSource } from '../read/xlsxSource';
import { BOARD_PACK_KEYWORD, hasBoardPackMarker, openPackage } from '../boardPackMarker';
import { CellGrid } from './cellGrid';
import { PlanWriteError } from './planWriteError';
import { needsQuotePrefix } from './quotePrefix';
import { planWithTrickySheet, REFRESHED_AT, samplePlan, TRICKY, TRICKY_TEXT, trickySheet } from './samplePlan.test-helpers';
import { attr, cellXml, readParts, type XlsxParts } from './xlsxParts.test-helpers';
import { writePlanXlsx } from './writePlanXlsx';

const a1 = (row: number, col: number) => `${columnLetters(col)}${row}`;

/** Where the values read back differ from the plan's blocks (at most 10, to read). */
function valueDiffs(sheet: SheetPlan, read: SheetValues, renamed: ReadonlyMap<string, string> = new Map()): string[] {
  const grid = CellGrid.fromBlocks(sheet.blocks, sheet.name);
  const out: string[] = [];
  const got = (row: number, col: number): CellValue => read.values[row - 1]?.[col - 1] ?? null;
  for (const [row, values] of grid.rows) {
    values.forEach((v, col) => {
      const address = a1(row, col);
      const expected = renamed.get(address) ?? (typeof v === 'number' && !Number.isFinite(v) ? { error: '#NUM!' } : v ?? null);
      const actual = got(row, col);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) out.push(`${sheet.name}!${address}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(actual)}`);
    });
  }
  read.values.forEach((values, r) =>
    values.forEach((v, c) => {
      if (v !== null && v !== undefined && grid.get(r + 1, c + 1) === undefined) out.push(`${sheet.name}!${a1(r + 1, c + 1)}: ${JSON.stringify(v)} is not in the plan`);
    }),
  );
  return out.slice(0, 10);
}

describe('writePlanXlsx: the standard sample plan, plus a sheet of tricky text', () => {
  let plan: WorkbookPlan;
  let buffer: Buffer;
  let parts: XlsxParts;
  let sheetsRead: SheetValues[];
  let ms: number;

  beforeAll(async () => {
    plan = planWithTrickySheet(samplePlan());
    const t0 = performance.now();
    buffer = await writePlanXlsx(plan, { title: 'Cadre board pack', refreshedAt: REFRESHED_AT });
    ms = performance.now() - t0;
    parts = await readParts(buffer);
    sheetsRead = await new XlsxSource(buffer).readSheets(plan.sheets.map((s) => s.name));
  });

  test('writes every sheet in order, well-formed, in well under a second', async () => {
    expect([...parts.sheets.keys()]).toEqual(plan.sheets.map((s) => s.name));
    expect(plan.sheets.map((s) => s.role).slice(0, 3)).toEqual(['board', 'equity', 'metrics']);
    for (const name of parts.files.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect({ name, valid: XMLValidator.validate(await parts.text(name)) }).toEqual({ name, valid: true });
    }
    expect(ms).toBeLessThan(5000);
  });

  test('every value of every sheet reads back as the plan has it (text as text, numbers, yes/no, blanks)', () => {
    const renamed = new Map([
      ['F14', 'Group2'],
      ['G14', 'Column3'],
      ['H14', '5'],
    ]);
    plan.sheets.forEach((sheet, i) => {
      expect(sheetsRead[i]!.name).toBe(sheet.name);
      expect(valueDiffs(sheet, sheetsRead[i]!, sheet.name === TRICKY ? renamed : undefined)).toEqual([]);
    });
    const tricky = sheetsRead.find((s) => s.name === TRICKY)!;
    expect(tricky.values.slice(3, 3 + TRICKY_TEXT.length).map((r) => r[0])).toEqual([...TRICKY_TEXT]);
  });

  test('no cell is a formula; formula-like and number-like text is a text cell with the quote prefix, other text is not', () => {
    for (const [name, xml] of parts.sheets) {
      expect({ name, formulas: /<f[ >]/.test(xml) }).toEqual({ name, formulas: false });
    }
    const quoted = (xml: string, address: string) => {
      const c = cellXml(xml, address);
      return { address, type: attr(c, 't'), quotePrefix: /quotePrefix="1"/.test(parts.cellXfs[Number(attr(c, 's') ?? 0)]!) };
    };
    const xml = parts.sheets.get(TRICKY)!;
    TRICKY_TEXT.forEach((text, i) => {
      const address = `A${4 + i}`;
      expect(quoted(xml, address)).toEqual({ address, type: 's', quotePrefix: true });
      expect(parts.sharedStrings[Number(/<v>(\d+)<\/v>/.exec(cellXml(xml, address)!)![1])]).toBe(text);
    });
    expect(quoted(xml, 'E3')).toEqual({ address: 'E3', type: 's', quotePrefix: true }); // =1+1, outside any table
    expect(quoted(xml, 'I3')).toEqual({ address: 'I3', type: 's', quotePrefix: true }); // -5
    expect(quoted(xml, 'A3')).toEqual({ address: 'A3', type: 's', quotePrefix: false }); // a header
    expect(quoted(xml, 'F3').type).toBeUndefined(); // 3.25, a number

    // the whole workbook: the quote prefix exactly where the text needs it, and the marker gone
    const wrong: string[] = [];
    let texts = 0;
    for (const [name, sheetXml] of parts.sheets) {
      for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")? t="s"><v>(\d+)<\/v><\/c>/g)) {
        const text = parts.sharedStrings[Number(m[3])]!;
        const has = /quotePrefix="1"/.test(parts.cellXfs[Number(m[2] ?? 0)]!);
        texts++;
        if (has !== needsQuotePrefix(text)) wrong.push(`${name}!${m[1]} ${JSON.stringify(text)}: quotePrefix ${has}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(texts).toBeGreaterThan(1000);
    expect(parts.cellXfs.some((xf) => xf.includes('readingOrder'))).toBe(false);
  });

  test('every cell a style wraps is written with wrapText (the long texts fitWrappedRows wraps among them)', () => {
    let wrapped = 0;
    for (const sheet of plan.sheets) {
      const xml = parts.sheets.get(sheet.name)!;
      const styleOf = new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].map((m) => [m[1]!, Number(m[2] ?? 0)]));
      for (const { range, style } of sheet.styles) {
        if (style.wrap !== true) continue;
        const r = parseRangeRef(range);
        for (let row = r.row1; row <= r.row2; row++) {
          for (let col = r.col1; col <= r.col2; col++) {
            const address = a1(row, col);
            const xf = parts.cellXfs[styleOf.get(address) ?? 0]!;
            expect({ sheet: sheet.name, address, wrapText: /wrapText="1"/.test(xf) }).toEqual({ sheet: sheet.name, address, wrapText: true });
            wrapped++;
          }
        }
      }
    }
    expect(wrapped).toBeGreaterThan(100);
  });

  test('merges, column widths, row heights, frozen panes, gridlines and tab colours are as planned', () => {
    for (const sheet of plan.sheets) {
      const xml = parts.sheets.get(sheet.name)!;
      const merges = [...xml.matchAll(/<mergeCell ref="([^"]+)"\/>/g)].map((m) => m[1]).sort();
      expect({ sheet: sheet.name, merges }).toEqual({ sheet: sheet.name, merges: sheet.merges.filter((m) => m.includes(':')).sort() });

      const widths: number[] = [];
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) for (let c = Number(m[1]); c <= Number(m[2]); c++) widths[c - 1] = Math.round(Number(m[3]) * 1e6) / 1e6;
      expect({ sheet: sheet.name, widths }).toEqual({ sheet: sheet.name, widths: [...sheet.columnWidths] });

      for (const { row, height } of sheet.rowHeights ?? []) expect({ sheet: sheet.name, row, ht: attr(/<row r="\d+"[^>]*>/.exec(xml.slice(xml.indexOf(`<row r="${row}"`)))?.[0], 'ht') }).toEqual({ sheet: sheet.name, row, ht: String(height) });

      const pane = /<pane [^>]*\/>/.exec(xml)?.[0];
      if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
        expect({ sheet: sheet.name, state: attr(pane, 'state'), x: Number(attr(pane, 'xSplit') ?? 0), y: Number(attr(pane, 'ySplit') ?? 0) }).toEqual({
          sheet: sheet.name,
          state: 'frozen',
          x: sheet.freeze.columns,
          y: sheet.freeze.rows,
        });
      } else {
        expect({ sheet: sheet.name, pane }).toEqual({ sheet: sheet.name, pane: undefined });
      }
      expect({ sheet: sheet.name, gridlines: attr(/<sheetView [^>]*>/.exec(xml)![0], 'showGridLines') }).toEqual({ sheet: sheet.name, gridlines: sheet.showGridlines === false ? '0' : undefined });
      expect({ sheet: sheet.name, tab: attr(/<tabColor [^>]*\/>/.exec(xml)?.[0], 'rgb') }).toEqual({ sheet: sheet.name, tab: sheet.tabColor && `FF${sheet.tabColor.toUpperCase()}` });
    }
    expect(plan.sheets[0]!.showGridlines).toBe(false); // the Board Dashboard
  });

  test('tables: the planned names and ranges, header cells equal to column names, filter buttons shown', async () => {
    const tables = new Map<string, string>();
    for (const path of parts.files.filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
      const xml = await parts.text(path);
      const table = /<table [^>]*>/.exec(xml)![0];
      tables.set(attr(table, 'name')!, xml);
      expect(xml).not.toContain('hiddenButton="1"');
    }
    const planned = plan.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s, t })));
    expect([...tables.keys()].sort()).toEqual(planned.map((p) => p.t.name).sort());
    for (const { sheet, t } of planned) {
      const xml = tables.get(t.name)!;
      expect({ name: t.name, ref: attr(/<table [^>]*>/.exec(xml)![0], 'ref'), style: attr(/<tableStyleInfo [^>]*>/.exec(xml)![0], 'name') }).toEqual({
        name: t.name,
        ref: t.range,
        style: t.style ?? 'TableStyleLight9',
      });
      const r = parseRangeRef(t.range);
      const read = sheetsRead[plan.sheets.indexOf(sheet)]!;
      const header = read.values[r.row1 - 1]!.slice(r.col1 - 1, r.col2);
      expect([...xml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))).toEqual(header);
      const sheetXml = parts.sheets.get(sheet.name)!;
      expect(Number(attr(/<tableParts [^>]*>/.exec(sheetXml)?.[0], 'count'))).toBe(sheet.tables.length);
    }
    expect(tables.get('CadreRenamed')).toMatch(/name="Group".*name="Group2".*name="Column3".*name="5"/s);
  });

  test('conditional formats: a cellIs-equal rule per status, with its fill and font colour', async () => {
    const styles = await parts.text('xl/styles.xml');
    const dxfs = [.../<dxfs[^>]*>(.*)<\/dxfs>/s.exec(styles)![1]!.matchAll(/<dxf>(.*?)<\/dxf>/gs)].map((m) => m[1]!);
    let checked = 0;
    for (const sheet of plan.sheets) {
      const xml = parts.sheets.get(sheet.name)!;
      for (const cf of sheet.conditionalFormats) {
        const block = new RegExp(`<conditionalFormatting sqref="${cf.range}">(.*?)</conditionalFormatting>`, 's').exec(xml)?.[1];
        expect({ sheet: sheet.name, range: cf.range, found: block !== undefined }).toEqual({ sheet: sheet.name, range: cf.range, found: true });
        const rules = [...block!.matchAll(/<cfRule ([^>]*)><formula>(.*?)<\/formula><\/cfRule>/g)];
        expect(rules.map((m) => [attr(m[1], 'type'), attr(m[1], 'operator'), m[2]!.replace(/&quot;/g, '"')])).toEqual(
          cf.rules.map((r) => ['cellIs', 'equal', `"${r.equals.replace(/"/g, '""')}"`]),
        );
        rules.forEach((m, i) => {
          const dxf = dxfs[Number(attr(m[1], 'dxfId'))]!;
          expect(dxf).toContain(`<bgColor rgb="FF${cf.rules[i]!.fill}"/>`);
          expect(dxf).toContain(`<font><color rgb="FF${cf.rules[i]!.color}"/></font>`);
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7); // the Equity Detail statuses, the Board's summary, the tricky sheet
  });

  test('workbook names: the planned ones, sheet names quoted, comments kept; the print areas', () => {
    const names = [...parts.workbook.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
      name: attr(m[1], 'name'),
      local: attr(m[1], 'localSheetId'),
      comment: attr(m[1], 'comment')?.replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
      ref: m[2]!.replace(/&apos;/g, "'"),
    }));
    expect(plan.names.length).toBeGreaterThan(5);
    for (const n of plan.names) {
      const r = parseRangeRef(n.ref);
      const ref = `'${n.sheet.replace(/'/g, "''")}'!$${columnLetters(r.col1)}$${r.row1}${r.row1 === r.row2 && r.col1 === r.col2 ? '' : `:$${columnLetters(r.col2)}$${r.row2}`}`;
      expect(names).toContainEqual({ name: n.name, local: undefined, comment: n.comment, ref });
    }
    expect(names).toContainEqual({ name: 'Cadre.TrickyNumber', local: undefined, comment: 'a number & a "comment"', ref: "'It''s Tricky'!$F$3" });
    expect(names.find((n) => n.name === 'Cadre.Retention12m')?.ref).toMatch(/^'Board Dashboard'!\$[A-Z]+\$\d+$/);
    plan.sheets.forEach((sheet, i) => {
      if (sheet.print?.area === undefined) return;
      const r = parseRangeRef(sheet.print.area);
      expect(names).toContainEqual({ name: '_xlnm.Print_Area', local: String(i), comment: undefined, ref: `'${sheet.name}'!$${columnLetters(r.col1)}$${r.row1}:$${columnLetters(r.col2)}$${r.row2}` });
    });
  });

  test('protected sheets: protection with no password, columns, rows and cells can be formatted', () => {
    for (const sheet of plan.sheets) {
      const p = /<sheetProtection [^>]*\/>/.exec(parts.sheets.get(sheet.name)!)?.[0];
      if (!sheet.protect) {
        expect({ sheet: sheet.name, p }).toEqual({ sheet: sheet.name, p: undefined });
        continue;
      }
      expect({ sheet: sheet.name, p: p !== undefined }).toEqual({ sheet: sheet.name, p: true });
      expect({ sheet: sheet.name, sheetAttr: attr(p, 'sheet'), formatColumns: attr(p, 'formatColumns'), formatRows: attr(p, 'formatRows'), formatCells: attr(p, 'formatCells') }).toEqual({
        sheet: sheet.name,
        sheetAttr: '1',
        formatColumns: '0',
        formatRows: '0',
        formatCells: '0',
      });
      for (const secret of ['password', 'hashValue', 'saltValue', 'algorithmName', 'spinCount']) expect(p).not.toContain(`${secret}=`);
    }
  });

  test('print setup: the planned orientation, fitted one page wide (or on one page), or a fixed scale with margins and page breaks', () => {
    let checked = 0;
    for (const sheet of plan.sheets) {
      if (!sheet.print) continue;
      const xml = parts.sheets.get(sheet.name)!;
      const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0];
      expect({ sheet: sheet.name, orientation: attr(setup, 'orientation') }).toEqual({ sheet: sheet.name, orientation: sheet.print.orientation });
      if (sheet.print.scale !== undefined) {
        const margins = /<pageMargins [^>]*\/>/.exec(xml)?.[0];
        expect({ sheet: sheet.name, scale: attr(setup, 'scale'), fitToPage: attr(/<pageSetUpPr [^>]*\/>/.exec(xml)?.[0], 'fitToPage') ?? '0', left: attr(margins, 'left'), top: attr(margins, 'top') }).toEqual({
          sheet: sheet.name,
          scale: String(sheet.print.scale),
          fitToPage: '0',
          left: String(sheet.print.margins!.left),
          top: String(sheet.print.margins!.top),
        });
        // a break before row n is <brk id="n-1">, across every column (the last column index is 16383)
        const breaks = [...xml.matchAll(/<brk ([^>]*)\/>/g)].map((m) => ({ id: attr(m[0], 'id'), max: attr(m[0], 'max'), man: attr(m[0], 'man') }));
        expect(breaks).toEqual(sheet.print.breaksBefore!.map((row) => ({ id: String(row - 1), max: '16383', man: '1' })));
        expect(xml).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
      } else if (sheet.print.fitToOnePageWide || sheet.print.fitToOnePage) {
        expect({ sheet: sheet.name, fitToPage: attr(/<pageSetUpPr [^>]*\/>/.exec(xml)?.[0], 'fitToPage'), width: attr(setup, 'fitToWidth'), height: attr(setup, 'fitToHeight') }).toEqual({
          sheet: sheet.name,
          fitToPage: '1',
          width: '1',
          height: sheet.print.fitToOnePage ? '1' : '0',
        });
      }
      checked++;
    }
    expect(plan.sheets[0]!.print).toMatchObject({ orientation: 'landscape', scale: 88 });
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  test('charts: one chart part per planned chart, each sheet with charts has its drawing', () => {
    const planned = plan.sheets.reduce((n, s) => n + s.charts.length, 0);
    expect(planned).toBeGreaterThanOrEqual(5);
    expect(parts.files.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(planned);
    for (const sheet of plan.sheets) expect({ sheet: sheet.name, drawing: /<drawing r:id=/.test(parts.sheets.get(sheet.name)!) }).toEqual({ sheet: sheet.name, drawing: sheet.charts.length > 0 });
  });

  test('the marker: written by cadre refresh, with its title and time', async () => {
    const core = await parts.text('docProps/core.xml');
    expect(core).toContain(`<cp:keywords>${BOARD_PACK_KEYWORD}</cp:keywords>`);
    expect(core).toContain('<dc:creator>Cadre</dc:creator>');
    expect(core).toContain('<dc:title>Cadre board pack</dc:title>');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${REFRESHED_AT.toISOString().replace(/\.000Z$/, 'Z')}</dcterms:created>`);
    expect(await hasBoardPackMarker((await openPackage(buffer))!)).toBe(true);
  });

  test('ExcelJS reopens the file; styles merged property by property, later wins', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(TRICKY)!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 }); // bold from the first style, size from the second
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('A3').alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    expect(ws.getCell('B4').numFmt).toBe('0.00');
    expect(ws.getCell('B4').alignment).toMatchObject({ horizontal: 'right' });
    expect(ws.getCell('E6').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell('E7').border).toEqual({ bottom: { style: 'thin' } }); // 'bottom' replaced 'thin'
    expect(ws.getCell('E6').isMerged).toBe(true);
    expect(ws.getCell('G7').master.address).toBe('E6');
  });
});

describe('writePlanXlsx refuses a plan Excel could not open, in plain words', () => {
  const sheet = (over: Partial<SheetPlan> = {}): SheetPlan => ({ ...trickySheet(), charts: [], ...over });
  const write = (sheets: SheetPlan[], names: WorkbookPlan['names'] = []) => writePlanXlsx({ sheets, names });

  test.each([
    ['no sheet', [], /no sheet/],
    ['two sheets named alike', [sheet({ name: 'Board' }), sheet({ name: 'BOARD', tables: [] })], /two sheets named "BOARD"/],
    ['a sheet named History', [sheet({ name: 'History' })], /Excel reserves the name "History"/],
    ['a sheet name over 31 characters', [sheet({ name: 'A sheet name that is far too long' })], /longer than 31/],
    ['a sheet name with a slash', [sheet({ name: 'Q3/Q4' })], /contains one of/],
    ['a table name with a space', [sheet({ tables: [{ name: 'My table', range: 'A3:C11' }] })], /table name "My table" cannot be used/],
    ['a table name that is a cell reference', [sheet({ tables: [{ name: 'AB12', range: 'A3:C11' }] })], /reads as a cell reference/],
    ['a table with no row', [sheet({ tables: [{ name: 'TableOne', range: 'A3:C3' }] })], /no row/],
    ['overlapping tables', [sheet({ tables: [{ name: 'TableOne', range: 'A3:C11' }, { name: 'TableTwo', range: 'B5:D6' }] })], /overlaps another table/],
    ['a table over a merge', [sheet({ merges: ['B5:C6'] })], /overlaps a merged range/],
    ['a table name used twice', [sheet({ name: 'One' }), sheet({ name: 'Two' })], /table name "CadreTricky" is used twice/],
    ['a colour that is not RRGGBB', [sheet({ tabColor: 'teal' })], /colour "teal" is not hex RRGGBB/],
    ['a style on a range that does not parse', [sheet({ styles: [{ range: 'A1:', style: { bold: true } }] })], /Sheet "It's Tricky", style on A1:.*cell reference/],
    ['a chart listed on another sheet', [sheet({ charts: [{ ...trickySheet().charts[0]!, sheet: 'Elsewhere' }] })], /placed on "Elsewhere"/],
  ] as const)('%s', async (_what, sheets, message) => {
    const p = write([...sheets]);
    await expect(p).rejects.toThrow(PlanWriteError);
    await expect(write([...sheets])).rejects.toThrow(message);
  });

  test('workbook names: a name on a sheet the plan lacks, an invalid name, a name used twice', async () => {
    const s = [sheet()];
    await expect(write(s, [{ name: 'Cadre.X', sheet: 'Nowhere', ref: 'A1' }])).rejects.toThrow('The workbook name "Cadre.X" refers to the sheet "Nowhere", which the plan does not have.');
    await expect(write(s, [{ name: '1st', sheet: TRICKY, ref: 'A1' }])).rejects.toThrow(/workbook name "1st" cannot be used/);
    await expect(write(s, [{ name: 'R1C1', sheet: TRICKY, ref: 'A1' }])).rejects.toThrow(/R1C1/);
    await expect(write(s, [{ name: 'cadretricky', sheet: TRICKY, ref: 'A1' }])).rejects.toThrow(/used twice/);
  });
});
