import {
  EXCEL_COLUMNS,
  EXCEL_ROWS,
  cellAddress,
  columnLetters,
  columnNumber,
  formatRangeRef,
  isA1Range,
  parseA1Range,
  parseCellAddress,
  parseRangeRef,
  quoteSheetName,
  rangesOverlap,
  splitSheetRef,
} from './a1Address';

describe('column letters and numbers', () => {
  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [EXCEL_COLUMNS, 'XFD'],
  ])('column %i is %s, and back', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  test('every column of the grid goes there and back', () => {
    for (let c = 1; c <= EXCEL_COLUMNS; c++) expect(columnNumber(columnLetters(c))).toBe(c);
  });

  test('cellAddress puts the column before the row', () => {
    expect(cellAddress(7, 2)).toBe('B7');
    expect(cellAddress(EXCEL_ROWS, EXCEL_COLUMNS)).toBe('XFD1048576');
  });
});

describe('A1 cells and ranges without a sheet', () => {
  test('a range is read with or without $ signs, its corners in either order', () => {
    expect(parseA1Range('$B$2:$D$10')).toEqual({ col1: 2, row1: 2, col2: 4, row2: 10 });
    expect(parseA1Range('D10:B2')).toEqual({ col1: 2, row1: 2, col2: 4, row2: 10 });
    expect(parseA1Range('AA7')).toEqual({ col1: 27, row1: 7, col2: 27, row2: 7 });
    expect(parseA1Range('a1:b$2')).toEqual({ col1: 1, row1: 1, col2: 2, row2: 2 });
  });

  test.each(['B', '7', 'B0', 'XFE1', 'A1048577', 'A1:', 'Sheet1!A1', 'A1:B2:C3', ' A1', ''])('%j is not an A1 range', (text) => {
    expect(isA1Range(text)).toBe(false);
    expect(() => parseA1Range(text)).toThrow(/not an A1 range/);
  });

  test('a cell address is one cell, inside the grid', () => {
    expect(parseCellAddress('B7')).toEqual({ row: 7, column: 2 });
    expect(parseCellAddress('$XFD$1048576')).toEqual({ row: EXCEL_ROWS, column: EXCEL_COLUMNS });
    expect(parseCellAddress('B7:B7')).toBeNull();
    expect(parseCellAddress('B7:C8')).toBeNull();
    expect(parseCellAddress('')).toBeNull();
    expect(parseCellAddress('XFE1')).toBeNull();
  });

  test('two ranges overlap when they share a cell', () => {
    expect(rangesOverlap(parseA1Range('A1:B2'), parseA1Range('B2:C3'))).toBe(true);
    expect(rangesOverlap(parseA1Range('A1:B2'), parseA1Range('C1:C9'))).toBe(false);
  });
});

describe('references with a sheet', () => {
  test('parseRangeRef reads a quoted, a plain or no sheet name', () => {
    expect(parseRangeRef("'Metrics Detail'!$A$2:$A$20")).toEqual({ sheet: 'Metrics Detail', col1: 1, row1: 2, col2: 1, row2: 20 });
    expect(parseRangeRef("'It''s'!B3")).toEqual({ sheet: "It's", col1: 2, row1: 3, col2: 2, row2: 3 });
    expect(parseRangeRef('Sheet1!B2:B9')).toEqual({ sheet: 'Sheet1', col1: 2, row1: 2, col2: 2, row2: 9 });
    expect(parseRangeRef('C3')).toEqual({ sheet: undefined, col1: 3, row1: 3, col2: 3, row2: 3 });
  });

  test('parseRangeRef refuses other syntax, and references outside the grid', () => {
    expect(() => parseRangeRef('Sheet1!')).toThrow(/Cannot read the cell reference/);
    expect(() => parseRangeRef('A:C')).toThrow(/Cannot read the cell reference/);
    expect(() => parseRangeRef('XFE1')).toThrow(/outside the sheet/);
    expect(() => parseRangeRef('A0')).toThrow(/outside the sheet/);
  });

  test('formatRangeRef always quotes the sheet and writes absolute corners', () => {
    expect(formatRangeRef('Board', parseRangeRef('B2:C9'))).toBe("'Board'!$B$2:$C$9");
    expect(formatRangeRef("It's", parseRangeRef('B7'))).toBe("'It''s'!$B$7");
    expect(quoteSheetName('2026')).toBe("'2026'");
  });

  test('splitSheetRef separates the sheet from the range', () => {
    expect(splitSheetRef("'It''s'!$A$1")).toEqual({ sheet: "It's", range: '$A$1' });
    expect(splitSheetRef('Data!A1:B2')).toEqual({ sheet: 'Data', range: 'A1:B2' });
    expect(() => splitSheetRef('A1')).toThrow(/not a sheet-qualified reference/);
  });
});
