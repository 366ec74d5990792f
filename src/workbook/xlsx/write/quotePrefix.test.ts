import { quoteSheetName } from '../../../excel/a1Address';
import { checkExcelName, checkSheetName } from './excelNames';
import { applyQuotePrefix } from './packagePatches';
import { needsQuotePrefix } from './quotePrefix';

describe('needsQuotePrefix', () => {
  test.each(['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', '007', '1,234.5', '12%', '$5', '(5)', '1e5', '1/2', '2026-09-30', '3 Mar', 'March 2026', '9:30', '10:15 pm', 'TRUE', 'false'])(
    'text Excel would change when typed: %j',
    (text) => expect(needsQuotePrefix(text)).toBe(true),
  );
  test.each(['Participants', 'Decision 2025', '2026-Q3', 'E007', 'Gender: Woman', 'fewer than 5', 'May', '', '2026-10-01T08:30:00.000Z'])('other text: %j', (text) =>
    expect(needsQuotePrefix(text)).toBe(false),
  );
});

describe('applyQuotePrefix', () => {
  test('swaps the marker for quotePrefix, dropping an alignment left empty; other formats and cellStyleXfs untouched', () => {
    const xml =
      '<styleSheet><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4">' +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment readingOrder="1"/></xf>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left" wrapText="1" readingOrder="1"/></xf>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left"/></xf>' +
      '</cellXfs></styleSheet>';
    expect(applyQuotePrefix(xml)).toEqual({
      formats: 2,
      xml:
        '<styleSheet><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4">' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"></xf>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1" quotePrefix="1"><alignment horizontal="left" wrapText="1"/></xf>' +
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="left"/></xf>' +
        '</cellXfs></styleSheet>',
    });
  });
});

describe('Excel names', () => {
  test('workbook and table names with dots, underscores and letters are valid; cell references and R/C are not', () => {
    for (const ok of ['Cadre.Retention12m', 'CadreHistory', '_x', '\\weird', 'Übersicht', 'ABCD1', 'A1B']) expect(() => checkExcelName(ok, 'name')).not.toThrow();
    for (const bad of ['A1', 'xfd1048576', 'R1C1', 'rc', 'R', 'c', 'R12', '1st', 'My name', 'a-b', '']) expect(() => checkExcelName(bad, 'name')).toThrow(/cannot be used in Excel/);
  });

  test('sheet names as Excel allows them; quoted in formulas with an apostrophe doubled', () => {
    for (const ok of ['Board Dashboard', "It's", '2026', 'x'.repeat(31)]) expect(() => checkSheetName(ok)).not.toThrow();
    for (const bad of ['', 'x'.repeat(32), 'a/b', 'a[1]', "'quoted'", 'history']) expect(() => checkSheetName(bad)).toThrow(/cannot be used in Excel/);
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName('2026')).toBe("'2026'");
  });
});
