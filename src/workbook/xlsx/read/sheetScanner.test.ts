import fc from 'fast-check';
import type { CellValue } from '../../../model/cell';
import { ReadFault } from './readFault';
import { SheetScanner, UNSAVED_FORMULA } from './sheetScanner';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const context = { name: 'Participants', sharedStrings: ['PersonID', 'Gender', '東京'], dateStyles: [false, true], dateSystem: '1900' as const };

/** The values of a sheet's XML, pushed in pieces cut at `cuts`. */
function scan(xml: string, cuts: readonly number[] = []): CellValue[][] {
  const scanner = new SheetScanner(context);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(xml.slice(at, cut));
    at = cut;
  }
  scanner.push(xml.slice(at));
  return scanner.finish();
}

const sheet = (data: string, root = `<worksheet xmlns="${MAIN}">`, close = '</worksheet>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}<dimension ref="A1:B2"/><sheetData>${data}</sheetData><mergeCells count="0"/>${close}`;

describe('SheetScanner', () => {
  test('reads numbers, shared strings, dates by style, booleans, errors, t="str", t="d" and inline strings', () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Note</t></is></c></row>' +
        '<row r="2"><c r="A2"><v>42</v></c><c r="B2" s="1"><v>45000</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c>' +
        '<c r="E2" t="str"><f>A2&amp;"x"</f><v>42x</v></c><c r="F2" t="d"><v>2024-03-31</v></c><c r="G2"><v>-1.5E-3</v></c></row>',
    );
    expect(scan(xml)).toEqual([
      ['PersonID', 'Gender', 'Note'],
      [42, new Date(Date.UTC(2023, 2, 15)), true, { error: '#N/A' }, '42x', new Date(Date.UTC(2024, 2, 31)), -0.0015],
    ]);
  });

  test('rows and cells without r are the next row and column; cells with r may skip columns', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>');
    expect(scan(xml)).toEqual([[1, 2], [null, null, 3, 4], [], [], [5], [6]]);
  });

  test('reads SpreadsheetML on a prefix, as Open XML SDK writers emit it', () => {
    const xml = sheet(
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:r><x:t>Gen</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>der</x:t></x:r></x:is></x:c></x:row>',
      `<x:worksheet xmlns:x="${MAIN}">`,
      '</x:worksheet>',
    ).replace('<sheetData>', '<x:sheetData>').replace('</sheetData>', '</x:sheetData>');
    expect(scan(xml)).toEqual([['PersonID', 'Gender']]);
  });

  test('inline rich text joins its runs and leaves out phonetic guides', () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><r><t>Pers</t></r><r><rPr><b/></rPr><t>onID</t></r></is></c><c r="B1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c></row>');
    expect(scan(xml)).toEqual([['PersonID', '東京']]);
  });

  test('a formula without a saved result is marked with its formula, not read as blank', () => {
    const xml = sheet('<row r="1"><c r="A1"><f>B1*2</f></c><c r="B1"><f t="shared" ref="B1:B3" si="0"/></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v></v></c></row>');
    // a text formula whose saved result is empty text has a result: ''
    expect(scan(xml)).toEqual([[{ error: UNSAVED_FORMULA, formula: 'B1*2' }, { error: UNSAVED_FORMULA, formula: '' }, '']]);
  });

  test('entities, character references and _xHHHH_ escapes are decoded; spaces kept', () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  Smith &amp; Co&#233;_x000D_</t></is></c><c r="B1" t="str"><v>a&lt;b</v></c></row>');
    expect(scan(xml)).toEqual([['  Smith & Coé\r', 'a<b']]);
  });

  test('the same XML cut into pieces anywhere reads the same', () => {
    const xml = sheet(
      '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000.5</v></c><!-- a comment --><c r="C1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>' +
        '<row r="3"><c r="A3" t="e"><v>#DIV/0!</v></c><c r="B3"/><c><v>7</v></c><extLst><ext uri="x"><y/></ext></extLst></row><row r="4"/>',
    );
    const whole = scan(xml);
    expect(whole).toEqual([['PersonID', new Date(Date.UTC(2023, 2, 15, 12)), 'ab'], [], [{ error: '#DIV/0!' }, null, 7], []]);
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: xml.length }), { maxLength: 40 }), (cuts) => expect(scan(xml, cuts)).toEqual(whole)), { numRuns: 300 });
    // and one character at a time
    expect(scan(xml, Array.from({ length: xml.length }, (_, i) => i))).toEqual(whole);
  });

  test('an empty sheet, and a sheet with an empty sheetData element, have no rows', () => {
    expect(scan(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`)).toEqual([]);
    expect(scan(sheet(''))).toEqual([]);
  });

  test('more rows than Excel has is refused at row 1,048,577, not read on', () => {
    const scanner = new SheetScanner(context);
    scanner.push(`<worksheet xmlns="${MAIN}"><sheetData>`);
    const rows = '<row/>'.repeat(100_000);
    expect(() => {
      for (let i = 0; i < 11; i++) scanner.push(rows);
    }).toThrow(/more than 1,048,576 rows on its sheet "Participants"/);
    expect(() => scan(sheet('<row r="1048577"><c><v>1</v></c></row>'))).toThrow(ReadFault);
  });

  test('a cell past column XFD is refused; one at XFD is read', () => {
    expect(() => scan(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).toThrow(/beyond column XFD .*16,384 columns/);
    const [row] = scan(sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'));
    expect(row.length).toBe(16_384);
    expect(row[16_383]).toBe(1);
  });

  test('a shared string index out of range, or a sheet cut off in its data, is called damaged', () => {
    expect(() => scan(sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'))).toThrow(/refers to shared string 7, but the workbook has 3/);
    const scanner = new SheetScanner(context);
    scanner.push(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>`);
    expect(() => scanner.finish()).toThrow(/ends in the middle of its data, after row 1/);
  });
});
