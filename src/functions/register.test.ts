import { createExcelFake } from '../workbook/excelFake';
import { hasCustomFunctionsRuntime } from '../taskpane/customFunctionsHost';
import { SETTINGS_SETTING } from '../taskpane/workbook/setupStore';
import { cachedMinGroup, workbookMinGroup } from './workbookMinGroup';

/*
 * The register layer: a FunctionError becomes Excel's CustomFunctions.Error with the same code and
 * message; k comes from the workbook's saved settings (else 5); the module is loaded only where
 * CustomFunctions exists.
 */

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    associate: () => undefined,
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

test('a FunctionError is thrown as CustomFunctions.Error: #VALUE! and #N/A with their messages', async () => {
  const { fisherFunction, wilsonFunction, retentionFunction } = await import('./register.js');
  expect(() => fisherFunction(2, 8, 8, -1)).toThrow(expect.objectContaining({ code: '#VALUE!', message: 'd is -1: give a whole number of people, 0 or more' }));
  expect(() => wilsonFunction(0, 0)).toThrow(expect.objectContaining({ code: '#N/A', message: 'n is 0: no interval' }));
  expect(fisherFunction(5, 5, 5, 5)).toBeCloseTo(1, 12);
  // without Office.js (no Excel.run) k is 5: four people are too few
  const starts = [['2024-01-01'], ['2024-01-01'], ['2024-01-01'], ['2024-01-01']];
  await expect(retentionFunction(starts, [[null], [null], [null], [null]], 1, '2024-12-31')).rejects.toEqual(expect.objectContaining({ code: '#N/A', message: 'fewer than 5 people' }));
});

test("k is the workbook's saved minGroup, else 5 (no settings, settings without a valid k, no workbook)", async () => {
  const fake = createExcelFake();
  const run = fake.run.bind(fake) as Parameters<typeof workbookMinGroup>[0];
  expect(await workbookMinGroup(run)).toBe(5);
  await fake.run(async (context) => {
    context.workbook.settings.add(SETTINGS_SETTING, { version: 1, asOf: 'lastQuarter', minGroup: 7 });
    await context.sync();
  });
  expect(await workbookMinGroup(run)).toBe(7);
  await fake.run(async (context) => {
    context.workbook.settings.add(SETTINGS_SETTING, JSON.stringify({ version: 1, minGroup: 2 }));
    await context.sync();
  });
  expect(await workbookMinGroup(run)).toBe(5);
  expect(await workbookMinGroup(undefined)).toBe(5);
  expect(await workbookMinGroup(() => Promise.reject(new Error('offline')))).toBe(5);
});

test('the setting is read once per five seconds, not once per cell', async () => {
  let reads = 0;
  let now = 0;
  const k = cachedMinGroup(
    () => async () => {
      reads++;
      return null as never;
    },
    5000,
    () => now,
  );
  await Promise.all([k(), k(), k()]);
  now = 4000;
  await k();
  expect(reads).toBe(1);
  now = 6000;
  await k();
  expect(reads).toBe(2);
});

test('the functions are registered only where CustomFunctions.associate exists', () => {
  expect(hasCustomFunctionsRuntime({})).toBe(false);
  expect(hasCustomFunctionsRuntime({ CustomFunctions: {} })).toBe(false);
  expect(hasCustomFunctionsRuntime({ CustomFunctions: { associate: () => undefined } })).toBe(true);
});
