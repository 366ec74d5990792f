import { createExcelFake } from './index';
import { rejectionCode, thrownCode } from './testUtil.test-helpers';

const book = () =>
  createExcelFake({
    sheets: [
      { name: 'Roster', values: [['id', 'group'], [1, '=cmd'], [2, 'B']] },
      { name: 'Out', values: [] },
    ],
  });

describe('tables', () => {
  it('adds a table with headers, names it, styles it, and exposes its header and body ranges', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Out');
      sheet.getRange('A1:C3').values = [['quarter', 'metric', ''], ['2025Q1', 'retention', 0.8], ['2025Q1', 'ready', 0.4]];
      const table = sheet.tables.add('A1:C3', true);
      table.name = 'CadreHistory';
      table.style = 'TableStyleLight9';
      const header = table.getHeaderRowRange().load('values, address');
      const body = table.getDataBodyRange().load('address');
      table.load('name, style');
      await context.sync();
      expect(header.values).toEqual([['quarter', 'metric', 'Column3']]);
      expect(header.address).toBe('Out!A1:C1');
      expect(body.address).toBe('Out!A2:C3');
      expect([table.name, table.style]).toEqual(['CadreHistory', 'TableStyleLight9']);
      table.rows.add(undefined, [['2025Q2', 'retention', 0.82]]);
      const range = table.getRange().load('address');
      await context.sync();
      expect(range.address).toBe('Out!A1:C4');
    });
    expect(fake.workbook.tables()).toMatchObject([{ name: 'CadreHistory', style: 'TableStyleLight9', area: { row: 0, lastRow: 3, column: 0, lastColumn: 2 } }]);
  });

  it('rejects a duplicate or invalid table name, overlapping tables, and hasHeaders=false (not modelled)', async () => {
    const fake = book();
    await fake.run(async (context) => void context.workbook.worksheets.getItem('Out').tables.add('A1:B2', true));
    const tryIt = (f: (s: Excel.Worksheet) => void) => rejectionCode(fake.run(async (context) => f(context.workbook.worksheets.getItem('Out'))));
    expect(await tryIt((s) => void (s.tables.add('D1:E2', true).name = 'table1'))).toBe('InvalidArgument');
    expect(await tryIt((s) => void (s.tables.add('G1:H2', true).name = 'has space'))).toBe('InvalidArgument');
    expect(await tryIt((s) => void s.tables.add('B2:C3', true))).toBe('InvalidOperation');
    expect(await tryIt((s) => void s.tables.add('J1:K2', false))).toBe('NotImplemented');
  });

  it('rows.add(null, values) appends several rows (ExcelApi 1.4; one row is 1.1), onto empty cells only, with the table\'s width', async () => {
    const fake = book();
    await fake.run(async (context) => void context.workbook.worksheets.getItem('Out').tables.add('B2:C3', true));
    await fake.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Out').tables.getItem('Table1');
      table.rows.add(null as unknown as number, [['a', 1], ['b', 2]]);
      await context.sync();
    });
    expect(fake.workbook.tables()[0]!.area).toEqual({ row: 1, lastRow: 4, column: 1, lastColumn: 2 });
    expect(fake.workbook.sheet('Out').values('B4:C5')).toEqual([['a', 1], ['b', 2]]);
    const addTo = (f: typeof fake, values: unknown[][]) => rejectionCode(f.run(async (context) => void context.workbook.worksheets.getItem('Out').tables.getItem('Table1').rows.add(-1, values as string[][])));
    expect(await addTo(fake, [['too', 'wide', 'row']])).toBe('InvalidArgument');
    // a value just below the table: Excel would shift it down; the fake does not model that
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Out').getRange('C6').values = [['x']]));
    expect(await addTo(fake, [['c', 3]])).toBe('NotImplemented');
    const old = book();
    old.setMaxExcelApi('1.3');
    await old.run(async (context) => void context.workbook.worksheets.getItem('Out').tables.add('A1:B2', true));
    expect(await addTo(old, [['a', 1], ['b', 2]])).toBe('ApiNotFound');
    await old.run(async (context) => void context.workbook.worksheets.getItem('Out').tables.getItem('Table1').rows.add(undefined, [['a', 1]]));
    expect(old.workbook.tables()[0]!.area.lastRow).toBe(2);
  });

  it('workbook.tables.add takes a sheet-qualified address; getItem of a missing table is ItemNotFound', async () => {
    const fake = book();
    await fake.run(async (context) => void context.workbook.tables.add("'Out'!A1:B2", true));
    expect(fake.workbook.tables()).toHaveLength(1);
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.tables.getItem('Nope')))).toBe('ItemNotFound');
  });
});

describe('charts', () => {
  it('records the type, source, series orientation and everything set on it', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Roster');
      const chart = sheet.charts.add('Line', sheet.getRange('A1:B3'), 'Columns');
      chart.title.text = 'Retention';
      chart.axes.valueAxis.maximum = 1;
      chart.axes.valueAxis.title.text = 'share retained';
      chart.legend.position = 'Bottom';
      chart.setPosition('D2', 'K18');
      chart.name = 'RetentionCurve';
      chart.load('name');
      await context.sync();
      expect(chart.name).toBe('RetentionCurve');
      // parts read back as any property: after load and sync
      expect(thrownCode(() => chart.title.text)).toBe('PropertyNotLoaded');
      chart.title.load('text');
      chart.axes.valueAxis.load('maximum, minimum');
      await context.sync();
      expect([chart.title.text, chart.axes.valueAxis.maximum, chart.axes.valueAxis.minimum]).toEqual(['Retention', 1, null]);
    });
    expect(fake.workbook.charts()).toEqual([
      {
        id: expect.any(String),
        name: 'RetentionCurve',
        sheetId: expect.any(String),
        sheet: 'Roster',
        type: 'Line',
        source: 'Roster!A1:B3',
        seriesBy: 'Columns',
        properties: { 'title.text': 'Retention', 'axes.valueAxis.maximum': 1, 'axes.valueAxis.title.text': 'share retained', 'legend.position': 'Bottom' },
        calls: [{ method: 'setPosition', args: ['D2', 'K18'] }],
        title: 'Retention',
        legend: { visible: null, position: 'Bottom' },
        axes: {
          value: { title: 'share retained', minimum: null, maximum: 1, numberFormat: null },
          category: { title: null, minimum: null, maximum: null, numberFormat: null },
        },
        position: { from: 'D2', to: 'K18' },
        // by columns: "id" is a number column and "group" text, so no header row is guessed; column A holds numbers, not categories
        series: [
          { name: 'Series1', chartType: 'Line', values: 'Roster!$A$1:$A$3', x: null, resolvedValues: ['id', 1, 2], resolvedX: null, properties: {} },
          { name: 'Series2', chartType: 'Line', values: 'Roster!$B$1:$B$3', x: null, resolvedValues: ['group', '=cmd', 'B'], resolvedX: null, properties: {} },
        ],
      },
    ]);
  });

  it('rejects an invalid seriesBy', async () => {
    const fake = book();
    const code = await rejectionCode(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Roster');
        sheet.charts.add('Line', sheet.getRange('A1:B3'), 'Diagonal' as Excel.ChartSeriesBy);
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('conditional formats', () => {
  it('records cellValue and custom rules with their formats', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Out').getRange('C2:C9');
      const cf = range.conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = '#F8CBAD';
      cf.cellValue.rule = { formula1: '0.8', operator: 'LessThan' };
      const custom = range.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=$D2="adverse"';
      custom.custom.format.font.color = '#9C0006';
    });
    expect(fake.workbook.conditionalFormats().map((c) => [c.type, c.address, c.properties])).toEqual([
      ['CellValue', 'C2:C9', { 'cellValue.format.fill.color': '#F8CBAD', 'cellValue.rule': { formula1: '0.8', operator: 'LessThan' } }],
      ['Custom', 'C2:C9', { 'custom.rule.formula': '=$D2="adverse"', 'custom.format.font.color': '#9C0006' }],
    ]);
  });

  it('rejects a bad rule and configuring the wrong kind of rule', async () => {
    const fake = book();
    const bad = await rejectionCode(
      fake.run(async (context) => {
        const cf = context.workbook.worksheets.getItem('Out').getRange('A1').conditionalFormats.add('CellValue');
        cf.cellValue.rule = { formula1: '1', operator: 'Bigger' as Excel.ConditionalCellValueOperator };
      }),
    );
    expect(bad).toBe('InvalidArgument');
    const wrong = await rejectionCode(
      fake.run(async (context) => {
        const cf = context.workbook.worksheets.getItem('Out').getRange('A1').conditionalFormats.add('CellValue');
        cf.custom.rule.formula = '=TRUE';
      }),
    );
    expect(wrong).toBe('InvalidOperation');
  });
});

describe('names', () => {
  it('adds names for ranges and constants and reads them back', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const names = context.workbook.names;
      names.add('Cadre.Retention12m', context.workbook.worksheets.getItem('Roster').getRange('B2'));
      names.add('Cadre.K', '=5', 'suppression threshold');
      const item = names.getItemOrNullObject('cadre.retention12m').load('name, type, value, formula');
      const missing = names.getItemOrNullObject('Cadre.Nope').load('name');
      await context.sync();
      expect([item.name, item.type, item.value, item.formula]).toEqual(['Cadre.Retention12m', 'Range', 'Roster!$B$2', '=Roster!$B$2']);
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.workbook.names().map((n) => [n.name, n.formula, n.comment])).toEqual([
      ['Cadre.Retention12m', '=Roster!$B$2', ''],
      ['Cadre.K', '=5', 'suppression threshold'],
    ]);
  });

  it.each(['A1', 'R1C1', 'r', 'has space', '1st', 'Cadre.K'])('rejects the name %s with InvalidArgument', async (name) => {
    const fake = book();
    await fake.run(async (context) => void context.workbook.names.add('Cadre.K', '=5'));
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.names.add(name, '=1')))).toBe('InvalidArgument');
  });

  it('getItem of a missing name is ItemNotFound', async () => {
    const fake = book();
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.names.getItem('Nope')))).toBe('ItemNotFound');
  });
});

describe('settings', () => {
  it('adds, reads, updates and deletes settings; values round-trip through JSON', async () => {
    const fake = book();
    await fake.run(async (context) => {
      context.workbook.settings.add('cadre.ownedSheets', ['{sheet-1}', '{sheet-2}']);
      context.workbook.settings.add('cadre.k', 5);
      await context.sync();
      const owned = context.workbook.settings.getItemOrNullObject('cadre.ownedSheets').load('value');
      const missing = context.workbook.settings.getItemOrNullObject('cadre.other').load('value');
      await context.sync();
      expect(owned.value).toEqual(['{sheet-1}', '{sheet-2}']);
      expect(missing.isNullObject).toBe(true);
      context.workbook.settings.getItem('cadre.k').value = 10;
      context.workbook.settings.getItem('cadre.ownedSheets').delete();
    });
    expect(fake.workbook.settings()).toEqual({ 'cadre.k': 10 });
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.settings.getItem('cadre.ownedSheets')))).toBe('ItemNotFound');
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.settings.add('x', undefined)))).toBe('InvalidArgument');
  });

  it('loads all settings as items', async () => {
    const fake = book();
    await fake.run(async (context) => {
      context.workbook.settings.add('a', 1);
      context.workbook.settings.add('b', 'two');
      const items = context.workbook.settings.load('items');
      await context.sync();
      expect(items.items.map((s) => [s.key, s.value])).toEqual([['a', 1], ['b', 'two']]);
    });
  });
});

describe('application and requirement sets', () => {
  it('records suspend calls with the sync that carried them', async () => {
    const fake = book();
    await fake.run(async (context) => {
      await context.sync();
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem('Out').getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(fake.workbook.applicationCalls()).toEqual([
      { method: 'suspendApiCalculationUntilNextSync', sync: 2 },
      { method: 'suspendScreenUpdatingUntilNextSync', sync: 2 },
    ]);
  });

  it('an API above the host requirement set fails with ApiNotFound; isSetSupported tells in advance', async () => {
    const fake = book();
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(true);
    fake.setMaxExcelApi('1.8');
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(await rejectionCode(fake.run(async (context) => context.workbook.application.suspendScreenUpdatingUntilNextSync()))).toBe('ApiNotFound');
    fake.setMaxExcelApi('1.3');
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.settings.add('a', 1)))).toBe('ApiNotFound');
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.worksheets.getItemOrNullObject('Out')))).toBe('ApiNotFound');
    expect(fake.workbook.settings()).toEqual({});
  });
});

describe('Workbook.functions.date', () => {
  it.each<['1900' | '1904', number, number, number, number | null]>([
    ['1900', 1900, 1, 1, 1],
    ['1900', 1900, 3, 1, 61],
    ['1900', 1904, 1, 1, 1462],
    ['1900', 2026, 9, 30, 46295],
    ['1900', 2026, 13, 1, 46388],
    ['1904', 1904, 1, 1, 0],
    ['1904', 2026, 9, 30, 44833],
    ['1904', 1903, 12, 31, null],
    ['1900', 10000, 1, 1, null],
  ])('in the %s date system DATE(%d,%d,%d) is %p', async (dateSystem, y, m, d, serial) => {
    const fake = createExcelFake(undefined, { dateSystem });
    await fake.run(async (context) => {
      const result = context.workbook.functions.date(y, m, d).load('value, error');
      await context.sync();
      expect([result.value, result.error]).toEqual([serial, serial === null ? '#NUM!' : null]);
    });
  });

  it('needs ExcelApi 1.2', async () => {
    const fake = createExcelFake(undefined, { maxExcelApi: '1.1' });
    expect(await rejectionCode(fake.run(async (context) => void context.workbook.functions.date(1904, 1, 1).load('value')))).toBe('ApiNotFound');
  });
});

describe('inspection', () => {
  it('a sheet snapshot is unchanged by reads and by writes elsewhere, and changed by any write to it', async () => {
    const fake = book();
    const before = fake.workbook.sheet('Roster').snapshot();
    await fake.run(async (context) => {
      const roster = context.workbook.worksheets.getItem('Roster');
      roster.getUsedRange().load('values, formulas, numberFormat, format/font/bold');
      const out = context.workbook.worksheets.getItem('Out');
      out.getRange('A1').values = [['x']];
      out.getRange('A1').format.fill.color = '#FF0000';
    });
    expect(fake.workbook.sheet('Roster').snapshot()).toBe(before);
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('Roster').getRange('Z99').format.font.italic = true));
    expect(fake.workbook.sheet('Roster').snapshot()).not.toBe(before);
  });

  it('input values are stored as constants: "=cmd" in the data is text, not a formula', async () => {
    const fake = book();
    expect(fake.workbook.sheet('Roster').formulas('B2')).toEqual([['=cmd']]);
    expect(fake.workbook.formulasCreated()).toEqual([]);
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Roster').getUsedRange(true).load('values');
      await context.sync();
      expect(used.values).toEqual([['id', 'group'], [1, '=cmd'], [2, 'B']]);
      expect(thrownCode(() => used.formulas)).toBe('PropertyNotLoaded');
    });
  });
});
