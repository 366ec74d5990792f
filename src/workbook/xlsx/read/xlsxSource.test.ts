import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

  test('a file that is not a workbook gives a plain message', async () => {
    const path = join(dir, 'not.xlsx');
    writeFileSync(path, 'this is text, not a zip');
    await expect(new XlsxSource(path).describe()).rejects.toThrow(WorkbookReadError);
    await expect(new XlsxSource(path).describe()).rejects.toThrow(/could not be read as an Excel workbook/);
  });

  test('a missing sheet is named', async () => {
    const path = await writeBook('one.xlsx', (wb) => wb.addWorksheet('A').getCell('A1').value = 1);
    await expect(new XlsxSource(path).readSheets(['B'])).rejects.toThrow('no sheet named "B"');
  });
});
