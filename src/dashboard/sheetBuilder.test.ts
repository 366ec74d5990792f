import { SheetBuilder, sheetRef } from './sheetBuilder';

describe('sheetRef', () => {
  test('absolute, sheet-qualified, with quotes doubled', () => {
    expect(sheetRef('Metrics Detail', 3, 2, 10, 2)).toBe("'Metrics Detail'!$B$3:$B$10");
    expect(sheetRef("Bob's", 1, 1)).toBe("'Bob''s'!$A$1");
  });
});

describe('SheetBuilder', () => {
  test('lays titles, pairs and tables out top to bottom and says where each table landed', () => {
    const b = new SheetBuilder('metrics', 'M');
    b.title('T');
    b.section('S'); // a gap, then the section line at row 3
    const place = b.table({ header: ['A', 'B', 'C'], rows: [[1, null, null], [2, 3, 4]], formats: [undefined, '0.0%'], tableName: 'Tbl' });
    const pairsAt = b.pairs([['n', 5, '0']]);
    const sheet = b.build();
    expect(place).toEqual({ header: 4, first: 5, last: 6, left: 1, width: 3 });
    expect(pairsAt).toBe(7);
    expect(sheet.blocks.map((x) => x.at)).toEqual(['A1', 'A3', 'A4', 'A7']);
    expect(sheet.blocks[2].values).toEqual([['A', 'B', 'C'], [1, null, null], [2, 3, 4]]);
    expect(sheet.tables).toEqual([{ name: 'Tbl', range: 'A4:C6', style: 'TableStyleLight9' }]);
    expect(sheet.styles).toContainEqual({ range: 'B5:B6', style: { numberFormat: '0.0%' } });
  });

  test('an empty table shows its "empty" text; a row longer or shorter than the header is refused', () => {
    const b = new SheetBuilder('analyst', 'A');
    b.table({ header: ['X', 'Y'], rows: [], empty: 'none found' });
    expect(b.build().blocks[0].values).toEqual([['X', 'Y'], ['none found', null]]);
    expect(() => b.table({ header: ['X'], rows: [[1, 2]] })).toThrow(/2 cells for 1 columns/);
    // a short row would put its figures under the wrong headers: refused, not padded
    expect(() => b.table({ header: ['X', 'Y', 'Z'], rows: [[1, 2]] })).toThrow(/2 cells for 3 columns/);
  });
});
