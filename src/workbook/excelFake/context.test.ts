import { PAYLOAD_LIMIT_BYTES, createExcelFake } from './index';
import { rejectionCode, thrownCode } from './testUtil.test-helpers';

const input = () => createExcelFake({ sheets: [{ name: 'Roster', values: [['id', 'name'], [1, 'Ada'], [2, 'Grace']] }] });

describe('load / sync discipline', () => {
  it('reading a property that was never loaded throws PropertyNotLoaded', async () => {
    const fake = input();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Roster').getRange('A1:B3');
      await context.sync();
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      expect(thrownCode(() => range.address)).toBe('PropertyNotLoaded');
    });
  });

  it('reading a loaded property before sync throws PropertyNotLoaded; after sync it is there', async () => {
    const fake = input();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Roster').getRange('A1:B3').load('values');
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      const pending = context.sync();
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded'); // sync not finished
      await pending;
      expect(range.values).toEqual([['id', 'name'], [1, 'Ada'], [2, 'Grace']]);
      expect(thrownCode(() => range.address)).toBe('PropertyNotLoaded'); // loaded only what was asked
    });
  });

  it('accepts the string, array, navigation, select and property-tree forms of load', async () => {
    const fake = input();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Roster');
      const a = sheet.getRange('A1:B2').load('values, address');
      const b = sheet.getRange('A1').load(['rowCount', 'columnCount']);
      const c = sheet.getRange('A1').load('format/font/bold');
      const d = sheet.getRange('A1').load({ select: 'address' });
      const e = sheet.getRange('B1').load({ values: true, format: { fill: { color: true } } });
      const f = sheet.getRange('A1:A2').load();
      await context.sync();
      expect(a.address).toBe('Roster!A1:B2');
      expect(a.values).toEqual([['id', 'name'], [1, 'Ada']]);
      expect([b.rowCount, b.columnCount]).toEqual([1, 1]);
      expect(c.format.font.bold).toBe(false);
      expect(d.address).toBe('Roster!A1');
      expect(e.values).toEqual([['name']]);
      expect(e.format.fill.color).toBe('#FFFFFF');
      expect(f.formulas).toEqual([['id'], [1]]);
    });
  });

  it('rejects a load of a property that does not exist', async () => {
    const fake = input();
    const code = await rejectionCode(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Roster').getRange('A1').load('valuez');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('a property set is queued: the workbook is unchanged until sync, and the set does not make it readable', async () => {
    const fake = input();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Roster').getRange('B2');
      range.values = [['Ada L.']];
      expect(fake.workbook.sheet('Roster').values('B2')).toEqual([['Ada']]);
      expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(fake.workbook.sheet('Roster').values('B2')).toEqual([['Ada L.']]);
    });
  });

  it('run() syncs what is still queued at the end of the batch', async () => {
    const fake = input();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Roster').getRange('A4:B4').values = [[3, 'Edsger']];
    });
    expect(fake.workbook.sheet('Roster').values('A4:B4')).toEqual([[3, 'Edsger']]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('run() rejects a batch function that does not return a promise', async () => {
    const fake = input();
    const code = await rejectionCode(fake.run((() => undefined) as unknown as () => Promise<void>));
    expect(code).toBe('RunMustReturnPromise');
  });

  it('a context cannot be synced after its run has finished', async () => {
    const fake = input();
    let saved: Excel.RequestContext | undefined;
    await fake.run(async (context) => {
      saved = context;
    });
    expect(await rejectionCode(saved!.sync())).toBe('InvalidRequestContext');
  });
});

describe('sync counting and payload measurement', () => {
  it('counts every context.sync() and records one batch per sync', async () => {
    const fake = input();
    await fake.run(async (context) => {
      await context.sync(); // empty syncs count too: they are round trips
      const r = context.workbook.worksheets.getItem('Roster').getRange('A1:B3').load('values');
      await context.sync();
      r.values; // read: no sync
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.batches).toHaveLength(3);
    expect(fake.stats.batches[1]!.responseBytes).toBeGreaterThanOrEqual(JSON.stringify([['id', 'name'], [1, 'Ada'], [2, 'Grace']]).length);
    expect(fake.stats.batches[2]).toEqual({ requestBytes: 2, responseBytes: 2 }); // "[]" both ways
  });

  it('measures a write in the request bytes', async () => {
    const fake = input();
    const big = Array.from({ length: 1000 }, (_, i) => [`row ${i}`, i]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Roster').getRange('A1:B1000').values = big;
      await context.sync();
    });
    expect(fake.stats.batches[0]!.requestBytes).toBeGreaterThan(JSON.stringify(big).length);
    expect(fake.stats.batches[0]!.requestBytes).toBeLessThan(JSON.stringify(big).length + 500);
  });

  it('rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it', async () => {
    const fake = input();
    const cell = 'x'.repeat(1000);
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 1000) + 10;
    const big = Array.from({ length: rows }, () => [cell]);
    const code = await rejectionCode(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Roster');
        sheet.getRange('D1').values = [['small write first']];
        sheet.getRange(`C1:C${rows}`).values = big;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.workbook.sheet('Roster').values('C1:D1')).toEqual([['', '']]);
    expect(fake.stats.batches[0]!.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it('the same data split in two batches under 4 MB each goes through', async () => {
    const fake = input();
    const cell = 'x'.repeat(1000);
    const half = 3000;
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Roster');
      sheet.getRange(`C1:C${half}`).values = Array.from({ length: half }, () => [cell]);
      await context.sync();
      sheet.getRange(`C${half + 1}:C${2 * half}`).values = Array.from({ length: half }, () => [cell]);
      await context.sync();
    });
    expect(fake.stats.batches.every((b) => b.requestBytes < 4 * 1024 * 1024)).toBe(true);
    expect(fake.workbook.sheet('Roster').usedRange()).toBe('A1:C6000');
  });

  it('rejects a response over 5 MB with ResponsePayloadSizeLimitExceeded and leaves the load unreadable', async () => {
    const cell = 'y'.repeat(1000);
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 1000) + 10;
    const fake = createExcelFake({ sheets: [{ name: 'Big', values: Array.from({ length: rows }, () => [cell]) }] });
    let range: Excel.Range | undefined;
    const code = await rejectionCode(
      fake.run(async (context) => {
        range = context.workbook.worksheets.getItem('Big').getUsedRange().load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(thrownCode(() => range!.values)).toBe('PropertyNotLoaded');
  });

  it('a failing action stops the batch: earlier actions stay applied, later ones are dropped (no transaction)', async () => {
    const fake = input();
    const code = await rejectionCode(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Roster');
        sheet.getRange('D1').values = [['before']];
        sheet.getRange('D2:D3').values = [['wrong size']];
        sheet.getRange('D4').values = [['after']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
    expect(fake.workbook.sheet('Roster').values('D1:D4')).toEqual([['before'], [''], [''], ['']]);
  });

  it('errors carry debugInfo with the failing object path', async () => {
    const fake = input();
    try {
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem('Nope');
        await context.sync();
      });
      throw new Error('should have failed');
    } catch (error) {
      const e = error as { name: string; code: string; debugInfo: { errorLocation?: string } };
      expect(e.name).toBe('RichApi.Error');
      expect(e.code).toBe('ItemNotFound');
      expect(e.debugInfo.errorLocation).toContain('getItem("Nope")');
    }
  });
});
