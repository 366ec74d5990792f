import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromDate } from '../../../calendar/dayFromDate';
import { dayFromIso } from '../../../calendar/dayFromIso';
import { XlsxSource, WorkbookReadError } from './xlsxSource';

const dir = mkdtempSync(join(tmpdir(), 'cadre-xlsx-'));

async function writeBook(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, file);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('XlsxSource', () => {
  test('reads sheets in tab order with formula results, rich text, hyperlinks, errors, merged cells and dates', async () => {
    const path = await writeBook('kinds.xlsx', (wb) => {
      const second = wb.addWorksheet('Second');
      second.getCell('A1').value = 'x';
      const ws = wb.addWorksheet('Participants');
      wb.worksheets.length; // tab order: Second, Participants
      ws.getCell('A1').value = 'PersonID';
      ws.getCell('B1').value = 'ProgramStart';
      ws.getCell('C1').value = 'Note';
      ws.getCell('A2').value = { formula: '1000+42', result: 1042 } as ExcelJS.CellValue;
      ws.getCell('B2').value = new Date(Date.UTC(2025, 0, 1));
      ws.getCell('B2').numFmt = 'yyyy-mm-dd';
      ws.getCell('C2').value = { richText: [{ text: 'bold ' }, { text: 'plain' }] };
      ws.getCell('A3').value = { text: 'P7', hyperlink: 'https://example.com' };
      ws.getCell('B3').value = { error: '#N/A' } as ExcelJS.CellValue;
      ws.getCell('A5').value = 'after a blank row';
      ws.mergeCells('C5:D5');
      ws.getCell('C5').value = 'merged';
    });
    const source = new XlsxSource(path);
    const outline = await source.describe();
    expect(outline).toEqual({ sheets: ['Second', 'Participants'], dateSystem: '1900' });
    const [p] = await source.readSheets(['Participants']);
    expect(p.values[0]).toEqual(['PersonID', 'ProgramStart', 'Note']);
    expect(p.values[1][0]).toBe(1042);
    expect(dayFromDate(p.values[1][1] as Date)).toBe(dayFromIso('2025-01-01'));
    expect(p.values[1][2]).toBe('bold plain');
    expect(p.values[2].slice(0, 2)).toEqual(['P7', { error: '#N/A' }]);
    expect(p.values[3]).toEqual([]); // row 4 is blank: kept so row numbers stay true
    expect(p.values[4][0]).toBe('after a blank row');
    expect(p.values[4][2]).toBe('merged');
  });

  test('reports the 1904 date system and reads its dates right', async () => {
    const path = await writeBook('mac.xlsx', (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Participants');
      ws.getCell('A1').value = 'ProgramStart';
      ws.getCell('A2').value = new Date(Date.UTC(2025, 0, 1));
      ws.getCell('A2').numFmt = 'yyyy-mm-dd';
      ws.getCell('A3').value = 44196; // a plain number: the 1904 serial of 2025-01-01
    });
    const source = new XlsxSource(path);
    expect((await source.describe()).dateSystem).toBe('1904');
    const [p] = await source.readSheets(['Participants']);
    expect(dayFromDate(p.values[1][0] as Date)).toBe(dayFromIso('2025-01-01'));
    expect(p.values[2][0]).toBe(44196);
  });

  test('a missing sheet is named', async () => {
    const path = await writeBook('one.xlsx', (wb) => wb.addWorksheet('A').getCell('A1').value = 1);
    await expect(new XlsxSource(path).readSheets(['B'])).rejects.toThrow('no sheet named "B"');
  });

  test('random sheets written by ExcelJS read back equal', async () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((t) => t.trim() === t && t.length > 0),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000)),
    );
    const sheetArb = fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach((rows, i) => {
          const ws = wb.addWorksheet(`Sheet ${i + 1} ü`);
          rows.forEach((row, r) =>
            row.forEach((v, c) => {
              if (v === null) return;
              const cell = ws.getCell(r + 1, c + 1);
              cell.value = v;
              if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm:ss';
            }),
          );
        });
        const bytes = Buffer.from(await wb.xlsx.writeBuffer());
        const source = new XlsxSource(bytes);
        const { sheets: names } = await source.describe();
        expect(names).toEqual(sheets.map((_, i) => `Sheet ${i + 1} ü`));
        const read = await source.readSheets(names);
        read.forEach((sheet, i) => {
          // what was written, as a map of addresses; what was read, the same way
          const want = new Map<string, unknown>();
          sheets[i].forEach((row, r) => row.forEach((v, c) => v !== null && want.set(`${r},${c}`, v)));
          const got = new Map<string, unknown>();
          sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && got.set(`${r},${c}`, v)));
          expect(got).toEqual(want);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('XlsxSource: every failure is one sentence naming the file', () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  const at = (name: string, bytes: Uint8Array | string) => {
    const path = join(bad, name);
    writeFileSync(path, bytes);
    return path;
  };
  const zipOf = async (files: Record<string, string>, compression: 'STORE' | 'DEFLATE' = 'DEFLATE') => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return zip.generateAsync({ type: 'nodebuffer', compression });
  };
  /** What reading the whole file says, after checking it is a WorkbookReadError with none of a library's words. */
  async function failure(path: string): Promise<string> {
    const source = new XlsxSource(path);
    const e = await source
      .describe()
      .then((o) => source.readSheets(o.sheets))
      .then(
        () => undefined,
        (x: unknown) => x,
      );
    expect(e).toBeInstanceOf(WorkbookReadError);
    const message = (e as Error).message;
    expect(message.startsWith(path)).toBe(true);
    expect(message).not.toMatch(/undefined|https?:|Cannot read prop|jszip|zlib|ENOENT|Error:/i);
    return message;
  }
  const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
  const workbook = (sheetXml: string) =>
    zipOf({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml':
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Participants" sheetId="1" r:id="rId1"/><sheet name="Gone" sheetId="2" r:id="rId2"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/gone.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
    });

  test('an empty file, a text file, a web page', async () => {
    expect(await failure(at('empty.xlsx', ''))).toMatch(/is empty \(0 bytes\)/);
    expect(await failure(at('data.xlsx', 'PersonID,Gender\nE1,Woman\n'))).toMatch(/is a text file \(CSV or similar\), not an \.xlsx workbook; open it in Excel/);
    expect(await failure(at('report.xlsx', '<html><body><table><tr><td>1</td></tr></table></body></html>'))).toMatch(/is a web page \(HTML\)/);
  });

  test('a password-protected workbook and a legacy .xls are told apart', async () => {
    const encrypted = Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(await failure(at('locked.xlsx', encrypted))).toMatch(/is protected by a password .*save a copy without the password/);
    const xls = Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]);
    expect(await failure(at('old.xlsx', xls))).toMatch(/is an Excel 97-2003 workbook \(\.xls\)/);
  });

  test('a truncated file, a zip that is not a workbook, an .ods and a .docx renamed', async () => {
    const whole = await workbook('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(await failure(at('half.xlsx', whole.subarray(0, whole.length >> 1)))).toMatch(/is damaged or incomplete/);
    expect(await failure(at('zip.xlsx', await zipOf({ 'notes.txt': 'hello' })))).toMatch(/is a zip file but not an Excel workbook/);
    expect(await failure(at('calc.xlsx', await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }, 'STORE')))).toMatch(
      /is an OpenDocument spreadsheet \(\.ods\)/,
    );
    expect(await failure(at('letter.xlsx', await zipOf({ 'word/document.xml': '<w/>' })))).toMatch(/is a Word document/);
  });

  test('corrupt compressed data, and a sheet listed but missing, are called damaged', async () => {
    const whole = await workbook('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(await failure(at('gone.xlsx', whole))).toMatch(/is damaged: its sheet "Gone" is listed in the workbook but missing from the file/);
    // flip bytes inside the first sheet's compressed data
    const corrupt = Buffer.from(whole);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    // the local header's name is followed by the data (JSZip writes no extra field)
    const dataAt = corrupt.indexOf(name) + name.length;
    for (let i = 0; i < 12; i++) corrupt[dataAt + i] ^= 0xff;
    expect(await failure(at('corrupt.xlsx', corrupt))).toMatch(/is damaged or incomplete \(the part xl\/worksheets\/sheet1\.xml is corrupt/);
  });

  test('a zip bomb of empty rows stops at Excel\'s row limit, at once', async () => {
    const bomb = await workbook('<row/>'.repeat(1_100_000));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await failure(at('bomb.xlsx', bomb))).toMatch(/has more than 1,048,576 rows on its sheet "Participants", more than Excel allows/);
  });

  test('a folder, a missing path, a FIFO and a device are refused without waiting', async () => {
    expect(await failure(bad)).toMatch(/is a folder/);
    expect(await failure(join(bad, 'nothing.xlsx'))).toMatch(/does not exist/);
    const fifo = join(bad, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expect(await failure(fifo)).toMatch(/is not a regular file \(a pipe, a device or a socket\)/);
    expect(await failure('/dev/zero')).toMatch(/is not a regular file/);
  });

  test('bytes in memory are named "The workbook"', async () => {
    await expect(new XlsxSource(Buffer.from('a,b\n')).describe()).rejects.toThrow(/^The workbook is a text file/);
  });
});
