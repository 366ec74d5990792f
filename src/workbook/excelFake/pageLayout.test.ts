import { createExcelFake } from './index';
import { rejectionCode, thrownCode } from './testUtil.test-helpers';

const book = (maxExcelApi = '1.12') => createExcelFake({ sheets: [{ name: 'Board', values: [['Title']] }, { name: 'Data', values: [[1]] }] }, { maxExcelApi });

describe('worksheet view: gridlines and tab colour', () => {
  it('sets and reads showGridlines (1.8) and tabColor (1.7); defaults are gridlines shown and no colour', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board');
      board.showGridlines = false;
      board.tabColor = '#0F6E5A';
      expect(thrownCode(() => board.showGridlines)).toBe('PropertyNotLoaded');
      const data = context.workbook.worksheets.getItem('Data').load('showGridlines, tabColor');
      board.load('showGridlines, tabColor');
      await context.sync();
      expect([board.showGridlines, board.tabColor, data.showGridlines, data.tabColor]).toEqual([false, '#0F6E5A', true, '']);
      board.tabColor = '';
    });
    expect([fake.workbook.sheet('Board').showGridlines, fake.workbook.sheet('Board').tabColor]).toEqual([false, '']);
  });

  it('below their requirement sets they fail with ApiNotFound; a load of all properties leaves them out', async () => {
    const fake = book('1.7');
    expect(await rejectionCode(fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').showGridlines = false)))).toBe('ApiNotFound');
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.worksheets.getItem('Board').load('showGridlines')))).toBe('ApiNotFound');
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').tabColor = 'Red'));
    fake.setMaxExcelApi('1.6');
    expect(await rejectionCode(fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').tabColor = '#000000')))).toBe('ApiNotFound');
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.worksheets.load('items/tabColor')))).toBe('ApiNotFound');
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board').load();
      await context.sync();
      expect(Object.keys(board.toJSON()).sort()).toEqual(['id', 'name', 'position', 'visibility']);
    });
  });

  it('rejects a bad colour; a protected sheet still takes gridlines and tab colour', async () => {
    const fake = book();
    expect(await rejectionCode(fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').tabColor = 'rgb(0,0,0)')))).toBe('InvalidArgument');
    fake.workbook.protect('Board');
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board');
      board.showGridlines = false;
      board.tabColor = '#0F6E5A';
    });
    expect(fake.workbook.sheet('Board')).toMatchObject({ showGridlines: false, tabColor: '#0F6E5A', protected: true });
  });
});

describe('Worksheet.pageLayout', () => {
  it('sets orientation, fit-to-pages zoom, centring, margins, the print area and titles, and reads them back', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board');
      const layout = board.pageLayout;
      layout.orientation = 'Landscape';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
      layout.centerHorizontally = true;
      layout.leftMargin = 36;
      layout.paperSize = 'A4';
      layout.setPrintArea('A1:O48');
      layout.setPrintTitleRows(board.getRange('A1:C2'));
      layout.setPrintTitleColumns('$A:$B');
      expect(thrownCode(() => layout.orientation)).toBe('PropertyNotLoaded');
      layout.load('orientation, zoom, centerHorizontally, leftMargin');
      const other = context.workbook.worksheets.getItem('Data').load('pageLayout/orientation, pageLayout/zoom');
      await context.sync();
      expect([layout.orientation, layout.zoom, layout.centerHorizontally, layout.leftMargin]).toEqual([
        'Landscape',
        { scale: null, horizontalFitToPages: 1, verticalFitToPages: 1 },
        true,
        36,
      ]);
      expect([other.pageLayout.orientation, other.pageLayout.zoom]).toEqual(['Portrait', { scale: 100, horizontalFitToPages: null, verticalFitToPages: null }]);
      layout.zoom = { scale: 80 };
    });
    expect(fake.workbook.sheet('Board').pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { scale: 80, horizontalFitToPages: null, verticalFitToPages: null },
      paperSize: 'A4',
      printArea: 'A1:O48',
      printTitleRows: '1:2',
      printTitleColumns: 'A:B',
    });
  });

  it('rejects a zoom mixing a scale with pages, a scale out of 10–400, a print area on another sheet, an unknown orientation', async () => {
    const cases: ((layout: Excel.PageLayout, context: Excel.RequestContext) => void)[] = [
      (l) => void (l.zoom = { scale: 90, horizontalFitToPages: 1 }),
      (l) => void (l.zoom = { scale: 5 }),
      (l) => void (l.zoom = {}),
      (l) => void (l.zoom = { horizontalFitToPages: 1.5 }),
      (l, c) => l.setPrintArea(c.workbook.worksheets.getItem('Data').getRange('A1')),
      (l) => void (l.orientation = 'Sideways' as Excel.PageOrientation),
      (l) => void (l.topMargin = -1),
    ];
    for (const use of cases) {
      const fake = book();
      expect(await rejectionCode(fake.run(async (context) => use(context.workbook.worksheets.getItem('Board').pageLayout, context)))).toBe('InvalidArgument');
    }
  });

  it('needs ExcelApi 1.9 for every member; a protected sheet accepts print settings', async () => {
    const fake = book('1.8');
    expect(await rejectionCode(fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').pageLayout.orientation = 'Landscape')))).toBe('ApiNotFound');
    expect(await rejectionCode(fake.run(async (context) => context.workbook.worksheets.getItem('Board').pageLayout.setPrintArea('A1:B2')))).toBe('ApiNotFound');
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.worksheets.getItem('Board').pageLayout.load('zoom')))).toBe('ApiNotFound');
    fake.setMaxExcelApi('1.9');
    fake.workbook.protect('Board');
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Board').pageLayout.orientation = 'Landscape'));
    expect(fake.workbook.sheet('Board').pageLayout.orientation).toBe('Landscape');
  });
});

describe('Worksheet.horizontalPageBreaks', () => {
  it('add puts a manual break above the range\'s top-left cell (by address or range, once per row); removePageBreaks removes them all', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board');
      board.horizontalPageBreaks.add('A20');
      board.horizontalPageBreaks.add(board.getRange('C7:D9'));
      board.horizontalPageBreaks.add('B20');
    });
    expect(fake.workbook.sheet('Board').pageLayout.horizontalPageBreaks).toEqual([7, 20]);
    await fake.run(async (context) => {
      const board = context.workbook.worksheets.getItem('Board');
      board.horizontalPageBreaks.removePageBreaks();
      board.horizontalPageBreaks.add('A30');
    });
    expect(fake.workbook.sheet('Board').pageLayout.horizontalPageBreaks).toEqual([30]);
  });

  it('refuses a break above row 1 or at a range of another sheet; needs ExcelApi 1.9', async () => {
    expect(await rejectionCode(book().run(async (context) => context.workbook.worksheets.getItem('Board').horizontalPageBreaks.add('A1')))).toBe('InvalidArgument');
    expect(await rejectionCode(book().run(async (context) => context.workbook.worksheets.getItem('Board').horizontalPageBreaks.add(context.workbook.worksheets.getItem('Data').getRange('A5'))))).toBe('InvalidArgument');
    expect(await rejectionCode(book('1.8').run(async (context) => context.workbook.worksheets.getItem('Board').horizontalPageBreaks.add('A5')))).toBe('ApiNotFound');
  });
});
